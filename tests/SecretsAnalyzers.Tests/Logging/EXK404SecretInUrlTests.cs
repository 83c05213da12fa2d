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
    }
}
