using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace SecretsAnalyzers.CodeFixes.Logging
{
    /// <summary>EXK401: Redact (the secret becomes "***") or Remove (the placeholder and its argument, the hole or the operand).</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(EXK401RedactSecretCodeFix)), Shared]
    public sealed class EXK401RedactSecretCodeFix : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.EXK401);

        public override FixAllProvider GetFixAllProvider() => RedactionRewriter.FixAll(RuleIds.EXK401);

        public override Task RegisterCodeFixesAsync(CodeFixContext context) => RedactionRewriter.RegisterAsync(context, RuleIds.EXK401);
    }
}
