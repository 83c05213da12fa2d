using System.Threading.Tasks;
using SecretsAnalyzers.Tests.Stubs;
using static SecretsAnalyzers.Tests.HardcodedSecrets.HardcodedTestSecrets;
using Fix101 = SecretsAnalyzers.Tests.CSharpCodeFixVerifier<SecretsAnalyzers.HardcodedSecrets.EXK101HardcodedCredentialAnalyzer, SecretsAnalyzers.CodeFixes.HardcodedSecrets.EXK101HardcodedCredentialCodeFix>;
using Fix102 = SecretsAnalyzers.Tests.CSharpCodeFixVerifier<SecretsAnalyzers.HardcodedSecrets.EXK102SecretNamedSymbolAnalyzer, SecretsAnalyzers.CodeFixes.HardcodedSecrets.EXK102SecretNamedSymbolCodeFix>;

namespace SecretsAnalyzers.Tests.HardcodedSecrets
{
    /// <summary>Before/after of every lookup fix; the framework compiles each fixed document and fails on any error.</summary>
    public class HardcodedSecretCodeFixTests
    {
        private static Fix101.Test Test101(string before, string after, string key, string? batch = null)
        {
            var test = new Fix101.Test { TestCode = before, FixedCode = after, CodeActionEquivalenceKey = key };
            if (batch is not null) test.BatchFixedCode = batch;
            foreach (var stub in ExchangeSdkStubs.All) test.AddStub(stub);
            return test;
        }

        private static Fix102.Test Test102(string before, string after, string key)
        {
            var test = new Fix102.Test { TestCode = before, FixedCode = after, CodeActionEquivalenceKey = key };
            foreach (var stub in ExchangeSdkStubs.All) test.AddStub(stub);
            return test;
        }

        // ---------------- EXK101 ----------------

        [Fact]
        public Task Environment_fix_replaces_the_literal_and_throws_when_missing() =>
            Test101($$"""
                using System;
                using CryptoExchange.Net.Authentication;

                class BinanceTrader
                {
                    object Credentials(string key) => new HMACCredential(key, {|EXK101:"{{Secret}}"|});
                }
                """, """
                using System;
                using CryptoExchange.Net.Authentication;

                class BinanceTrader
                {
                    object Credentials(string key) => new HMACCredential(key, Environment.GetEnvironmentVariable("BINANCE_API_SECRET") ?? throw new InvalidOperationException("Environment variable 'BINANCE_API_SECRET' is not set."));
                }
                """, "EXK101.Environment").RunAsync();

        [Fact]
        public Task Environment_fix_adds_the_using() =>
            Test101($$"""
                using Binance.Net;

                class Bot
                {
                    object Credentials(string key) => new BinanceCredentials(key, {|EXK101:"{{Secret}}"|});
                }
                """, """
                using System;
                using Binance.Net;

                class Bot
                {
                    object Credentials(string key) => new BinanceCredentials(key, Environment.GetEnvironmentVariable("BINANCE_API_SECRET") ?? throw new InvalidOperationException("Environment variable 'BINANCE_API_SECRET' is not set."));
                }
                """, "EXK101.Environment").RunAsync();

        [Fact]
        public Task Configuration_fix_uses_the_injected_configuration() =>
            Test101($$"""
                using Binance.Net;
                using Microsoft.Extensions.Configuration;

                class Bot
                {
                    private readonly IConfiguration _configuration;

                    public Bot(IConfiguration configuration) => _configuration = configuration;

                    object Credentials(string key) => new BinanceCredentials(key, {|EXK101:"{{Secret}}"|});
                }
                """, """
                using System;
                using Binance.Net;
                using Microsoft.Extensions.Configuration;

                class Bot
                {
                    private readonly IConfiguration _configuration;

                    public Bot(IConfiguration configuration) => _configuration = configuration;

                    object Credentials(string key) => new BinanceCredentials(key, _configuration["Binance:ApiSecret"] ?? throw new InvalidOperationException("Configuration value 'Binance:ApiSecret' is missing."));
                }
                """, "EXK101.Configuration").RunAsync();

