using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using S = SecretsAnalyzers.Tests.HardcodedSecrets.ShapeSecrets;
using FlowVerify = SecretsAnalyzers.Tests.CSharpCodeFixVerifier<SecretsAnalyzers.HardcodedSecrets.EXK104SigningKeyFlowAnalyzer, SecretsAnalyzers.CodeFixes.HardcodedSecrets.EXK104SigningKeyCodeFix>;
using Verify = SecretsAnalyzers.Tests.CSharpCodeFixVerifier<SecretsAnalyzers.HardcodedSecrets.EXK104SigningKeyAnalyzer, SecretsAnalyzers.CodeFixes.HardcodedSecrets.EXK104SigningKeyCodeFix>;

namespace SecretsAnalyzers.Tests.HardcodedSecrets
{
    /// <summary>EXK104 fixes: exact before/after, the lookup decoded like the original, Fix All, and compiling results.</summary>
    public class EXK104SigningKeyCodeFixTests
    {
        private static Task VerifyFix(string before, string after, string key, string? batch = null, int? iterations = null)
        {
            var test = new Verify.Test { TestCode = before, FixedCode = after, CodeActionEquivalenceKey = key };
            if (batch is not null) test.BatchFixedCode = batch;
            if (iterations is not null) test.NumberOfFixAllIterations = iterations.Value;
            return test.RunAsync();
        }

        [Fact]
        public Task Utf8_key_becomes_an_environment_lookup_inside_GetBytes() => VerifyFix($$"""
            using System.Security.Cryptography;
            using System.Text;

            namespace TradingBot
            {
                public sealed class BinanceSigner
                {
                    public byte[] Sign(byte[] payload)
                    {
                        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes([|"{{S.Binance64}}"|]));
                        return hmac.ComputeHash(payload);
                    }
                }
            }
            """, """
            using System;
            using System.Security.Cryptography;
            using System.Text;

            namespace TradingBot
            {
                public sealed class BinanceSigner
                {
                    public byte[] Sign(byte[] payload)
                    {
                        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(Environment.GetEnvironmentVariable("BINANCE_SIGNING_KEY") ?? throw new InvalidOperationException("Environment variable 'BINANCE_SIGNING_KEY' is not set.")));
                        return hmac.ComputeHash(payload);
                    }
                }
            }
            """, "EXK104.Environment");

        [Fact]
        public Task Base64_key_becomes_a_configuration_lookup_inside_FromBase64String() => VerifyFix($$"""
            using System;
            using System.Security.Cryptography;
            using Microsoft.Extensions.Configuration;

            namespace TradingBot
            {
                public sealed class KrakenSigner(IConfiguration configuration)
                {
                    public byte[] Sign(byte[] message) => HMACSHA512.HashData(Convert.FromBase64String([|"{{S.Kraken88}}"|]), message);
                }
            }
            """, """
            using System;
            using System.Security.Cryptography;
            using Microsoft.Extensions.Configuration;

            namespace TradingBot
            {
                public sealed class KrakenSigner(IConfiguration configuration)
                {
                    public byte[] Sign(byte[] message) => HMACSHA512.HashData(Convert.FromBase64String(configuration["Kraken:SigningKey"] ?? throw new InvalidOperationException("Configuration value 'Kraken:SigningKey' is missing.")), message);
                }
            }
            """, "EXK104.Configuration");

        private const string FlowSigner = """
            using System.Security.Cryptography;
            using System.Text;

            namespace TradingBot.Binance
            {
                public sealed class RequestSigner
                {
                    private readonly byte[] _key;
                    public RequestSigner(string apiSecret) => _key = Encoding.UTF8.GetBytes(apiSecret);
                    public byte[] Sign(byte[] payload) => HMACSHA256.HashData(_key, payload);
                }
            }
            """;

        /// <summary>
        /// A key that reaches the HMAC through another member is reported at compilation end: a non-local diagnostic, for
        /// which IDEs never offer a fix (and the testing library rejects one), so no fix is registered; the in-member EXK104
        /// and EXK102/EXK103 on the same literal carry the lookup fix.
        /// </summary>
        [Theory]
        [InlineData("public static RequestSigner Create() => new RequestSigner([|\"" + S.Binance64 + "\"|]);")]
        [InlineData("private const string ApiSecret = [|\"" + S.Binance64 + "\"|]; private readonly RequestSigner _signer = new RequestSigner(ApiSecret);")]
        public Task No_fix_for_a_key_reported_through_another_member(string members)
        {
            var bot = "namespace TradingBot.Binance { public sealed class Bot { " + members + " } }";
            var test = new FlowVerify.Test
            {
                CodeActionEquivalenceKey = "EXK104.Environment",

                // The library's local-diagnostic check fails on any non-local diagnostic of a fixable id, whether or not a
                // fix is registered; FixedState == TestState is what proves that none is.
                CodeFixTestBehaviors = CodeFixTestBehaviors.SkipLocalDiagnosticCheck,
            };
            test.TestState.Sources.Add(("/0/RequestSigner.cs", FlowSigner));
            test.TestState.Sources.Add(("/0/Bot.cs", bot));
            test.FixedState.Sources.Add(("/0/RequestSigner.cs", FlowSigner));
            test.FixedState.Sources.Add(("/0/Bot.cs", bot));
            return test.RunAsync();
        }

