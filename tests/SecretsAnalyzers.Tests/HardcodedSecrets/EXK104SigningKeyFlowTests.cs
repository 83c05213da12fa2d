using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using SecretsAnalyzers.HardcodedSecrets;
using S = SecretsAnalyzers.Tests.HardcodedSecrets.ShapeSecrets;
using Verify = SecretsAnalyzers.Tests.CSharpAnalyzerVerifier<SecretsAnalyzers.HardcodedSecrets.EXK104SigningKeyFlowAnalyzer>;

namespace SecretsAnalyzers.Tests.HardcodedSecrets
{
    /// <summary>
    /// EXK104 across members and types: hard-coded key material passed to a constructor or method whose parameter is
    /// stored in a field (or used directly) that keys an HMAC or a key import. Reported on the literal, where the fix
    /// applies, with the sink's key argument as the additional location ({|#0:…|} is the literal, {|#1:…|} the sink).
    /// </summary>
    public class EXK104SigningKeyFlowTests
    {
        private const string Usings = "using System;\nusing System.Security.Cryptography;\nusing System.Text;\nusing Microsoft.Extensions.Configuration;\n";

        /// <summary>A signer that stores its constructor parameter (as bytes) in a field that keys an HMAC later.</summary>
        private const string FieldSigner = """
            namespace TradingBot.Binance
            {
                public sealed class RequestSigner
                {
                    private readonly byte[] _key;
                    public RequestSigner(string apiSecret) { _key = Encoding.UTF8.GetBytes(apiSecret); }
                    public byte[] Sign(byte[] payload)
                    {
                        using var hmac = new HMACSHA256({|#1:_key|});
                        return hmac.ComputeHash(payload);
                    }
                }
            }

            """;

        private static DiagnosticResult Expected(string sink, string through, int literal = 0, int sinkMarker = 1) =>
            Verify.Diagnostic().WithLocation(literal).WithLocation(sinkMarker).WithArguments(sink + " (through " + through + ")");

        private static Task VerifyFlow(string code, params DiagnosticResult[] expected)
        {
            var test = new Verify.Test { TestCode = Usings + code };
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync();
        }

        // ---------------------------------------------------------------- positives, one per shape

        [Fact]
        public Task Constructor_parameter_stored_as_bytes_in_a_field_that_keys_an_hmac() => VerifyFlow(FieldSigner + $$"""
            namespace TradingBot
            {
                public static class Program
                {
                    public static Binance.RequestSigner Create() => new Binance.RequestSigner({|#0:"{{S.Binance64}}"|});
                }
            }
            """, Expected("HMACSHA256", "RequestSigner._key"));

        [Fact]
        public Task Constructor_parameter_stored_as_text_and_encoded_at_the_sink() => VerifyFlow($$"""
            public sealed class KrakenSigner
            {
                private readonly string _secret;
                public KrakenSigner(string secret) => _secret = secret ?? throw new ArgumentNullException(nameof(secret));
                public byte[] Sign(byte[] message) => HMACSHA512.HashData({|#1:Convert.FromBase64String(_secret)|}, message);
            }

            public static class Program
            {
                public static KrakenSigner Create() => new KrakenSigner({|#0:"{{S.Kraken88}}"|});
            }
            """, Expected("HMACSHA512.HashData", "KrakenSigner._secret"));

        [Fact]
        public Task Primary_constructor_parameter_captured_by_a_member() => VerifyFlow($$"""
            public sealed class BybitSigner(string apiSecret)
            {
                public byte[] Sign(byte[] payload) => HMACSHA256.HashData({|#1:Encoding.UTF8.GetBytes(apiSecret)|}, payload);
            }

            public static class Program
            {
                public static BybitSigner Create() => new({|#0:"{{S.BybitSecret}}"|});
            }
            """, Expected("HMACSHA256.HashData", "parameter 'apiSecret' of BybitSigner"));

