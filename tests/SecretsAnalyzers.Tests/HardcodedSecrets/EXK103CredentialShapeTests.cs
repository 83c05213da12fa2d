using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using SecretsAnalyzers.Tests.Stubs;
using S = SecretsAnalyzers.Tests.HardcodedSecrets.ShapeSecrets;
using Verify = SecretsAnalyzers.Tests.CSharpAnalyzerVerifier<SecretsAnalyzers.HardcodedSecrets.EXK103CredentialShapeAnalyzer>;

namespace SecretsAnalyzers.Tests.HardcodedSecrets
{
    public class EXK103CredentialShapeTests
    {
        private const string PemOneLine = "-----BEGIN EC PRIVATE KEY-----\\n" + S.PemBody + "\\n-----END EC PRIVATE KEY-----\\n";

        private static Task VerifyCode(string code, params string[] stubs)
        {
            var test = new Verify.Test { TestCode = code };
            foreach (var stub in stubs) test.AddStub(stub);
            return test.RunAsync();
        }

        /// <summary>Puts <paramref name="members"/> in class <paramref name="type"/> of namespace <paramref name="ns"/>.</summary>
        private static Task VerifyIn(string ns, string type, string members) => VerifyCode($$"""
            using System;
            using System.Collections.Generic;
            using System.Net.Http;

            namespace {{ns}}
            {
                public class {{type}}
                {
                    {{members}}
                }
            }
            """);

        // ---------------------------------------------------------------- positives: self-identifying formats anywhere

        [Theory]
        [InlineData("private readonly string primary = [|\"" + S.GeminiAccount + "\"|];")]
        [InlineData("private readonly string primary = [|\"" + S.GeminiMaster + "\"|];")]
        [InlineData("public string Id() => [|\"" + S.Bitget + "\"|];")]
        [InlineData("private static readonly string[] Accounts = { [|\"" + S.Mexc + "\"|] };")]
        [InlineData("private readonly string name = [|\"" + S.CdpKeyName + "\"|];")]
        [InlineData("private readonly string material = [|\"" + PemOneLine + "\"|];")]
        [InlineData("private readonly string material = [|@\"-----BEGIN RSA PRIVATE KEY-----\n" + S.PemBody + "\n-----END RSA PRIVATE KEY-----\"|];")]
        [InlineData("private readonly Dictionary<string, string> keys = new() { [\"main\"] = [|\"-----BEGIN PRIVATE KEY-----\\n" + S.PemBody + "\\n-----END PRIVATE KEY-----\"|] };")]
        [InlineData("public void Use(List<string> l) => l.Add([|\"" + S.GeminiAccount + "\"|]);")]
        public Task Reports_self_identifying_formats_in_any_context(string member) => VerifyIn("Utilities", "Holder", member);

