using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecretsAnalyzers.Permissions;

namespace SecretsAnalyzers.CodeFixes.Permissions
{
    /// <summary>
    /// The edits behind the EXK301 and EXK302 fixes, chosen by the analyzer through <c>Diagnostic.Properties</c>:
    /// set a granting <c>true</c> to <c>false</c>; replace or remove a scope/permission token inside a string literal;
    /// remove an array or collection element; remove an enum flag from a <c>|</c> combination. Each edit touches only
    /// the diagnostic's own node, so the batch Fix All provider applies.
    /// </summary>
    internal static class PermissionGrantRewriter
    {
        public static async Task RegisterAsync(CodeFixContext context, string equivalenceKey)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null) return;
            foreach (var diagnostic in context.Diagnostics)
            {
                if (!diagnostic.Properties.TryGetValue(PermissionContext.FixKey, out var kind) || kind is null) continue;
                var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
                var replacement = TryBuild(node, kind, diagnostic.Properties, out var target);
                if (replacement is null || target is null) continue;
                var title = kind switch
                {
                    PermissionContext.SetFalse => "Set to false",
                    PermissionContext.RemoveFlag => "Remove the flag",
                    PermissionContext.RemoveElement => "Remove the permission",
                    _ => "Remove the permission from the scope",
                };
                var document = context.Document;
                context.RegisterCodeFix(
                    CodeAction.Create(title, ct => ApplyAsync(document, target, replacement, ct), equivalenceKey),
                    diagnostic);
            }
        }

        private static async Task<Document> ApplyAsync(Document document, SyntaxNode target, SyntaxNode replacement, CancellationToken ct)
        {
            var root = await document.GetSyntaxRootAsync(ct).ConfigureAwait(false);
            return root is null ? document : document.WithSyntaxRoot(root.ReplaceNode(target, replacement));
        }

        /// <summary>Builds the replacement of <paramref name="target"/>, or null when no compiling fix exists.</summary>
        private static SyntaxNode? TryBuild(SyntaxNode node, string kind, ImmutableDictionary<string, string?> properties, out SyntaxNode? target)
        {
            target = null;
            switch (kind)
            {
                case PermissionContext.SetFalse when node is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.TrueLiteralExpression):
                    target = literal;
                    return SyntaxFactory.LiteralExpression(SyntaxKind.FalseLiteralExpression).WithTriviaFrom(literal);

                case PermissionContext.ReplaceText when node is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression):
                    {
                        if (!properties.TryGetValue(PermissionContext.FindKey, out var find) || string.IsNullOrEmpty(find)) return null;
                        properties.TryGetValue(PermissionContext.ReplaceKey, out var replace);
                        var token = literal.Token;
                        var value = token.ValueText;
                        var at = value.IndexOf(find!, System.StringComparison.Ordinal);
                        if (at < 0) return null;
                        var newValue = value.Substring(0, at) + (replace ?? "") + value.Substring(at + find!.Length);
                        var rawAt = token.Text.IndexOf(find!, System.StringComparison.Ordinal);
                        SyntaxToken newToken;
                        if (rawAt >= 0 && token.Text.IndexOf(find!, rawAt + 1, System.StringComparison.Ordinal) < 0 && value.IndexOf(find!, at + 1, System.StringComparison.Ordinal) < 0)
                        {
                            var newText = token.Text.Substring(0, rawAt) + (replace ?? "") + token.Text.Substring(rawAt + find.Length);
                            newToken = SyntaxFactory.Token(token.LeadingTrivia, token.Kind(), newText, newValue, token.TrailingTrivia);
                        }
                        else
                        {
                            newToken = SyntaxFactory.Literal(newValue).WithTriviaFrom(token);
                        }

                        target = literal;
                        return literal.WithToken(newToken);
                    }

                case PermissionContext.RemoveElement when node is ExpressionSyntax element:
                    {
                        if (element.Parent is InitializerExpressionSyntax initializer && initializer.Expressions.Count > 1)
                        {
                            target = initializer;
                            var remaining = initializer.Expressions.Remove(element);
                            if (initializer.Expressions.IndexOf(element) == initializer.Expressions.Count - 1)
                            {
                                // Removing the last element drops its trailing trivia ("a, b }"): keep the spacing.
                                var last = remaining[remaining.Count - 1];
                                remaining = remaining.Replace(last, last.WithTrailingTrivia(element.GetTrailingTrivia()));
                            }

                            return initializer.WithExpressions(remaining);
                        }

                        if (element.Parent is ExpressionElementSyntax expressionElement &&
                            expressionElement.Parent is CollectionExpressionSyntax collection && collection.Elements.Count > 1)
                        {
                            target = collection;
                            var remainingElements = collection.Elements.Remove(expressionElement);
                            if (collection.Elements.IndexOf(expressionElement) == collection.Elements.Count - 1)
                            {
                                var last = remainingElements[remainingElements.Count - 1];
                                remainingElements = remainingElements.Replace(last, last.WithTrailingTrivia(expressionElement.GetTrailingTrivia()));
                            }

                            return collection.WithElements(remainingElements);
                        }

                        return null;
                    }

                case PermissionContext.RemoveFlag when node is ExpressionSyntax flag:
                    {
                        SyntaxNode child = flag;
                        var parent = flag.Parent;
                        while (parent is ParenthesizedExpressionSyntax)
                        {
                            child = parent;
                            parent = parent.Parent;
                        }

                        if (parent is not BinaryExpressionSyntax binary || !binary.IsKind(SyntaxKind.BitwiseOrExpression)) return null;
                        var other = binary.Left == child ? binary.Right : binary.Left;
                        target = binary;
                        return other.WithLeadingTrivia(binary.GetLeadingTrivia()).WithTrailingTrivia(binary.GetTrailingTrivia());
                    }
            }

            return null;
        }
    }
}
