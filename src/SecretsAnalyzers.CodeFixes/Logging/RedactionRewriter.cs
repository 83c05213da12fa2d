using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;
using SecretsAnalyzers.Logging;

namespace SecretsAnalyzers.CodeFixes.Logging
{
    /// <summary>
    /// The Redact and Remove rewrites shared by the EXK401 and EXK402 fixes (and EXK403's ToString rewrite).
    /// Redact: the secret expression becomes <c>"***"</c>, an interpolation hole becomes the literal text <c>***</c>, a
    /// template placeholder keeps its argument. Remove: the placeholder and its argument, the hole, or the concatenated
    /// operand disappear.
    /// </summary>
    internal static class RedactionRewriter
    {
        public const string Mask = "***";

        public static ExpressionSyntax? FindExpression(SyntaxNode root, TextSpan span)
        {
            var node = root.FindNode(span, getInnermostNodeForTie: true);
            if (node is ArgumentSyntax argument) return argument.Expression;
            return node as ExpressionSyntax;
        }

        /// <summary>True when replacing <paramref name="expression"/> with "***" still compiles.</summary>
        public static bool CanRedact(ExpressionSyntax expression, SemanticModel model, CancellationToken ct)
        {
            if (expression.Parent is InterpolationSyntax) return true;
            var info = model.GetTypeInfo(expression, ct);
            if (info.ConvertedType is { } converted &&
                (converted.SpecialType == SpecialType.System_String || converted.SpecialType == SpecialType.System_Object))
                return true;
            if (model.GetOperation(expression, ct)?.Parent is IArgumentOperation { Parameter: { } parameter } &&
                parameter.OriginalDefinition.Type is ITypeParameterSymbol)
                return true;
            return false;
        }

        public static SyntaxNode Redact(SyntaxNode root, ExpressionSyntax expression)
        {
            if (expression.Parent is InterpolationSyntax hole) return MergeAdjacentText(root.ReplaceNode(hole, MaskText()));
            var literal = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(Mask)).WithTriviaFrom(expression);
            return root.ReplaceNode(expression, literal);
        }

        /// <summary>Joins neighbouring text parts of interpolated strings ("Using " + "***" + " now" → "Using *** now").</summary>
        public static SyntaxNode MergeAdjacentText(SyntaxNode root)
        {
            var targets = root.DescendantNodes().OfType<InterpolatedStringExpressionSyntax>().Where(HasAdjacentText).ToList();
            return targets.Count == 0 ? root : root.ReplaceNodes(targets, (_, rewritten) => Merge(rewritten));
        }

        private static bool HasAdjacentText(InterpolatedStringExpressionSyntax s)
        {
            for (var i = 1; i < s.Contents.Count; i++)
            {
                if (s.Contents[i] is InterpolatedStringTextSyntax && s.Contents[i - 1] is InterpolatedStringTextSyntax) return true;
            }

            return false;
        }

        private static InterpolatedStringExpressionSyntax Merge(InterpolatedStringExpressionSyntax s)
        {
            var list = new List<InterpolatedStringContentSyntax>();
            foreach (var content in s.Contents)
            {
                if (content is InterpolatedStringTextSyntax text && list.Count > 0 && list[list.Count - 1] is InterpolatedStringTextSyntax previous)
                {
                    var joined = previous.TextToken.Text + text.TextToken.Text;
                    list[list.Count - 1] = SyntaxFactory.InterpolatedStringText(
                        SyntaxFactory.Token(default, SyntaxKind.InterpolatedStringTextToken, joined, joined, default));
                }
                else
                {
                    list.Add(content);
                }
            }

            return s.WithContents(SyntaxFactory.List(list));
        }

        public static InterpolatedStringTextSyntax MaskText() =>
            SyntaxFactory.InterpolatedStringText(SyntaxFactory.Token(default, SyntaxKind.InterpolatedStringTextToken, Mask, Mask, default));

        // ---------------- Remove ----------------

        /// <summary>The rewritten root that removes the secret, or null when removal would not compile or would break the template.</summary>
        public static SyntaxNode? Remove(SyntaxNode root, ExpressionSyntax expression, Diagnostic diagnostic, SemanticModel model, CancellationToken ct)
        {
            diagnostic.Properties.TryGetValue(EXK401SecretLoggingAnalyzer.RemoveKindProperty, out var kind);
            switch (kind)
            {
                case "hole":
                    return RemoveHole(root, (InterpolationSyntax)expression.Parent!);
                case "concat":
                    var binary = (BinaryExpressionSyntax)expression.Parent!;
                    var other = binary.Left == expression ? binary.Right : binary.Left;
                    if (model.GetTypeInfo(other, ct).Type?.SpecialType != SpecialType.System_String) return null;
                    return root.ReplaceNode(binary, other.WithTriviaFrom(binary));
                case "placeholder":
                    if (!diagnostic.Properties.TryGetValue(EXK401SecretLoggingAnalyzer.PlaceholderIndexProperty, out var indexText) ||
                        !int.TryParse(indexText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var index))
                        return null;
                    return RemovePlaceholder(root, expression, index);
            }

            return null;
        }

