using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using SecretsAnalyzers.Tests.Stubs;
using S = SecretsAnalyzers.Tests.HardcodedSecrets.ShapeSecrets;
using Verify = SecretsAnalyzers.Tests.CSharpAnalyzerVerifier<SecretsAnalyzers.HardcodedSecrets.EXK104SigningKeyAnalyzer>;

namespace SecretsAnalyzers.Tests.HardcodedSecrets
{
    public class EXK104SigningKeyTests
    {
        private const string Pem = "-----BEGIN EC PRIVATE KEY-----\\n" + S.PemBody + "\\n-----END EC PRIVATE KEY-----";

        /// <summary>Wraps statements in a signer class with configuration, a payload and a PEM constant at hand.</summary>
        private static Task VerifyBody(string body, string members = "")
        {
            var test = new Verify.Test
            {
                TestCode = $$"""
                    using System;
                    using System.IO;
                    using System.Security.Cryptography;
                    using System.Text;
                    using Microsoft.Extensions.Configuration;
                    using Microsoft.IdentityModel.Tokens;

                    namespace TradingBot.Binance
                    {
                        public class RequestSigner
                        {
                            private readonly IConfiguration config;
                            private readonly byte[] payload = new byte[16];
                            public RequestSigner(IConfiguration config) => this.config = config;
                            {{members}}
                            public object Sign()
                            {
                                {{body}}
                                return payload;
                            }
                        }
                    }
                    """,
            };
            test.AddStub(ShapesStubs.IdentityModel);
            return test.RunAsync();
        }

        // ---------------------------------------------------------------- positives

        [Theory]
        [InlineData("using var h = new HMACSHA256(Encoding.UTF8.GetBytes([|\"" + S.Binance64 + "\"|]));")]
        [InlineData("using var h = new HMACSHA384(Encoding.ASCII.GetBytes([|\"" + S.Generic40 + "\"|]));")]
        [InlineData("using var h = new HMACSHA512(Convert.FromBase64String([|\"" + S.Kraken88 + "\"|]));")]
        [InlineData("using var h = new HMACSHA1(Convert.FromHexString([|\"" + S.Sha256Hex + "\"|]));")]
        [InlineData("using var h = new HMACMD5([|new byte[] { 0x1f, 0x8b, 0x3c, 0x77, 0xa0, 0x5e }|]);")]
        [InlineData("using var h = new HMACSHA256([|\"" + S.Binance64 + "\"u8.ToArray()|]);")]
        [InlineData("byte[] key = [|[0x1f, 0x8b, 0x3c, 0x77, 0xa0, 0x5e]|]; using var h = new HMACSHA256(key);")]
        [InlineData("var key = Encoding.UTF8.GetBytes([|\"" + S.Binance64 + "\"|]); using var h = new HMACSHA256(key);")]
        [InlineData("using var h = new HMACSHA256([|Encoding.UTF8.GetBytes(SecretConst)|]);", "private const string SecretConst = \"" + S.Binance64 + "\";")]
        [InlineData("using var h = new HMACSHA256([|Encoding.UTF8.GetBytes(SecretReadonly)|]);", "private static readonly string SecretReadonly = \"" + S.Binance64B + "\";")]
        [InlineData("using var h = new HMACSHA256([|KeyBytes|]);", "private static readonly byte[] KeyBytes = Encoding.UTF8.GetBytes(\"" + S.Generic40 + "\");")]
        [InlineData("using var h = new HMACSHA256(); h.Key = Encoding.UTF8.GetBytes([|\"" + S.Binance64 + "\"|]);")]
        [InlineData("using var h = new HMACSHA512 { Key = Convert.FromBase64String([|\"" + S.Kraken88B + "\"|]) };")]
        [InlineData("KeyedHashAlgorithm h = new HMACSHA256(); h.Key = [|new byte[] { 1, 2, 3, 5, 8, 13, 21 }|];")]
        [InlineData("var sig = HMACSHA256.HashData(Encoding.UTF8.GetBytes([|\"" + S.Binance64 + "\"|]), payload);")]
        [InlineData("var sig = HMACSHA256.HashData([|\"" + S.Binance64B + "\"u8|], payload);")]
        [InlineData("var sig = HMACSHA512.HashData(Convert.FromBase64String([|\"" + S.Kraken88 + "\"|]), payload);")]
        [InlineData("var sig = HMACSHA384.HashData(Encoding.UTF8.GetBytes([|\"" + S.Bitfinex + "\"|]), new MemoryStream(payload));")]
        [InlineData("Span<byte> d = stackalloc byte[48]; HMACSHA384.TryHashData([|\"" + S.Generic + "\"u8|], payload, d, out _);")]
        [InlineData("var k = new SymmetricSecurityKey(Encoding.UTF8.GetBytes([|\"" + S.Generic40 + "\"|]));")]
        [InlineData("using var ec = ECDsa.Create(); ec.ImportFromPem([|\"" + Pem + "\"|]);")]
        [InlineData("using var ec = ECDsa.Create(); ec.ImportFromPem([|PemConst|]);", "private const string PemConst = \"" + Pem + "\";")]
        [InlineData("using var ec = ECDsa.Create(); ec.ImportPkcs8PrivateKey(Convert.FromBase64String([|\"" + S.PemBody + "\"|]), out _);")]
        [InlineData("using var ec = ECDsa.Create(); ec.ImportECPrivateKey(Convert.FromBase64String([|\"" + S.PemBody + "\"|]), out _);")]
        [InlineData("using var rsa = RSA.Create(); rsa.ImportRSAPrivateKey([|new byte[] { 0x30, 0x82, 0x04, 0xa4, 0x02, 0x01 }|], out _);")]
        [InlineData("using var rsa = RSA.Create(); rsa.ImportFromPem([|\"-----BEGIN RSA PRIVATE KEY-----\\n" + S.PemBody + "\\n-----END RSA PRIVATE KEY-----\"|]);")]
        [InlineData("var raw = [|\"" + S.Binance64 + "\"|]; using var h = new HMACSHA256(Encoding.UTF8.GetBytes(raw));")]
        public Task Reports_constant_key_material(string body, string members = "") => VerifyBody(body, members);

