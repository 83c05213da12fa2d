using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using SecretsAnalyzers.CodeFixes.HardcodedSecrets;
using SecretsAnalyzers.Internal;

namespace SecretsAnalyzers.CodeFixes.HardcodedSecrets
{
    /// <summary>
    /// EXK104 fixes: the constant key becomes a configuration, environment-variable or Key Vault lookup decoded the way
    /// the original was, so the code still compiles and yields the same bytes once the value lives outside the code:
    /// the string inside <c>Encoding.*.GetBytes</c>, <c>Convert.FromBase64String</c>, <c>Convert.FromHexString</c> or
    /// <c>ImportFromPem</c> is replaced by the lookup; a <c>u8</c> literal becomes <c>Encoding.UTF8.GetBytes(lookup)</c>;
    /// a constant byte array becomes <c>Convert.FromBase64String(lookup)</c> (the key is stored as base64).
    /// The rewrite itself, including the decoding, is the shared <see cref="SecretLookupRewriter"/>. Equivalence keys: EXK104.Configuration,
    /// EXK104.Environment, EXK104.KeyVault. Fix All rewrites a document in one pass.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(EXK104SigningKeyCodeFix)), Shared]
    public sealed class EXK104SigningKeyCodeFix : CodeFixProvider
    {
        private static readonly SecretLookupKind[] Kinds = { SecretLookupKind.Configuration, SecretLookupKind.Environment, SecretLookupKind.KeyVault };

        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIds.EXK104);

        public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixDocumentAsync);

        private static string EquivalenceKey(SecretLookupKind kind) => RuleIds.EXK104 + "." + kind switch
        {
            SecretLookupKind.Configuration => "Configuration",
            SecretLookupKind.Environment => "Environment",
            _ => "KeyVault",
        };

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var document = context.Document;
            var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null || model is null) return;
            var options = SecretLookupRewriter.OptionsFor(document, root.SyntaxTree);
            foreach (var diagnostic in context.Diagnostics)
            {
                var site = Site.Of(root, diagnostic);
                if (site is null) continue;
                foreach (var kind in Kinds)
                {
                    var plan = SecretLookupRewriter.TryPlan(model, site.Constant, site.Properties, kind, options, context.CancellationToken);
                    if (plan is null) continue;
                    context.RegisterCodeFix(
                        CodeAction.Create(plan.Title, ct => FixAsync(document, new[] { diagnostic }, kind, ct), EquivalenceKey(kind)),
                        diagnostic);
                }
            }
        }

        private static async Task<Document?> FixDocumentAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
        {
            SecretLookupKind? kind = null;
            foreach (var k in Kinds)
            {
                if (EquivalenceKey(k) == context.CodeActionEquivalenceKey) kind = k;
            }

            if (kind is null || diagnostics.IsDefaultOrEmpty) return document;
            return await FixAsync(document, diagnostics, kind.Value, context.CancellationToken).ConfigureAwait(false);
        }

        /// <summary>Rewrites every site of the document in one <see cref="DocumentEditor"/> pass (sites may share a declaration).</summary>
        private static async Task<Document> FixAsync(Document document, IEnumerable<Diagnostic> diagnostics, SecretLookupKind kind, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || model is null) return document;
            var options = SecretLookupRewriter.OptionsFor(document, root.SyntaxTree);
            var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            var seen = new HashSet<SyntaxNode>();
            foreach (var diagnostic in diagnostics)
            {
                var site = Site.Of(root, diagnostic);
                if (site is null || !seen.Add(site.Constant)) continue;
                var plan = SecretLookupRewriter.TryPlan(model, site.Constant, site.Properties, kind, options, cancellationToken);
                if (plan is not null) SecretLookupRewriter.Apply(editor, plan);
            }

            return await SecretLookupRewriter.AddImportsAsync(editor.GetChangedDocument(), cancellationToken).ConfigureAwait(false);
        }

        /// <summary>One EXK104 site: the constant to rewrite (from the diagnostic's additional location) and the rewriter
        /// properties adjusted to how the constant is decoded.</summary>
        private sealed class Site
        {
            private Site(SyntaxNode constant, string decode, ImmutableDictionary<string, string?> properties)
            {
                Constant = constant;
                Decode = decode;
                Properties = properties;
            }

            public SyntaxNode Constant { get; }

            public string Decode { get; }

            public ImmutableDictionary<string, string?> Properties { get; }

            public static Site? Of(SyntaxNode root, Diagnostic diagnostic)
            {
                if (diagnostic.AdditionalLocations.Count == 0) return null;
                var location = diagnostic.AdditionalLocations[0];
                if (location.SourceTree != root.SyntaxTree) return null;
                var node = root.FindNode(location.SourceSpan, getInnermostNodeForTie: true);
                if (node is ArgumentSyntax argument) node = argument.Expression;
                if (node is not ExpressionSyntax) return null;
                diagnostic.Properties.TryGetValue(FixProperties.Decode, out var decode);
                decode ??= ConstantEncodings.Text;
                var properties = diagnostic.Properties;

                // The rewriter decodes the lookup for byte-typed targets ("utf8" for a u8 literal or its ToArray(), "base64" for a
                // constant byte array, stored as base64) and leaves string-typed targets (the string inside GetBytes,
                // FromBase64String, FromHexString or ImportFromPem) as a plain string lookup.
                properties = decode switch
                {
                    ConstantEncodings.Bytes => properties.SetItem(FixProperties.Decode, ConstantEncodings.Base64),
                    ConstantEncodings.Utf8 => properties,
                    _ => properties.Remove(FixProperties.Decode),
                };
                return new Site(node, decode, properties);
            }
        }
    }
}
