using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SecretsAnalyzers.Tests.Stubs;
using static SecretsAnalyzers.Tests.HardcodedSecrets.HardcodedTestSecrets;
using Verify = SecretsAnalyzers.Tests.CSharpAnalyzerVerifier<SecretsAnalyzers.HardcodedSecrets.EXK102SecretNamedSymbolAnalyzer>;

namespace SecretsAnalyzers.Tests.HardcodedSecrets
{
    /// <summary>
    /// The position matrix of issue 10 for EXK102: a hard-coded secret in a secret-named slot is found in every position a
    /// value can take, and the same position holding a placeholder, a configuration lookup or a label stays silent.
    /// </summary>
    public class EXK102PositionTests
    {
        private static Task Run(string members) => EXK102SecretNamedSymbolTests.Create(members).RunAsync();

        [Theory]
        // Initialisers and assignments; += ; accessor bodies; returns of named members; local functions.
        [InlineData($$"""private string _apiSecret = ""; void M() { _apiSecret += [|"{{Secret}}"|]; }""")]
        [InlineData($$"""private string _apiSecret = ""; public string ApiSecret { get => _apiSecret; set => _apiSecret = [|"{{Secret}}"|]; }""")]
        [InlineData($$"""public string ApiSecret { get { return [|"{{Secret}}"|]; } }""")]
        [InlineData($$"""void M() { string GetApiSecret() => [|"{{Secret}}"|]; Console.WriteLine(GetApiSecret()); }""")]
        [InlineData($$"""void M() { static string LoadPassphrase() { return [|"{{Pass}}"|]; } Console.WriteLine(LoadPassphrase()); }""")]
        // Parameter defaults: method, constructor, primary constructor, record, lambda.
        [InlineData($$"""C(string apiSecret = [|"{{Secret}}"|]) { }""")]
        [InlineData($$"""class Client(string apiKey, string apiSecret = [|"{{Secret}}"|]) { public string Key => apiKey + apiSecret; }""")]
        [InlineData($$"""record ExchangeCredentials(string ApiKey, string ApiSecret = [|"{{Secret}}"|]);""")]
        [InlineData($$"""void M() { var sign = (string payload, string apiSecret = [|"{{Secret}}"|]) => payload + apiSecret; Console.WriteLine(sign("x")); }""")]
        // Named and positional arguments of calls, constructors and records.
        [InlineData($$"""record ExchangeCredentials(string ApiKey, string ApiSecret); object M() => new ExchangeCredentials(ApiKey: "public-key-id", ApiSecret: [|"{{Secret}}"|]);""")]
        [InlineData($$"""class Creds { public Creds(string key, string passphrase) { } } object M() => new Creds("public-key-id", [|"{{Pass}}"|]);""")]
        // Object, anonymous-object and with initialisers.
        [InlineData($$"""record Settings(string Exchange) { public string ApiSecret { get; init; } = ""; } object M(Settings s) => s with { ApiSecret = [|"{{Secret}}"|] };""")]
        // Collection initialisers, collection expressions and array elements under a secret name.
        [InlineData($$"""private static readonly string[] ApiSecrets = { [|"{{Secret}}"|] };""")]
        [InlineData($$"""private static readonly string[] ApiSecrets = [[|"{{Secret}}"|]];""")]
        [InlineData($$"""private static readonly List<string> ApiSecrets = new() { [|"{{Secret}}"|] };""")]
        // Dictionary entries in every form.
        [InlineData($$"""object M() => new KeyValuePair<string, string>("apiSecret", [|"{{Secret}}"|]);""")]
        [InlineData($$"""object M() => KeyValuePair.Create("passphrase", [|"{{Pass}}"|]);""")]
        [InlineData($$"""object M() => new Dictionary<string, object> { ["binance"] = new Dictionary<string, string> { ["secret"] = [|"{{Secret}}"|] } };""")]
        [InlineData($$"""object M() => new Dictionary<string, (string Key, string Secret)> { ["binance"] = ("public-key-id", [|"{{Secret}}"|]) };""")]
        // Tuple elements, named.
        [InlineData($$"""(string ApiKey, string ApiSecret) M() => ("public-key-id", [|"{{Secret}}"|]);""")]
        [InlineData($$"""object M() => (ApiKey: "public-key-id", ApiSecret: [|"{{Secret}}"|]);""")]
        [InlineData($$"""void M() { var (apiKey, apiSecret) = ("public-key-id", [|"{{Secret}}"|]); Console.WriteLine(apiKey + apiSecret); }""")]
        // Comparisons with a constant: a hard-coded webhook passphrase check is a hard-coded secret.
        [InlineData($$"""bool M(string webhookPassphrase) => webhookPassphrase == [|"{{Pass}}"|];""")]
        [InlineData($$"""bool M(string webhookSecret) => string.Equals(webhookSecret, [|"{{Secret}}"|], StringComparison.Ordinal);""")]
        [InlineData($$"""bool M(string webhookSecret) => webhookSecret.Equals([|"{{Secret}}"|]);""")]
        [InlineData($$"""bool M(string passphrase) => passphrase is [|"{{Pass}}"|];""")]
        [InlineData($$"""bool M(string passphrase) { switch (passphrase) { case [|"{{Pass}}"|]: return true; default: return false; } }""")]
        [InlineData($$"""bool M(string webhookSecret) => System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(webhookSecret), Encoding.UTF8.GetBytes([|"{{Secret}}"|]));""")]
        public Task Reports_every_position(string members) => Run(members);