        [Fact]
        public Task Reports_raw_string_pem_and_names_the_format() => VerifyCode($$""""
            class Keys
            {
                string Material() => {|#0:"""
                    -----BEGIN EC PRIVATE KEY-----
                    {{S.PemBody}}
                    -----END EC PRIVATE KEY-----
                    """|};
            }
            """", Verify.Diagnostic().WithLocation(0).WithArguments("EC private key (PEM)"));

        private static async Task VerifyCode(string code, DiagnosticResult expected)
        {
            var test = new Verify.Test { TestCode = code };
            test.ExpectedDiagnostics.Add(expected);
            await test.RunAsync();
        }

        // ---------------------------------------------------------------- positives: formats that need a context

        [Theory]
        [InlineData("TradingBot.Binance", "SpotGateway", "private readonly string k1 = [|\"" + S.Binance64 + "\"|];")]
        [InlineData("TradingBot.Kraken", "Gateway", "public string Blob() => [|\"" + S.Kraken88 + "\"|];")]
        [InlineData("TradingBot", "Feeds", "public string ConnectKraken() => [|\"" + S.Kraken56 + "\"|];")]
        [InlineData("TradingBot", "BitfinexFeed", "private readonly string k = [|\"" + S.Bitfinex + "\"|];")]
        [InlineData("TradingBot", "BitmexClient", "private readonly string k = [|\"" + S.BitmexSecret + "\"|];")]
        [InlineData("TradingBot", "AlpacaTrader", "private readonly string id = [|\"" + S.AlpacaKey + "\"|];")]
        [InlineData("TradingBot", "AlpacaTrader", "private readonly string s = [|\"" + S.AlpacaSecret + "\"|];")]
        [InlineData("TradingBot", "BybitBot", "private readonly string s = [|\"" + S.BybitSecret + "\"|];")]
        [InlineData("TradingBot", "KucoinBot", "public KucoinBot() { Open([|\"" + S.KucoinKey + "\"|], [|\"" + S.Uuid + "\"|], \"q7Rv2LmZp9Ws\"); } void Open(string a, string b, string c) { }")]
        [InlineData("TradingBot", "OkxGateway", "public OkxGateway() { Open([|\"" + S.Uuid2 + "\"|], [|\"" + S.OkxSecret + "\"|], \"Tr4d1ngB0t!2026\"); } void Open(string a, string b, string c) { }")]
        [InlineData("TradingBot", "Signer", "public void Go() => Sign([|\"" + S.EthKey + "\"|]); void Sign(string key) { }")]
        [InlineData("TradingBot", "WalletRestore", "public void Go() => Restore([|\"" + S.Mnemonic + "\"|]); void Restore(string words) { }")]
        [InlineData("TradingBot", "Bootstrap", "public void Go(Api api) => api.SetCredentials([|\"" + S.Binance64 + "\"|], [|\"" + S.Binance64B + "\"|]); public class Api { public void SetCredentials(string a, string b) { } }")]
        [InlineData("TradingBot", "Bootstrap", "public void Go() => Authenticate(\"bot\", [|\"" + S.Generic + "\"|]); void Authenticate(string user, string value) { }")]
        [InlineData("TradingBot", "Bootstrap", "public void Go() => Login([|\"" + S.Generic40 + "\"|]); void Login(string value) { }")]
        [InlineData("TradingBot", "KrakenPrivateApi", "public void Go(HttpRequestMessage r) => r.Headers.Add(\"X-Extra\", [|\"" + S.Kraken88B + "\"|]);")]
        [InlineData("TradingBot", "Accounts", "private readonly Dictionary<string, string> keys = new() { [\"kraken\"] = [|\"" + S.Kraken88 + "\"|] };")]
        [InlineData("TradingBot", "Gateways", "public void Go() => Add(\"bitmex\", [|\"" + S.BitmexSecret + "\"|]); void Add(string exchange, string value) { }")]
        public Task Reports_context_dependent_formats_with_a_context_signal(string ns, string type, string members) => VerifyIn(ns, type, members);

        [Fact]
        public Task Message_names_the_exchange_format_and_never_the_value() => VerifyCode(
            "namespace TradingBot.Kraken { class Gateway { string Blob() => {|#0:\"" + S.Kraken88 + "\"|}; } }",
            Verify.Diagnostic().WithLocation(0).WithArguments("Kraken API secret format"));

        [Fact]
        public Task Reports_in_test_projects_one_level_lower()
        {
            var test = new Verify.Test
            {
                TestCode = "class Holder { string Id() => {|#0:\"" + S.Bitget + "\"|}; }",
                SolutionTransforms = { (solution, projectId) => solution.WithProjectAssemblyName(projectId, "TradingBot.Tests") },
            };
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithSeverity(DiagnosticSeverity.Info).WithArguments("Bitget API key format"));
            return test.RunAsync();
        }

        [Fact]
        public Task Generic_thresholds_are_configurable()
        {
            var test = new Verify.Test
            {
                TestCode = "class Boot { void Go() => Authenticate(\"bot\", [|\"q7Rv2LmZp9Ws4T\"|]); void Authenticate(string user, string value) { } }",
            };
            return test.WithEditorConfig("secrets_analyzers.EXK103.min_length = 12\nsecrets_analyzers.EXK103.min_entropy = 3.0").RunAsync();
        }

        // ---------------------------------------------------------------- negatives

