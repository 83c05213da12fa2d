using System.Threading.Tasks;
using Verify = SecretsAnalyzers.Tests.CSharpAnalyzerVerifier<SecretsAnalyzers.Logging.EXK401SecretLoggingAnalyzer>;

namespace SecretsAnalyzers.Tests.Logging
{
    public class EXK404SecretInUrlTests
    {
        private static Task Run(string body) => new Verify.Test { TestCode = LoggingTestCode.Method(body) }.RunAsync();

        [Theory]
        [InlineData("""await _http.GetAsync($"https://api.gemini.com/v1/account?apiKey={{|EXK404:apiSecret|}}");""")]
        [InlineData("""await _http.GetStringAsync("https://api.kraken.com/0/private/Balance?secret=" + {|EXK404:apiSecret|});""")]
        [InlineData("""var uri = new Uri($"https://api.bitfinex.com/v2/auth/{{|EXK404:apiSecret|}}/orders");""")]
        [InlineData("""var url = $"https://api.gemini.com/v1/order?key={apiSecret}"; await _http.GetAsync({|EXK404:url|});""")]
        [InlineData("""using var r = new HttpRequestMessage(HttpMethod.Get, $"https://api.bybit.com/v5/order?sign={{|EXK404:passphrase|}}");""")]
        [InlineData("""var b = new UriBuilder("https://www.okx.com"); b.Query = "passphrase=" + {|EXK404:options.Value.Passphrase|};""")]
        [InlineData("""await _http.PostAsync($"https://bot.internal/login?password={{|EXK404:new string(password)|}}", null);""")]
        [InlineData("""await _http.DeleteAsync($"https://bot.internal/keys/{{|EXK404:configuration["Binance:ApiSecret"]|}}");""")]
        [InlineData("""await _http.GetAsync(new Uri($"https://bot.internal/?token={{|EXK404:GetApiSecret()|}}"));""")]
        [InlineData("""var ub = new UriBuilder("https://bot.internal"); ub.Path = "/v1/" + {|EXK404:apiSecret|};""")]
        [InlineData("""await _http.GetByteArrayAsync(string.Format("https://bot.internal/?k={0}", {|EXK404:apiSecret|}));""")]
        [InlineData("""await _http.GetAsync($"https://www.okx.com/?passphrase={{|EXK404:Environment.GetEnvironmentVariable("OKX_PASSPHRASE")|}}");""")]
        [InlineData("""var u = new Uri(new Uri("https://bot.internal"), $"v1?secret={{|EXK404:apiSecret|}}");""")]
        [InlineData("""await _http.PutAsync($"https://bot.internal/?k={{|EXK404:LoadKey()|}}", null);""")]
        [InlineData("""var q = $"?secret={apiSecret}"; var u = new Uri("https://bot.internal/" + {|EXK404:q|});""")]
        [InlineData("""await _http.GetStreamAsync($"https://bot.internal/export/{{|EXK404:_apiSecret|}}.csv");""")]
        public Task Reports_secret_placed_in_url(string body) => Run(body);

        [Theory]
        [InlineData("""await _http.GetAsync($"https://api.huobi.pro/v1/order/orders?AccessKeyId={options.Value.ApiKey}&SignatureMethod=HmacSHA256");""")]
        [InlineData("""await _http.GetAsync("https://api.huobi.pro/v1/account/accounts?AccessKeyId=" + options.Value.ApiKey);""")]
        [InlineData("""await _http.GetAsync($"https://bot.internal/orders/{orderId}");""")]
        [InlineData("""await _http.GetAsync($"https://bot.internal/?symbol={symbol}");""")]
        [InlineData("""await _http.GetAsync($"https://bot.internal/?signature={Sign(symbol, apiSecret)}");""")]
        [InlineData("""var u = new Uri("https://api.binance.com/api/v3/time");""")]
        [InlineData("""await _http.GetAsync($"https://bot.internal/?keyId={apiKeyId}");""")]
        [InlineData("""await _http.GetAsync($"https://www.deribit.com/api/v2/public/auth?client_id={options.Value.ApiKey}");""")]
        [InlineData("""using var req = new HttpRequestMessage(HttpMethod.Get, "https://api.binance.com/api/v3/account"); req.Headers.Add("X-MBX-APIKEY", options.Value.ApiKey);""")]
        [InlineData("""await _http.GetAsync($"https://bot.internal/?len={apiSecret.Length}");""")]
        [InlineData("""var b = new UriBuilder("https://bot.internal"); b.Query = "symbol=" + symbol;""")]
        [InlineData("""await _http.GetAsync(configuration["Binance:BaseUrl"]);""")]
        [InlineData("""await _http.PostAsync("https://bot.internal/order", new StringContent(apiSecret));""")]
        [InlineData("""var u = new Uri($"https://bot.internal/{configuration["Binance:Region"]}");""")]
        [InlineData("""await _http.GetAsync($"https://bot.internal/?hash={Convert.ToHexString(SHA256.HashData(secretKey))}");""")]
        [InlineData("""await _http.GetAsync($"https://bot.internal/?prefix={apiSecret[..4]}");""")]
        public Task No_diagnostic_for_url_without_secret(string body) => Run(body);