        [Fact]
        public Task Primary_constructor_parameter_stored_by_a_field_initializer() => VerifyFlow($$"""
            public sealed class BybitSigner(string apiSecret)
            {
                private readonly byte[] _key = Encoding.UTF8.GetBytes(apiSecret);
                public byte[] Sign(byte[] payload) => HMACSHA256.HashData({|#1:_key|}, payload);
            }

            public static class Program
            {
                public static BybitSigner Create() => new BybitSigner({|#0:"{{S.BybitSecret}}"|});
            }
            """, Expected("HMACSHA256.HashData", "BybitSigner._key"));

        [Fact]
        public Task Record_positional_property_keys_the_hmac() => VerifyFlow($$"""
            public sealed record KrakenCredentials(string ApiKey, string PrivateKey)
            {
                public byte[] Sign(byte[] message) => HMACSHA512.HashData({|#1:Convert.FromBase64String(PrivateKey)|}, message);
            }

            public static class Program
            {
                public static KrakenCredentials Create() => new KrakenCredentials("public-key-id", {|#0:"{{S.Kraken88}}"|});
            }
            """, Expected("HMACSHA512.HashData", "KrakenCredentials.PrivateKey"));

        [Fact]
        public Task Across_two_classes_in_two_files_with_a_const_argument()
        {
            var test = new Verify.Test();
            test.TestState.Sources.Add(("/0/RequestSigner.cs", Usings + FieldSigner));
            test.TestState.Sources.Add(("/0/Bot.cs", $$"""
                namespace TradingBot
                {
                    public sealed class Bot
                    {
                        private const string BinanceSecret = {|#0:"{{S.Binance64}}"|};
                        private readonly Binance.RequestSigner _signer = new Binance.RequestSigner(BinanceSecret);
                    }
                }
                """));
            test.ExpectedDiagnostics.Add(Expected("HMACSHA256", "RequestSigner._key"));
            return test.RunAsync();
        }

        [Fact]
        public Task Local_initialised_from_a_literal() => VerifyFlow(FieldSigner + $$"""
            public static class Program
            {
                public static TradingBot.Binance.RequestSigner Create()
                {
                    var secret = {|#0:"{{S.Binance64B}}"|};
                    return new TradingBot.Binance.RequestSigner(secret);
                }
            }
            """, Expected("HMACSHA256", "RequestSigner._key"));

        [Fact]
        public Task Static_readonly_field_initialised_from_a_literal() => VerifyFlow(FieldSigner + $$"""
            public static class Program
            {
                private static readonly string Secret = {|#0:"{{S.Binance64B}}"|};
                public static TradingBot.Binance.RequestSigner Create() => new TradingBot.Binance.RequestSigner(Secret);
            }
            """, Expected("HMACSHA256", "RequestSigner._key"));

        [Fact]
        public Task Method_parameter_stored_in_a_field_of_the_same_instance() => VerifyFlow($$"""
            public sealed class Signer
            {
                private byte[] _key = Array.Empty<byte>();
                public void UseKey(string secret) => _key = Encoding.UTF8.GetBytes(secret);
                public byte[] Sign(byte[] payload) { using var h = new HMACSHA384(); h.Key = {|#1:_key|}; return h.ComputeHash(payload); }
            }

            public static class Program
            {
                public static void Run(Signer signer) => signer.UseKey({|#0:"{{S.Generic40}}"|});
            }
            """, Expected("KeyedHashAlgorithm.Key", "Signer._key"));

        [Fact]
        public Task Helper_method_parameter_used_directly_in_the_sink() => VerifyFlow($$"""
            public static class BitgetAuth
            {
                public static string Sign(string secret, string preimage) =>
                    Convert.ToBase64String(HMACSHA256.HashData({|#1:Encoding.UTF8.GetBytes(secret)|}, Encoding.UTF8.GetBytes(preimage)));
                public static string Header(string preimage) => Sign({|#0:"{{S.Generic40}}"|}, preimage);
            }
            """, Expected("HMACSHA256.HashData", "parameter 'secret' of BitgetAuth.Sign"));