        [Theory]
        [InlineData($$"""private string _apiSecret = ""; void M(IConfiguration config) { _apiSecret += config["Binance:ApiSecret"]; }""")]
        [InlineData("""private string _apiSecret = ""; public string ApiSecret { get => _apiSecret; set => _apiSecret = "<your-api-secret>"; }""")]
        [InlineData("""void M() { string GetApiSecret() => Environment.GetEnvironmentVariable("BINANCE_API_SECRET") ?? ""; Console.WriteLine(GetApiSecret()); }""")]
        [InlineData("""C(string apiSecret = "") { }""")]
        [InlineData("""class Client(string apiKey, string apiSecret = "YOUR_API_SECRET") { public string Key => apiKey + apiSecret; }""")]
        [InlineData("""record ExchangeCredentials(string ApiKey, string ApiSecretName = "Binance:ApiSecret");""")]
        [InlineData("""void M() { var sign = (string payload, string apiSecretHeader = "X-MBX-APIKEY") => payload + apiSecretHeader; Console.WriteLine(sign("x")); }""")]
        [InlineData("""record Settings(string Exchange) { public string ApiSecretPath { get; init; } = ""; } object M(Settings s) => s with { ApiSecretPath = "secrets/binance.json" };""")]
        [InlineData("""private static readonly string[] ApiSecretNames = ["Binance:ApiSecret", "Kraken:ApiSecret"];""")]
        [InlineData("""object M() => new KeyValuePair<string, string>("apiSecret", "${BINANCE_API_SECRET}");""")]
        [InlineData("""object M() => (ApiKey: "public-key-id", ApiSecret: "changeme");""")]
        [InlineData("""bool M(string webhookPassphrase) => webhookPassphrase == "";""")]
        [InlineData("""bool M(string passphrase) => passphrase is null or "";""")]
        [InlineData("""bool M(string tokenType) => tokenType == "Bearer";""")]
        [InlineData("""bool M(string authScheme) { switch (authScheme) { case "HMAC-SHA256": return true; default: return false; } }""")]
        public Task Stays_silent_on_look_alikes_in_the_same_positions(string members) => Run(members);

        [Fact]
        public Task Reports_in_top_level_statements()
        {
            var test = new Verify.Test
            {
                TestCode = $$"""
                    using System;
                    var apiSecret = [|"{{Secret}}"|];
                    Console.WriteLine(apiSecret.Length);
                    """,
            };
            test.TestState.OutputKind = OutputKind.ConsoleApplication;
            return test.RunAsync();
        }
    }
}