        [Theory]
        [InlineData("TradingBot.Kucoin", "OrderBook", "private readonly string orderId = \"" + S.Uuid + "\";")]
        [InlineData("TradingBot.Binance", "Downloads", "public bool Check(byte[] d) => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(d)) == \"" + S.Sha256Hex + "\";")]
        [InlineData("TradingBot", "WalletService", "private readonly string txHash = \"" + S.EthKey + "\";")]
        [InlineData("TradingBot", "Boot", "public void Go() => Authenticate(\"bot\", \"VHJhZGluZyBib3Qgc3RhcnRlZCBzdWNjZXNzZnVsbHk=\"); void Authenticate(string user, string token) { }")]
        [InlineData("TradingBot.Binance", "Rest", "public void Go(HttpClient c) => c.GetAsync(\"https://api.binance.com/api/v3/order?symbol=BTCUSDT&orderId=28457193&recvWindow=5000&timestamp=1700000000000\");")]
        [InlineData("TradingBot", "Boot", "public void Go() => Authenticate(\"bot\", \"/home/bot/keys/binance-secret-key.txt\"); void Authenticate(string user, string token) { }")]
        [InlineData("TradingBot", "Boot", "public void Go() => Authenticate(\"bot\", \"C:\\\\bots\\\\keys\\\\binance-secret.txt\"); void Authenticate(string user, string token) { }")]
        [InlineData("TradingBot.Binance", "RecordedResponses", "public const string NewOrder = \"{\\\"symbol\\\":\\\"BTCUSDT\\\",\\\"orderId\\\":28457193,\\\"clientOrderId\\\":\\\"web_Q4nT8kL2pZ9wRv\\\",\\\"transactTime\\\":1700000000000}\";")]
        [InlineData("TradingBot.Binance", "Client", "public void Go(Api a) => a.SetCredentials(\"YOUR_BINANCE_API_KEY_GOES_HERE_0000000000000000000000000000000000\", \"\"); public class Api { public void SetCredentials(string a, string b) { } }")]
        [InlineData("TradingBot.Binance", "Checksums", "private readonly string d = \"" + S.Sha256Hex + "\";")]
        [InlineData("TradingBot", "OrderRouter", "private readonly string correlation = \"" + S.Binance64 + "\";")]
        [InlineData("TradingBot", "ImageCache", "private readonly string blob = \"" + S.Kraken88 + "\";")]
        [InlineData("TradingBot", "Subscriptions", "public void Go() => Open(\"" + S.Uuid + "\", \"" + S.Uuid2 + "\"); void Open(string a, string b) { }")]
        [InlineData("TradingBot", "Boot", "public void Go() => Authenticate(\"bot\", \"TradingBot.Strategies.MeanReversion.Settings\"); void Authenticate(string user, string token) { }")]
        [InlineData("TradingBot", "Boot", "public void Go() => Authenticate(\"bot\", \"1234567890123456789012\"); void Authenticate(string user, string token) { }")]
        [InlineData("TradingBot", "Boot", "public void Go() => Authenticate(\"bot\", \"operations.desk@trading-firm.net\"); void Authenticate(string user, string token) { }")]
        [InlineData("TradingBot", "Catalog", "private readonly string sku = \"" + S.AlpacaKey + "\";")]
        [InlineData("TradingBot.Okx", "OkxClient", "private readonly string requestId = \"" + S.OkxSecret + "\";")]
        [InlineData("TradingBot", "Notes", "public void Go() => Restore(\"the quick brown fox jumps over the lazy dog and then runs away\"); void Restore(string words) { }")]
        [InlineData("TradingBot", "Holder", "private readonly string material = \"-----BEGIN EC PRIVATE KEY-----\\nYOUR PRIVATE KEY\\n-----END EC PRIVATE KEY-----\";")]
        [InlineData("TradingBot", "Holder", "private readonly string material = \"-----BEGIN PUBLIC KEY-----\\n" + S.PemBody + "\\n-----END PUBLIC KEY-----\";")]
        [InlineData("TradingBot", "Holder", "private readonly string p = \"bg_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\";")]
        [InlineData("TradingBot", "Holder", "private readonly string p = \"account-xxxxxxxxxxxxxxxxxxxx\";")]
        [InlineData("TradingBot.Binance", "Client", "public string Describe() => \"Binance spot client for the main account with default limits\";")]
        [InlineData("TradingBot.Kraken", "Client", "private readonly string version = \"2.4.17-beta.3+build.20261129\";")]
        [InlineData("TradingBot.Kucoin", "KucoinOrders", "public void Go(Api a) => a.CancelOrder(\"" + S.KucoinKey + "\", \"" + S.Uuid + "\"); public class Api { public void CancelOrder(string orderId, string clientOid) { } }")]
        [InlineData("TradingBot.Okx", "OkxOrders", "public void Go() => Track(\"" + S.Uuid2 + "\", \"" + S.OkxSecret + "\"); void Track(string requestId, string traceId) { }")]
        [InlineData("TradingBot.Binance", "DocumentationExample", "private readonly string k1 = \"NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j\";")]
        // On-chain addresses side by side (Solana mints and programs, TON pools), a protobuf descriptor's base64 chunks, a route.
        [InlineData("TradingBot.Solana", "JupiterExtensions", "public const string JupiterMint = \"MASi45ub7Qe4ZE36UT5G6cU4ud8Fhhe4deS4F3cw9KT\"; public const string TokenProgramAddress = \"Ab8dLcukC7edhDQ7cn5d4gEYkbUrMWeWQLGsCmrG6dL\";")]
        [InlineData("TradingBot.Ton", "StonFiPools", "private const string _poolAddress = \"EQ_r5kJP1VrT-1FJors_6ILi8IHn5kxsC7tVO_HbkQfyy_KV\"; private const string _ownerAddress = \"UQ5zjR3j1twdTKWTddB-XhkAS1voQG6yyzyN9zHYIa4UOrGN\";")]
        [InlineData("Rti", "RequestLogoutReflection", "private static readonly byte[] descriptorData = Convert.FromBase64String(string.Concat(\"kQ3J/U1re2tIQGiyUqmEfwCtPspStDHIO1D8G+1Zo14X7socCG+2Sh+l\", \"Lf4Q+pU+R4H3MW4u4SqCT21uywYKJY8bLHrT3OL6w9Rb+dt63Z0z7s8M\", \"DYR0H13aikUlxaNv8K0rLDvxrhGmNzeXElNftB3BrOvjG7ZYuGLNRkyc\"));")]
        [InlineData("TradingBot.Ppi", "PpiClient", "public async System.Threading.Tasks.Task Login(string k, string s) { var token = await Send(HttpMethod.Post, \"1.0/Account/LoginApi\", new Dictionary<string, string> { [\"ApiKey\"] = k, [\"ApiSecret\"] = s }); } System.Threading.Tasks.Task<string> Send(HttpMethod m, string path, Dictionary<string, string> form) => System.Threading.Tasks.Task.FromResult(path);")]
        // 32-byte hashes in Ethereum code: a context alone does not make them keys (a trie root, a topic, a state root beside a block hash).
        [InlineData("Nethereum.CoreChain", "KnownRoots", "public const string EmptyRoot = \"" + S.EthKey + "\"; public void Go() => Add(1, stateRoot: \"" + S.EthKey + "\", blockHash: \"0x5be4e8b0f3f2a1c9d7e6b5a4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4\"); void Add(int n, string stateRoot, string blockHash) { }")]
        public Task No_diagnostic_for_look_alikes(string ns, string type, string members) => VerifyIn(ns, type, members);