        [Fact]
        public Task Static_method_parameter_stored_in_a_static_field() => VerifyFlow($$"""
            public static class WebhookVerifier
            {
                private static byte[] s_secret = Array.Empty<byte>();
                public static void Configure(string secret) => s_secret = Convert.FromHexString(secret);
                public static bool Verify(byte[] body, byte[] signature) => CryptographicOperations.FixedTimeEquals(HMACSHA256.HashData({|#1:s_secret|}, body), signature);
            }

            public static class Startup
            {
                public static void Run() => WebhookVerifier.Configure({|#0:"{{S.Sha256Hex}}"|});
            }
            """, Expected("HMACSHA256.HashData", "WebhookVerifier.s_secret"));

        [Fact]
        public Task A_key_exempt_in_a_known_answer_test_is_still_reported_where_production_code_passes_it() => VerifyFlow($$"""
            namespace Xunit { public sealed class FactAttribute : Attribute { } public static class Assert { public static void Equal(string a, string b) { } } }
            namespace TradingBot
            {
                using Xunit;
                public sealed class Signer
                {
                    private readonly byte[] _key;
                    public Signer(string secret) => _key = Encoding.UTF8.GetBytes(secret);
                    public byte[] Sign(byte[] payload) => HMACSHA256.HashData({|#1:_key|}, payload);
                }

                public class Both
                {
                    private const string Secret = {|#0:"{{S.Binance64}}"|};
                    [Fact]
                    public void Vector() => Assert.Equal("00", Convert.ToHexString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), new byte[1])));
                    public static Signer Production() => new Signer(Secret);
                }
            }
            """, Expected("HMACSHA256.HashData", "Signer._key"));

        [Fact]
        public Task Constructor_parameter_used_directly_in_the_constructor() => VerifyFlow($$"""
            public sealed class Signer : IDisposable
            {
                private readonly HMACSHA256 _hmac;
                public Signer(byte[] key) { _hmac = new HMACSHA256({|#1:key|}); }
                public void Dispose() => _hmac.Dispose();
            }

            public static class Program
            {
                public static Signer Create() => new Signer(Encoding.UTF8.GetBytes({|#0:"{{S.Binance64}}"|}));
            }
            """, Expected("HMACSHA256", "parameter 'key' of Signer"));

        [Fact]
        public Task Chained_constructor_and_u8_literal() => VerifyFlow($$"""
            public sealed class Signer
            {
                private readonly byte[] _key;
                public Signer() : this({|#0:"{{S.Binance64}}"u8.ToArray()|}) { }
                public Signer(byte[] key) => _key = key;
                public byte[] Sign(byte[] payload) => HMACSHA256.HashData({|#1:_key|}, payload);
            }
            """, Verify.Diagnostic().WithLocation(0).WithLocation(1).WithArguments("HMACSHA256.HashData (through Signer._key)"));

        [Fact]
        public Task Private_key_pem_passed_to_an_importer()
        {
            const string Pem = "-----BEGIN EC PRIVATE KEY-----\\n" + S.PemBody + "\\n-----END EC PRIVATE KEY-----";
            return VerifyFlow($$"""
                public sealed class CoinbaseSigner
                {
                    private readonly ECDsa _ecdsa = ECDsa.Create();
                    public CoinbaseSigner(string privateKeyPem) => _ecdsa.ImportFromPem({|#1:privateKeyPem|});
                }

                public static class Program
                {
                    public static CoinbaseSigner Create() => new CoinbaseSigner({|#0:"{{Pem}}"|});
                }
                """, Expected("ECDsa.ImportFromPem", "parameter 'privateKeyPem' of CoinbaseSigner"));
        }

