using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using SecretsAnalyzers.HardcodedSecrets;
using SecretsAnalyzers.Tests.Stubs;
using static SecretsAnalyzers.Tests.HardcodedSecrets.HardcodedTestSecrets;
using Verify = SecretsAnalyzers.Tests.CSharpAnalyzerVerifier<SecretsAnalyzers.HardcodedSecrets.EXK101HardcodedCredentialAnalyzer>;

namespace SecretsAnalyzers.Tests.HardcodedSecrets
{
    public class EXK101HardcodedCredentialTests
    {
        internal const string Usings = """
            using System;
            using System.Collections.Generic;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Text;
            using System.Threading.Tasks;
            using Microsoft.Extensions.Configuration;
            using CryptoExchange.Net.Authentication;
            using Binance.Net;
            using Binance.Net.Clients;
            using Kucoin.Net;
            using ExchangeSharp;
            using Nethereum.Web3.Accounts;
            using Nethereum.Signer;
            using Nethereum.HdWallet;

            """;

        internal static Verify.Test Create(string members, string? editorConfig = null)
        {
            var test = new Verify.Test { TestCode = Usings + "class C\n{\n" + members + "\n}\n" };
            foreach (var stub in ExchangeSdkStubs.All) test.AddStub(stub);
            if (editorConfig is not null) test.WithEditorConfig(editorConfig);
            return test;
        }

        private static Task Run(string members) => Create(members).RunAsync();

        // ---------------- Positives ----------------

