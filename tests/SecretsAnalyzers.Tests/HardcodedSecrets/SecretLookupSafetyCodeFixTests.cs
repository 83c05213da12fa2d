using System.Threading.Tasks;
using SecretsAnalyzers.Tests.Stubs;
using static SecretsAnalyzers.Tests.HardcodedSecrets.HardcodedTestSecrets;
using S = SecretsAnalyzers.Tests.HardcodedSecrets.ShapeSecrets;
using Fix101 = SecretsAnalyzers.Tests.CSharpCodeFixVerifier<SecretsAnalyzers.HardcodedSecrets.EXK101HardcodedCredentialAnalyzer, SecretsAnalyzers.CodeFixes.HardcodedSecrets.EXK101HardcodedCredentialCodeFix>;
using Fix102 = SecretsAnalyzers.Tests.CSharpCodeFixVerifier<SecretsAnalyzers.HardcodedSecrets.EXK102SecretNamedSymbolAnalyzer, SecretsAnalyzers.CodeFixes.HardcodedSecrets.EXK102SecretNamedSymbolCodeFix>;
using Fix104 = SecretsAnalyzers.Tests.CSharpCodeFixVerifier<SecretsAnalyzers.HardcodedSecrets.EXK104SigningKeyAnalyzer, SecretsAnalyzers.CodeFixes.HardcodedSecrets.EXK104SigningKeyCodeFix>;

namespace SecretsAnalyzers.Tests.HardcodedSecrets
{
    /// <summary>
    /// The lookup fixes never break the build around the rewritten secret: a const that other code uses as a constant
    /// is left alone, multi-declarator consts survive Fix All, a <c>u8</c> local stays a span, and a static field
    /// becomes a property read on use (a missing secret fails where it is read, not as a TypeInitializationException).
    /// </summary>
    public class SecretLookupSafetyCodeFixTests
    {
        private static Fix101.Test Test101(string before, string after, string key = "EXK101.Environment")
        {
            var test = new Fix101.Test { TestCode = before, FixedCode = after, CodeActionEquivalenceKey = key };
            foreach (var stub in ExchangeSdkStubs.All) test.AddStub(stub);
            return test;
        }

        [Theory]
        [InlineData("public const string Tagged = \"tag:\" + ApiSecret;")]
        [InlineData("[Description(Keys.ApiSecret)] public static void M() { }")]
        [InlineData("public static void M(string fallback = ApiSecret) { }")]
        [InlineData("public static int M(string s) { switch (s) { case ApiSecret: return 1; } return 0; }")]
        [InlineData("public static bool M(string s) => s is ApiSecret;")]
        [InlineData("public static int M(string s) => s switch { ApiSecret => 1, _ => 0 };")]
        public async Task No_fix_for_a_const_used_as_a_constant_in_another_file(string use)
        {
            var code = $$"""
                using CryptoExchange.Net.Authentication;

                public static partial class Keys
                {
                    public const string ApiSecret = {|EXK101:"{{Secret}}"|};
                    public static object Credentials(string key) => new HMACCredential(key, ApiSecret);
                }
                """;
            var other = "using System.ComponentModel;\n\npublic static partial class Keys\n{\n    " + use + "\n}\n";
            var test = Test101(code, code);
            test.TestState.Sources.Add(("/0/Uses.cs", other));
            test.FixedState.Sources.Add(("/0/Uses.cs", other));
            await test.RunAsync();
        }

        [Fact]
        public async Task A_const_used_only_as_a_value_elsewhere_is_still_rewritten()
        {
            const string other = """
                public static partial class Keys
                {
                    public static string Described => nameof(ApiSecret) + ApiSecret.Length;
                }
                """;
            var test = Test101($$"""
                using CryptoExchange.Net.Authentication;

                public static partial class Keys
                {
                    public const string ApiSecret = {|EXK101:"{{Secret}}"|};
                    public static object Credentials(string key) => new HMACCredential(key, ApiSecret);
                }
                """, """
                using System;
                using CryptoExchange.Net.Authentication;

                public static partial class Keys
                {
                    public static string ApiSecret => Environment.GetEnvironmentVariable("EXCHANGE_API_SECRET") ?? throw new InvalidOperationException("Environment variable 'EXCHANGE_API_SECRET' is not set.");
                    public static object Credentials(string key) => new HMACCredential(key, ApiSecret);
                }
                """);
            test.TestState.Sources.Add(("/0/Uses.cs", other));
            test.FixedState.Sources.Add(("/0/Uses.cs", other));
            await test.RunAsync();
        }