        [Fact]
        public Task Configuration_section_comes_from_editorconfig()
        {
            var test = Test101($$"""
                using System;
                using Kucoin.Net;
                using Microsoft.Extensions.Configuration;

                class Bot
                {
                    object Credentials(IConfiguration configuration, string key, string secret) => new KucoinCredentials(key, secret, {|EXK101:"{{Pass}}"|});
                }
                """, """
                using System;
                using Kucoin.Net;
                using Microsoft.Extensions.Configuration;

                class Bot
                {
                    object Credentials(IConfiguration configuration, string key, string secret) => new KucoinCredentials(key, secret, configuration["Exchanges:Kucoin:Passphrase"] ?? throw new InvalidOperationException("Configuration value 'Exchanges:Kucoin:Passphrase' is missing."));
                }
                """, "EXK101.Configuration");
            return test.WithEditorConfig("secrets_analyzers.fix.configuration_section = Exchanges").RunAsync();
        }

        [Fact]
        public Task Configuration_fix_is_not_offered_without_a_reachable_configuration()
        {
            var code = $$"""
                using Binance.Net;

                class Bot
                {
                    object Credentials(string key) => new BinanceCredentials(key, {|EXK101:"{{Secret}}"|});
                }
                """;
            return Test101(code, code, "EXK101.Configuration").RunAsync();
        }

        [Fact]
        public Task Configuration_fix_is_not_offered_from_a_static_member_to_an_instance_field()
        {
            var code = $$"""
                using Binance.Net;
                using Microsoft.Extensions.Configuration;

                class Bot
                {
                    private readonly IConfiguration? _configuration;

                    static object Credentials(string key) => new BinanceCredentials(key, {|EXK101:"{{Secret}}"|});
                }
                """;
            return Test101(code, code, "EXK101.Configuration").RunAsync();
        }

        [Fact]
        public Task Key_vault_fix_reads_the_secret_synchronously()
        {
            var test = Test101($$"""
                using Azure.Security.KeyVault.Secrets;
                using Binance.Net;

                class Bot
                {
                    private readonly SecretClient _secretClient;

                    public Bot(SecretClient secretClient) => _secretClient = secretClient;

                    object Credentials(string key) => new BinanceCredentials(key, {|EXK101:"{{Secret}}"|});
                }
                """, """
                using Azure.Security.KeyVault.Secrets;
                using Binance.Net;

                class Bot
                {
                    private readonly SecretClient _secretClient;

                    public Bot(SecretClient secretClient) => _secretClient = secretClient;

                    object Credentials(string key) => new BinanceCredentials(key, _secretClient.GetSecret("binance-api-secret").Value.Value);
                }
                """, "EXK101.KeyVault");
            return test.WithKeyVault().RunAsync();
        }

        [Fact]
        public Task Key_vault_fix_awaits_inside_async_methods()
        {
            var test = Test101($$"""
                using System.Threading.Tasks;
                using Azure.Security.KeyVault.Secrets;
                using Binance.Net;

                class Bot
                {
                    async Task<object> CredentialsAsync(SecretClient secrets, string key)
                    {
                        await Task.Yield();
                        return new BinanceCredentials(key, {|EXK101:"{{Secret}}"|});
                    }
                }
                """, """
                using System.Threading.Tasks;
                using Azure.Security.KeyVault.Secrets;
                using Binance.Net;

                class Bot
                {
                    async Task<object> CredentialsAsync(SecretClient secrets, string key)
                    {
                        await Task.Yield();
                        return new BinanceCredentials(key, (await secrets.GetSecretAsync("binance-api-secret")).Value.Value);
                    }
                }
                """, "EXK101.KeyVault");
            return test.WithKeyVault().RunAsync();
        }

        [Fact]
        public Task Const_becomes_a_static_property_read_on_use() =>
            Test101($$"""
                using System;
                using Binance.Net;

                class Bot
                {
                    private const string ApiSecret = {|EXK101:"{{Secret}}"|};

                    object Credentials(string key) => new BinanceCredentials(key, ApiSecret);
                }
                """, """
                using System;
                using Binance.Net;

                class Bot
                {
                    private static string ApiSecret => Environment.GetEnvironmentVariable("BINANCE_API_SECRET") ?? throw new InvalidOperationException("Environment variable 'BINANCE_API_SECRET' is not set.");

                    object Credentials(string key) => new BinanceCredentials(key, ApiSecret);
                }
                """, "EXK101.Environment").RunAsync();

