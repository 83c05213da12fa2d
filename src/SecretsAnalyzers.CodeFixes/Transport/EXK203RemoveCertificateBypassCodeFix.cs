using System.Collections.Immutable;
using System.Linq;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SecretsAnalyzers.CodeFixes.Transport
{
    /// <summary>
    /// EXK203: removes the bypass so the platform validates the certificate: the assignment statement (= or +=), the
    /// object-initializer member, or the SslStream callback argument. Only this use is rewritten: a shared callback
    /// method or field stays for its other users.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(EXK203RemoveCertificateBypassCodeFix)), Shared]
    public sealed class EXK203RemoveCertificateBypassCodeFix : CodeFixProvider
    {
        public const string EquivalenceKey = "EXK203.RemoveBypass";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.EXK203);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null) return;
            foreach (var diagnostic in context.Diagnostics)
            {
                var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
                if (Plan(node) is null) continue;
                context.RegisterCodeFix(CodeAction.Create("Remove the certificate validation bypass",
                    ct => FixAsync(context.Document, diagnostic, ct), EquivalenceKey), diagnostic);
            }
        }

        /// <summary>The node to remove or replace, or null when no compiling rewrite exists.</summary>
        private static SyntaxNode? Plan(SyntaxNode node)
        {
            if (node is not ExpressionSyntax expression) return null;
            switch (expression.Parent)
            {
                case AssignmentExpressionSyntax assignment when assignment.Right == expression:
                    if (assignment.Parent is ExpressionStatementSyntax { Parent: BlockSyntax or SwitchSectionSyntax } statement) return statement;
                    if (assignment.Parent is InitializerExpressionSyntax { RawKind: (int)SyntaxKind.ObjectInitializerExpression }) return assignment;
                    return null;
                case ArgumentSyntax { NameColon: null } argument when argument.Parent?.Parent is ObjectCreationExpressionSyntax creation &&
                                                                     IsSslStream(creation.Type):
                    return argument;
                default:
                    return null;
            }
        }

        private static bool IsSslStream(TypeSyntax type) => type switch
        {
            IdentifierNameSyntax id => id.Identifier.ValueText == "SslStream",
            QualifiedNameSyntax q => q.Right.Identifier.ValueText == "SslStream",
            _ => false,
        };

        private static async Task<Document> FixAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root is null) return document;
            var target = Plan(root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true));
            SyntaxNode? newRoot = null;
            switch (target)
            {
                case ExpressionStatementSyntax statement:
                    newRoot = TransportSyntax.RemoveStatement(root, statement);
                    break;
                case AssignmentExpressionSyntax { Parent: InitializerExpressionSyntax initializer } member:
                    var (replaced, replacement) = TransportSyntax.RemoveInitializerMember(initializer, member);
                    newRoot = root.ReplaceNode(replaced, replacement);
                    break;
                case ArgumentSyntax argument when argument.Parent is ArgumentListSyntax list:
                    var index = list.Arguments.IndexOf(argument);
                    newRoot = index == 2 && index == list.Arguments.Count - 1
                        ? root.ReplaceNode(list, list.WithArguments(list.Arguments.RemoveAt(index)))
                        : root.ReplaceNode(argument.Expression,
                            SyntaxFactory.LiteralExpression(SyntaxKind.NullLiteralExpression).WithTriviaFrom(argument.Expression));
                    break;
            }

            return newRoot is null ? document : document.WithSyntaxRoot(newRoot);
        }
    }
}
