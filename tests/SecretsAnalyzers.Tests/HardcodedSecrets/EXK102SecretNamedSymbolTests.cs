using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using SecretsAnalyzers.Tests.Stubs;
using static SecretsAnalyzers.Tests.HardcodedSecrets.HardcodedTestSecrets;
using Verify = SecretsAnalyzers.Tests.CSharpAnalyzerVerifier<SecretsAnalyzers.HardcodedSecrets.EXK102SecretNamedSymbolAnalyzer>;

namespace SecretsAnalyzers.Tests.HardcodedSecrets
{
    public class EXK102SecretNamedSymbolTests
    {
        internal static Verify.Test Create(string members, string? editorConfig = null)
        {
            var test = new Verify.Test { TestCode = EXK101HardcodedCredentialTests.Usings + "class C\n{\n" + members + "\n}\n" };
            foreach (var stub in ExchangeSdkStubs.All) test.AddStub(stub);
            if (editorConfig is not null) test.WithEditorConfig(editorConfig);
            return test;
        }

        private static Task Run(string members) => Create(members).RunAsync();

        [Theory]
        [InlineData($$"""private const string ApiSecret = [|"{{Secret}}"|];""")]
        [InlineData($$"""private static readonly string BinanceApiKey = [|"{{Key}}"|];""")]
        [InlineData($$"""private readonly string _passphrase = [|"{{Pass}}"|];""")]
        [InlineData($$"""public string ApiSecret { get; set; } = [|"{{Secret}}"|];""")]
        [InlineData($$"""public static string ApiSecret => [|"{{Secret}}"|];""")]
        [InlineData($$"""void M() { var apiSecret = [|"{{Secret}}"|]; Console.WriteLine(apiSecret.Length); }""")]
        [InlineData($$"""void M() { string okxPassphrase; okxPassphrase = [|"{{Pass}}"|]; Console.WriteLine(okxPassphrase); }""")]
        [InlineData($$"""private string _apiSecret = ""; C() { _apiSecret = [|"{{Secret}}"|]; }""")]
        [InlineData($$"""void Connect(string apiSecret = [|"{{Secret}}"|]) { }""")]
        [InlineData($$"""void Connect(string exchange, string apiSecret) { } void M() => Connect("binance", apiSecret: [|"{{Secret}}"|]);""")]
        [InlineData($$"""void Connect(string exchange, string apiSecret) { } void M() => Connect("binance", [|"{{Secret}}"|]);""")]
        [InlineData($$"""record ExchangeSettings(string Exchange, string ApiKey, string ApiSecret); object M() => new ExchangeSettings("Binance", [|"{{Key}}"|], [|"{{Secret}}"|]);""")]
        [InlineData($$"""class Settings { public string ApiSecret { get; set; } = ""; public string Exchange { get; set; } = ""; } object M() => new Settings { Exchange = "Binance", ApiSecret = [|"{{Secret}}"|] };""")]
        [InlineData($$"""class Settings { public string ApiSecret = ""; } void M(Settings s) => s.ApiSecret = [|"{{Secret}}"|];""")]
        [InlineData($$"""object M() => new { Exchange = "Binance", ApiSecret = [|"{{Secret}}"|] };""")]
        [InlineData($$"""object M() => new Dictionary<string, string> { ["apiSecret"] = [|"{{Secret}}"|], ["exchange"] = "binance" };""")]
        [InlineData($$"""object M() => new Dictionary<string, string> { { "secret", [|"{{Secret}}"|] }, { "exchange", "kraken" } };""")]
        [InlineData($$"""void M(Dictionary<string, string> settings) { settings.Add("passphrase", [|"{{Pass}}"|]); settings["Binance:ApiSecret"] = [|"{{Secret}}"|]; }""")]
        [InlineData($$"""void M(Dictionary<string, string> headers) => headers.Add("OK-ACCESS-PASSPHRASE", [|"{{Pass}}"|]);""")]
        [InlineData($$"""private const string Connection = [|"Exchange=Binance;ApiKey={{Key}};ApiSecret={{Secret}};"|];""")]
        [InlineData($$"""private const string PrivateKeyPem = [|"{{Pem}}"|];""")]
        [InlineData($$"""void M() { var seedPhrase = [|"{{Mnemonic}}"|]; Console.WriteLine(seedPhrase); }""")]
        [InlineData($$"""private const string DbPassword = [|"{{Password}}"|];""")]
        [InlineData($$"""void M() { ReadOnlySpan<byte> signingKey = [|"{{Secret}}"u8|]; Console.WriteLine(signingKey.Length); }""")]
        [InlineData($$"""private static readonly byte[] HmacKey = Encoding.UTF8.GetBytes([|"{{Secret}}"|]);""")]
        [InlineData($$"""private const string ApiSecret = [|"FAKEh8oOOL8dKLzdocJ2" + "isAjIhKtJ0RlgLKOmxgJTeKd"|];""")]
        [InlineData($$"""private const string AccessToken = [|"{{Token}}"|];""")]
        [InlineData($$"""private const string ClientSecret = [|"{{Token}}"|];""")]
        [InlineData($$"""static string GetApiSecret() => [|"{{Secret}}"|];""")]
        [InlineData($$"""string LoadPassphrase() { return [|"{{Pass}}"|]; }""")]
        [InlineData($$"""private const string DeribitClientSecret = [|"{{Token}}"|]; private const string KucoinApiPass = [|"{{Pass}}"|];""")]
        public Task Reports_secret_in_secret_named_position(string members) => Run(members);

