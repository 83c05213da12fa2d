using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace SecretsAnalyzers.CodeFixes.Permissions
{
    /// <summary>EXK302: removes the wildcard/full-access scope, flag or member (Coinbase account=all becomes account=select,
    /// Deribit wallet:read_write next to read_write everywhere becomes wallet:read), leaving the read/trade scopes.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(EXK302RemoveWildcardScopeCodeFix)), Shared]
    public sealed class EXK302RemoveWildcardScopeCodeFix : CodeFixProvider
    {
        public const string EquivalenceKey = "EXK302.RemoveWildcard";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.EXK302);

        public override FixAllProvider GetFixAllProvider() => PermissionGrantRewriter.FixAll;

        public override Task RegisterCodeFixesAsync(CodeFixContext context) => PermissionGrantRewriter.RegisterAsync(context, EquivalenceKey);
    }
}