        [Fact]
        public Task Hard_coded_value_assigned_to_the_key_field_outside_its_declaration() => VerifyFlow($$"""
            public sealed class Signer
            {
                private byte[] _key = Array.Empty<byte>();
                public void Init() => _key = Encoding.UTF8.GetBytes({|#0:"{{S.Binance64}}"|});
                public byte[] Sign(byte[] payload) => HMACSHA256.HashData({|#1:_key|}, payload);
            }
            """, Expected("HMACSHA256.HashData", "Signer._key"));

        [Fact]
        public Task Init_only_property_set_in_an_object_initializer() => VerifyFlow($$"""
            public sealed class OkxSigner
            {
                public string SecretKey { get; init; } = "";
                public byte[] Sign(byte[] payload) => HMACSHA256.HashData({|#1:Encoding.UTF8.GetBytes(SecretKey)|}, payload);
            }

            public static class Program
            {
                public static OkxSigner Create() => new OkxSigner { SecretKey = {|#0:"{{S.OkxSecret}}"|} };
            }
            """, Expected("HMACSHA256.HashData", "OkxSigner.SecretKey"));

        [Fact]
        public Task Property_whose_setter_stores_the_value_in_the_key_field() => VerifyFlow($$"""
            public sealed class OkxSigner
            {
                private byte[] _key = Array.Empty<byte>();
                public string Secret { set => _key = Encoding.UTF8.GetBytes(value); }
                public byte[] Sign(byte[] payload) => HMACSHA256.HashData({|#1:_key|}, payload);
            }

            public static class Program
            {
                public static void Configure(OkxSigner signer) => signer.Secret = {|#0:"{{S.OkxSecret}}"|};
            }
            """, Expected("HMACSHA256.HashData", "OkxSigner._key"));

        [Fact]
        public Task Reported_one_level_lower_in_test_projects()
        {
            var test = new Verify.Test
            {
                TestCode = Usings + FieldSigner + $$"""
                    public static class SignerFixture
                    {
                        public static TradingBot.Binance.RequestSigner Create() => new TradingBot.Binance.RequestSigner({|#0:"{{S.Binance64}}"|});
                    }
                    """,
                SolutionTransforms = { (solution, projectId) => solution.WithProjectAssemblyName(projectId, "TradingBot.Tests") },
            };
            test.ExpectedDiagnostics.Add(Expected("HMACSHA256", "RequestSigner._key").WithSeverity(DiagnosticSeverity.Warning));
            return test.RunAsync();
        }

        [Fact]
        public Task One_literal_passed_twice_is_reported_once_at_the_first_sink() => VerifyFlow(FieldSigner + $$"""
            public static class Program
            {
                private const string Secret = {|#0:"{{S.Binance64}}"|};
                public static object[] Create() => new object[] { new TradingBot.Binance.RequestSigner(Secret), new TradingBot.Binance.RequestSigner(Secret) };
            }
            """, Expected("HMACSHA256", "RequestSigner._key"));