        [Fact]
        public Task Fix_all_rewrites_both_declarators_of_one_const() =>
            Test101($$"""
                using CryptoExchange.Net.Authentication;

                class Bot
                {
                    // both keys of the bot
                    private const string ApiKey = {|EXK101:"{{Key}}"|}, ApiSecret = {|EXK101:"{{Secret}}"|};

                    object Credentials() => new HMACCredential(ApiKey, ApiSecret);
                }
                """, """
                using System;
                using CryptoExchange.Net.Authentication;

                class Bot
                {
                    // both keys of the bot
                    private static readonly string ApiKey = Environment.GetEnvironmentVariable("EXCHANGE_API_KEY") ?? throw new InvalidOperationException("Environment variable 'EXCHANGE_API_KEY' is not set."), ApiSecret = Environment.GetEnvironmentVariable("EXCHANGE_API_SECRET") ?? throw new InvalidOperationException("Environment variable 'EXCHANGE_API_SECRET' is not set.");

                    object Credentials() => new HMACCredential(ApiKey, ApiSecret);
                }
                """).RunAsync();

        [Fact]
        public Task Static_readonly_field_of_a_static_class_becomes_a_property() =>
            new Fix102.Test
            {
                TestCode = $$"""
                    static class Secrets
                    {
                        /// <summary>The trading key.</summary>
                        public static readonly string ApiSecret = {|EXK102:"{{Secret}}"|};
                        public static string Symbol => "BTCUSDT";
                    }
                    """,
                FixedCode = """
                    using System;

                    static class Secrets
                    {
                        /// <summary>The trading key.</summary>
                        public static string ApiSecret => Environment.GetEnvironmentVariable("EXCHANGE_API_SECRET") ?? throw new InvalidOperationException("Environment variable 'EXCHANGE_API_SECRET' is not set.");
                        public static string Symbol => "BTCUSDT";
                    }
                    """,
                CodeActionEquivalenceKey = "EXK102.Environment",
            }.RunAsync();

        [Fact]
        public Task Static_readonly_field_assigned_by_a_static_constructor_stays_a_field() =>
            new Fix102.Test
            {
                TestCode = $$"""
                    class Secrets
                    {
                        public static readonly string ApiSecret = {|EXK102:"{{Secret}}"|};
                        static Secrets() { if (ApiSecret.Length == 0) ApiSecret = "x"; }
                    }
                    """,
                FixedCode = """
                    using System;

                    class Secrets
                    {
                        public static readonly string ApiSecret = Environment.GetEnvironmentVariable("EXCHANGE_API_SECRET") ?? throw new InvalidOperationException("Environment variable 'EXCHANGE_API_SECRET' is not set.");
                        static Secrets() { if (ApiSecret.Length == 0) ApiSecret = "x"; }
                    }
                    """,
                CodeActionEquivalenceKey = "EXK102.Environment",
            }.RunAsync();

        [Fact]
        public Task U8_local_stays_a_span() => new Fix104.Test
        {
            TestCode = $$"""
                using System.Security.Cryptography;

                class Signer
                {
                    byte[] Sign(byte[] message)
                    {
                        var key = [|"{{S.Binance64}}"u8|];
                        var head = key.Slice(0, 8);
                        return HMACSHA256.HashData(key, message);
                    }
                }
                """,
            FixedCode = """
                using System;
                using System.Security.Cryptography;
                using System.Text;

                class Signer
                {
                    byte[] Sign(byte[] message)
                    {
                        var key = new ReadOnlySpan<byte>(Encoding.UTF8.GetBytes(Environment.GetEnvironmentVariable("EXCHANGE_SIGNING_KEY") ?? throw new InvalidOperationException("Environment variable 'EXCHANGE_SIGNING_KEY' is not set.")));
                        var head = key.Slice(0, 8);
                        return HMACSHA256.HashData(key, message);
                    }
                }
                """,
            CodeActionEquivalenceKey = "EXK104.Environment",
            // EXK104 reports at the constant (the u8 literal) while analysing the call that uses the key: by design a
            // diagnostic outside the analysed operation, which the framework's locality check would reject.
            CodeFixTestBehaviors = Microsoft.CodeAnalysis.Testing.CodeFixTestBehaviors.SkipLocalDiagnosticCheck,
        }.RunAsync();

        // HttpHeaders.Add(string, string?) is annotated on net8.0 and not on netstandard2.0: a library's annotation
        // never decides the text (one text for every target framework), and a missing header value is caught.
        [Fact]
        public Task Header_value_from_a_lookup_gets_the_missing_value_check() =>
            Test101($$"""
                using System.Net.Http;

                class Client
                {
                    void Configure(HttpClient http) => http.DefaultRequestHeaders.Add("X-MBX-APIKEY", {|EXK101:"{{Key}}"|});
                }
                """, """
                using System;
                using System.Net.Http;

                class Client
                {
                    void Configure(HttpClient http) => http.DefaultRequestHeaders.Add("X-MBX-APIKEY", Environment.GetEnvironmentVariable("BINANCE_API_KEY") ?? throw new InvalidOperationException("Environment variable 'BINANCE_API_KEY' is not set."));
                }
                """).RunAsync();
    }
}
