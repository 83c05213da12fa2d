using System.Threading.Tasks;
using Verify = SecretsAnalyzers.Tests.CSharpAnalyzerVerifier<SecretsAnalyzers.Logging.EXK401SecretLoggingAnalyzer>;

namespace SecretsAnalyzers.Tests.Logging
{
    public class EXK402SecretInExceptionTests
    {
        private const string CustomException = """
                private sealed class ExchangeAuthException : Exception
                {
                    public ExchangeAuthException(string message) : base(message) { }
                }

            """;

        private static Task Run(string body) =>
            new Verify.Test { TestCode = LoggingTestCode.Method(body, extraMembers: CustomException) }.RunAsync();

        [Theory]
        [InlineData("""throw new InvalidOperationException($"Bad key {{|EXK402:apiSecret|}}");""")]
        [InlineData("""throw new Exception("Key " + {|EXK402:apiSecret|});""")]
        [InlineData("""throw new ArgumentException({|EXK402:apiSecret|}, nameof(apiSecret));""")]
        [InlineData("""throw new HttpRequestException(string.Format("k {0}", {|EXK402:passphrase|}));""")]
        [InlineData("""var ex = new Exception("x"); ex.Data["key"] = {|EXK402:apiSecret|}; throw ex;""")]
        [InlineData("""var ex = new Exception("x"); ex.Data.Add("key", {|EXK402:options.Value.ApiSecret|}); throw ex;""")]
        [InlineData("""var msg = $"secret {apiSecret}"; throw new InvalidOperationException({|EXK402:msg|});""")]
        [InlineData("""throw new InvalidOperationException($"Bad {{|EXK402:configuration["Binance:ApiSecret"]|}}");""")]
        [InlineData("""throw new SecurityException($"{{|EXK402:Environment.GetEnvironmentVariable("OKX_PASSPHRASE")|}} rejected");""")]
        [InlineData("""throw new InvalidOperationException("Creds: " + {|EXK402:credentials|});""")]
        [InlineData("""throw new ArgumentOutOfRangeException(nameof(apiSecret), {|EXK402:apiSecret|}, "bad");""")]
        [InlineData("""throw new ExchangeAuthException({|EXK402:apiSecret|});""")]
        [InlineData("""var e = new Exception($"{{|EXK402:LoadKey()|}}"); Use(e);""")]
        [InlineData("""_ = flag ? throw new InvalidOperationException({|EXK402:apiSecret|}) : 0;""")]
        [InlineData("""throw new InvalidOperationException(string.Concat("k", {|EXK402:passphrase|}));""")]
        [InlineData("""throw new Exception({|EXK402:JsonSerializer.Serialize(options.Value)|});""")]
        [InlineData("""var first = _apiSecret; var second = "k=" + first; throw new Exception({|EXK402:second|});""")]
        public Task Reports_secret_in_exception_message_or_data(string body) => Run(body);

        [Theory]
        [InlineData("""throw new InvalidOperationException("ApiSecret is missing");""")]
        [InlineData("""throw new ArgumentNullException(nameof(apiSecret));""")]
        [InlineData("""throw new InvalidOperationException($"Order {orderId} rejected");""")]
        [InlineData("""throw new Exception($"Key {apiSecret.Substring(0, 4)}*** rejected");""")]
        [InlineData("""throw new Exception($"Key length {apiSecret.Length}");""")]
        [InlineData("""throw new InvalidOperationException("Missing", new Exception("inner"));""")]
        [InlineData("""if (string.IsNullOrEmpty(apiSecret)) throw new InvalidOperationException("ApiSecret not configured");""")]
        [InlineData("""throw new Exception($"Label {options.Value.KeyLabel}");""")]
        [InlineData("""var ex = new Exception("x"); ex.Data["symbol"] = symbol; throw ex;""")]
        [InlineData("""throw new Exception($"Hash {Convert.ToHexString(SHA256.HashData(secretKey))}");""")]
        [InlineData("""throw new Exception($"Key id {apiKeyId}");""")]
        [InlineData("""throw new ArgumentException("Invalid secret", nameof(apiSecret));""")]
        [InlineData("""throw new Exception($"Policy {passwordPolicy}");""")]
        [InlineData("""throw new Exception(KeyFormatter.MaskSecret(apiSecret));""")]
        [InlineData("""throw new Exception($"Order {order}");""")]
        [InlineData("""throw new ExchangeAuthException($"Signature {Sign(symbol, apiSecret)} rejected");""")]
        [InlineData("""throw new Exception($"Secret set: {!string.IsNullOrWhiteSpace(apiSecret)}");""")]
        public Task No_diagnostic_for_exception_without_secret(string body) => Run(body);

        private const string Labels = """
                private const string MissingPassword = "FTP password is missing for unsecure FTP notification.";
                private static string InvalidSecret = "The secret for {0} was rejected";
                private static readonly string BadPassphrase = "Passphrase rejected, check the key";
                private static readonly string Passphrase = "correct horse battery staple";

            """;

        [Theory]
        [InlineData("""throw new ArgumentException(MissingPassword);""")]
        [InlineData("""throw new ArgumentException(string.Format(InvalidSecret, "binance"));""")]
        [InlineData("""throw new InvalidOperationException(BadPassphrase + " (code 42)");""")]
        [InlineData("""const string noSecret = "Secret is not configured."; throw new InvalidOperationException(noSecret);""")]
        public Task No_diagnostic_for_prose_labels_named_like_secrets(string body) =>
            new Verify.Test { TestCode = LoggingTestCode.Method(body, extraMembers: CustomException + Labels) }.RunAsync();

        [Theory]
        [InlineData("""throw new ArgumentException("bad: " + {|EXK402:Passphrase|});""")]
        public Task Reports_secret_named_fields_whose_value_is_not_prose(string body) =>
            new Verify.Test { TestCode = LoggingTestCode.Method(body, extraMembers: CustomException + Labels) }.RunAsync();
    }
}
