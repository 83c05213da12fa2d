using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Editing;
using SecretsAnalyzers.CodeFixes.HardcodedSecrets;

namespace SecretsAnalyzers.CodeFixes.HardcodedSecrets
{
    /// <summary>
    /// The three lookup fixes of a hard-coded-secret rule: configuration, environment variable, Azure Key Vault. Fix All
    /// (document, project, solution) rewrites every site of a document in one <see cref="DocumentEditor"/> pass, because
    /// several sites may edit the same declaration (const → static readonly).
    /// </summary>
    public abstract class SecretLookupCodeFix : CodeFixProvider
    {
        private readonly string _ruleId;

        protected SecretLookupCodeFix(string ruleId) => _ruleId = ruleId;

        public sealed override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(_ruleId);

        public sealed override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixDocumentAsync);

        internal string EquivalenceKey(SecretLookupKind kind) => _ruleId + "." + SecretLookupRewriter.KeySuffix(kind);

        public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null || model is null) return;
            var options = SecretLookupRewriter.OptionsFor(context.Document, root.SyntaxTree);
            foreach (var diagnostic in context.Diagnostics)
            {
                var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
                foreach (var kind in SecretLookupRewriter.OrderedKinds(root, options))
                {
                    var plan = SecretLookupRewriter.TryPlan(model, node, diagnostic.Properties, kind, options, context.CancellationToken);
                    if (plan is null) continue;
                    var document = context.Document;
                    context.RegisterCodeFix(
                        CodeAction.Create(plan.Title, ct => SecretLookupRewriter.RewriteAsync(document, plan, ct), EquivalenceKey(kind)),
                        diagnostic);
                }
            }
        }

        private async Task<Document?> FixDocumentAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
        {
            var kind = KindOf(context.CodeActionEquivalenceKey);
            if (kind is null || diagnostics.IsDefaultOrEmpty) return document;
            var cancellationToken = context.CancellationToken;
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || model is null) return document;
            var options = SecretLookupRewriter.OptionsFor(document, root.SyntaxTree);
            var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            var seen = new HashSet<SyntaxNode>();
            var taken = new Dictionary<string, string>(System.StringComparer.Ordinal);
            foreach (var diagnostic in diagnostics.OrderBy(d => d.Location.SourceSpan.Start))
            {
                var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
                var plan = SecretLookupRewriter.TryPlan(model, node, diagnostic.Properties, kind.Value, options, cancellationToken);
                if (plan is null || !seen.Add(plan.Target)) continue;
                SecretLookupRewriter.Apply(editor, SecretLookupRewriter.Disambiguate(model, plan, taken, cancellationToken));
            }

            return await SecretLookupRewriter.AddImportsAsync(editor.GetChangedDocument(), cancellationToken).ConfigureAwait(false);
        }

        private SecretLookupKind? KindOf(string? equivalenceKey)
        {
            foreach (var kind in SecretLookupRewriter.AllKinds)
            {
                if (equivalenceKey == EquivalenceKey(kind)) return kind;
            }

            return null;
        }
    }
}