        [Fact]
        public Task Hex_key_stays_hex() => VerifyFix($$"""
            using System;
            using System.Security.Cryptography;

            class Signer
            {
                byte[] Sign(byte[] m) => HMACSHA256.HashData(Convert.FromHexString([|"{{S.Sha256Hex}}"|]), m);
            }
            """, """
            using System;
            using System.Security.Cryptography;

            class Signer
            {
                byte[] Sign(byte[] m) => HMACSHA256.HashData(Convert.FromHexString(Environment.GetEnvironmentVariable("EXCHANGE_SIGNING_KEY") ?? throw new InvalidOperationException("Environment variable 'EXCHANGE_SIGNING_KEY' is not set.")), m);
            }
            """, "EXK104.Environment");

        [Fact]
        public Task U8_key_becomes_utf8_bytes_of_the_lookup() => VerifyFix($$"""
            using System.Security.Cryptography;

            class Signer
            {
                byte[] Sign(byte[] m) => HMACSHA256.HashData([|"{{S.Binance64}}"u8|], m);
            }
            """, """
            using System;
            using System.Security.Cryptography;
            using System.Text;

            class Signer
            {
                byte[] Sign(byte[] m) => HMACSHA256.HashData(Encoding.UTF8.GetBytes(Environment.GetEnvironmentVariable("EXCHANGE_SIGNING_KEY") ?? throw new InvalidOperationException("Environment variable 'EXCHANGE_SIGNING_KEY' is not set.")), m);
            }
            """, "EXK104.Environment");

        [Fact]
        public Task Constant_byte_array_becomes_base64_of_the_lookup() => VerifyFix("""
            using System.Security.Cryptography;

            class Signer
            {
                HMAC Create() => new HMACSHA256([|new byte[] { 0x1f, 0x8b, 0x3c, 0x77, 0xa0, 0x5e }|]);
            }
            """, """
            using System;
            using System.Security.Cryptography;

            class Signer
            {
                HMAC Create() => new HMACSHA256(Convert.FromBase64String(Environment.GetEnvironmentVariable("EXCHANGE_SIGNING_KEY") ?? throw new InvalidOperationException("Environment variable 'EXCHANGE_SIGNING_KEY' is not set.")));
            }
            """, "EXK104.Environment");

        [Fact]
        public Task Pem_literal_becomes_a_lookup_and_const_becomes_a_static_property() => VerifyFix($$"""
            using System.Security.Cryptography;

            class CoinbaseSigner
            {
                private const string Pem = "-----BEGIN EC PRIVATE KEY-----\n{{S.PemBody}}\n-----END EC PRIVATE KEY-----";

                void Load(ECDsa key) => key.ImportFromPem([|Pem|]);
            }
            """, """
            using System;
            using System.Security.Cryptography;

            class CoinbaseSigner
            {
                private static string Pem => Environment.GetEnvironmentVariable("COINBASE_PRIVATE_KEY") ?? throw new InvalidOperationException("Environment variable 'COINBASE_PRIVATE_KEY' is not set.");

                void Load(ECDsa key) => key.ImportFromPem(Pem);
            }
            """, "EXK104.Environment");

        [Fact]
        public Task Fix_all_rewrites_every_key_of_the_document() => VerifyFix($$"""
            using System;
            using System.Security.Cryptography;
            using System.Text;

            class Signers
            {
                byte[] A(byte[] m) => HMACSHA256.HashData(Encoding.UTF8.GetBytes([|"{{S.Binance64}}"|]), m);
                byte[] B(byte[] m) => HMACSHA512.HashData(Convert.FromBase64String([|"{{S.Kraken88}}"|]), m);
                HMAC C() => new HMACSHA1([|new byte[] { 1, 2, 3, 5, 8, 13, 21 }|]);
            }
            """, """
            using System;
            using System.Security.Cryptography;
            using System.Text;

            class Signers
            {
                byte[] A(byte[] m) => HMACSHA256.HashData(Encoding.UTF8.GetBytes(Environment.GetEnvironmentVariable("EXCHANGE_SIGNING_KEY") ?? throw new InvalidOperationException("Environment variable 'EXCHANGE_SIGNING_KEY' is not set.")), m);
                byte[] B(byte[] m) => HMACSHA512.HashData(Convert.FromBase64String(Environment.GetEnvironmentVariable("EXCHANGE_SIGNING_KEY_2") ?? throw new InvalidOperationException("Environment variable 'EXCHANGE_SIGNING_KEY_2' is not set.")), m);
                HMAC C() => new HMACSHA1(Convert.FromBase64String(Environment.GetEnvironmentVariable("EXCHANGE_SIGNING_KEY_3") ?? throw new InvalidOperationException("Environment variable 'EXCHANGE_SIGNING_KEY_3' is not set.")));
            }
            """, "EXK104.Environment");

        [Fact]
        public Task Key_vault_fix_is_offered_when_a_secret_client_is_reachable()
        {
            var test = new Verify.Test
            {
                TestCode = $$"""
                    using System.Security.Cryptography;
                    using System.Text;
                    using Azure.Security.KeyVault.Secrets;

                    class BybitSigner(SecretClient secrets)
                    {
                        byte[] Sign(byte[] m) => HMACSHA256.HashData(Encoding.UTF8.GetBytes([|"{{S.BybitSecret}}"|]), m);
                    }
                    """,
                FixedCode = """
                    using System.Security.Cryptography;
                    using System.Text;
                    using Azure.Security.KeyVault.Secrets;

                    class BybitSigner(SecretClient secrets)
                    {
                        byte[] Sign(byte[] m) => HMACSHA256.HashData(Encoding.UTF8.GetBytes(secrets.GetSecret("bybit-signing-key").Value.Value), m);
                    }
                    """,
                CodeActionEquivalenceKey = "EXK104.KeyVault",
            };
            return test.WithKeyVault().RunAsync();
        }
    }
}
