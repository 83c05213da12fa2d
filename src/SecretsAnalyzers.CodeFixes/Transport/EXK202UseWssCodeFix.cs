using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace SecretsAnalyzers.CodeFixes.Transport
{
    /// <summary>EXK202: ws:// → wss:// in the literal, keeping the rest of the URL (a known exchange TLS port is set).</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(EXK202UseWssCodeFix)), Shared]
    public sealed class EXK202UseWssCodeFix : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.EXK202);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override Task RegisterCodeFixesAsync(CodeFixContext context) =>
            PlainUrlRewriter.RegisterAsync(context, "Use wss", "EXK202.UseWss");
    }
}
