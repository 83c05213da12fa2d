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
                    return RemovePlaceholder(root, expression, model, ct);
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

        /// <summary>
        /// Removes a template value and its placeholder. The template is the argument the API binds as its format or
        /// message template (a <c>[StringSyntax("CompositeFormat")]</c> parameter, or one named <c>message</c>,
        /// <c>messageTemplate</c>, <c>format</c> or <c>messageFormat</c>), never merely the nearest literal; the value's
        /// placeholder is found from its position among the values bound after the template, so the edit is right also
        /// after other values of the same call were removed (Fix All). Numbered placeholders above it are renumbered.
        /// </summary>
        private static SyntaxNode? RemovePlaceholder(SyntaxNode root, ExpressionSyntax expression, SemanticModel model, CancellationToken ct)
        {
            if (expression.Parent is not ArgumentSyntax argument || argument.Parent is not ArgumentListSyntax arguments ||
                arguments.Parent is not InvocationExpressionSyntax invocationSyntax)
                return null;
            if (model.GetOperation(invocationSyntax, ct) is not IInvocationOperation invocation) return null;
            if (!TryBindTemplate(invocation, out var templateArgument, out var values)) return null;
            if (templateArgument!.Syntax is not ArgumentSyntax { Expression: LiteralExpressionSyntax templateLiteral } template ||
                !templateLiteral.IsKind(SyntaxKind.StringLiteralExpression))
                return null;
            var valueIndex = values.FindIndex(v => v.Syntax == argument || v.Syntax == expression);
            if (valueIndex < 0) return null;

            var text = templateLiteral.Token.ValueText;
            var placeholders = MessageTemplate.Parse(text);
            var numeric = placeholders.Count > 0 && placeholders.All(p => int.TryParse(p.Name, NumberStyles.Integer, CultureInfo.InvariantCulture, out _));
            var index = MessageTemplate.PlaceholderFor(placeholders, valueIndex);
            string? removedName = index >= 0 ? placeholders[index].Name : null;
            if (removedName is null && !numeric && valueIndex < placeholders.Select(p => p.Name).Distinct().Count()) return null;

            // Rebuild the template from right to left: drop the removed placeholder(s) with the separator that introduced
            // them ("key: {Key}" → "key", "a {A} b" → "a b"), renumber {n} above a removed positional value.
            var newText = text;
            foreach (var p in placeholders.OrderByDescending(p => p.Start))
            {
                if (p.Name == removedName)
                {
                    var start = p.Start;
                    while (start > 0 && (newText[start - 1] == ' ' || newText[start - 1] == ':' || newText[start - 1] == '=')) start--;
                    var rest = newText.Substring(p.Start + p.Length);
                    if (start == 0) rest = rest.TrimStart(' ');
                    newText = newText.Substring(0, start) + rest;
                }
                else if (numeric)
                {
                    var n = int.Parse(p.Name, CultureInfo.InvariantCulture);
                    if (n <= valueIndex) continue;
                    var inner = newText.Substring(p.Start + 1, p.Length - 2);
                    var replaced = (n - 1).ToString(CultureInfo.InvariantCulture) + inner.Substring(inner.IndexOf(p.Name, System.StringComparison.Ordinal) + p.Name.Length);
                    newText = newText.Substring(0, p.Start + 1) + replaced + newText.Substring(p.Start + p.Length - 1);
                }
            }

            var newLiteral = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(newText)).WithTriviaFrom(templateLiteral);
            var newArguments = arguments.Arguments.Replace(template, template.WithExpression(newLiteral));
            newArguments = newArguments.RemoveAt(arguments.Arguments.IndexOf(argument));
            return root.ReplaceNode(arguments, arguments.WithArguments(newArguments));
        }

        /// <summary>
        /// The template argument a call binds and the values formatted into it, in order (expanded <c>params</c> elements
        /// or the parameters after the template). False when the call has no such template or passes an explicit array.
        /// </summary>
        internal static bool TryBindTemplate(IInvocationOperation invocation, out IArgumentOperation? template, out List<IOperation> values)
        {
            template = null;
            values = new List<IOperation>();
            var ordered = invocation.Arguments.Where(a => a.Parameter is not null).OrderBy(a => a.Parameter!.Ordinal).ToList();
            foreach (var a in ordered)
            {
                if (template is null)
                {
                    if (IsTemplateParameter(a.Parameter!)) template = a;
                    continue;
                }

                if (a.ArgumentKind == ArgumentKind.ParamArray)
                {
                    if (a.Value is IArrayCreationOperation { Initializer: { } initializer }) values.AddRange(initializer.ElementValues);
                    continue;
                }

                if (a.ArgumentKind == ArgumentKind.DefaultValue) continue;
                if (a.Parameter!.IsParams) return false; // an explicit array: its elements are not arguments
                values.Add(a);
            }

            return template is not null;
        }

        private static bool IsTemplateParameter(IParameterSymbol parameter)
        {
            if (parameter.Type.SpecialType != SpecialType.System_String) return false;
            foreach (var attribute in parameter.GetAttributes())
            {
                if (attribute.AttributeClass?.Name == "StringSyntaxAttribute" && attribute.ConstructorArguments.Length > 0 &&
                    attribute.ConstructorArguments[0].Value is string syntax && (syntax == "CompositeFormat"))
                    return true;
                if (attribute.AttributeClass?.Name == "MessageTemplateFormatMethodAttribute") return false; // marks the method; the parameter is named below
            }

            return parameter.Name is "message" or "messageTemplate" or "format" or "messageFormat";
        }

        // ---------------- Mask ----------------

        /// <summary>
        /// The masking call the project already has for <paramref name="expression"/>: a method listed in
        /// <c>mask_methods</c>, or a <c>Mask(…)</c> in scope, that accepts the value and returns a string. Null when none.
        /// </summary>
        public static ExpressionSyntax? MaskCall(ExpressionSyntax expression, SemanticModel model, Document document, CancellationToken ct)
        {
            var options = SecretsAnalyzers.Options.SecretsOptions.From(document.Project.AnalyzerOptions.AnalyzerConfigOptionsProvider.GetOptions(expression.SyntaxTree));
            var candidates = options.GetList(null, EXK401SecretLoggingAnalyzer.MaskMethodsKey).Add("Mask");
            foreach (var candidate in candidates)
            {
                var name = candidate.Trim();
                if (name.Length == 0) continue;
                ExpressionSyntax callee;
                try { callee = SyntaxFactory.ParseExpression(name); }
                catch (System.ArgumentException) { continue; }
                if (callee.ContainsDiagnostics || callee is not (IdentifierNameSyntax or MemberAccessExpressionSyntax)) continue;
                var call = SyntaxFactory.InvocationExpression(callee,
                    SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(expression.WithoutTrivia()))));
                if (model.GetSpeculativeSymbolInfo(expression.SpanStart, call, SpeculativeBindingOption.BindAsExpression).Symbol is IMethodSymbol
                    {
                        ReturnType.SpecialType: SpecialType.System_String,
                    })
                    return call;
            }

            return null;
        }

        /// <summary>Wraps the secret in the project's mask: <c>Mask(apiSecret)</c>, also inside an interpolation hole.</summary>
        public static SyntaxNode MaskWith(SyntaxNode root, ExpressionSyntax expression, ExpressionSyntax call) =>
            root.ReplaceNode(expression, call.WithTriviaFrom(expression).WithAdditionalAnnotations(Microsoft.CodeAnalysis.Simplification.Simplifier.Annotation));

        /// <summary>
        /// Registers the Redact and Remove fixes of EXK401/EXK402 for one diagnostic. Redact logs the project's own mask
        /// (<c>Mask(apiSecret)</c>) when it has one; without one it writes <c>***</c>, except for a template value, where
        /// <c>"key {Key}", "***"</c> would log nothing useful: there only Remove is offered.
        /// </summary>
        public static async Task RegisterAsync(CodeFixContext context, string ruleId)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null || model is null) return;
            foreach (var diagnostic in context.Diagnostics)
            {
                var expression = FindExpression(root, diagnostic.Location.SourceSpan);
                if (expression is null) continue;
                var document = context.Document;
                if (RedactRoot(root, expression, model, document, diagnostic, context.CancellationToken) is not null)
                {
                    var masked = MaskCall(expression, model, document, context.CancellationToken) is not null;
                    context.RegisterCodeFix(CodeAction.Create(masked ? "Log the masked secret" : "Redact the secret ('***')",
                        ct => FixAsync(document, new[] { diagnostic }, Redacting, ct), equivalenceKey: ruleId + ".Redact"), diagnostic);
                }

                if (Remove(root, expression, diagnostic, model, context.CancellationToken) is not null)
                {
                    context.RegisterCodeFix(CodeAction.Create("Remove the secret from the message",
                        ct => FixAsync(document, new[] { diagnostic }, Removing, ct), equivalenceKey: ruleId + ".Remove"), diagnostic);
                }
            }
        }

        /// <summary>The Fix All of EXK401/EXK402: the document's sites are rewritten one after the other, each on the
        /// result of the previous (re-bound), so several values of one call or holes of one string compose.</summary>
        public static FixAllProvider FixAll(string ruleId) => FixAllProvider.Create(async (context, document, diagnostics) =>
        {
            var key = context.CodeActionEquivalenceKey;
            Rewriter? rewriter = key == ruleId + ".Redact" ? Redacting : key == ruleId + ".Remove" ? Removing : null;
            if (rewriter is null || diagnostics.IsDefaultOrEmpty) return document;
            return await FixAsync(document, diagnostics, rewriter, context.CancellationToken).ConfigureAwait(false);
        });

        private static SyntaxNode? RedactRoot(SyntaxNode root, ExpressionSyntax expression, SemanticModel model, Document document, Diagnostic diagnostic, CancellationToken ct)
        {
            if (MaskCall(expression, model, document, ct) is { } call) return MaskWith(root, expression, call);
            diagnostic.Properties.TryGetValue(EXK401SecretLoggingAnalyzer.RemoveKindProperty, out var kind);
            if (kind == "placeholder" || !CanRedact(expression, model, ct)) return null;
            return Redact(root, expression);
        }

        private static readonly Rewriter Redacting = (root, expression, model, document, diagnostic, ct) => RedactRoot(root, expression, model, document, diagnostic, ct);

        private static readonly Rewriter Removing = (root, expression, model, document, diagnostic, ct) => Remove(root, expression, diagnostic, model, ct);

        private delegate SyntaxNode? Rewriter(SyntaxNode root, ExpressionSyntax expression, SemanticModel model, Document document, Diagnostic diagnostic, CancellationToken ct);

        private static async Task<Document> FixAsync(Document document, IEnumerable<Diagnostic> diagnostics, Rewriter rewriter, CancellationToken ct)
        {
            var root = await document.GetSyntaxRootAsync(ct).ConfigureAwait(false);
            if (root is null) return document;
            var sites = new List<(SyntaxAnnotation Annotation, Diagnostic Diagnostic)>();
            var annotated = new Dictionary<SyntaxNode, SyntaxAnnotation>();
            foreach (var diagnostic in diagnostics.OrderByDescending(d => d.Location.SourceSpan.Start))
            {
                var expression = FindExpression(root, diagnostic.Location.SourceSpan);
                if (expression is null || annotated.ContainsKey(expression)) continue;
                var annotation = new SyntaxAnnotation("SecretsAnalyzers.Redaction");
                annotated[expression] = annotation;
                sites.Add((annotation, diagnostic));
            }

            document = document.WithSyntaxRoot(root.ReplaceNodes(annotated.Keys, (original, rewritten) => rewritten.WithAdditionalAnnotations(annotated[original])));
            foreach (var (annotation, diagnostic) in sites)
            {
                var current = await document.GetSyntaxRootAsync(ct).ConfigureAwait(false);
                var model = await document.GetSemanticModelAsync(ct).ConfigureAwait(false);
                if (current is null || model is null) break;
                if (current.GetAnnotatedNodes(annotation).FirstOrDefault() is not ExpressionSyntax expression) continue;
                var newRoot = rewriter(current, expression, model, document, diagnostic, ct);
                if (newRoot is not null) document = document.WithSyntaxRoot(newRoot);
            }

            return document;
        }
    }
}
