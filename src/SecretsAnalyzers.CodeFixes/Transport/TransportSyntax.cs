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
    /// <summary>Syntax edits shared by the transport fixes.</summary>
    internal static class TransportSyntax
    {
        /// <summary>
        /// Removes a statement with its line, keeping the comments and #if/#endif directives above it (they may describe
        /// the code that follows, and a lost directive unbalances the file).
        /// </summary>
        public static SyntaxNode? RemoveStatement(SyntaxNode root, StatementSyntax statement)
        {
            var leading = statement.GetLeadingTrivia();
            var next = statement.GetLastToken().GetNextToken();
            var keeps = leading.Any(t => t.IsDirective || t.IsKind(SyntaxKind.SingleLineCommentTrivia) || t.IsKind(SyntaxKind.MultiLineCommentTrivia) ||
                                         t.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia) || t.IsKind(SyntaxKind.MultiLineDocumentationCommentTrivia));
            if (!keeps || next.RawKind == 0)
                return root.RemoveNode(statement, SyntaxRemoveOptions.KeepNoTrivia);

            // Move "// comment" and "#if DEBUG" (everything up to the statement's own indentation) onto the next token.
            var kept = leading;
            if (kept.Count > 0 && kept[kept.Count - 1].IsKind(SyntaxKind.WhitespaceTrivia)) kept = kept.RemoveAt(kept.Count - 1);
            var annotation = new SyntaxAnnotation();
            var annotated = root.ReplaceNode(statement, statement.WithAdditionalAnnotations(annotation));
            var nextToken = annotated.GetAnnotatedNodes(annotation).First().GetLastToken().GetNextToken();
            annotated = annotated.ReplaceToken(nextToken, nextToken.WithLeadingTrivia(kept.AddRange(nextToken.LeadingTrivia)));
            var toRemove = annotated.GetAnnotatedNodes(annotation).First();
            return annotated.RemoveNode(toRemove, SyntaxRemoveOptions.KeepNoTrivia);
        }

        /// <summary>
        /// Removes one member of an object initializer; when it was the only one, the initializer goes too
        /// (<c>new HttpClientHandler { X = … }</c> → <c>new HttpClientHandler()</c>), and a default handler passed
        /// straight to <c>new HttpClient(…)</c> goes as well. Returns the node to replace and its replacement.
        /// </summary>
        public static (SyntaxNode Target, SyntaxNode Replacement) RemoveInitializerMember(InitializerExpressionSyntax initializer, ExpressionSyntax member)
        {
            if (initializer.Expressions.Count == 1 && initializer.Parent is BaseObjectCreationExpressionSyntax creation)
            {
                var arguments = creation.ArgumentList ?? SyntaxFactory.ArgumentList();
                var trailing = initializer.GetTrailingTrivia();
                BaseObjectCreationExpressionSyntax replacement = creation switch
                {
                    ObjectCreationExpressionSyntax o => o.WithType(o.Type.WithoutTrailingTrivia()).WithArgumentList(arguments.WithoutTrailingTrivia()).WithInitializer(null),
                    ImplicitObjectCreationExpressionSyntax i => i.WithArgumentList(arguments.WithoutTrailingTrivia()).WithInitializer(null),
                    _ => creation,
                };
                // new HttpClient(new HttpClientHandler { X = … }) → new HttpClient(): a default handler is what HttpClient makes.
                if (creation is ObjectCreationExpressionSyntax { Type: var handlerType } && (creation.ArgumentList is null || creation.ArgumentList.Arguments.Count == 0) &&
                    LastName(handlerType) is "HttpClientHandler" or "SocketsHttpHandler" &&
                    creation.Parent is ArgumentSyntax { NameColon: null, Parent: ArgumentListSyntax { Arguments.Count: 1 } clientArguments } &&
                    clientArguments.Parent is ObjectCreationExpressionSyntax client && LastName(client.Type) == "HttpClient")
                    return (clientArguments, clientArguments.WithArguments(default).WithTriviaFrom(clientArguments));

                return (creation, replacement.WithTrailingTrivia(trailing));
            }

            return (initializer, RemoveMember(initializer, member));
        }

        private static string? LastName(TypeSyntax type) => type switch
        {
            IdentifierNameSyntax id => id.Identifier.ValueText,
            QualifiedNameSyntax q => q.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax a => a.Name.Identifier.ValueText,
            _ => null,
        };

        /// <summary>Removes one member of an object initializer together with its separator.</summary>
        public static InitializerExpressionSyntax RemoveMember(InitializerExpressionSyntax initializer, ExpressionSyntax member)
        {
            var list = initializer.Expressions;
            var index = list.IndexOf(member);
            if (index < 0) return initializer;
            var nodes = new System.Collections.Generic.List<ExpressionSyntax>(list);
            var separators = new System.Collections.Generic.List<SyntaxToken>(list.GetSeparators());
            nodes.RemoveAt(index);
            var wasLast = index == list.Count - 1;
            if (index < separators.Count) separators.RemoveAt(index);
            else if (index > 0) separators.RemoveAt(index - 1);
            if (wasLast && nodes.Count > 0 && separators.Count < nodes.Count)
                nodes[nodes.Count - 1] = nodes[nodes.Count - 1].WithTrailingTrivia(member.GetTrailingTrivia());
            return initializer.WithExpressions(SyntaxFactory.SeparatedList(nodes, separators));
        }
    }
}
