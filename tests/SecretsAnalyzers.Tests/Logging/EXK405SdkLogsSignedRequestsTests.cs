using System.Threading.Tasks;
using SecretsAnalyzers.Tests.Stubs;
using Verify = SecretsAnalyzers.Tests.CSharpAnalyzerVerifier<SecretsAnalyzers.Logging.EXK405SdkVerboseLoggingAnalyzer>;

namespace SecretsAnalyzers.Tests.Logging
{
    public class EXK405SdkLogsSignedRequestsTests
    {
        private const string Members = """
                private sealed class MyConfig { public bool verbose; }
                private HttpClient? _shared;

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
        [InlineData("var http = new HttpClient([|new Binance.Common.BinanceLoggingHandler(logger)|]); var t = new Binance.Spot.SpotAccountTrade(http, options.Value.ApiKey, apiSecret);")]
        [InlineData("var handler = [|new Binance.Common.BinanceLoggingHandler(logger)|]; var http = new HttpClient(handler); var t = new Binance.Spot.SpotAccountTrade(http, options.Value.ApiKey, apiSecret);")]
        [InlineData("var t = new Binance.Spot.SpotAccountTrade(new HttpClient([|new Binance.Common.BinanceLoggingHandler(logger) { InnerHandler = new HttpClientHandler() }|]), options.Value.ApiKey, apiSecret);")]
        [InlineData("_shared = new HttpClient([|new Binance.Common.BinanceLoggingHandler(logger)|]);")]
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
        [InlineData("var market = new Binance.Spot.Market(new HttpClient(new Binance.Common.BinanceLoggingHandler(logger)));")]
        [InlineData("var http = new HttpClient(new Binance.Common.BinanceLoggingHandler(logger)); var market = new Binance.Spot.Market(http);")]
        [InlineData("new MyConfig().verbose = true;")]
        [InlineData("""logger.LogDebug("Request signed");""")]
        public Task No_diagnostic_for_safe_logging_configuration(string body) => Run(body);

        [Theory]
        [InlineData("builder.SetMinimumLevel(LogLevel.Debug);")]
        [InlineData("builder.AddFilter(null, LogLevel.Trace);")]
        public Task No_diagnostic_for_debug_level_without_CryptoExchange_Net(string body) => Run(body, cryptoExchange: false);

        private static Task RunSerilog(string body, bool bridge = true)
        {
            var test = new Verify.Test
            {
                TestCode = "using Serilog.Events;\n" + LoggingTestCode.Method(body, ", Serilog.LoggerConfiguration serilog"),
            };
            test.AddStub(LoggingStubs.CryptoExchange).AddStub(LoggingStubs.LoggingBuilder);
            if (bridge) test.AddStub(LoggingStubs.SerilogBridge);
            else test.AddStub(LoggingStubs.SerilogBridge.Replace("SerilogLoggingBuilderExtensions", "OtherExtensions"));
            return test.RunAsync();
        }

        [Theory]
        [InlineData("serilog.MinimumLevel.[|Debug|]();")]
        [InlineData("serilog.MinimumLevel.[|Verbose|]();")]
        [InlineData("serilog.MinimumLevel.Is([|LogEventLevel.Debug|]);")]
        [InlineData("""serilog.MinimumLevel.Override("CryptoExchange.Net", [|LogEventLevel.Verbose|]);""")]
        [InlineData("""serilog.MinimumLevel.Override("Binance.Net", [|LogEventLevel.Debug|]);""")]
        public Task Reports_serilog_debug_levels_bridged_into_microsoft_logging(string body) => RunSerilog(body);

        [Theory]
        [InlineData("serilog.MinimumLevel.Information();")]
        [InlineData("serilog.MinimumLevel.Is(LogEventLevel.Information);")]
        [InlineData("""serilog.MinimumLevel.Override("Microsoft", LogEventLevel.Debug);""")]
        [InlineData("""serilog.MinimumLevel.Override("CryptoExchange.Net", LogEventLevel.Warning);""")]
        public Task No_diagnostic_for_serilog_levels_that_keep_requests_out(string body) => RunSerilog(body);

        [Fact]
        public Task No_diagnostic_for_serilog_debug_without_the_bridge() => RunSerilog("serilog.MinimumLevel.Debug();", bridge: false);
    }
}