        [Theory]
        // CryptoExchange.Net: every credential constructor, static factory, builder and property.
        [InlineData($$"""object M() => new HMACCredential({|EXK101:"{{Key}}"|}, {|EXK101:"{{Secret}}"|});""")]
        [InlineData($$"""object M() => new HMACPassCredential({|EXK101:"{{Key}}"|}, {|EXK101:"{{Secret}}"|}, {|EXK101:"{{Pass}}"|});""")]
        [InlineData($$"""object M() => new ApiCredentials({|EXK101:"{{Key}}"|}, {|EXK101:"{{Secret}}"|});""")]
        [InlineData($$"""object M() => ApiCredentials.HmacCredentials({|EXK101:"{{Key}}"|}, {|EXK101:"{{Secret}}"|});""")]
        [InlineData($$"""object M() => ApiCredentials.RsaPemCredentials({|EXK101:"{{Key}}"|}, {|EXK101:"{{Pem}}"|});""")]
        [InlineData($$"""object M() => new BinanceCredentials({|EXK101:"{{Key}}"|}, {|EXK101:"{{Secret}}"|});""")]
        [InlineData($$"""object M() => new BinanceCredentials().WithHMAC({|EXK101:"{{Key}}"|}, {|EXK101:"{{Secret}}"|});""")]
        [InlineData($$"""object M() => new KucoinCredentials({|EXK101:"{{Key}}"|}, {|EXK101:"{{Secret}}"|}, {|EXK101:"{{Pass}}"|});""")]
        [InlineData($$"""object M() => new KucoinCredentials({|EXK101:"{{Key}}"|}, {|EXK101:"{{Secret}}"|}, {|EXK101:"789"|});""")]
        [InlineData("""object M(IConfiguration c) => new KucoinCredentials(c["Kucoin:Key"]!, c["Kucoin:Secret"]!, {|EXK101:"desk7"|});""")]
        [InlineData($$"""object M() => new BinanceRestClient(o => o.ApiCredentials = new BinanceCredentials({|EXK101:"{{Key}}"|}, {|EXK101:"{{Secret}}"|}));""")]
        [InlineData($$"""object M() => new HMACCredential { Key = {|EXK101:"{{Key}}"|}, Secret = {|EXK101:"{{Secret}}"|} };""")]
        [InlineData($$"""void M(BinanceClient client) => client.SetApiCredentials({|EXK101:"{{Key}}"|}, {|EXK101:"{{Secret}}"|});""")]
        [InlineData($$"""object M() => new HMACCredential(secret: {|EXK101:"{{Secret}}"|}, key: {|EXK101:"{{Key}}"|});""")]
        [InlineData($$"""object M() => new HMACCredential({|EXK101:"{{ShortClientId}}"|}, {|EXK101:"{{Secret}}"|});""")]
        // Through a const, a static readonly field, a local, a getter-only property, const-to-const, concatenation.
        [InlineData($$"""private const string ApiSecretValue = {|EXK101:"{{Secret}}"|}; object M() => new HMACCredential({|EXK101:"{{Key}}"|}, ApiSecretValue);""")]
        [InlineData($$"""private static readonly string Sec = {|EXK101:"{{Secret}}"|}; object M() => new HMACCredential({|EXK101:"{{Key}}"|}, Sec);""")]
        [InlineData($$"""object M() { var s = {|EXK101:"{{Secret}}"|}; var k = {|EXK101:"{{Key}}"|}; return new HMACCredential(k, s); }""")]
        [InlineData($$"""static string Sec => {|EXK101:"{{Secret}}"|}; object M() => new HMACCredential({|EXK101:"{{Key}}"|}, Sec);""")]
        [InlineData($$"""const string A = {|EXK101:"{{Secret}}"|}; const string B = A; object M() => new HMACCredential({|EXK101:"{{Key}}"|}, B);""")]
        [InlineData($$"""object M() => new HMACCredential({|EXK101:"{{Key}}"|}, {|EXK101:"FAKEh8oOOL8dKLzdocJ2" + "isAjIhKtJ0RlgLKOmxgJTeKd"|});""")]
        [InlineData($$"""const string Part = "FAKEh8oOOL8dKLzdoc"; object M() => new HMACCredential({|EXK101:"{{Key}}"|}, {|EXK101:$"{Part}J2isAjIhKtJ0RlgLKOmxgJTeKd"|});""")]
        // ExchangeSharp.
        [InlineData($$"""void M(ExchangeBinanceAPI api) => api.LoadAPIKeysUnsecure({|EXK101:"{{Key}}"|}, {|EXK101:"{{Secret}}"|});""")]
        [InlineData($$"""void M(ExchangeBinanceAPI api) { api.PrivateApiKey = {|EXK101:"{{Secret}}"|}.ToSecureString(); api.PublicApiKey = CryptoUtility.ToSecureString({|EXK101:"{{Key}}"|}); }""")]
        // ccxt: config dictionary, indexer initialiser, anonymous object, assigned property.
        [InlineData($$"""object M() => new ccxt.binance(new Dictionary<string, object> { { "apiKey", {|EXK101:"{{Key}}"|} }, { "secret", {|EXK101:"{{Secret}}"|} }, { "enableRateLimit", true } });""")]
        [InlineData($$"""object M() => new ccxt.okx(new Dictionary<string, object> { ["apiKey"] = {|EXK101:"{{Key}}"|}, ["password"] = {|EXK101:"{{Pass}}"|} });""")]
        [InlineData($$"""object M() => new ccxt.binance(new { apiKey = {|EXK101:"{{Key}}"|}, secret = {|EXK101:"{{Secret}}"|} });""")]
        [InlineData($$"""object M() => ccxt.Exchange.DynamicallyCreateInstance("kucoin", new Dictionary<string, object> { { "apiKey", {|EXK101:"{{Key}}"|} }, { "password", {|EXK101:"{{Pass}}"|} } });""")]
        [InlineData($$"""void M(ccxt.Exchange exchange) { exchange.secret = {|EXK101:"{{Secret}}"|}; exchange.uid = {|EXK101:"{{ShortClientId}}"|}; }""")]
        // Alpaca, Coinbase SDKs, Binance connector.
        [InlineData($$"""object M() => new Alpaca.Markets.SecretKey({|EXK101:"{{Key}}"|}, {|EXK101:"{{Secret}}"|});""")]
        [InlineData($$"""object M() => new Coinbase.AdvancedTrade.CoinbaseClient({|EXK101:"{{Key}}"|}, {|EXK101:"{{Pem}}"|});""")]
        [InlineData($$"""object M() => new Coinbase.Pro.CoinbaseProClient(new Coinbase.Pro.Config { ApiKey = {|EXK101:"{{Key}}"|}, Secret = {|EXK101:"{{Secret}}"|}, Passphrase = {|EXK101:"{{Pass}}"|}, ApiUrl = "https://api.exchange.coinbase.com" });""")]
        [InlineData($$"""object M() => new CoinbasePro.Network.Authentication.Authenticator({|EXK101:"{{Key}}"|}, {|EXK101:"{{Secret}}"|}, {|EXK101:"{{Pass}}"|});""")]
        [InlineData($$"""object M(HttpClient http) => new Binance.Spot.SpotAccountTrade(http, apiKey: {|EXK101:"{{Key}}"|}, apiSecret: {|EXK101:"{{Secret}}"|});""")]
        [InlineData($$"""object M() => new Binance.Common.BinanceHmac({|EXK101:"{{Secret}}"|});""")]
        [InlineData($$"""object M() => new Binance.Common.BinanceRsa({|EXK101:"{{Pem}}"|}, {|EXK101:"{{Password}}"|});""")]
        // Nethereum: hex key, bytes, mnemonic, keystore password.
        [InlineData($$"""object M() => new Account({|EXK101:"{{HexKey}}"|});""")]
        [InlineData($$"""object M() => new EthECKey({|EXK101:"{{HexKey}}"|});""")]
        [InlineData($$"""object M() => new Account(Encoding.UTF8.GetBytes({|EXK101:"{{Secret}}"|}));""")]
        [InlineData($$"""object M() => new Account(Convert.FromBase64String({|EXK101:"{{Base64}}"|}));""")]
        [InlineData($$"""object M() => new Wallet({|EXK101:"{{Mnemonic}}"|}, {|EXK101:"{{Password}}"|});""")]
        [InlineData($$"""object M(string json) => Account.LoadFromKeyStore(json, {|EXK101:"{{Password}}"|});""")]
        [InlineData($$"""object M() => new Nethereum.Web3.Accounts.Managed.ManagedAccount("{{WalletAddress}}", {|EXK101:"{{Password}}"|});""")]
        // Exchange authentication headers (catalog A2).
        [InlineData($$"""void M(HttpRequestMessage request) => request.Headers.Add("X-MBX-APIKEY", {|EXK101:"{{Key}}"|});""")]
        [InlineData($$"""void M(HttpClient http) { http.DefaultRequestHeaders.TryAddWithoutValidation("OK-ACCESS-KEY", {|EXK101:"{{Key}}"|}); http.DefaultRequestHeaders.Add("OK-ACCESS-PASSPHRASE", {|EXK101:"{{Pass}}"|}); }""")]
        [InlineData($$"""void M(HttpRequestHeaders headers) => headers.Add("KC-API-PASSPHRASE", {|EXK101:"{{Pass}}"|});""")]
        [InlineData($$"""void M(HttpClient http) => http.DefaultRequestHeaders.Add("Authorization", {|EXK101:"Bearer {{Token}}"|});""")]
        [InlineData($$"""void M(HttpClient http) => http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", {|EXK101:"{{Token}}"|});""")]
        [InlineData($$"""void M(System.Net.WebSockets.ClientWebSocket socket) => socket.Options.SetRequestHeader("APCA-API-SECRET-KEY", {|EXK101:"{{Secret}}"|});""")]
        [InlineData($$"""private const string Header = "X-MBX-APIKEY"; void M(HttpRequestMessage request) => request.Headers.Add(Header, {|EXK101:"{{Key}}"|});""")]
        public Task Reports_constant_reaching_a_credential_api(string members) => Run(members);