        [Fact]
        public Task Reports_named_attribute_argument_without_offering_a_fix() =>
            Run($$"""
                class ExchangeAttribute : Attribute { public string ApiSecret { get; set; } = ""; }
                [Exchange(ApiSecret = [|"{{Secret}}"|])] void M() { }
                """);

        [Fact]
        public Task Reports_switch_expression_result_assigned_to_secret_local() =>
            Run($$"""
                string M(bool live) { string apiSecret = live ? [|"{{Secret}}"|] : "none"; return apiSecret; }
                """);

        [Fact]
        public Task Message_names_the_symbol_and_length_only()
        {
            var test = Create($$"""private const string BinanceApiSecret = {|#0:"{{Secret}}"|};""");
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments("BinanceApiSecret", "44 characters"));
            return test.RunAsync();
        }

        [Fact]
        public Task Message_elides_a_dictionary_key_segment_that_is_a_credential()
        {
            var test = Create($$"""void M(Dictionary<string, string> settings) { settings["Binance:q7Rv2LmZp9WsXk4T:ApiSecret"] = {|#0:"{{Secret}}"|}; }""");
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments("Binance:<elided>:ApiSecret", "44 characters"));
            return test.RunAsync();
        }

        [Fact]
        public Task Reports_one_level_lower_in_test_projects()
        {
            var test = Create($$"""private const string ApiSecret = {|#0:"{{Secret}}"|};""");
            test.TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(FactAttribute).Assembly.Location));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithSeverity(DiagnosticSeverity.Info).WithArguments("ApiSecret", "44 characters"));
            return test.RunAsync();
        }

        [Fact]
        public Task User_secret_words_extend_the_rule() =>
            Create($$"""private const string TradingPin = [|"{{Pass}}"|];""", "secrets_analyzers.secret_words = trading_pin").RunAsync();

        [Fact]
        public Task Excluded_symbol_names_are_silent() =>
            Create($$"""private const string ApiSecret = "{{Secret}}";""", "secrets_analyzers.excluded_symbol_names = ApiSecret").RunAsync();

        [Fact]
        public Task Min_length_and_entropy_are_configurable() =>
            Create($$"""private const string ApiSecret = "{{Secret}}"; private const string Passphrase = [|"{{Pass}}"|]; private const string ClientSecret = [|"{{Token}}"|];""",
                "secrets_analyzers.EXK102.min_length = 20\nsecrets_analyzers.min_entropy = 4.6").RunAsync();

        [Theory]
        [InlineData("""private const string ApiKeyHeaderName = "X-MBX-APIKEY";""")]
        [InlineData("""public const string TwoFactorToken = "CB-2FA-Token"; public const string AuthTokenHeader = "X-Auth-Token-V2";""")]
        [InlineData("""private const string SecretName = "binance-secret";""")]
        [InlineData($$"""private const string WalletAddress = "{{WalletAddress}}";""")]
        [InlineData($$"""private const string ApiKeyId = "{{Key}}";""")]
        [InlineData($$"""private const string ApiKeyLabel = "{{Key}}";""")]
        [InlineData($$"""private const string OrderId = "{{Secret}}";""")]
        [InlineData("""void M() => Console.WriteLine("ApiSecret is missing: set BINANCE_API_SECRET");""")]
        [InlineData("""void M(Microsoft.Extensions.Logging.ILogger logger) => Microsoft.Extensions.Logging.LoggerExtensions.LogWarning(logger, "Using {SecretName}", "binance-api-secret");""")]
        [InlineData("""private const string ApiSecret = "fake-api-secret";""")]
        [InlineData("""private const string ApiSecret = "test_secret_123";""")]
        [InlineData("""private const string ApiSecret = "YOUR_API_SECRET";""")]
        [InlineData("""private const string ApiSecret = "<your-api-secret>";""")]
        [InlineData("""private const string ApiSecret = "${BINANCE_API_SECRET}";""")]
        [InlineData("""private const string ApiSecret = "";""")]
        [InlineData("""private const string ApiSecret = "1234567890abcdef";""")]
        [InlineData("""private const string ApiSecret = "Please put the api secret in the environment";""")]
        [InlineData("""string M(IConfiguration configuration) { var apiSecret = configuration["Binance:ApiSecret"]; return apiSecret!; }""")]
        [InlineData("""string M() { var apiSecret = Environment.GetEnvironmentVariable("BINANCE_API_SECRET"); return apiSecret!; }""")]
        [InlineData("""private const string ApiSecretEnvVar = "BINANCE_API_SECRET";""")]
        [InlineData("""private const string ApiSecretPath = "/etc/secrets/binance.json";""")]
        [InlineData("""private const string PasswordPolicy = "min12-upper1-digit1-symbol1";""")]
        [InlineData("""private const string TokenUrl = "https://login.coinbase.com/oauth2/token";""")]
        [InlineData($$"""private const string PublicKeyPem = "{{PublicPem}}";""")]
        [InlineData("""private const string ApiSecret = nameof(ApiSecret);""")]
        [InlineData($$"""
            /// <summary>Set ApiSecret = "{{Secret}}" in user secrets.</summary>
            private string? ApiSecret { get; set; }
            """)]
        [InlineData("""private const string Connection = "Exchange=Binance;ApiKey=<key>;ApiSecret={secret};";""")]
        [InlineData($$"""object M() => new Dictionary<string, string> { { "exchange", "{{Secret}}" } };""")]
        [InlineData("""private const string ApiSecret = "abc123";""")]
        [InlineData($$"""string ApiSecretHint() => "{{Secret}}";""")]
        [InlineData($$"""string GetOrderId() => "{{Secret}}";""")]
        [InlineData($$"""object M() => new HMACCredential(key: "{{Key}}", secret: "{{Secret}}");""")]
        [InlineData($$"""private const string ApiSecret = "{{Secret}}"; object M() => new HMACCredential("{{Key}}", ApiSecret);""")]
        [InlineData($$"""object M() { var apiSecret = "{{Secret}}"; return new BinanceCredentials("{{Key}}", apiSecret); }""")]
        [InlineData($$"""void M(HttpRequestMessage request) => request.Headers.Add("X-MBX-APIKEY", "{{Key}}");""")]
        [InlineData("""private const string ApiSecret = "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A";""")]
        public Task No_diagnostic_for_labels_placeholders_lookups_and_sink_literals(string members) => Run(members);

        [Fact]
        public Task No_diagnostic_for_key_vault_lookup()
        {
            var test = Create("""string M(Azure.Security.KeyVault.Secrets.SecretClient secretClient) { var apiSecret = secretClient.GetSecret("binance-api-secret").Value.Value; return apiSecret; }""");
            return test.WithKeyVault().RunAsync();
        }
    }
}
