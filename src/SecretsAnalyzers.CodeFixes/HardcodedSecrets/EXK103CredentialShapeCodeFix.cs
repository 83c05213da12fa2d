using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using SecretsAnalyzers.CodeFixes.HardcodedSecrets;

namespace SecretsAnalyzers.CodeFixes.HardcodedSecrets
{
    /// <summary>
    /// EXK103 fixes, the same three rewrites as EXK101/EXK102 through the shared <c>SecretLookupRewriter</c>:
    /// EXK103.Configuration (an <c>IConfiguration</c> is reachable), EXK103.Environment (always), EXK103.KeyVault (a
    /// <c>SecretClient</c> is reachable). None in constant-only positions. Fix All rewrites a document in one pass.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(EXK103CredentialShapeCodeFix)), Shared]
    public sealed class EXK103CredentialShapeCodeFix : SecretLookupCodeFix
    {
        public EXK103CredentialShapeCodeFix()
            : base(RuleIds.EXK103)
        {
        }
    }
}