        [Theory]
        [InlineData($$"""object M(IConfiguration c) => new HMACCredential(c["Binance:ApiKey"] ?? {|EXK101:"{{Key}}"|}, c["Binance:ApiSecret"]!);""")]
        [InlineData($$"""object M(bool live, string key) => new HMACCredential(key, live ? {|EXK101:"{{Secret}}"|} : "none");""")]
        public Task Reports_constant_fallback_branches(string members) => Run(members);

        [Fact]
        public Task Message_names_the_sink_and_length_only()
        {
            var test = Create($$"""object M() => new HMACCredential({|#0:"{{Key}}"|}, {|#1:"{{Secret}}"|});""");
            test.ExpectedDiagnostics.Add(Verify.Diagnostic("EXK101").WithLocation(0).WithArguments("parameter 'key' of 'HMACCredential'", "32 characters"));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic("EXK101").WithLocation(1).WithArguments("parameter 'secret' of 'HMACCredential'", "44 characters"));
            return test.RunAsync();
        }

        [Fact]
        public Task Const_reaching_two_sinks_is_reported_once_on_its_literal() =>
            Run($$"""
                private const string SharedSecret = {|EXK101:"{{Secret}}"|};
                object A() => new HMACCredential({|EXK101:"{{Key}}"|}, SharedSecret);
                object B() => new BinanceCredentials({|EXK101:"{{Key}}"|}, SharedSecret);
                """);

        [Fact]
        public Task Const_declared_in_another_type_is_followed() =>
            Run($$"""
                object M() => new HMACCredential({|EXK101:"{{Key}}"|}, Keys.BinanceSecret);
                }
                static class Keys
                {
                    public const string BinanceSecret = {|EXK101:"{{Secret}}"|};
                """);