        private static SyntaxNode RemoveHole(SyntaxNode root, InterpolationSyntax hole)
        {
            var interpolated = (InterpolatedStringExpressionSyntax)hole.Parent!;
            var contents = interpolated.Contents;
            var position = contents.IndexOf(hole);
            var list = contents.ToList();
            list.RemoveAt(position);

            // "Using {secret}" → "Using"; "Key {secret} rejected" → "Key rejected".
            if (position > 0 && list[position - 1] is InterpolatedStringTextSyntax before)
            {
                var trailing = position == list.Count;
                var nextStartsWithSpace = !trailing && list[position] is InterpolatedStringTextSyntax next && next.TextToken.Text.StartsWith(" ", System.StringComparison.Ordinal);
                string? text = null;
                if (trailing) text = before.TextToken.Text.TrimEnd(' ', ':', '=');
                else if (nextStartsWithSpace) text = before.TextToken.Text.TrimEnd(' ');
                if (text is not null)
                {
                    if (text.Length == 0) list.RemoveAt(position - 1);
                    else list[position - 1] = SyntaxFactory.InterpolatedStringText(SyntaxFactory.Token(default, SyntaxKind.InterpolatedStringTextToken, text, text, default));
                }
            }

            return MergeAdjacentText(root.ReplaceNode(interpolated, interpolated.WithContents(SyntaxFactory.List(list))));
        }

        private static SyntaxNode? RemovePlaceholder(SyntaxNode root, ExpressionSyntax expression, int index)
        {
            if (expression.Parent is not ArgumentSyntax argument || argument.Parent is not ArgumentListSyntax arguments ||
                arguments.Parent is not InvocationExpressionSyntax)
                return null;

            // The template is the string literal argument before the values (MEL, Serilog, NLog, log4net *Format, Console).
            ArgumentSyntax? template = null;
            foreach (var a in arguments.Arguments)
            {
                if (a == argument) break;
                if (a.Expression is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression)) template = a;
            }

            if (template is null) return null;
            var templateLiteral = (LiteralExpressionSyntax)template.Expression;
            var text = templateLiteral.Token.ValueText;
            var placeholders = MessageTemplate.Parse(text);
            if (index < 0 || index >= placeholders.Count) return null;
            var removed = placeholders[index];
            var numeric = placeholders.All(p => int.TryParse(p.Name, NumberStyles.Integer, CultureInfo.InvariantCulture, out _));
            if (!numeric && placeholders.Count(p => p.Name == removed.Name) > 1) return null;

            var sb = new StringBuilder();
            var start = removed.Start;
            // Drop the separator that introduced the placeholder ("key: {Key}" → "key", "a {A} b" → "a b").
            while (start > 0 && (text[start - 1] == ' ' || text[start - 1] == ':' || text[start - 1] == '=')) start--;
            var rest = text.Substring(removed.Start + removed.Length);
            if (start == 0) rest = rest.TrimStart(' ');
            sb.Append(text, 0, start);
            sb.Append(rest);
            var newText = sb.ToString();

            if (numeric)
            {
                // Renumber {n} above the removed one.
                var removedNumber = int.Parse(removed.Name, CultureInfo.InvariantCulture);
                foreach (var p in MessageTemplate.Parse(newText).OrderByDescending(p => p.Start))
                {
                    var n = int.Parse(p.Name, CultureInfo.InvariantCulture);
                    if (n <= removedNumber) continue;
                    var inner = newText.Substring(p.Start + 1, p.Length - 2);
                    var replaced = (n - 1).ToString(CultureInfo.InvariantCulture) + inner.Substring(p.Name.Length);
                    newText = newText.Substring(0, p.Start + 1) + replaced + newText.Substring(p.Start + p.Length - 1);
                }
            }

            var newLiteral = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(newText)).WithTriviaFrom(templateLiteral);
            var newArguments = arguments.Arguments.Replace(template, template.WithExpression(newLiteral));
            newArguments = newArguments.RemoveAt(arguments.Arguments.IndexOf(argument));
            return root.ReplaceNode(arguments, arguments.WithArguments(newArguments));
        }

        /// <summary>Registers the Redact and Remove fixes of EXK401/EXK402 for one diagnostic.</summary>
        public static async Task RegisterAsync(CodeFixContext context, string ruleId)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null || model is null) return;
            foreach (var diagnostic in context.Diagnostics)
            {
                var expression = FindExpression(root, diagnostic.Location.SourceSpan);
                if (expression is null) continue;
                if (CanRedact(expression, model, context.CancellationToken))
                {
                    context.RegisterCodeFix(CodeAction.Create("Redact the secret ('***')",
                        ct => Rewrite(context.Document, diagnostic, ct, (r, e, m, d, c) => Redact(r, e)),
                        equivalenceKey: ruleId + ".Redact"), diagnostic);
                }

                if (Remove(root, expression, diagnostic, model, context.CancellationToken) is not null)
                {
                    context.RegisterCodeFix(CodeAction.Create("Remove the secret from the message",
                        ct => Rewrite(context.Document, diagnostic, ct, (r, e, m, d, c) => Remove(r, e, d, m, c)),
                        equivalenceKey: ruleId + ".Remove"), diagnostic);
                }
            }
        }

        private delegate SyntaxNode? Rewriter(SyntaxNode root, ExpressionSyntax expression, SemanticModel model, Diagnostic diagnostic, CancellationToken ct);

        private static async Task<Document> Rewrite(Document document, Diagnostic diagnostic, CancellationToken ct, Rewriter rewriter)
        {
            var root = await document.GetSyntaxRootAsync(ct).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(ct).ConfigureAwait(false);
            if (root is null || model is null) return document;
            var expression = FindExpression(root, diagnostic.Location.SourceSpan);
            if (expression is null) return document;
            var newRoot = rewriter(root, expression, model, diagnostic, ct);
            return newRoot is null ? document : document.WithSyntaxRoot(newRoot);
        }
    }
}
