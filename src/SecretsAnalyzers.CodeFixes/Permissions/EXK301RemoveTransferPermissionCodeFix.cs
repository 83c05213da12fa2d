using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace SecretsAnalyzers.CodeFixes.Permissions
{
    /// <summary>EXK301: sets the granting argument/member to false, or removes the withdraw/transfer scope or flag.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(EXK301RemoveTransferPermissionCodeFix)), Shared]
    public sealed class EXK301RemoveTransferPermissionCodeFix : CodeFixProvider
    {
        public const string EquivalenceKey = "EXK301.RemoveGrant";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.EXK301);

        public override FixAllProvider GetFixAllProvider() => PermissionGrantRewriter.FixAll;

        public override Task RegisterCodeFixesAsync(CodeFixContext context) => PermissionGrantRewriter.RegisterAsync(context, EquivalenceKey);
    }
}
