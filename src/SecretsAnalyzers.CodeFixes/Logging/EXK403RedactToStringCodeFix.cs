using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using SecretsAnalyzers.Logging;

namespace SecretsAnalyzers.CodeFixes.Logging
{
    /// <summary>
    /// EXK403: records get a PrintMembers override (private for sealed records and record structs, protected virtual for
    /// other records, protected override for derived records) that prints every member as the compiler would and the
    /// secret members as <c>***</c>; a user ToString/PrintMembers that reads a secret member prints <c>***</c> instead.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(EXK403RedactToStringCodeFix)), Shared]
    public sealed class EXK403RedactToStringCodeFix : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.EXK403);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null) return;
            foreach (var diagnostic in context.Diagnostics)
            {
                diagnostic.Properties.TryGetValue(EXK403TypePrintsSecretsAnalyzer.ShapeProperty, out var shape);
                var type = root.FindNode(diagnostic.Location.SourceSpan).FirstAncestorOrSelf<TypeDeclarationSyntax>();
                if (type is null) continue;
                if (shape == "record")
                {
                    context.RegisterCodeFix(CodeAction.Create("Override PrintMembers to print secrets as ***",
                        ct => AddPrintMembersAsync(context.Document, type.SpanStart, diagnostic, ct), equivalenceKey: "EXK403.PrintMembers"), diagnostic);
                }
                else if (shape == "class")
                {
                    context.RegisterCodeFix(CodeAction.Create("Print secrets as *** in ToString",
                        ct => RedactToStringAsync(context.Document, type.SpanStart, diagnostic, ct), equivalenceKey: "EXK403.RedactToString"), diagnostic);
                }
            }
        }

        private static HashSet<string> SecretMembers(Diagnostic diagnostic) =>
            new HashSet<string>(diagnostic.Properties.TryGetValue(EXK403TypePrintsSecretsAnalyzer.MembersProperty, out var members) && members is not null
                ? members.Split(',')
                : new string[0]);

        private static async Task<Document> AddPrintMembersAsync(Document document, int typeStart, Diagnostic diagnostic, CancellationToken ct)
        {
            var root = await document.GetSyntaxRootAsync(ct).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(ct).ConfigureAwait(false);
            var declaration = root?.FindToken(typeStart).Parent?.FirstAncestorOrSelf<TypeDeclarationSyntax>();
            if (root is null || model is null || declaration is null) return document;
            if (model.GetDeclaredSymbol(declaration, ct) is not INamedTypeSymbol type) return document;
            var secrets = SecretMembers(diagnostic);

            var derived = type.TypeKind == TypeKind.Class && type.BaseType is { IsRecord: true };
            string modifiers;
            if (type.TypeKind == TypeKind.Struct) modifiers = "private";
            else if (type.IsSealed) modifiers = derived ? "protected sealed override" : "private";
            else modifiers = derived ? "protected override" : "protected virtual";

            // The parameter must not shadow a member the method prints ("builder" → "sb", …).
            var taken = new HashSet<string>();
            for (var t = type; t is not null; t = t.BaseType)
                foreach (var name in t.MemberNames) taken.Add(name);
            var builder = new[] { "builder", "sb", "printer" }.FirstOrDefault(n => !taken.Contains(n)) ??
                          Enumerable.Range(1, 1000).Select(i => "builder" + i).First(n => !taken.Contains(n));

            var text = new StringBuilder();
            text.Append(modifiers).Append(" bool PrintMembers(System.Text.StringBuilder ").Append(builder).Append(")\n{\n");
            if (derived) text.Append("if (base.PrintMembers(").Append(builder).Append("))\n{\n").Append(builder).Append(".Append(\", \");\n}\n\n");
            var first = true;
            foreach (var member in type.GetMembers())
            {
                if (member.IsStatic || member.DeclaredAccessibility != Accessibility.Public) continue;
                var printed = member switch
                {
                    IPropertySymbol p => !p.IsIndexer && p.GetMethod is not null && p.Name != "EqualityContract",
                    IFieldSymbol f => !f.IsImplicitlyDeclared,
                    _ => false,
                };
                if (!printed) continue;
                var separator = first ? "" : ", ";
                first = false;
                if (secrets.Contains(member.Name))
                    text.Append(builder).Append(".Append(\"").Append(separator).Append(member.Name).Append(" = ***\");\n");
                else
                    text.Append(builder).Append(".Append(\"").Append(separator).Append(member.Name).Append(" = \").Append(").Append(Escaped(member.Name)).Append(");\n");
            }

            text.Append("return true;\n}\n");
            if (SyntaxFactory.ParseMemberDeclaration(text.ToString()) is not MethodDeclarationSyntax method) return document;
            method = method.ReplaceNode(method.ParameterList.Parameters[0].Type!,
                method.ParameterList.Parameters[0].Type!.WithAdditionalAnnotations(Simplifier.Annotation));
            method = method.WithAdditionalAnnotations(Formatter.Annotation);

            var newLine = root.ToFullString().Contains("\r\n") ? SyntaxFactory.CarriageReturnLineFeed : SyntaxFactory.LineFeed;
            TypeDeclarationSyntax newDeclaration = declaration;
            if (declaration.OpenBraceToken.IsKind(SyntaxKind.None))
            {
                var semicolon = declaration.SemicolonToken;
                var lastBeforeBrace = semicolon.GetPreviousToken();
                newDeclaration = declaration
                    .ReplaceToken(lastBeforeBrace, lastBeforeBrace.WithTrailingTrivia(newLine))
                    .WithSemicolonToken(default)
                    .WithOpenBraceToken(SyntaxFactory.Token(SyntaxKind.OpenBraceToken))
                    .WithCloseBraceToken(SyntaxFactory.Token(SyntaxKind.CloseBraceToken).WithTrailingTrivia(semicolon.TrailingTrivia));
            }
            else if (declaration.Members.Count > 0)
            {
                method = method.WithLeadingTrivia(newLine);
            }

            newDeclaration = newDeclaration.AddMembers(method).WithAdditionalAnnotations(Formatter.Annotation);
            return document.WithSyntaxRoot(root.ReplaceNode(declaration, newDeclaration));
        }

        /// <summary>A member name as an identifier: <c>params</c> → <c>@params</c>.</summary>
        private static string Escaped(string name) =>
            SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;

        /// <summary>
        /// The expression that prints a secret member read by <paramref name="id"/>: the bare name, <c>this.X</c>,
        /// <c>other.X</c>, <c>parent?.X</c>, or the string a call chain on it yields (<c>X.Substring(0, 4)</c>). Null
        /// when nothing of the secret is printed (<c>nameof(X)</c>, <c>X.Length</c>) or the redaction would not compile.
        /// </summary>
        private static ExpressionSyntax? PrintedExpression(IdentifierNameSyntax id, SemanticModel model, CancellationToken ct)
        {
            if (id.Ancestors().OfType<InvocationExpressionSyntax>().Any(i => i.Expression is IdentifierNameSyntax { Identifier.ValueText: "nameof" } &&
                                                                          i.ArgumentList.Span.Contains(id.Span)))
                return null;
            ExpressionSyntax expression = id;
            if (id.Parent is MemberAccessExpressionSyntax access && access.Name == id) expression = access;
            else if (id.Parent is MemberBindingExpressionSyntax binding)
            {
                if (binding.Parent is not ConditionalAccessExpressionSyntax conditional || conditional.WhenNotNull != binding) return null;
                expression = conditional;
            }

            // Walk up a call chain on the secret (X.Trim(), X?.Substring(0, 4)): the chain's result is what is printed.
            while (true)
            {
                if (expression.Parent is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Length" or "Count" } lengthAccess && lengthAccess.Expression == expression)
                    return null;
                if (expression.Parent is MemberAccessExpressionSyntax outer && outer.Expression == expression)
                {
                    expression = outer.Parent is InvocationExpressionSyntax call && call.Expression == outer ? call : outer;
                    continue;
                }

                if (expression.Parent is ConditionalAccessExpressionSyntax chain && chain.Expression == expression)
                {
                    expression = chain;
                    continue;
                }

                break;
            }

            if (expression.Parent is InterpolationSyntax) return expression;
            var type = model.GetTypeInfo(expression, ct).ConvertedType;
            return type is { SpecialType: SpecialType.System_String or SpecialType.System_Object } ? expression : null;
        }

        private static async Task<Document> RedactToStringAsync(Document document, int typeStart, Diagnostic diagnostic, CancellationToken ct)
        {
            var root = await document.GetSyntaxRootAsync(ct).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(ct).ConfigureAwait(false);
            var declaration = root?.FindToken(typeStart).Parent?.FirstAncestorOrSelf<TypeDeclarationSyntax>();
            if (root is null || model is null || declaration is null) return document;
            if (model.GetDeclaredSymbol(declaration, ct) is not INamedTypeSymbol type) return document;
            var secrets = SecretMembers(diagnostic);

            var targets = new List<SyntaxNode>();
            foreach (var method in declaration.Members.OfType<MethodDeclarationSyntax>())
            {
                var name = method.Identifier.ValueText;
                if (!(name == "ToString" && method.ParameterList.Parameters.Count == 0) && !(name == "PrintMembers" && method.ParameterList.Parameters.Count == 1)) continue;
                foreach (var id in method.DescendantNodes().OfType<IdentifierNameSyntax>())
                {
                    if (!secrets.Contains(id.Identifier.ValueText)) continue;
                    if (model.GetSymbolInfo(id, ct).Symbol is not { } symbol || !SymbolEqualityComparer.Default.Equals(symbol.ContainingType, type)) continue;
                    if (PrintedExpression(id, model, ct) is not { } expression) continue;
                    SyntaxNode target = expression.Parent is InterpolationSyntax hole ? hole : expression;
                    if (!targets.Any(t => t.Span.Contains(target.Span))) targets.Add(target);
                }

                targets.RemoveAll(t => targets.Any(o => o != t && o.Span.Contains(t.Span)));
            }

            if (targets.Count == 0) return document;
            var newRoot = root.ReplaceNodes(targets, (original, _) => original is InterpolationSyntax
                ? RedactionRewriter.MaskText()
                : SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(RedactionRewriter.Mask)).WithTriviaFrom(original));
            return document.WithSyntaxRoot(RedactionRewriter.MergeAdjacentText(newRoot));
        }
    }
}
