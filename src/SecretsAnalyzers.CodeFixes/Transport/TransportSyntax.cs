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
        /// <summary>Removes a statement with its line, keeping any #if/#endif directives in its trivia.</summary>
        public static SyntaxNode? RemoveStatement(SyntaxNode root, StatementSyntax statement)
        {
            var leading = statement.GetLeadingTrivia();
            var next = statement.GetLastToken().GetNextToken();
            if (!leading.Any(t => t.IsDirective) || next.RawKind == 0)
                return root.RemoveNode(statement, SyntaxRemoveOptions.KeepNoTrivia);

            // Move "#if DEBUG" (everything up to the statement's own indentation) onto the next token.
            var kept = leading;
            if (kept.Count > 0 && kept[kept.Count - 1].IsKind(SyntaxKind.WhitespaceTrivia)) kept = kept.RemoveAt(kept.Count - 1);
            var annotation = new SyntaxAnnotation();
            var annotated = root.ReplaceNode(statement, statement.WithAdditionalAnnotations(annotation));
            var nextToken = annotated.GetAnnotatedNodes(annotation).First().GetLastToken().GetNextToken();
            annotated = annotated.ReplaceToken(nextToken, nextToken.WithLeadingTrivia(kept.AddRange(nextToken.LeadingTrivia)));
            var toRemove = annotated.GetAnnotatedNodes(annotation).First();
            return annotated.RemoveNode(toRemove, SyntaxRemoveOptions.KeepNoTrivia);
        }

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
