using System.Threading.Tasks;
using SecretsAnalyzers.Tests.Stubs;
using static SecretsAnalyzers.Tests.HardcodedSecrets.HardcodedTestSecrets;
using Fix101 = SecretsAnalyzers.Tests.CSharpCodeFixVerifier<SecretsAnalyzers.HardcodedSecrets.EXK101HardcodedCredentialAnalyzer, SecretsAnalyzers.CodeFixes.HardcodedSecrets.EXK101HardcodedCredentialCodeFix>;

namespace SecretsAnalyzers.Tests.HardcodedSecrets
{
    /// <summary>
    /// Which lookup comes first (the one <c>dotnet format</c> applies): <c>secrets_analyzers.fix.lookup</c>, else the
    /// strategy the file already uses, else what is in scope (options with the member, IConfiguration, SecretClient).
    /// </summary>
    public class LookupChoiceCodeFixTests
    {
        private static Fix101.Test First(string before, string after, string key, string? editorConfig = null)
        {
            var test = new Fix101.Test { TestCode = before, FixedCode = after, CodeActionEquivalenceKey = key, CodeActionIndex = 0 };
            foreach (var stub in ExchangeSdkStubs.All) test.AddStub(stub);
            if (editorConfig is not null) test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n[*.cs]\n" + editorConfig));
            return test;
        }

        [Fact]
        public Task Options_with_the_matching_member_come_first() =>
            First($$"""
                using Binance.Net;
                using Microsoft.Extensions.Options;

                public sealed class BinanceOptions { public string? ApiSecret { get; set; } }

                class Bot(IOptions<BinanceOptions> options)
                {
                    object Credentials(string key) => new BinanceCredentials(key, {|EXK101:"{{Secret}}"|});
                }
                """, """
                using System;
                using Binance.Net;
                using Microsoft.Extensions.Options;

                public sealed class BinanceOptions { public string? ApiSecret { get; set; } }

                class Bot(IOptions<BinanceOptions> options)
                {
                    object Credentials(string key) => new BinanceCredentials(key, options.Value.ApiSecret ?? throw new InvalidOperationException("Options value 'ApiSecret' is missing."));
                }
                """, "EXK101.Options").RunAsync();

        [Fact]
        public Task The_lookup_option_picks_the_first_fix() =>
            First($$"""
                using Binance.Net;
                using Microsoft.Extensions.Configuration;

                class Bot(IConfiguration configuration)
                {
                    object Credentials(string key) => new BinanceCredentials(key, {|EXK101:"{{Secret}}"|});
                }
                """, """
                using System;
                using Binance.Net;
                using Microsoft.Extensions.Configuration;

                class Bot(IConfiguration configuration)
                {
                    object Credentials(string key) => new BinanceCredentials(key, Environment.GetEnvironmentVariable("BINANCE_API_SECRET") ?? throw new InvalidOperationException("Environment variable 'BINANCE_API_SECRET' is not set."));
                }
                """, "EXK101.Environment", "secrets_analyzers.fix.lookup = environment\n").RunAsync();

        [Fact]
        public Task Without_the_option_a_reachable_configuration_comes_first() =>
            First($$"""
                using Binance.Net;
                using Microsoft.Extensions.Configuration;

                class Bot(IConfiguration configuration)
                {
                    object Credentials(string key) => new BinanceCredentials(key, {|EXK101:"{{Secret}}"|});
                }
                """, """
                using System;
                using Binance.Net;
                using Microsoft.Extensions.Configuration;

                class Bot(IConfiguration configuration)
                {
                    object Credentials(string key) => new BinanceCredentials(key, configuration["Binance:ApiSecret"] ?? throw new InvalidOperationException("Configuration value 'Binance:ApiSecret' is missing."));
                }
                """, "EXK101.Configuration").RunAsync();

        [Fact]
        public Task The_strategy_the_file_already_uses_comes_first() =>
            First($$"""
                using System;
                using Binance.Net;
                using Microsoft.Extensions.Configuration;

                class Bot(IConfiguration configuration)
                {
                    string Key => Environment.GetEnvironmentVariable("BINANCE_API_KEY") ?? "";
                    object Credentials() => new BinanceCredentials(Key, {|EXK101:"{{Secret}}"|});
                }
                """, """
                using System;
                using Binance.Net;
                using Microsoft.Extensions.Configuration;

                class Bot(IConfiguration configuration)
                {
                    string Key => Environment.GetEnvironmentVariable("BINANCE_API_KEY") ?? "";
                    object Credentials() => new BinanceCredentials(Key, Environment.GetEnvironmentVariable("BINANCE_API_SECRET") ?? throw new InvalidOperationException("Environment variable 'BINANCE_API_SECRET' is not set."));
                }
                """, "EXK101.Environment").RunAsync();

        [Fact]
        public Task A_reachable_secret_client_comes_before_the_environment()
        {
            var test = First($$"""
                using Azure.Security.KeyVault.Secrets;
                using Binance.Net;

                class Bot(SecretClient secrets)
                {
                    object Credentials(string key) => new BinanceCredentials(key, {|EXK101:"{{Secret}}"|});
                }
                """, """
                using Azure.Security.KeyVault.Secrets;
                using Binance.Net;

                class Bot(SecretClient secrets)
                {
                    object Credentials(string key) => new BinanceCredentials(key, secrets.GetSecret("binance-api-secret").Value.Value);
                }
                """, "EXK101.KeyVault");
            return test.WithKeyVault().RunAsync();
        }
    }
}
