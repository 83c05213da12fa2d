using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace SecretsAnalyzers.CodeFixes.HardcodedSecrets
{
    /// <summary>EXK102 fixes: EXK102.Configuration, EXK102.Environment, EXK102.KeyVault.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(EXK102SecretNamedSymbolCodeFix)), Shared]
    public sealed class EXK102SecretNamedSymbolCodeFix : SecretLookupCodeFix
    {
        public EXK102SecretNamedSymbolCodeFix()
            : base(RuleIds.EXK102)
        {
        }
    }
}