        [Fact]
        public Task No_fix_for_a_const_used_in_a_constant_position()
        {
            var code = $$"""
                using Binance.Net;

                class Bot
                {
                    private const string ApiSecret = {|EXK101:"{{Secret}}"|};

                    object Credentials(string key) => new BinanceCredentials(key, ApiSecret);

                    bool IsDefault(string s) => s switch { ApiSecret => true, _ => false };
                }
                """;
            return Test101(code, code, "EXK101.Environment").RunAsync();
        }

        [Fact]
        public Task Secure_string_receiver_is_parenthesised() =>
            Test101($$"""
                using System;
                using ExchangeSharp;

                class Bot
                {
                    void Configure(ExchangeBinanceAPI api) => api.PrivateApiKey = {|EXK101:"{{Secret}}"|}.ToSecureString();
                }
                """, """
                using System;
                using ExchangeSharp;

                class Bot
                {
                    void Configure(ExchangeBinanceAPI api) => api.PrivateApiKey = (Environment.GetEnvironmentVariable("BINANCE_API_SECRET") ?? throw new InvalidOperationException("Environment variable 'BINANCE_API_SECRET' is not set.")).ToSecureString();
                }
                """, "EXK101.Environment").RunAsync();

        [Fact]
        public Task Utf8_literal_becomes_encoded_bytes()
        {
            var test = Test101($$"""
                using System;

                class Bot
                {
                    void Sign(MyCorp.Signer signer) => signer.Sign({|EXK101:"{{Secret}}"u8|});
                }

                namespace MyCorp
                {
                    public class Signer { public void Sign(ReadOnlySpan<byte> secret) { } }
                }
                """, """
                using System;
                using System.Text;

                class Bot
                {
                    void Sign(MyCorp.Signer signer) => signer.Sign(Encoding.UTF8.GetBytes(Environment.GetEnvironmentVariable("EXCHANGE_API_SECRET") ?? throw new InvalidOperationException("Environment variable 'EXCHANGE_API_SECRET' is not set.")));
                }

                namespace MyCorp
                {
                    public class Signer { public void Sign(ReadOnlySpan<byte> secret) { } }
                }
                """, "EXK101.Environment");
            return test.WithEditorConfig("secrets_analyzers.EXK101.extra_credential_apis = MyCorp.Signer.Sign").RunAsync();
        }

        [Fact]
        public Task Nullable_target_gets_no_throw() =>
            Test101($$"""
                #nullable enable
                using CryptoExchange.Net.Authentication;

                class OkxBot
                {
                    object Credentials(string key, string secret) => new ApiCredentials(key, secret, {|EXK101:"{{Pass}}"|});
                }
                """, """
                #nullable enable
                using System;
                using CryptoExchange.Net.Authentication;

                class OkxBot
                {
                    object Credentials(string key, string secret) => new ApiCredentials(key, secret, Environment.GetEnvironmentVariable("OKX_PASSPHRASE"));
                }
                """, "EXK101.Environment").RunAsync();

        [Fact]
        public Task Fix_all_rewrites_every_credential_of_the_document() =>
            Test101($$"""
                using System;
                using CryptoExchange.Net.Authentication;

                class BybitBot
                {
                    private const string ApiSecret = {|EXK101:"{{Secret}}"|};

                    object Credentials() => new HMACCredential({|EXK101:"{{Key}}"|}, ApiSecret);
                }
                """, """
                using System;
                using CryptoExchange.Net.Authentication;

                class BybitBot
                {
                    private static string ApiSecret => Environment.GetEnvironmentVariable("BYBIT_API_SECRET") ?? throw new InvalidOperationException("Environment variable 'BYBIT_API_SECRET' is not set.");

                    object Credentials() => new HMACCredential(Environment.GetEnvironmentVariable("BYBIT_API_KEY") ?? throw new InvalidOperationException("Environment variable 'BYBIT_API_KEY' is not set."), ApiSecret);
                }
                """, "EXK101.Environment").RunAsync();

