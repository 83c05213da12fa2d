using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace SecretsAnalyzers.CodeFixes.HardcodedSecrets
{
    /// <summary>EXK101 fixes: EXK101.Configuration, EXK101.Environment, EXK101.KeyVault. None for EXK107.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(EXK101HardcodedCredentialCodeFix)), Shared]
    public sealed class EXK101HardcodedCredentialCodeFix : SecretLookupCodeFix
    {
        public EXK101HardcodedCredentialCodeFix()
            : base(RuleIds.EXK101)
        {
        }
    }
}