        [Fact]
        public Task No_diagnostic_for_google_gemini_ai_contexts() => VerifyCode($$"""
            using System;
            namespace Google.GenerativeAI { public class GenerativeModel { public GenerativeModel(string model) { } } }
            namespace TradingBot.Assistant
            {
                using Google.GenerativeAI;
                public class GeminiSession
                {
                    private readonly GenerativeModel model = new GenerativeModel("gemini-1.5-pro-002");
                    public void Start() => Resume("{{S.GeminiSecret}}", "{{S.BybitSecret}}");
                    private void Resume(string conversationId, string cursor) { }
                }
            }
            """);

        [Fact]
        public Task No_diagnostic_for_a_jwt_fixture_asserted_against() => VerifyCode("""
            using System;
            namespace Xunit { public sealed class FactAttribute : Attribute { } public static class Assert { public static void Equal(string a, string b) { } } }
            namespace TradingBot.Tests
            {
                using Xunit;
                public class TokenTests
                {
                    [Fact]
                    public void Reads_the_subject()
                    {
                        var token = Parse("eyJhbGciOiJFUzI1NiIsImtpZCI6ImNkcCJ9.eyJzdWIiOiJib3QiLCJpc3MiOiJjZHAifQ.q7Rv2LmZp9Ws4TzJRs7TI9Xf-mUxYkHrqFmNGwDBq7QhN");
                        Assert.Equal("bot", token);
                    }

                    private static string Parse(string token) => token.Split('.')[0];
                }
            }
            """);

