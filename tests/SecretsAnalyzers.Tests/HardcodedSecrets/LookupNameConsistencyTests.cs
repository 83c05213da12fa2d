using System.Threading.Tasks;
using S = SecretsAnalyzers.Tests.HardcodedSecrets.ShapeSecrets;
using Fix103 = SecretsAnalyzers.Tests.CSharpCodeFixVerifier<SecretsAnalyzers.HardcodedSecrets.EXK103CredentialShapeAnalyzer, SecretsAnalyzers.CodeFixes.HardcodedSecrets.EXK103CredentialShapeCodeFix>;
using Fix102 = SecretsAnalyzers.Tests.CSharpCodeFixVerifier<SecretsAnalyzers.HardcodedSecrets.EXK102SecretNamedSymbolAnalyzer, SecretsAnalyzers.CodeFixes.HardcodedSecrets.EXK102SecretNamedSymbolCodeFix>;
using Fix104 = SecretsAnalyzers.Tests.CSharpCodeFixVerifier<SecretsAnalyzers.HardcodedSecrets.EXK104SigningKeyAnalyzer, SecretsAnalyzers.CodeFixes.HardcodedSecrets.EXK104SigningKeyCodeFix>;

namespace SecretsAnalyzers.Tests.HardcodedSecrets
{
    /// <summary>Fix All names lookups consistently: distinct secrets get distinct names, one secret one name across rules.</summary>
    public class LookupNameConsistencyTests
    {
        private const string SignerBefore = $$"""
            using System.Security.Cryptography;
            using System.Text;

            class Signer
            {
                private const string SigningSecret = "{{S.Binance64}}";

                byte[] Sign(byte[] m)
                {
                    using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(SigningSecret));
                    return hmac.ComputeHash(m);
                }
            }
            """;

        private const string SignerAfter = """
            using System;
            using System.Security.Cryptography;
            using System.Text;

            class Signer
            {
                private static string SigningSecret => Environment.GetEnvironmentVariable("EXCHANGE_SIGNING_SECRET") ?? throw new InvalidOperationException("Environment variable 'EXCHANGE_SIGNING_SECRET' is not set.");

                byte[] Sign(byte[] m)
                {
                    using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(SigningSecret));
                    return hmac.ComputeHash(m);
                }
            }
            """;

        [Fact]
        public Task EXK102_names_the_signing_const_after_its_symbol() => new Fix102.Test
        {
            TestCode = SignerBefore.Replace("= \"" + S.Binance64 + "\"", "= {|EXK102:\"" + S.Binance64 + "\"|}"),
            FixedCode = SignerAfter,
            CodeActionEquivalenceKey = "EXK102.Environment",
        }.RunAsync();

        [Fact]
        public Task EXK104_gives_the_same_const_the_same_name() => new Fix104.Test
        {
            TestCode = SignerBefore.Replace("Encoding.UTF8.GetBytes(SigningSecret)", "[|Encoding.UTF8.GetBytes(SigningSecret)|]"),
            FixedCode = SignerAfter,
            CodeActionEquivalenceKey = "EXK104.Environment",
        }.RunAsync();

        [Fact]
        public Task Two_elements_of_one_array_get_distinct_names() => new Fix103.Test
        {
            TestCode = $$"""
                class Bot
                {
                    private static readonly string[] Accounts = { [|"{{S.GeminiAccount}}"|], [|"{{S.GeminiMaster}}"|] };
                }
                """,
            FixedCode = """
                using System;

                class Bot
                {
                    private static readonly string[] Accounts = { Environment.GetEnvironmentVariable("GEMINI_API_KEY_0") ?? throw new InvalidOperationException("Environment variable 'GEMINI_API_KEY_0' is not set."), Environment.GetEnvironmentVariable("GEMINI_API_KEY_1") ?? throw new InvalidOperationException("Environment variable 'GEMINI_API_KEY_1' is not set.") };
                }
                """,
            CodeActionEquivalenceKey = "EXK103.Environment",
        }.RunAsync();

        [Fact]
        public Task Fix_all_gives_two_distinct_literals_of_one_call_distinct_names() => new Fix104.Test
        {
            TestCode = $$"""
                using System;
                using System.Security.Cryptography;

                class Signers
                {
                    byte[] A(byte[] m) => HMACSHA256.HashData(Convert.FromBase64String([|"{{S.Kraken88}}"|]), m);
                    byte[] B(byte[] m) => HMACSHA512.HashData(Convert.FromBase64String([|"{{S.Kraken88B}}"|]), m);
                }
                """,
            FixedCode = """
                using System;
                using System.Security.Cryptography;

                class Signers
                {
                    byte[] A(byte[] m) => HMACSHA256.HashData(Convert.FromBase64String(Environment.GetEnvironmentVariable("EXCHANGE_SIGNING_KEY") ?? throw new InvalidOperationException("Environment variable 'EXCHANGE_SIGNING_KEY' is not set.")), m);
                    byte[] B(byte[] m) => HMACSHA512.HashData(Convert.FromBase64String(Environment.GetEnvironmentVariable("EXCHANGE_SIGNING_KEY_2") ?? throw new InvalidOperationException("Environment variable 'EXCHANGE_SIGNING_KEY_2' is not set.")), m);
                }
                """,
            CodeActionEquivalenceKey = "EXK104.Environment",
        }.RunAsync();
    }
}