        [Fact]
        public Task Reports_user_api_from_editorconfig()
        {
            var test = Create($$"""
                object M() => new MyCorp.Exchange.Client().Login("trader", {|EXK101:"{{Secret}}"|});
                void S(MyCorp.Exchange.Signer signer) => signer.Sign({|EXK101:"{{Secret}}"u8|});
                }
                namespace MyCorp.Exchange
                {
                    public class Client { public object Login(string user, string token) => this; }
                    public class Signer { public void Sign(System.ReadOnlySpan<byte> secret) { } }
                """, "secrets_analyzers.EXK101.extra_credential_apis = MyCorp.Exchange.Client.Login, MyCorp.Exchange.Signer.Sign");
            return test.RunAsync();
        }

        [Fact]
        public Task Reports_one_level_lower_in_test_projects()
        {
            var test = Create($$"""object M() => new HMACCredential({|#0:"{{Key}}"|}, {|#1:"{{Secret}}"|});""");
            test.SolutionTransforms.Add((solution, projectId) => solution.WithProjectAssemblyName(projectId, "TradingBot.Tests"));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic("EXK101").WithLocation(0).WithSeverity(DiagnosticSeverity.Warning).WithArguments("parameter 'key' of 'HMACCredential'", "32 characters"));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic("EXK101").WithLocation(1).WithSeverity(DiagnosticSeverity.Warning).WithArguments("parameter 'secret' of 'HMACCredential'", "44 characters"));
            return test.RunAsync();
        }

        [Fact]
        public Task Reports_in_generated_code()
        {
            var test = Create("");
            test.TestState.Sources.Add(("/0/Settings.Designer.g.cs", Usings + $$"""
                // <auto-generated/>
                class Generated { object M() => new HMACCredential({|EXK101:"{{Key}}"|}, {|EXK101:"{{Secret}}"|}); }
                """));
            return test.RunAsync();
        }

        // ---------------- Symbols followed through the type's value index ----------------

        [Fact]
        public Task Reports_a_local_in_top_level_statements_at_its_literal()
        {
            var test = new Verify.Test { TestCode = Usings + $$"""
                var secret = {|EXK101:"{{Secret}}"|};
                var credential = new HMACCredential({|EXK101:"{{Key}}"|}, secret);
                """ };
            test.TestState.OutputKind = OutputKind.ConsoleApplication;
            foreach (var stub in ExchangeSdkStubs.All) test.AddStub(stub);
            return test.RunAsync();
        }

        [Fact]
        public Task Reports_an_outer_const_used_by_a_nested_type_once()
        {
            return Run($$"""
                private const string ApiSecretValue = {|EXK101:"{{Secret}}"|};
                class Inner { object M() => new HMACCredential({|EXK101:"{{Key}}"|}, ApiSecretValue); }
                """);
        }

        [Fact]
        public Task Reports_a_const_of_one_partial_declaration_used_in_another()
        {
            var test = new Verify.Test { TestCode = Usings + $$"""
                partial class C { private const string ApiSecretValue = {|EXK101:"{{Secret}}"|}; }
                """ };
            foreach (var stub in ExchangeSdkStubs.All) test.AddStub(stub);
            test.TestState.Sources.Add(("/0/Other.cs", Usings + $$"""
                partial class C { object M() => new HMACCredential({|EXK101:"{{Key}}"|}, ApiSecretValue); }
                """));
            return test.RunAsync();
        }

        [Fact]
        public Task Follows_a_local_into_a_readonly_field_set_in_the_constructor_and_used_by_another_member()
        {
            return Run($$"""
                private readonly string _secret;
                C() { var s = {|EXK101:"{{Secret}}"|}; _secret = s; }
                object M() => new HMACCredential({|EXK101:"{{Key}}"|}, _secret);
                """);
        }

        [Fact]
        public Task Stays_silent_when_the_local_is_written_again_after_its_literal()
        {
            return Run($$"""
                object M(string other) { var s = "{{Secret}}"; if (other.Length > 0) s = other; return new HMACCredential({|EXK101:"{{Key}}"|}, s); }
                """);
        }

        [Fact]
        public Task Stays_silent_when_a_conditional_chooses_between_the_literal_and_another_value()
        {
            return Run($$"""
                object M(bool live, string other) { var s = live ? "{{Secret}}" : other; return new HMACCredential({|EXK101:"{{Key}}"|}, s); }
                """);
        }

        // ---------------- Negatives ----------------

        [Theory]
        [InlineData("""object M() => new HMACCredential("123", "456");""")]
        [InlineData("""object M() => new HMACCredential("key", "secret");""")]
        [InlineData("""object M() => new HMACPassCredential("api-key", "api-secret", "passphrase");""")]
        [InlineData("""object M() => new KucoinCredentials("123", "456", "789");""")]
        [InlineData("""object M() => new KucoinCredentials("APIKEY", "APISECRET", "APIPASS");""")]
        [InlineData("""object M() => new HMACCredential("BINANCE_API_KEY", "BINANCE_API_SECRET");""")]
        [InlineData("""object M() => new HMACCredential("Binance:ApiKey", "Binance:ApiSecret");""")]
        [InlineData("""object M() => new HMACCredential("<your-api-key>", "YOUR_API_SECRET");""")]
        [InlineData("""object M() => new HMACCredential("xxxxxxxxxxxxxxxxxxxxxxxx", "************************");""")]
        [InlineData("""object M() => new HMACCredential("fake-api-key", "test_secret_123");""")]
        [InlineData("""object M() => new HMACCredential("", string.Empty);""")]
        [InlineData("""object M() => new HMACCredential("${BINANCE_API_KEY}", "%BINANCE_API_SECRET%");""")]
        [InlineData("""object M(IConfiguration configuration) => new HMACCredential(configuration["Binance:ApiKey"]!, configuration["Binance:ApiSecret"]!);""")]
        [InlineData("""object M() => new HMACCredential(Environment.GetEnvironmentVariable("BINANCE_API_KEY")!, Environment.GetEnvironmentVariable("BINANCE_API_SECRET")!);""")]
        [InlineData("""object M(string key, string secret) => new BinanceCredentials(key, secret);""")]
        [InlineData($$"""object M(IConfiguration c) { var s = "{{Secret}}"; s = c["Binance:ApiSecret"]!; return new HMACCredential(c["Binance:ApiKey"]!, s); }""")]
        [InlineData($$"""private static string _secret = "{{Secret}}"; object M(IConfiguration c) => new HMACCredential(c["k"]!, _secret);""")]
        [InlineData("""object M() => ApiCredentials.ReadFromFile("/etc/keys/binance.json");""")]
        [InlineData("""void M(ExchangeBinanceAPI api) => api.LoadAPIKeys("keys.bin");""")]
        [InlineData($$"""void M(HttpRequestMessage request) => request.Headers.Add("X-Request-Id", "{{Token}}");""")]
        [InlineData("""void M(HttpRequestMessage request, string apiKey) => request.Headers.Add("X-MBX-APIKEY", apiKey);""")]
        [InlineData("""void M(HttpClient http) => http.DefaultRequestHeaders.Add("Authorization", "Bearer {token}");""")]
        [InlineData($$"""object M() => new Nethereum.Web3.Accounts.Managed.ManagedAccount("{{WalletAddress}}", Environment.GetEnvironmentVariable("NODE_PASSWORD")!);""")]
        [InlineData($$"""object M() => new ccxt.binance(new Dictionary<string, object> { { "hostname", "api.binance.com" }, { "walletAddress", "{{WalletAddress}}" } });""")]
        [InlineData($$"""void M() => Console.WriteLine("{{Secret}}");""")]
        [InlineData($$"""object M() => new MyApp.HMACCredential("{{Key}}", "{{Secret}}"); } namespace MyApp { class HMACCredential { public HMACCredential(string a, string b) { } }""")]
        [InlineData($$"""object M() => new Binance.Common.BinanceRsa("{{PublicPem}}");""")]
        [InlineData("""object M() => new HMACCredential(nameof(Environment), nameof(Console));""")]
        [InlineData($$"""
            /// <example><code>new HMACCredential("{{Key}}", "{{Secret}}")</code></example>
            object M(string k, string s) => new HMACCredential(k, s);
            """)]
        [InlineData($$"""object M(string prefix) => new HMACCredential($"{prefix}{{Key}}", prefix + "{{Secret}}");""")]
        [InlineData("""object M() => new Wallet("please put your twelve words here in this string now ok", "");""")]
        [InlineData("""object M() => new Alpaca.Markets.SecretKey("PKxxxxxxxxxxxxxxxx", "PK-your-key-id");""")]
        public Task No_diagnostic_for_placeholders_lookups_and_non_sinks(string members) => Run(members);

        [Fact]
        public Task No_diagnostic_for_key_vault_lookup()
        {
            var test = Create("""object M(Azure.Security.KeyVault.Secrets.SecretClient client) => new HMACCredential(client.GetSecret("binance-api-key").Value.Value, client.GetSecret("binance-api-secret").Value.Value);""");
            return test.WithKeyVault().RunAsync();
        }

        [Fact]
        public Task Unrelated_user_api_is_not_a_sink_without_editorconfig() =>
            Create($$"""
                object M() => new MyCorp.Exchange.Client().Login("trader", "{{Secret}}");
                }
                namespace MyCorp.Exchange
                {
                    public class Client { public object Login(string user, string token) => this; }
                """).RunAsync();
    }
}