        [Fact]
        public Task No_fix_for_a_public_example_key()
        {
            var code = """
                using Binance.Net;

                class Bot
                {
                    object Credentials(string key) => new BinanceCredentials(key, {|EXK107:"NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j"|});
                }
                """;
            return Test101(code, code, "EXK101.Environment").RunAsync();
        }

        // ---------------- EXK102 ----------------

        [Fact]
        public Task EXK102_configuration_fix_uses_a_primary_constructor_parameter() =>
            Test102($$"""
                using System;
                using Microsoft.Extensions.Configuration;

                class BinanceSettings(IConfiguration configuration)
                {
                    public string ApiSecret { get; } = {|EXK102:"{{Secret}}"|};
                }
                """, """
                using System;
                using Microsoft.Extensions.Configuration;

                class BinanceSettings(IConfiguration configuration)
                {
                    public string ApiSecret { get; } = configuration["Binance:ApiSecret"] ?? throw new InvalidOperationException("Configuration value 'Binance:ApiSecret' is missing.");
                }
                """, "EXK102.Configuration").RunAsync();

        [Fact]
        public Task EXK102_environment_fix_on_a_local_const() =>
            Test102($$"""
                using System;

                class Bot
                {
                    int Length()
                    {
                        const string krakenApiSecret = {|EXK102:"{{Secret}}"|};
                        return krakenApiSecret.Length;
                    }
                }
                """, """
                using System;

                class Bot
                {
                    int Length()
                    {
                        string krakenApiSecret = Environment.GetEnvironmentVariable("KRAKEN_API_SECRET") ?? throw new InvalidOperationException("Environment variable 'KRAKEN_API_SECRET' is not set.");
                        return krakenApiSecret.Length;
                    }
                }
                """, "EXK102.Environment").RunAsync();

        [Fact]
        public Task EXK102_key_vault_fix_in_an_object_initializer()
        {
            var test = Test102($$"""
                using Azure.Security.KeyVault.Secrets;

                class Settings { public string Passphrase { get; set; } = ""; }

                class OkxSetup
                {
                    Settings Create(SecretClient client) => new Settings { Passphrase = {|EXK102:"{{Pass}}"|} };
                }
                """, """
                using Azure.Security.KeyVault.Secrets;

                class Settings { public string Passphrase { get; set; } = ""; }

                class OkxSetup
                {
                    Settings Create(SecretClient client) => new Settings { Passphrase = client.GetSecret("okx-passphrase").Value.Value };
                }
                """, "EXK102.KeyVault");
            return test.WithKeyVault().RunAsync();
        }

        [Fact]
        public Task EXK102_no_fix_for_a_parameter_default()
        {
            var code = $$"""
                class Bot
                {
                    void Connect(string apiSecret = {|EXK102:"{{Secret}}"|}) { }
                }
                """;
            return Test102(code, code, "EXK102.Environment").RunAsync();
        }

        [Fact]
        public Task EXK102_no_fix_for_a_connection_string()
        {
            var code = $$"""
                class Bot
                {
                    private const string Connection = {|EXK102:"Exchange=Binance;ApiKey={{Key}};ApiSecret={{Secret}};"|};
                }
                """;
            return Test102(code, code, "EXK102.Environment").RunAsync();
        }

        [Fact]
        public Task EXK102_fix_all_in_document()
        {
            var test = Test102($$"""
                using System;

                static class GateIoKeys
                {
                    public static readonly string ApiKey = {|EXK102:"{{Key}}"|};
                    public static readonly string ApiSecret = {|EXK102:"{{Secret}}"|};
                }
                """, """
                using System;

                static class GateIoKeys
                {
                    public static string ApiKey => Environment.GetEnvironmentVariable("GATE_IO_API_KEY") ?? throw new InvalidOperationException("Environment variable 'GATE_IO_API_KEY' is not set.");
                    public static string ApiSecret => Environment.GetEnvironmentVariable("GATE_IO_API_SECRET") ?? throw new InvalidOperationException("Environment variable 'GATE_IO_API_SECRET' is not set.");
                }
                """, "EXK102.Environment");
            return test.RunAsync();
        }
    }
}
