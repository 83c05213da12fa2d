using System.Threading.Tasks;
using SecretsAnalyzers.Tests.Stubs;
using Verify = SecretsAnalyzers.Tests.CSharpAnalyzerVerifier<SecretsAnalyzers.Logging.EXK405SdkVerboseLoggingAnalyzer>;

namespace SecretsAnalyzers.Tests.Logging
{
    public class EXK405SdkLogsSignedRequestsTests
    {
        private const string Members = """
                private sealed class MyConfig { public bool verbose; }

            """;

        private static Task Run(string body, bool cryptoExchange = true)
        {
            var test = new Verify.Test
            {
                TestCode = "using System.Collections.Generic;\n" + LoggingTestCode.Method(body,
                    ", ILoggingBuilder builder, ccxt.Exchange exchange, ccxt.okx okx", Members),
            };
            test.AddStub(LoggingStubs.Ccxt).AddStub(LoggingStubs.BinanceConnector).AddStub(LoggingStubs.LoggingBuilder);
            if (cryptoExchange) test.AddStub(LoggingStubs.CryptoExchange);
            return test.RunAsync();
        }

        [Theory]
        [InlineData("exchange.verbose = [|true|];")]
        [InlineData("var b = new ccxt.binance(); b.verbose = [|true|];")]
        [InlineData("okx.verbose = [|true|];")]
        [InlineData("""var b = new ccxt.binance(new Dictionary<string, object> { ["verbose"] = [|true|] });""")]
        [InlineData("""var o = new ccxt.okx(new Dictionary<string, object> { { "verbose", [|true|] } });""")]
        [InlineData("var b = new ccxt.binance { verbose = [|true|] };")]
        [InlineData("""var b = new ccxt.binance(new { apiKey = options.Value.ApiKey, verbose = [|true|] });""")]
        [InlineData("var http = new HttpClient([|new Binance.Common.BinanceLoggingHandler(logger)|]);")]
        [InlineData("var handler = [|new Binance.Common.BinanceLoggingHandler(logger)|]; var http = new HttpClient(handler);")]
        [InlineData("var http = new HttpClient([|new Binance.Common.BinanceLoggingHandler(logger) { InnerHandler = new HttpClientHandler() }|]);")]
        [InlineData("builder.SetMinimumLevel([|LogLevel.Debug|]);")]
        [InlineData("builder.SetMinimumLevel([|LogLevel.Trace|]);")]
        [InlineData("""builder.AddFilter("CryptoExchange.Net", [|LogLevel.Trace|]);""")]
        [InlineData("""builder.AddFilter("Binance.Net", [|LogLevel.Debug|]);""")]
        [InlineData("builder.AddFilter(null, [|LogLevel.Debug|]);")]
        [InlineData("""builder.AddFilter("", [|LogLevel.Debug|]);""")]
        [InlineData("""builder.AddFilter("Kucoin.Net.Clients", [|LogLevel.Debug|]);""")]
        public Task Reports_sdk_told_to_log_signed_requests(string body) => Run(body);

        [Fact]
        public Task Names_the_setting_in_the_message() => new Verify.Test
        {
            TestCode = LoggingTestCode.Method("exchange.verbose = {|#0:true|};", ", ccxt.Exchange exchange"),
            ExpectedDiagnostics = { Verify.Diagnostic().WithLocation(0).WithArguments("ccxt 'verbose = true'") },
        }.AddStub(LoggingStubs.Ccxt).RunAsync();

        [Theory]
        [InlineData("exchange.verbose = false;")]
        [InlineData("exchange.verbose = flag;")]
        [InlineData("""var b = new ccxt.binance(new Dictionary<string, object> { ["verbose"] = false });""")]
        [InlineData("""var b = new ccxt.binance(new Dictionary<string, object> { ["apiKey"] = options.Value.ApiKey });""")]
        [InlineData("var b = new ccxt.binance { verbose = false };")]
        [InlineData("builder.SetMinimumLevel(LogLevel.Information);")]
        [InlineData("builder.SetMinimumLevel(LogLevel.Warning);")]
        [InlineData("""builder.AddFilter("Microsoft", LogLevel.Debug);""")]
        [InlineData("""builder.AddFilter("System.Net.Http", LogLevel.Trace);""")]
        [InlineData("""builder.AddFilter("Binance.Net", LogLevel.Information);""")]
        [InlineData("""builder.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Debug);""")]
        [InlineData("builder.AddFilter((provider, category, level) => level >= LogLevel.Information);")]
        [InlineData("var http = new HttpClient(new HttpClientHandler());")]
        [InlineData("new MyConfig().verbose = true;")]
        [InlineData("""logger.LogDebug("Request signed");""")]
        public Task No_diagnostic_for_safe_logging_configuration(string body) => Run(body);

        [Theory]
        [InlineData("builder.SetMinimumLevel(LogLevel.Debug);")]
        [InlineData("builder.AddFilter(null, LogLevel.Trace);")]
        public Task No_diagnostic_for_debug_level_without_CryptoExchange_Net(string body) => Run(body, cryptoExchange: false);
    }
}
