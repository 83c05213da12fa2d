using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SecretsAnalyzers.Internal
{
    /// <summary>One <c>#if</c>, <c>#elif</c>, <c>#else</c> or <c>#endif</c>, with the disabled text right after it (if any).</summary>
    internal readonly struct ConditionalDirective
    {
        public ConditionalDirective(DirectiveTriviaSyntax directive, SyntaxTrivia disabledText)
        {
            Directive = directive;
            DisabledText = disabledText;
        }

        public DirectiveTriviaSyntax Directive { get; }

        /// <summary>The <c>DisabledTextTrivia</c> following the directive, or <c>default</c> (kind None) when the branch is compiled or empty.</summary>
        public SyntaxTrivia DisabledText { get; }

        public bool HasDisabledText => DisabledText.IsKind(SyntaxKind.DisabledTextTrivia);
    }

    /// <summary>
    /// The conditional directives of a tree in source order, found by descending only into nodes and tokens whose
    /// <c>ContainsDirectives</c> is set: a file with a single <c>#nullable enable</c> costs a walk down to that token,
    /// not a visit of every token (<c>GetNextDirective</c> steps token by token to the next directive). Other directives
    /// (<c>#nullable</c>, <c>#region</c>, <c>#pragma</c>) are skipped without building their syntax.
    /// </summary>
    internal static class ConditionalDirectives
    {
        /// <summary>
        /// The conditional directives that start before <paramref name="endPosition"/>, or null when there is none
        /// (a tree without directives answers without any walk).
        /// </summary>
        public static List<ConditionalDirective>? Collect(SyntaxTree tree, CancellationToken cancellationToken, int endPosition = int.MaxValue)
        {
            var root = tree.GetRoot(cancellationToken);
            if (!root.ContainsDirectives) return null;
            List<ConditionalDirective>? found = null;
            var stack = new Stack<SyntaxNodeOrToken>();
            stack.Push(root);
            while (stack.Count > 0)
            {
                var current = stack.Pop();
                if (current.FullSpan.Start >= endPosition) break;                 // everything left starts later
                if (current.IsToken)
                {
                    AddFrom(current.AsToken().LeadingTrivia, endPosition, ref found);
                    continue;
                }

                cancellationToken.ThrowIfCancellationRequested();
                foreach (var child in current.ChildNodesAndTokens().Reverse())
                {
                    if (child.ContainsDirectives) stack.Push(child);
                }
            }

            return found;
        }

        private static void AddFrom(SyntaxTriviaList trivia, int endPosition, ref List<ConditionalDirective>? found)
        {
            DirectiveTriviaSyntax? pending = null;
            foreach (var t in trivia)
            {
                if (pending is not null)
                {
                    (found ??= new List<ConditionalDirective>()).Add(
                        new ConditionalDirective(pending, t.IsKind(SyntaxKind.DisabledTextTrivia) ? t : default));
                    pending = null;
                }

                if (t.SpanStart >= endPosition) return;
                switch (t.Kind())
                {
                    case SyntaxKind.IfDirectiveTrivia:
                    case SyntaxKind.ElifDirectiveTrivia:
                    case SyntaxKind.ElseDirectiveTrivia:
                    case SyntaxKind.EndIfDirectiveTrivia:
                        pending = (DirectiveTriviaSyntax)t.GetStructure()!;
                        break;
                }
            }

            if (pending is not null) (found ??= new List<ConditionalDirective>()).Add(new ConditionalDirective(pending, default));
        }
    }
}