        private const string RestSharpStub = """

            namespace RestSharp
            {
                public enum ParameterType { GetOrPost, QueryString, HttpHeader }
                public class RestRequest
                {
                    public RestRequest(string resource) { }
                    public RestRequest AddQueryParameter(string name, string value) => this;
                    public RestRequest AddParameter(string name, object value, ParameterType type) => this;
                    public RestRequest AddHeader(string name, string value) => this;
                }
            }
            """;

        private static Task RunSource(string source) =>
            new Verify.Test { TestCode = LoggingTestCode.Usings + "using RestSharp;\n" + LoggingTestCode.Types + source + RestSharpStub }.RunAsync();

        [Fact]
        public Task Reports_an_api_key_that_is_the_only_credential() => RunSource("""
            public class SignalExport
            {
                private readonly HttpClient _http = new HttpClient();
                private readonly string _apiKey;
                public SignalExport(string apiKey) => _apiKey = apiKey;
                public Task<HttpResponseMessage> Send(int round) =>
                    _http.GetAsync($"https://tournament.example/api/v3/submissions?round={round}&apiKey={{|EXK404:_apiKey|}}");
            }
            """);

        [Fact]
        public Task No_diagnostic_for_the_public_key_of_a_pair_in_the_query() => RunSource("""
            public abstract class ExchangeBase
            {
                public SecureString? PublicApiKey { get; set; }
                public SecureString? PrivateApiKey { get; set; }
            }
            public static class SecureStrings { public static string ToUnsecureString(this SecureString s) => ""; }
            public class LegacyExchange : ExchangeBase
            {
                public Uri Process(UriBuilder url, long nonce)
                {
                    url.Query = "apikey=" + PublicApiKey!.ToUnsecureString() + "&nonce=" + nonce;
                    return url.Uri;
                }
            }
            public class PairClient
            {
                private readonly HttpClient _http = new HttpClient();
                private readonly string _apiKey = Environment.GetEnvironmentVariable("EX_KEY") ?? "";
                private readonly string _apiSecret = Environment.GetEnvironmentVariable("EX_SECRET") ?? "";
                public Task<HttpResponseMessage> Balances(long nonce)
                {
                    var request = new HttpRequestMessage(HttpMethod.Get, $"https://legacy.example/v1.1/account/getbalances?apikey={_apiKey}&nonce={nonce}");
                    request.Headers.Add("apisign", Convert.ToHexString(HMACSHA512.HashData(Encoding.UTF8.GetBytes(_apiSecret), Encoding.UTF8.GetBytes(nonce.ToString()))));
                    return _http.SendAsync(request);
                }
            }
            """);

        [Fact]
        public Task Reports_secrets_in_restsharp_query_parameters_and_resources() => RunSource("""
            public class RestClientUser
            {
                public void Build(string apiSecret, string passphrase, string apiKey, string symbol)
                {
                    var request = new RestRequest($"v1/account?secret={{|EXK404:apiSecret|}}");
                    request.AddQueryParameter("passphrase", {|EXK404:passphrase|});
                    request.AddParameter("secret", {|EXK404:apiSecret|}, ParameterType.QueryString);
                    request.AddParameter("sign", apiSecret, ParameterType.HttpHeader);
                    request.AddHeader("X-API-KEY", apiKey);
                    request.AddQueryParameter("symbol", symbol);
                }
            }
            """);
    }
}
