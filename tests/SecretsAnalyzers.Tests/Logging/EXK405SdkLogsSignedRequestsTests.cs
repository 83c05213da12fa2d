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

        // ---------------- NLog bridged into Microsoft.Extensions.Logging (real NLog 5 API) ----------------

        private const string NLogBridge = "namespace NLog.Extensions.Logging { public class NLogLoggerProvider { } }";

        private static Task RunNLog(string body, bool bridge = true, bool cryptoExchange = true)
        {
            var test = new Verify.Test
            {
                TestCode = "using static NLog.SetupLoadConfigurationExtensions;\n" + LoggingTestCode.Method(body, ", NLog.Config.LoggingConfiguration config, NLog.Targets.Target target, NLog.Config.ISetupLoadConfigurationBuilder setup"),
            }.WithLoggers();
            test.AddStub(LoggingStubs.LoggingBuilder);
            if (cryptoExchange) test.AddStub(LoggingStubs.CryptoExchange);
            if (bridge) test.AddStub(NLogBridge);
            return test.RunAsync();
        }

        [Theory]
        [InlineData("""config.AddRule([|NLog.LogLevel.Debug|], NLog.LogLevel.Fatal, target, "CryptoExchange.Net*");""")]
        [InlineData("""config.AddRule([|NLog.LogLevel.Trace|], NLog.LogLevel.Fatal, target, "Binance.Net.*", true);""")]
        [InlineData("""config.AddRule([|NLog.LogLevel.Debug|], NLog.LogLevel.Fatal, target);""")]
        [InlineData("""config.AddRule([|NLog.LogLevel.Debug|], NLog.LogLevel.Fatal, target, "*");""")]
        [InlineData("""config.AddRuleForOneLevel([|NLog.LogLevel.Debug|], target, "CryptoExchange.Net*");""")]
        [InlineData("""[|config.AddRuleForAllLevels(target, "Kucoin*")|];""")]
        [InlineData("""config.AddRule(new NLog.Config.LoggingRule("Binance*", [|NLog.LogLevel.Trace|], target));""")]
        [InlineData("""config.AddRule(new NLog.Config.LoggingRule("CryptoExchange.Net*", [|NLog.LogLevel.Debug|], NLog.LogLevel.Fatal, target));""")]
        [InlineData("""setup.ForLogger("CryptoExchange.Net*").FilterMinLevel([|NLog.LogLevel.Debug|]).WriteTo(target);""")]
        [InlineData("""setup.ForLogger().FilterLevels([|NLog.LogLevel.Trace|], NLog.LogLevel.Fatal).WriteTo(target);""")]
        [InlineData("""setup.ForLogger([|NLog.LogLevel.Debug|], "Binance*").WriteTo(target);""")]
        public Task Reports_nlog_rules_that_let_sdk_debug_through(string body) => RunNLog(body);

        [Theory]
        [InlineData("""config.AddRule(NLog.LogLevel.Debug, NLog.LogLevel.Fatal, target, "MyBot.*");""")]
        [InlineData("""config.AddRule(NLog.LogLevel.Info, NLog.LogLevel.Fatal, target, "CryptoExchange.Net*");""")]
        [InlineData("""config.AddRule(NLog.LogLevel.Warn, NLog.LogLevel.Fatal, target);""")]
        [InlineData("""config.AddRuleForOneLevel(NLog.LogLevel.Error, target, "Binance*");""")]
        [InlineData("""config.AddRuleForAllLevels(target, "MyBot.Strategy*");""")]
        [InlineData("""config.AddRule(new NLog.Config.LoggingRule("MyBot*", NLog.LogLevel.Trace, target));""")]
        [InlineData("""config.AddRule(new NLog.Config.LoggingRule("Binance*", NLog.LogLevel.Info, target));""")]
        [InlineData("""setup.ForLogger("MyBot*").FilterMinLevel(NLog.LogLevel.Debug).WriteTo(target);""")]
        [InlineData("""setup.ForLogger("CryptoExchange.Net*").FilterMinLevel(NLog.LogLevel.Info).WriteTo(target);""")]
        [InlineData("""var level = NLog.LogLevel.FromString(Environment.GetEnvironmentVariable("LEVEL") ?? "Info"); config.AddRule(level, NLog.LogLevel.Fatal, target, "CryptoExchange.Net*");""")]
        [InlineData("""var pattern = Environment.GetEnvironmentVariable("PATTERN") ?? "MyBot*"; config.AddRule(NLog.LogLevel.Debug, NLog.LogLevel.Fatal, target, pattern);""")]
        public Task No_diagnostic_for_nlog_rules_for_the_app_or_at_info_and_above(string body) => RunNLog(body);

        [Fact]
        public Task No_diagnostic_for_an_nlog_debug_wildcard_rule_without_CryptoExchange_Net() =>
            RunNLog("""config.AddRule(NLog.LogLevel.Debug, NLog.LogLevel.Fatal, target, "*");""", cryptoExchange: false);

        [Fact]
        public Task No_diagnostic_for_an_nlog_debug_rule_without_the_microsoft_logging_bridge() =>
            RunNLog("""config.AddRule(NLog.LogLevel.Debug, NLog.LogLevel.Fatal, target, "CryptoExchange.Net*");""", bridge: false);

        // ---------------- A logging DelegatingHandler that writes the whole request ----------------

        private static Task RunHandler(string sendBody, bool cryptoExchange = true, string baseType = "DelegatingHandler", string method = "SendAsync")
        {
            var test = new Verify.Test
            {
                TestCode = LoggingTestCode.Usings + $$"""
                    using System.Threading;
                    public sealed class RequestLoggingHandler : {{baseType}}
                    {
                        private readonly ILogger<RequestLoggingHandler> _logger;
                        public RequestLoggingHandler(ILogger<RequestLoggingHandler> logger) => _logger = logger;

                        protected override Task<HttpResponseMessage> {{method}}(HttpRequestMessage request, CancellationToken cancellationToken)
                        {
                            {{sendBody}}
                            return base.{{method}}(request, cancellationToken);
                        }
                    }
                    """,
            };
            if (cryptoExchange) test.AddStub(LoggingStubs.CryptoExchange);
            return test.RunAsync();
        }

        [Theory]
        [InlineData("""_logger.LogDebug("Sending {Request}", [|request|]);""")]
        [InlineData("""_logger.LogInformation([|request.ToString()|]);""")]
        [InlineData("""_logger.LogInformation($"Sending {[|request|]}");""")]
        [InlineData("""_logger.LogTrace("Headers: {Headers}", [|request.Headers|]);""")]
        [InlineData("""_logger.LogDebug("Headers: " + [|request.Headers.ToString()|]);""")]
        [InlineData("""Console.WriteLine([|request|]);""")]
        public Task Reports_a_logging_handler_that_writes_the_whole_request(string sendBody) => RunHandler(sendBody);

        [Fact]
        public Task Reports_a_logging_handler_s_synchronous_send()
        {
            var test = new Verify.Test
            {
                TestCode = LoggingTestCode.Usings + """
                    using System.Threading;
                    public sealed class SyncLoggingHandler : DelegatingHandler
                    {
                        private readonly ILogger _logger;
                        public SyncLoggingHandler(ILogger logger) => _logger = logger;

                        protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken)
                        {
                            _logger.LogDebug("Sending {Request}", {|#0:request|});
                            return base.Send(request, cancellationToken);
                        }
                    }
                    """,
            };
            test.AddStub(LoggingStubs.CryptoExchange);
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments("Logging handler 'SyncLoggingHandler' (the whole request to ILogger.LogDebug)"));
            return test.RunAsync();
        }

        [Theory]
        [InlineData("""_logger.LogDebug("{Method} {Path}", request.Method, request.RequestUri?.AbsolutePath);""")]
        [InlineData("""_logger.LogInformation($"Sending {request.Method} {request.RequestUri?.AbsolutePath}");""")]
        [InlineData("""_logger.LogDebug("Traced: {Traced}", request.Headers.Contains("X-Request-Id"));""")]
        [InlineData("""_logger.LogDebug("Has auth: {HasAuth}", request.Headers.Authorization is not null);""")]
        [InlineData("""var text = request.ToString(); Debug.Assert(text.Length > 0);""")]
        public Task No_diagnostic_for_a_handler_that_logs_only_method_and_path(string sendBody) => RunHandler(sendBody);

        [Fact]
        public Task No_diagnostic_for_a_request_logging_handler_without_an_exchange_SDK() =>
            RunHandler("""_logger.LogDebug("Sending {Request}", request);""", cryptoExchange: false);

        [Fact]
        public Task No_diagnostic_for_request_logging_outside_a_delegating_handler() =>
            RunHandler("""_logger.LogDebug("Sending {Request}", request);""", baseType: "HttpClientHandler");
    }
}