        // A field's initialiser belongs to another member: it is read as syntax (never bound from the callback), so these
        // forms are found wherever the field is declared.
        [Theory]
        [InlineData("private static readonly byte[] KeyBytes = Convert.FromBase64String(\"" + S.Kraken88 + "\");")]
        [InlineData("private static readonly byte[] KeyBytes = \"" + S.Binance64 + "\"u8.ToArray();")]
        [InlineData("private static readonly byte[] KeyBytes = new byte[] { 0x1f, 0x8b, 0x3c, 0x77, 0xa0, 0x5e };")]
        [InlineData("private static readonly byte[] KeyBytes = new UTF8Encoding(false).GetBytes(\"" + S.Generic40 + "\");")]
        [InlineData("private static readonly byte[] KeyBytes = (System.Text.Encoding.ASCII.GetBytes(\"" + S.Bitfinex + "\"));")]
        public Task Reports_key_material_spelled_in_a_field_initialiser(string members) =>
            VerifyBody("using var h = new HMACSHA256([|KeyBytes|]);", members);

        [Fact]
        public Task Reports_key_material_of_a_field_declared_in_another_file_of_a_partial_class()
        {
            var test = new Verify.Test();
            test.TestState.Sources.Add("using System.Security.Cryptography; partial class Signer { byte[] M(byte[] p) => HMACSHA256.HashData([|KeyBytes|], p); }");
            test.TestState.Sources.Add("using System.Text; partial class Signer { private static readonly byte[] KeyBytes = Encoding.UTF8.GetBytes(\"" + S.Binance64 + "\"); }");
            return test.RunAsync();
        }

        [Theory]
        [InlineData("private static readonly byte[] KeyBytes = Encoding.UTF8.GetBytes(Environment.GetEnvironmentVariable(\"BINANCE_API_SECRET\")!);")]
        [InlineData("private static readonly byte[] KeyBytes = Encoding.UTF8.GetBytes(\"   \");")]
        [InlineData("private static readonly byte[] KeyBytes = new byte[32];")]
        [InlineData("private static readonly byte[] KeyBytes = new byte[] { 0x1f, Seed, 0x3c };\nprivate static byte Seed => (byte)Environment.TickCount;")]
        [InlineData("private static readonly byte[] KeyBytes = Other.GetBytes(\"" + S.Generic40 + "\");\nprivate static class Other { public static byte[] GetBytes(string s) => new byte[s.Length]; }")]
        public Task Field_initialisers_that_are_no_constant_key_stay_silent(string members) =>
            VerifyBody("using var h = new HMACSHA256(KeyBytes);", members);

