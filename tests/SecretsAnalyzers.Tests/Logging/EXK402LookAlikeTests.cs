using System.Threading.Tasks;
using Verify = SecretsAnalyzers.Tests.CSharpAnalyzerVerifier<SecretsAnalyzers.Logging.EXK401SecretLoggingAnalyzer>;

namespace SecretsAnalyzers.Tests.Logging
{
    /// <summary>
    /// Exception-message look-alikes found in public connector code: a redaction that replaces the key, DeFi tokens
    /// (pool pairs, collateral and gas tokens), a broker's numeric instrument token, and JSON tokens read by helpers.
    /// </summary>
    public class EXK402LookAlikeTests
    {
        private const string Json = """

            public class JToken
            {
                public string Type { get; set; } = "";
                public T Value<T>() => default!;
                public override string ToString() => "";
            }

            public static class JsonReading
            {
                public static JToken GetToken(this object value, params string[] names) => new JToken();

                public static string GetText(this object value, params string[] names)
                {
                    var token = value.GetToken(names);
                    return token.Type == "s" ? token.Value<string>().Trim() : token.ToString().Trim('"', ' ');
                }

                public static string CancelError(JToken statusToken) => statusToken.Type == "o" ? null : statusToken.ToString();
            }

            """;

        private static Task Run(string body, string extraParameters = "") =>
            new Verify.Test { TestCode = LoggingTestCode.Method(body, extraParameters) + Json }.RunAsync();

        [Theory]
        [InlineData("""var error = new Exception("boom"); throw new IOException(error.Message.Replace(apiSecret, "***").Replace(passphrase, "***"));""")]
        [InlineData("""throw new InvalidOperationException($"No pool exists for {tokenA}/{tokenB} with fee 500.");""")]
        [InlineData("""throw new InvalidOperationException($"Unknown collateral {collateralToken}, gas {gasPaymentToken}, index {indexToken}.");""")]
        [InlineData("""if (!long.TryParse(token, out var numeric)) throw new FormatException($"Broker token '{token}' is not numeric.");""")]
        [InlineData("""var error = configuration.GetText("Error", "error"); throw new InvalidOperationException($"WebSocket error: {error}");""")]
        [InlineData("""var error = JsonReading.CancelError(new JToken()); throw new InvalidOperationException(error + " (transaction 1)");""")]
        public Task No_diagnostic(string body) =>
            Run(body, ", string tokenA, string tokenB, string collateralToken, string gasPaymentToken, string indexToken, string token");

        [Theory]
        [InlineData("""throw new IOException({|EXK402:apiSecret.Replace("\n", "")|});""")]
        [InlineData("""throw new InvalidOperationException($"Bad token {{|EXK402:token|}}");""")]
        public Task Still_reports_the_secret_itself(string body) => Run(body, ", string token");
    }
}