        [Fact]
        public Task No_diagnostic_for_a_signature_test_vector_next_to_an_expected_signature() => VerifyCode("""
            using System;
            namespace Xunit { public sealed class FactAttribute : Attribute { } public static class Assert { public static void Equal(string a, string b) { } } }
            namespace TradingBot.Tests
            {
                using Xunit;
                public class KrakenSignerTests
                {
                    [Fact]
                    public void Signs_like_the_documentation()
                    {
                        var signature = Sign("7hVCdgk6VMF+qVhYja06R9KCTxDYn33pAT2xhNeCZJH7KGukR7qQyLPhEVh7sYdUO/qsABxhc6rfyVv1qC6S9g==", "nonce=1616492376594");
                        Assert.Equal("4/dpxb3iT4tp/ZCVEwSnEsLxx0bqyhLpdfOpc6fn7OR8+UClSV5n9E6aSS8MPtnRfp32bAb0nmbRn6H8ndwLUQ==", signature);
                    }

                    private static string Sign(string secret, string payload) => secret + payload;
                }
            }
            """);

        [Fact]
        public Task No_diagnostic_for_a_signature_vector_checked_by_a_statically_imported_assert() => VerifyCode("""
            using System;
            namespace Microsoft.VisualStudio.TestTools.UnitTesting
            {
                public sealed class TestMethodAttribute : Attribute { }
                public static class Assert { public static void AreEqual(string expected, string actual) { } }
            }
            namespace TradingBot.Tests
            {
                using Microsoft.VisualStudio.TestTools.UnitTesting;
                using static Microsoft.VisualStudio.TestTools.UnitTesting.Assert;
                public class SignerTests
                {
                    [TestMethod]
                    public void Signature_matches_the_official_example()
                    {
                        AreEqual("QR8aZi+S3nkG0w/zNMIOW7m520NP+kWFa+4OPVXr87zH", Sign("hV8FqGk2tpvVeAcMAgzgAFQCN36wmbWuN7o3WPcYcYhFd8qvE43gzFGVsFcCqNkQ", 1608133910000));
                    }

                    private static string Sign(string secret, long timestamp) => secret + timestamp;
                }
            }
            """);

        [Fact]
        public Task No_diagnostic_where_EXK102_owns_the_literal() =>
            VerifyIn("TradingBot.Binance", "Settings", "private readonly string apiSecret = \"" + S.Binance64 + "\";");

        [Fact]
        public Task No_diagnostic_where_EXK101_owns_the_literal() => VerifyCode(
            "class Boot { object Go() => new Binance.Net.BinanceCredentials(\"" + S.Binance64 + "\", \"" + S.Binance64B + "\"); }",
            ExchangeSdkStubs.CryptoExchangeNet);

        [Theory]
        [InlineData("public byte[] Sign(byte[] m) { using var h = new System.Security.Cryptography.HMACSHA512(Convert.FromBase64String(\"" + S.Kraken88 + "\")); return h.ComputeHash(m); }")]
        [InlineData("public byte[] Sign(byte[] m) { var secret = \"" + S.Kraken88 + "\"; return System.Security.Cryptography.HMACSHA512.HashData(Convert.FromBase64String(secret), m); }")]
        [InlineData("public void Load(System.Security.Cryptography.ECDsa k) => k.ImportFromPem(\"" + PemOneLine + "\");")]
        public Task No_diagnostic_where_EXK104_owns_the_literal(string members) => VerifyIn("TradingBot.Kraken", "KrakenSigner", members);

        [Fact]
        public Task No_diagnostic_for_excluded_symbols()
        {
            var test = new Verify.Test { TestCode = "class KnownVectors { string Id() => \"" + S.Bitget + "\"; }" };
            return test.WithEditorConfig("secrets_analyzers.EXK103.excluded_symbol_names = KnownVectors").RunAsync();
        }

        [Fact]
        public Task Reports_without_crashing_on_half_typed_code()
        {
            var test = new Verify.Test
            {
                TestCode = "namespace TradingBot.Kraken { class Broken { void M() { var x = Sign([|\"" + S.Kraken88 + "|]\n}}",
                CompilerDiagnostics = CompilerDiagnostics.None,
            };
            return test.RunAsync();
        }
    }
}
