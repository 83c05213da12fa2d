using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Simplification;
using SecretsAnalyzers.Transport;

namespace SecretsAnalyzers.CodeFixes.Transport
{
    /// <summary>
    /// EXK204: lets the operating system choose the protocol. A <c>ServicePointManager.SecurityProtocol = …;</c>
    /// statement is removed; any other SslProtocols value becomes <c>SslProtocols.None</c> (the OS default) and any
    /// other SecurityProtocolType value, where one is required, becomes <c>Tls12 | Tls13</c>.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(EXK204UseSystemDefaultTlsCodeFix)), Shared]
    public sealed class EXK204UseSystemDefaultTlsCodeFix : CodeFixProvider
    {
        public const string EquivalenceKey = "EXK204.UseSystemDefault";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.EXK204);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null) return;
            foreach (var diagnostic in context.Diagnostics)
            {
                var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
                if (node is not ExpressionSyntax) continue;
                if (IsServicePointStatement(diagnostic, node) is null && node.Parent is null) continue;
                var title = IsServicePointStatement(diagnostic, node) is not null
                    ? "Remove the forced protocol (use the operating system default)"
                    : "Use the operating system default protocol";
                context.RegisterCodeFix(CodeAction.Create(title, ct => FixAsync(context.Document, diagnostic, ct), EquivalenceKey), diagnostic);
            }
        }

        private static ExpressionStatementSyntax? IsServicePointStatement(Diagnostic diagnostic, SyntaxNode node) =>
            diagnostic.Properties.TryGetValue(EXK204ObsoleteTlsAnalyzer.FormProperty, out var form) &&
            form == EXK204ObsoleteTlsAnalyzer.ServicePointForm &&
            node.Parent is AssignmentExpressionSyntax { Parent: ExpressionStatementSyntax { Parent: BlockSyntax } statement }
                ? statement
                : null;

        private static async Task<Document> FixAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root is null) return document;
            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            if (IsServicePointStatement(diagnostic, node) is { } statement)
                return TransportSyntax.RemoveStatement(root, statement) is { } newRoot ? document.WithSyntaxRoot(newRoot) : document;

            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (model is null) return document;
            var type = model.GetTypeInfo(node, cancellationToken).ConvertedType;
            if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable) type = nullable.TypeArguments[0];
            if (type is null || type.TypeKind != TypeKind.Enum) return document;

            var generator = SyntaxGenerator.GetGenerator(document);
            var typeExpression = generator.TypeExpression(type);
            SyntaxNode replacement = type.Name == "SecurityProtocolType"
                ? generator.BitwiseOrExpression(
                    generator.MemberAccessExpression(typeExpression, "Tls12"),
                    generator.MemberAccessExpression(generator.TypeExpression(type), "Tls13"))
                : generator.MemberAccessExpression(typeExpression, "None");
            replacement = replacement.WithTriviaFrom(node).WithAdditionalAnnotations(Simplifier.Annotation);
            return document.WithSyntaxRoot(root.ReplaceNode(node, replacement));
        }
    }
}