        [Fact]
        public Task Squiggles_the_key_literal_and_points_at_the_keyed_call()
        {
            var test = new Verify.Test
            {
                TestCode = "using System.Security.Cryptography; using System.Text; class C { byte[] M(byte[] p) => HMACSHA256.HashData({|#1:Encoding.UTF8.GetBytes({|#0:\"" + S.Binance64 + "\"|})|}, p); }",
            };
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithLocation(1).WithArguments("HMACSHA256.HashData"));
            return test.RunAsync();
        }

        [Fact]
        public Task Key_held_by_a_field_is_reported_at_the_call_with_the_field_literal_as_additional_location()
        {
            var test = new Verify.Test
            {
                TestCode = "using System.Security.Cryptography; using System.Text; class C { private const string Secret = {|#1:\"" + S.Binance64 + "\"|}; byte[] M(byte[] p) => HMACSHA256.HashData({|#0:Encoding.UTF8.GetBytes(Secret)|}, p); }",
            };
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithLocation(1).WithArguments("HMACSHA256.HashData"));
            return test.RunAsync();
        }

        [Fact]
        public Task Message_names_the_sink_and_never_the_key()
        {
            var test = new Verify.Test
            {
                TestCode = "using System.Security.Cryptography; using System.Text; class C { byte[] M(byte[] p) => HMACSHA256.HashData(Encoding.UTF8.GetBytes({|#0:\"" + S.Binance64 + "\"|}), p); }",
            };
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments("HMACSHA256.HashData").WithOptions(DiagnosticOptions.IgnoreAdditionalLocations));
            return test.RunAsync();
        }

        [Fact]
        public Task Reports_in_test_projects_one_level_lower_outside_known_answer_tests()
        {
            var test = new Verify.Test
            {
                TestCode = "using System.Security.Cryptography; using System.Text; class SignerFixture { public HMACSHA256 Create() => new HMACSHA256(Encoding.UTF8.GetBytes({|#0:\"" + S.Binance64 + "\"|})); }",
                SolutionTransforms = { (solution, projectId) => solution.WithProjectAssemblyName(projectId, "TradingBot.Tests") },
            };
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithSeverity(DiagnosticSeverity.Warning).WithArguments("HMACSHA256").WithOptions(DiagnosticOptions.IgnoreAdditionalLocations));
            return test.RunAsync();
        }

        // ---------------------------------------------------------------- negatives

        [Theory]
        [InlineData("using var h = new HMACSHA256();")]
        [InlineData("using var h = new HMACSHA256(Encoding.UTF8.GetBytes(config[\"Binance:ApiSecret\"]!));")]
        [InlineData("using var h = new HMACSHA256(Encoding.UTF8.GetBytes(Environment.GetEnvironmentVariable(\"BINANCE_API_SECRET\")!));")]
        [InlineData("using var h = new HMACSHA512(Convert.FromBase64String(Environment.GetEnvironmentVariable(\"KRAKEN_SECRET\") ?? \"\"));")]
        [InlineData("using var h = new HMACSHA256(Encoding.UTF8.GetBytes(\"\"));")]
        [InlineData("using var h = new HMACSHA256(Encoding.UTF8.GetBytes(\"   \"));")]
        [InlineData("using var h = new HMACSHA256(Encoding.UTF8.GetBytes(string.Empty));")]
        [InlineData("using var h = new HMACSHA256(new byte[0]);")]
        [InlineData("using var h = new HMACSHA256(Array.Empty<byte>());")]
        [InlineData("using var h = new HMACSHA256(new byte[32]);")]
        [InlineData("using var h = new HMACSHA256(RandomNumberGenerator.GetBytes(32));")]
        [InlineData("using var h = new HMACSHA256(File.ReadAllBytes(\"/run/secrets/binance.key\"));")]
        [InlineData("var key = Encoding.UTF8.GetBytes(\"" + S.Binance64 + "\"); key = Encoding.UTF8.GetBytes(config[\"Binance:ApiSecret\"]!); using var h = new HMACSHA256(key);")]
        [InlineData("using var ec = ECDsa.Create(); ec.ImportFromPem(\"-----BEGIN PUBLIC KEY-----\\n" + S.PemBody + "\\n-----END PUBLIC KEY-----\");")]
        [InlineData("using var ec = ECDsa.Create(); ec.ImportFromPem(\"-----BEGIN EC PRIVATE KEY-----\\nYOUR PRIVATE KEY\\n-----END EC PRIVATE KEY-----\");")]
        [InlineData("using var ec = ECDsa.Create(); ec.ImportFromPem(File.ReadAllText(\"/run/secrets/cdp.pem\"));")]
        [InlineData("using var ec = ECDsa.Create(); ec.ImportSubjectPublicKeyInfo(Convert.FromBase64String(\"" + S.PemBody + "\"), out _);")]
        [InlineData("var digest = SHA256.HashData(Encoding.UTF8.GetBytes(\"" + S.Binance64 + "\"));")]
        [InlineData("var sig = HMACSHA256.HashData(Encoding.UTF8.GetBytes(config[\"Binance:ApiSecret\"]!), Encoding.UTF8.GetBytes(\"symbol=BTCUSDT&side=BUY&timestamp=1700000000000\"));")]
        [InlineData("using var h = new HMACSHA256(Encoding.UTF8.GetBytes(config[\"Binance:ApiSecret\"]!)); var s = h.ComputeHash(Encoding.UTF8.GetBytes(\"" + S.Binance64 + "\"));")]
        [InlineData("var k = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(config[\"Jwt:SigningKey\"]!));")]
        [InlineData("var settings = new Settings(); settings.Key = Encoding.UTF8.GetBytes(\"" + S.Binance64 + "\");")]
        [InlineData("using var h = new HMACSHA256(Key(config));")]
        [InlineData("byte[] key = []; using var h = new HMACSHA256(key);")]
        [InlineData("var sig = HMACSHA256.HashData(Load(), payload);")]
        [InlineData("const string MasterKeyHmacKey = \"Bitcoin seed\"; using var h = new HMACSHA512(Encoding.UTF8.GetBytes(MasterKeyHmacKey)); using var e = new HMACSHA512(Encoding.UTF8.GetBytes(\"ed25519 seed\"));")]
        public Task No_diagnostic_for_non_constant_or_empty_keys(string body) => VerifyBody(body,
            "private sealed class Settings { public byte[]? Key { get; set; } } private static byte[] Key(IConfiguration c) => Convert.FromBase64String(c[\"Kraken:Secret\"]!); private static byte[] Load() => File.ReadAllBytes(\"k\");");

        [Fact]
        public Task No_diagnostic_for_a_key_passed_in() => Verify.VerifyAnalyzerAsync("""
            using System.Security.Cryptography;
            class Signer { byte[] Sign(byte[] key, byte[] payload) { using var h = new HMACSHA256(key); return h.ComputeHash(payload); } }
            """);

        [Fact]
        public Task No_diagnostic_for_an_own_type_named_like_a_bcl_hmac() => Verify.VerifyAnalyzerAsync("""
            namespace MyCrypto { class HMACSHA256 { public HMACSHA256(byte[] key) { } } }
            class C { object M() => new MyCrypto.HMACSHA256(System.Text.Encoding.UTF8.GetBytes("FAKEbBRsk29cztUX1kmObfEjdpyHGfY5PBNaNKNYd7pMCapFTzdbKB1Ga8FPJsKb")); }
            """);

        [Fact]
        public Task No_diagnostic_for_a_known_answer_test_that_asserts_the_expected_signature()
        {
            var test = new Verify.Test
            {
                TestCode = """
                    using System;
                    using System.Security.Cryptography;
                    using System.Text;
                    namespace Xunit { public sealed class FactAttribute : Attribute { } public static class Assert { public static void Equal(string a, string b) { } } }
                    namespace TradingBot.Tests
                    {
                        using Xunit;
                        public class SignerTests
                        {
                            [Fact]
                            public void Signs_like_the_documentation()
                            {
                                var key = Encoding.UTF8.GetBytes("FAKEbBRsk29cztUX1kmObfEjdpyHGfY5PBNaNKNYd7pMCapFTzdbKB1Ga8FPJsKb");
                                var signature = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes("symbol=LTCBTC&side=BUY"));
                                Assert.Equal("c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71", Convert.ToHexString(signature).ToLowerInvariant());
                            }
                        }
                    }
                    """,
            };
            return test.RunAsync();
        }

        [Fact]
        public Task No_diagnostic_when_no_crypto_types_are_used() => Verify.VerifyAnalyzerAsync("""
            class C { byte[] M() => System.Text.Encoding.UTF8.GetBytes("FAKEbBRsk29cztUX1kmObfEjdpyHGfY5PBNaNKNYd7pMCapFTzdbKB1Ga8FPJsKb"); }
            """);
    }
}