        /// <summary>Both EXK104 analyzers: the in-member one reports the const at the call, the flow one stays silent on it.</summary>
        [Fact]
        public Task A_key_the_in_member_check_reports_is_not_reported_again_through_the_parameter()
        {
            var test = new BothEXK104Analyzers
            {
                TestCode = Usings + $$"""
                    public sealed class Signer
                    {
                        private const string Secret = {|#1:"{{S.Binance64}}"|};
                        private readonly byte[] _key;
                        public Signer(string secret) => _key = Encoding.UTF8.GetBytes(secret);
                        public byte[] Sign(byte[] payload) => HMACSHA256.HashData(_key, payload);
                        public byte[] Direct(byte[] payload) => HMACSHA256.HashData({|#0:Encoding.UTF8.GetBytes(Secret)|}, payload);
                        public static Signer Create() => new Signer(Secret);
                    }
                    """,
            };
            test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.EXK104HardcodedSigningKey).WithLocation(0).WithLocation(1).WithArguments("HMACSHA256.HashData"));
            return test.RunAsync();
        }

        private sealed class BothEXK104Analyzers : CSharpAnalyzerTest<EXK104SigningKeyFlowAnalyzer, DefaultVerifier>
        {
            public BothEXK104Analyzers()
            {
                ReferenceAssemblies = TestReferences.Net80;
                TestState.AdditionalReferences.AddRange(TestReferences.Default);
                TestBehaviors |= TestBehaviors.SkipGeneratedCodeCheck;
            }

            protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() =>
                new DiagnosticAnalyzer[] { new EXK104SigningKeyAnalyzer(), new EXK104SigningKeyFlowAnalyzer() };
        }

        [Fact]
        public async Task Every_cut_of_half_typed_flow_code_never_throws_or_leaks()
        {
            var source = Usings + $$"""
                namespace TradingBot
                {
                    public sealed class Signer(string apiSecret) { public byte[] A(byte[] p) => HMACSHA256.HashData(Encoding.UTF8.GetBytes(apiSecret), p); }
                    public sealed record Keys(string Secret) { public byte[] B(byte[] p) => HMACSHA512.HashData(Convert.FromBase64String(Secret), p); }
                    public sealed class Holder
                    {
                        private byte[] _key = Array.Empty<byte>();
                        public Holder(string s) : this() => _key = Encoding.UTF8.GetBytes(s ?? throw new ArgumentNullException(nameof(s)));
                        public Holder() { }
                        public string Secret { set => _key = Encoding.UTF8.GetBytes(value); }
                        public byte[] C(byte[] p) { var k = _key; using var h = new HMACSHA256(k); return h.ComputeHash(p); }
                    }
                    public static class Use
                    {
                        private const string Key = "{{S.Binance64}}";
                        public static object[] All() => new object[] { new Signer(Key), new Keys("{{S.Kraken88}}"), new Holder("{{S.Generic40}}"), new Holder { Secret = Key } };
                    }
                }
                """;
            var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(System.IO.Path.PathSeparator)
                .Where(p => System.IO.Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || System.IO.Path.GetFileName(p) is "netstandard.dll")
                .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
                .ToArray();
            async Task<ImmutableArray<Diagnostic>> Run(string text)
            {
                var tree = CSharpSyntaxTree.ParseText(text, new CSharpParseOptions(LanguageVersion.CSharp12), path: "/0/Test.cs");
                var compilation = CSharpCompilation.Create("Robust", new[] { tree }, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
                return await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new EXK104SigningKeyAnalyzer(), new EXK104SigningKeyFlowAnalyzer())).GetAllDiagnosticsAsync();
            }

            var full = await Run(source);
            // Three literals: the const (reaching Signer and Holder.Secret, reported once), the record's and the Holder's.
            Assert.Equal(3, full.Count(d => d.Id == "EXK104"));
            for (var cut = 0; cut <= source.Length; cut += 17)
            {
                foreach (var d in await Run(source.Substring(0, cut)))
                {
                    Assert.False(d.Id == "AD0001", "cut " + cut + ": " + d.GetMessage());
                    if (d.Id == "EXK104") Assert.DoesNotContain(S.Binance64.Substring(0, 12), d.GetMessage(), StringComparison.Ordinal);
                }
            }
        }

        // ---------------------------------------------------------------- look-alikes that stay silent

        [Theory]
        [InlineData("new TradingBot.Binance.RequestSigner(configuration[\"Binance:ApiSecret\"]!)")]
        [InlineData("new TradingBot.Binance.RequestSigner(Environment.GetEnvironmentVariable(\"BINANCE_API_SECRET\") ?? throw new InvalidOperationException())")]
        [InlineData("new TradingBot.Binance.RequestSigner(LoadFromVault(\"binance-api-secret\"))")]
        [InlineData("new TradingBot.Binance.RequestSigner(\"your-binance-api-secret-here\")")]
        [InlineData("new TradingBot.Binance.RequestSigner(\"${BINANCE_API_SECRET}\")")]
        [InlineData("new TradingBot.Binance.RequestSigner(\"BINANCE_API_SECRET\")")]
        [InlineData("new TradingBot.Binance.RequestSigner(\"\")")]
        [InlineData("new TradingBot.Binance.RequestSigner(\"Signing key for the Binance account\")")]
        public Task No_diagnostic_for_values_that_are_not_hard_coded_keys(string creation) => VerifyFlow(FieldSigner + $$"""
            public sealed class Program
            {
                private readonly IConfiguration configuration;
                public Program(IConfiguration configuration) => this.configuration = configuration;
                private static string LoadFromVault(string name) => name;
                public object Create() => {{creation}};
            }
            """.Replace("{|#1:_key|}", "_key", System.StringComparison.Ordinal));

        [Fact]
        public Task No_diagnostic_when_the_field_is_later_overwritten_from_configuration() => Verify.VerifyAnalyzerAsync(Usings + $$"""
            public sealed class Signer
            {
                private byte[] _key;
                public Signer(string secret) => _key = Encoding.UTF8.GetBytes(secret);
                public void Reload(IConfiguration configuration) => _key = Encoding.UTF8.GetBytes(configuration["Binance:ApiSecret"]!);
                public byte[] Sign(byte[] payload) => HMACSHA256.HashData(_key, payload);
                public static Signer Create() => new Signer("{{S.Binance64}}");
            }
            """);

        [Fact]
        public Task No_diagnostic_when_the_stored_parameter_never_reaches_a_sink() => Verify.VerifyAnalyzerAsync(Usings + $$"""
            public sealed class Client
            {
                private readonly string _apiKey;
                public Client(string apiKey) => _apiKey = apiKey;
                public string Header() => "X-MBX-APIKEY: " + _apiKey;
                public byte[] Digest(byte[] payload) => SHA256.HashData(Encoding.UTF8.GetBytes(_apiKey));
                public static Client Create() => new Client("{{S.Binance64}}");
            }
            """);

        [Fact]
        public Task No_diagnostic_when_the_sink_uses_a_different_field() => Verify.VerifyAnalyzerAsync(Usings + $$"""
            public sealed class Signer
            {
                private readonly string _apiKey;
                private readonly byte[] _secret;
                public Signer(string apiKey, IConfiguration configuration)
                {
                    _apiKey = apiKey;
                    _secret = Encoding.UTF8.GetBytes(configuration["Binance:ApiSecret"]!);
                }
                public byte[] Sign(byte[] payload) => HMACSHA256.HashData(_secret, payload);
                public static Signer Create(IConfiguration configuration) => new Signer("{{S.Binance64}}", configuration);
            }
            """);

        [Fact]
        public Task No_diagnostic_when_the_parameter_is_replaced_before_the_sink() => Verify.VerifyAnalyzerAsync(Usings + $$"""
            public sealed class Signer
            {
                private readonly HMACSHA256 _hmac;
                public Signer(string secret, IConfiguration configuration)
                {
                    secret = configuration["Binance:ApiSecret"] ?? secret;
                    _hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));
                }
                public static Signer Create(IConfiguration configuration) => new Signer("{{S.Binance64}}", configuration);
            }
            """);

        /// <summary>One hop only: a parameter handed on to another constructor is not followed (documented limit).</summary>
        [Fact]
        public Task No_diagnostic_beyond_one_hop() => Verify.VerifyAnalyzerAsync(Usings + $$"""
            public sealed class Signer
            {
                private readonly byte[] _key;
                public Signer(string secret) => _key = Encoding.UTF8.GetBytes(secret);
                public byte[] Sign(byte[] payload) => HMACSHA256.HashData(_key, payload);
            }

            public sealed class Client
            {
                private readonly Signer _signer;
                public Client(string apiSecret) => _signer = new Signer(apiSecret);
                public static Client Create() => new Client("{{S.Binance64}}");
            }
            """);

        [Fact]
        public Task No_diagnostic_for_a_public_key_pem_passed_to_an_importer() => Verify.VerifyAnalyzerAsync(Usings + $$"""
            public sealed class Verifier
            {
                private readonly ECDsa _ecdsa = ECDsa.Create();
                public Verifier(string pem) => _ecdsa.ImportFromPem(pem);
                public static Verifier Create() => new Verifier("-----BEGIN PUBLIC KEY-----\n{{S.PemBody}}\n-----END PUBLIC KEY-----");
            }
            """);

        [Fact]
        public Task No_diagnostic_for_a_known_answer_test_that_builds_the_signer() => Verify.VerifyAnalyzerAsync(Usings + FieldSigner.Replace("{|#1:_key|}", "_key", System.StringComparison.Ordinal) + $$"""
            namespace Xunit { public sealed class FactAttribute : Attribute { } public static class Assert { public static void Equal(string a, string b) { } } }
            namespace TradingBot.Tests
            {
                using Xunit;
                public class RequestSignerTests
                {
                    [Fact]
                    public void Signs_like_the_documentation()
                    {
                        var signer = new TradingBot.Binance.RequestSigner("{{S.Binance64}}");
                        var signature = signer.Sign(Encoding.UTF8.GetBytes("symbol=LTCBTC&side=BUY"));
                        Assert.Equal("c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71", Convert.ToHexString(signature).ToLowerInvariant());
                    }
                }
            }
            """);

        [Fact]
        public Task No_diagnostic_for_a_look_alike_method_in_metadata_or_without_a_sink() => Verify.VerifyAnalyzerAsync(Usings + $$"""
            public sealed class Names
            {
                private readonly string _label;
                public Names(string label) => _label = label;
                public override string ToString() => _label;
                public static string Create() => new Names("{{S.Binance64}}").ToString() + string.Concat("{{S.Binance64B}}", "x");
            }
            """);
    }
    /// <summary>EXK104 across members beside the other hard-coded secret rules: which rule reports a literal that reaches an HMAC through a signer.</summary>
    public class EXK104SigningKeyFlowWithOtherRulesTests
    {
        private sealed class AllSecretRules : CSharpAnalyzerTest<EXK102SecretNamedSymbolAnalyzer, DefaultVerifier>
        {
            public AllSecretRules()
            {
                ReferenceAssemblies = TestReferences.Net80;
                TestState.AdditionalReferences.AddRange(TestReferences.Default);
                TestBehaviors |= TestBehaviors.SkipGeneratedCodeCheck;
                MarkupOptions = MarkupOptions.UseFirstDescriptor;   // {|EXK104:…|}: the first EXK104 descriptor, not its CompilationEnd twin
            }

            protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => new DiagnosticAnalyzer[]
            {
                new EXK101HardcodedCredentialAnalyzer(), new EXK102SecretNamedSymbolAnalyzer(), new EXK103CredentialShapeAnalyzer(),
                new EXK104SigningKeyAnalyzer(), new EXK104SigningKeyFlowAnalyzer(),
            };

            protected override ParseOptions CreateParseOptions() =>
                ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion.CSharp12);
        }

        private const string Signer = """
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
        /// EXK102 keeps its warning on a secret-named declaration or parameter (it is what the IDE shows while typing, with
        /// the lookup fix); EXK104 adds its error on the same literal at compilation end (build, full-solution analysis).
        /// </summary>
        [Fact]
        public Task EXK102_keeps_the_declaration_and_EXK104_adds_the_error_at_compilation_end() => new AllSecretRules
        {
            TestCode = Signer + $$"""
                namespace TradingBot
                {
                    public static class Bot
                    {
                        private const string BinanceApiSecret = {|EXK102:{|EXK104:"{{S.Binance64}}"|}|};
                        public static Binance.RequestSigner FromConst() => new Binance.RequestSigner(BinanceApiSecret);
                        public static Binance.RequestSigner Inline() => new Binance.RequestSigner({|EXK102:{|EXK104:"{{S.Binance64B}}"|}|});
                    }
                }
                """,
        }.RunAsync();
    }
}
