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
using Microsoft.CodeAnalysis.Simplification;
using SecretsAnalyzers.Logging;

namespace SecretsAnalyzers.CodeFixes.Logging
{
    /// <summary>EXK405: ccxt <c>verbose = false</c>; the Binance logging handler replaced by its inner handler; Debug/Trace raised to Information.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(EXK405DisableRequestLoggingCodeFix)), Shared]
    public sealed class EXK405DisableRequestLoggingCodeFix : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.EXK405);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null) return;
            foreach (var diagnostic in context.Diagnostics)
            {
                diagnostic.Properties.TryGetValue(EXK405SdkVerboseLoggingAnalyzer.KindProperty, out var kind);
                var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
                if (node is ArgumentSyntax argument) node = argument.Expression;
                switch (kind)
                {
                    case "verbose" when node is LiteralExpressionSyntax:
                        Register(context, diagnostic, "Set verbose to false", "EXK405.DisableVerbose",
                            SyntaxFactory.LiteralExpression(SyntaxKind.FalseLiteralExpression));
                        break;
                    case "level" when node is MemberAccessExpressionSyntax access:
                        Register(context, diagnostic, "Raise the level to Information", "EXK405.RaiseLevel",
                            access.WithName(SyntaxFactory.IdentifierName("Information")));
                        break;
                    case "handler" when node is BaseObjectCreationExpressionSyntax creation:
                        var inner = creation.Initializer?.Expressions.OfType<AssignmentExpressionSyntax>()
                            .FirstOrDefault(a => a.Left is IdentifierNameSyntax { Identifier.ValueText: "InnerHandler" })?.Right;
                        var replacement = inner ?? SyntaxFactory.ObjectCreationExpression(
                            SyntaxFactory.ParseTypeName("System.Net.Http.HttpClientHandler").WithAdditionalAnnotations(Simplifier.Annotation),
                            SyntaxFactory.ArgumentList(), null);
                        Register(context, diagnostic, "Remove the Binance logging handler", "EXK405.RemoveHandler", replacement);
                        break;
                }
            }
        }

        private static void Register(CodeFixContext context, Diagnostic diagnostic, string title, string key, ExpressionSyntax replacement) =>
            context.RegisterCodeFix(CodeAction.Create(title, ct => ReplaceAsync(context.Document, diagnostic, replacement, ct), equivalenceKey: key), diagnostic);

        private static async Task<Document> ReplaceAsync(Document document, Diagnostic diagnostic, ExpressionSyntax replacement, CancellationToken ct)
        {
            var root = await document.GetSyntaxRootAsync(ct).ConfigureAwait(false);
            if (root is null) return document;
            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            if (node is ArgumentSyntax argument) node = argument.Expression;
            return document.WithSyntaxRoot(root.ReplaceNode(node, replacement.WithTriviaFrom(node)));
        }
    }
}
