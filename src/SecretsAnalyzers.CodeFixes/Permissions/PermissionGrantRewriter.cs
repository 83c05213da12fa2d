using System.Collections.Immutable;
using System.Linq;
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
                    CodeAction.Create(title, ct => FixAsync(document, new[] { diagnostic }, ct), equivalenceKey),
                    diagnostic);
            }
        }

        /// <summary>
        /// Fix All: the document's sites are edited one after the other on the updated code (two grants of one string or
        /// initializer both go), the later text positions of a literal first, so earlier positions stay valid.
        /// </summary>
        public static FixAllProvider FixAll { get; } = FixAllProvider.Create(async (context, document, diagnostics) =>
            diagnostics.IsDefaultOrEmpty ? document : await FixAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false));

        private static async Task<Document> FixAsync(Document document, System.Collections.Generic.IEnumerable<Diagnostic> diagnostics, CancellationToken ct)
        {
            var root = await document.GetSyntaxRootAsync(ct).ConfigureAwait(false);
            if (root is null) return document;
            var sites = new System.Collections.Generic.List<(SyntaxAnnotation Annotation, Diagnostic Diagnostic)>();
            var annotations = new System.Collections.Generic.Dictionary<SyntaxNode, SyntaxAnnotation>();
            foreach (var diagnostic in diagnostics.OrderByDescending(d => d.Location.SourceSpan.Start).ThenByDescending(FindAt))
            {
                var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
                if (!annotations.TryGetValue(node, out var annotation)) annotations[node] = annotation = new SyntaxAnnotation("SecretsAnalyzers.Permission");
                sites.Add((annotation, diagnostic));
            }

            root = root.ReplaceNodes(annotations.Keys, (original, rewritten) => rewritten.WithAdditionalAnnotations(annotations[original]));
            foreach (var (annotation, diagnostic) in sites)
            {
                if (!diagnostic.Properties.TryGetValue(PermissionContext.FixKey, out var kind) || kind is null) continue;
                var node = root.GetAnnotatedNodes(annotation).FirstOrDefault();
                if (node is null) continue;
                var replacement = TryBuild(node, kind, diagnostic.Properties, out var target);
                if (replacement is null || target is null) continue;
                root = root.ReplaceNode(target, replacement);
            }

            return document.WithSyntaxRoot(root);
        }

        private static int FindAt(Diagnostic diagnostic) =>
            diagnostic.Properties.TryGetValue(PermissionContext.FindAtKey, out var at) && int.TryParse(at, out var n) ? n : -1;

        private static SyntaxTriviaList KeptTrivia(SyntaxToken separator, SyntaxTriviaList removedTrailing) =>
            separator.TrailingTrivia.Any(t => t.IsKind(SyntaxKind.SingleLineCommentTrivia) || t.IsKind(SyntaxKind.MultiLineCommentTrivia) || t.IsKind(SyntaxKind.EndOfLineTrivia))
                ? separator.TrailingTrivia
                : removedTrailing;

        /// <summary>
        /// Where the reported text sits in the literal's current value: at FindAt (the reported token, not the first
        /// textual match). When Fix All already edited the literal there, the token itself is looked up at that
        /// position again and a removal re-derived from the current text. False when it is not there.
        /// </summary>
        private static bool TryLocate(string value, ImmutableDictionary<string, string?> properties, string replace, out int at, out int length)
        {
            at = -1;
            length = 0;
            properties.TryGetValue(PermissionContext.FindKey, out var find);
            var hasAt = properties.TryGetValue(PermissionContext.FindAtKey, out var atText) && int.TryParse(atText, out at);
            if (properties.TryGetValue(PermissionContext.FindLengthKey, out var lengthText) && int.TryParse(lengthText, out var l)) length = l;
            else length = find?.Length ?? 0;
            if (!hasAt)
            {
                // Older analyzers: the first match.
                if (string.IsNullOrEmpty(find)) return false;
                at = value.IndexOf(find!, System.StringComparison.Ordinal);
                length = find!.Length;
                return at >= 0;
            }

            if (length <= 0 || at < 0) return false;
            if (at + length <= value.Length && (find is null || string.CompareOrdinal(value, at, find, 0, length) == 0)) return true;
            if (find is null || replace.Length > 0) return false;

            // A removal whose separator an earlier edit already took ("read,withdraw,transfer": ",transfer" went first).
            var core = find.Trim(' ', ',', '+', '|', ';', '"');
            var offset = find.IndexOf(core, System.StringComparison.Ordinal);
            for (var start = System.Math.Max(0, at + offset - 1); start <= at + offset + 1 && start + core.Length <= value.Length; start++)
            {
                if (core.Length == 0 || string.CompareOrdinal(value, start, core, 0, core.Length) != 0) continue;
                var edit = SecretsAnalyzers.Permissions.PermissionVocabulary.RemovalEditAt(value, start, start + core.Length);
                at = edit.At;
                length = edit.Find.Length;
                return true;
            }

            return false;
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
                        properties.TryGetValue(PermissionContext.ReplaceKey, out var replace);
                        replace ??= "";
                        var token = literal.Token;
                        var value = token.ValueText;
                        if (!TryLocate(value, properties, replace, out var at, out var length)) return null;
                        var newValue = value.Substring(0, at) + replace + value.Substring(at + length);

                        // Edit the raw text in place when the literal has no escapes before the edit (keeps @"…" and
                        // escapes elsewhere); otherwise write a fresh literal of the new value.
                        var raw = token.Text;
                        var prefix = raw.StartsWith("@", System.StringComparison.Ordinal) ? 2 : 1;
                        SyntaxToken newToken;
                        if (raw.Length >= prefix + at + length + 1 && string.CompareOrdinal(raw, prefix, value, 0, at + length) == 0)
                        {
                            var newText = raw.Substring(0, prefix + at) + replace + raw.Substring(prefix + at + length);
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
                            var index = initializer.Expressions.IndexOf(element);
                            var remaining = initializer.Expressions.Remove(element);
                            if (index == initializer.Expressions.Count - 1)
                            {
                                // Removing the last element drops the separator before it ("a, b }"): keep that
                                // separator's comment (it belongs to the previous element), else the element's spacing.
                                var separator = initializer.Expressions.GetSeparator(index - 1);
                                var last = remaining[remaining.Count - 1];
                                remaining = remaining.Replace(last, last.WithTrailingTrivia(KeptTrivia(separator, element.GetTrailingTrivia())));
                            }

                            return initializer.WithExpressions(remaining);
                        }

                        if (element.Parent is ExpressionElementSyntax expressionElement &&
                            expressionElement.Parent is CollectionExpressionSyntax collection && collection.Elements.Count > 1)
                        {
                            target = collection;
                            var elementIndex = collection.Elements.IndexOf(expressionElement);
                            var remainingElements = collection.Elements.Remove(expressionElement);
                            if (elementIndex == collection.Elements.Count - 1)
                            {
                                var separator = collection.Elements.GetSeparator(elementIndex - 1);
                                var last = remainingElements[remainingElements.Count - 1];
                                remainingElements = remainingElements.Replace(last, last.WithTrailingTrivia(KeptTrivia(separator, expressionElement.GetTrailingTrivia())));
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
