using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Simplification;
using SecretsAnalyzers.CodeFixes.Lookups;
using SecretsAnalyzers.Internal;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace SecretsAnalyzers.CodeFixes
{
    /// <summary>
    /// EXK104 fixes: the constant key becomes a configuration, environment-variable or Key Vault lookup decoded the way
    /// the original was, so the code still compiles and yields the same bytes once the value lives outside the code:
    /// the string inside <c>Encoding.*.GetBytes</c>, <c>Convert.FromBase64String</c>, <c>Convert.FromHexString</c> or
    /// <c>ImportFromPem</c> is replaced by the lookup; a <c>u8</c> literal becomes <c>Encoding.UTF8.GetBytes(lookup)</c>;
    /// a constant byte array becomes <c>Convert.FromBase64String(lookup)</c> (the key is stored as base64).
    /// The rewrite itself is the shared <see cref="SecretLookupRewriter"/>. Equivalence keys: EXK104.Configuration,
    /// EXK104.Environment, EXK104.KeyVault. Fix All rewrites a document in one pass.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(EXK104SigningKeyCodeFixProvider)), Shared]
    public sealed class EXK104SigningKeyCodeFixProvider : CodeFixProvider
    {
        private static readonly SecretLookupKind[] Kinds = { SecretLookupKind.Configuration, SecretLookupKind.Environment, SecretLookupKind.KeyVault };
        private static readonly SyntaxAnnotation PlaceholderAnnotation = new SyntaxAnnotation("EXK104.Placeholder");

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
                    // Planned on the constant itself (a byte array is re-planned on its base64 placeholder when applied).
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

        /// <summary>
        /// Two passes: (1) every constant byte array becomes <c>Convert.FromBase64String("")</c> with an annotated
        /// placeholder literal; (2) every site's string (the original literal or the placeholder) is rewritten by the shared
        /// rewriter in one editor.
        /// </summary>
        private static async Task<Document> FixAsync(Document document, IEnumerable<Diagnostic> diagnostics, SecretLookupKind kind, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root is null) return document;

            var sites = new List<Site>();
            var seen = new HashSet<SyntaxNode>();
            foreach (var diagnostic in diagnostics)
            {
                var site = Site.Of(root, diagnostic);
                if (site is not null && seen.Add(site.Constant)) sites.Add(site);
            }

            if (sites.Count == 0) return document;

            // Pass 1: byte arrays → Convert.FromBase64String(<placeholder>).
            var arrays = sites.Where(s => s.Decode == "bytes").ToList();
            var properties = new Dictionary<SyntaxAnnotation, ImmutableDictionary<string, string?>>();
            var tracked = root.TrackNodes(sites.Select(s => s.Constant));
            if (arrays.Count > 0)
            {
                var replacements = new Dictionary<SyntaxNode, SyntaxNode>();
                foreach (var site in arrays)
                {
                    var annotation = new SyntaxAnnotation("EXK104.Site");
                    properties[annotation] = site.Properties;
                    var placeholder = LiteralExpression(SyntaxKind.StringLiteralExpression, Literal("")).WithAdditionalAnnotations(PlaceholderAnnotation, annotation);
                    var call = InvocationExpression(
                            MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression,
                                ParseName("global::System.Convert").WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation),
                                IdentifierName("FromBase64String")))
                        .WithArgumentList(ArgumentList(SingletonSeparatedList(Argument(placeholder))))
                        .WithTriviaFrom(site.Constant);
                    if (tracked.GetCurrentNode(site.Constant) is { } current) replacements[current] = call;
                }

                tracked = tracked.ReplaceNodes(replacements.Keys, (original, _) => replacements[original]);
            }

            document = document.WithSyntaxRoot(tracked);
            root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || model is null) return document;
            var options = SecretLookupRewriter.OptionsFor(document, root.SyntaxTree);
            var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);

            foreach (var site in sites.Where(s => s.Decode != "bytes"))
            {
                var current = root.GetCurrentNode(site.Constant);
                if (current is null) continue;
                var plan = SecretLookupRewriter.TryPlan(model, current, site.Properties, kind, options, cancellationToken);
                if (plan is not null) SecretLookupRewriter.Apply(editor, plan);
            }

            foreach (var pair in properties)
            {
                var placeholder = root.GetAnnotatedNodes(pair.Key).FirstOrDefault();
                if (placeholder is null) continue;
                var plan = SecretLookupRewriter.TryPlan(model, placeholder, pair.Value, kind, options, cancellationToken);
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
                decode ??= "text";
                var properties = diagnostic.Properties;

                // A string inside GetBytes/FromBase64String/FromHexString/ImportFromPem is replaced by a plain string lookup:
                // only a u8 literal (or its ToArray()) needs the lookup wrapped in Encoding.UTF8.GetBytes.
                var isU8 = node.IsKind(SyntaxKind.Utf8StringLiteralExpression) || node is InvocationExpressionSyntax;
                properties = decode == "utf8" && !isU8
                    ? properties.Remove(FixProperties.Decode)
                    : decode == "utf8" ? properties : properties.Remove(FixProperties.Decode);
                return new Site(node, decode, properties);
            }
        }
    }
}
