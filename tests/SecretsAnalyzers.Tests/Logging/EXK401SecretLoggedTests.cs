using System.Threading.Tasks;
using SecretsAnalyzers.Logging;
using SecretsAnalyzers.Tests.Stubs;
using Verify = SecretsAnalyzers.Tests.CSharpAnalyzerVerifier<SecretsAnalyzers.Logging.EXK401SecretLoggingAnalyzer>;

namespace SecretsAnalyzers.Tests.Logging
{
    public class EXK401SecretLoggedTests
    {
        private static Task Run(string body, bool loggers = false, string extraParameters = "", string extraMembers = "", string? editorConfig = null, params string[] stubs)
        {
            var test = new Verify.Test { TestCode = LoggingTestCode.Method(body, extraParameters, extraMembers) };
            if (loggers) test.WithLoggers();
            if (editorConfig is not null) test.WithEditorConfig(editorConfig);
            foreach (var stub in stubs) test.AddStub(stub);
            return test.RunAsync();
        }

        // ---------------- Positives: Microsoft.Extensions.Logging, every source kind ----------------

        [Theory]
        [InlineData("""logger.LogInformation("Secret {Secret}", {|EXK401:apiSecret|});""")]
        [InlineData("""logger.LogInformation($"Using {{|EXK401:apiSecret|}}");""")]
        [InlineData("""logger.LogWarning("Key: " + {|EXK401:apiSecret|});""")]
        [InlineData("""logger.LogError(new Exception(), "failed {S}", {|EXK401:options.Value.ApiSecret|});""")]
        [InlineData("""logger.LogDebug("{K}", {|EXK401:configuration["Binance:ApiSecret"]|});""")]
        [InlineData("""logger.LogTrace("{K}", {|EXK401:configuration.GetValue<string>("Binance:ApiSecret")|});""")]
        [InlineData("""logger.LogCritical("{K}", {|EXK401:configuration.GetSection("Kraken:PrivateKey").Value|});""")]
        [InlineData("""logger.LogInformation("{C}", {|EXK401:configuration.GetConnectionString("Trading")|});""")]
        [InlineData("""logger.LogInformation("{K}", {|EXK401:Environment.GetEnvironmentVariable("BINANCE_API_SECRET")|});""")]
        [InlineData("""using (logger.BeginScope("Key {K}", {|EXK401:apiSecret|})) { }""")]
        [InlineData("""logger.Log(LogLevel.Information, "Secret {S}", {|EXK401:passphrase|});""")]
        [InlineData("""var first = options.Value.ApiSecret; var second = first; logger.LogInformation("{B}", {|EXK401:second|});""")]
        [InlineData("""logger.LogInformation("{K}", flag ? {|EXK401:apiSecret|} : "none");""")]
        [InlineData("""logger.LogInformation("{K}", {|EXK401:apiSecret|} ?? "none");""")]
        [InlineData("""logger.LogInformation(string.Format("k={0}", {|EXK401:apiSecret|}));""")]
        [InlineData("""logger.LogInformation(string.Join(",", symbol, {|EXK401:apiSecret|}));""")]
        [InlineData("""var sb = new StringBuilder(); sb.Append("k=").Append(apiSecret); logger.LogInformation({|EXK401:sb.ToString()|});""")]
        [InlineData("""logger.LogInformation({|EXK401:new string(password)|});""")]
        [InlineData("""var ptr = Marshal.SecureStringToBSTR(securePassphrase); logger.LogInformation({|EXK401:Marshal.PtrToStringBSTR(ptr)|});""")]
        [InlineData("""logger.LogInformation("{P}", {|EXK401:new NetworkCredential("bot", securePassphrase).Password|});""")]
        [InlineData("""logger.LogInformation("{K}", {|EXK401:Convert.ToBase64String(secretKey)|});""")]
        [InlineData("""logger.LogInformation("{K}", {|EXK401:_apiSecret|});""")]
        [InlineData("""logger.LogInformation("{K}", {|EXK401:LoadKey()|});""")]
        [InlineData("""logger.LogInformation("{K}", {|EXK401:GetApiSecret()|});""")]
        [InlineData("""logger.LogInformation({|EXK401:JsonSerializer.Serialize(options.Value)|});""")]
        [InlineData("""logger.LogInformation("{C}", {|EXK401:credentials|});""")]
        [InlineData("""logger.LogInformation("Options {@Options}", {|EXK401:options.Value|});""")]
        [InlineData("""logger.LogInformation("{K}", {|EXK401:apiSecret.Trim()|});""")]
        [InlineData("""logger.LogInformation("{K}", {|EXK401:apiSecret.Substring(0, 10)|});""")]
        [InlineData("""logger.LogInformation("{K}", mode switch { 1 => {|EXK401:apiSecret|}, _ => "none" });""")]
        [InlineData("""string k; k = apiSecret; logger.LogInformation("{K}", {|EXK401:k|});""")]
        [InlineData("""var log = LoggerMessage.Define<string>(LogLevel.Information, new EventId(1), "Key {Key}"); log(logger, {|EXK401:apiSecret|}, null);""")]
        [InlineData("""var message = $"key={apiSecret}"; logger.LogInformation({|EXK401:message|});""")]
        [InlineData("""logger.LogInformation("{A} {B}", {|EXK401:apiSecret|}, {|EXK401:passphrase|});""")]
        [InlineData("""var cfg = new System.Collections.Generic.Dictionary<string, object> { ["apiKey"] = symbol }; logger.LogInformation("{S}", {|EXK401:cfg["secret"]|});""")]
        [InlineData("""var apiSecret2 = "Qz7vK2pLw9XyT4mN8rB3sD6fH1jG5kC0"; logger.LogInformation("{S}", {|EXK401:apiSecret2|});""")]
        // Console, TextWriter, Debug, Trace, Activity
        [InlineData("""Console.WriteLine({|EXK401:apiSecret|});""")]
        [InlineData("""Console.Write($"secret={{|EXK401:apiSecret|}}");""")]
        [InlineData("""Console.Error.WriteLine({|EXK401:apiSecret|});""")]
        [InlineData("""Console.Out.WriteLine("k {0}", {|EXK401:apiSecret|});""")]
        [InlineData("""var writer = Console.Error; writer.WriteLine({|EXK401:apiSecret|});""")]
        [InlineData("""await Console.Out.WriteLineAsync({|EXK401:apiSecret|});""")]
        [InlineData("""Debug.WriteLine({|EXK401:apiSecret|});""")]
        [InlineData("""Trace.TraceInformation("k {0}", {|EXK401:apiSecret|});""")]
        [InlineData("""Activity.Current?.SetTag("secret", {|EXK401:apiSecret|});""")]
        [InlineData("""new Activity("sync").AddTag("k", {|EXK401:apiSecret|});""")]
        [InlineData("""Console.WriteLine($"creds: {{|EXK401:credentials|}}");""")]
        [InlineData("""Activity.Current?.AddEvent(new ActivityEvent("login", tags: new ActivityTagsCollection { { "key", {|EXK401:apiSecret|} } }));""")]
        [InlineData("""Debug.Assert(flag, "bad key " + {|EXK401:apiSecret|});""")]
        public Task Reports_secret_reaching_a_sink(string body) => Run(body);

        [Theory]
        [InlineData("""using var request = new HttpRequestMessage(HttpMethod.Get, "https://api.binance.com/api/v3/account"); request.Headers.Add("X-MBX-APIKEY", options.Value.ApiKey); logger.LogDebug("Sending {Request}", {|EXK401:request|});""")]
        [InlineData("""using var request = new HttpRequestMessage(HttpMethod.Get, "https://www.okx.com/api/v5/account/balance"); request.Headers.TryAddWithoutValidation("OK-ACCESS-PASSPHRASE", passphrase); logger.LogDebug("Headers {H}", {|EXK401:request.Headers|});""")]
        [InlineData("""_http.DefaultRequestHeaders.Add("OK-ACCESS-PASSPHRASE", passphrase); logger.LogInformation("{H}", {|EXK401:_http.DefaultRequestHeaders|});""")]
        [InlineData("""var request = new HttpRequestMessage(HttpMethod.Get, "https://api.binance.com/api/v3/account"); request.Headers.Add("X-MBX-APIKEY", options.Value.ApiKey); Console.WriteLine({|EXK401:request.ToString()|});""")]
        public Task Reports_signed_request_or_its_headers_logged_whole(string body) => Run(body);

        [Theory]
        [InlineData("""using var request = new HttpRequestMessage(HttpMethod.Get, "https://api.binance.com/api/v3/time"); request.Headers.Add("Accept", "application/json"); logger.LogDebug("Sending {Request}", request);""")]
        [InlineData("""using var request = new HttpRequestMessage(HttpMethod.Get, "https://api.binance.com/api/v3/account"); request.Headers.Add("X-MBX-APIKEY", options.Value.ApiKey); logger.LogDebug("Sending to {Uri}", request.RequestUri);""")]
        [InlineData("""using var request = new HttpRequestMessage(HttpMethod.Get, "https://api.binance.com/api/v3/account"); request.Headers.Add("X-MBX-SIGNATURE", Sign(symbol, apiSecret)); logger.LogDebug("Sending {Request}", request);""")]
        public Task No_diagnostic_for_requests_without_secret_headers(string body) => Run(body);

        [Fact]
        public Task Reports_secret_span_turned_into_text() => new Verify.Test
        {
            TestCode = LoggingTestCode.SyncMethod("""logger.LogInformation("{K}", {|EXK401:privateKey.ToString()|});""", "ReadOnlySpan<char> privateKey"),
        }.RunAsync();

        [Fact]
        public Task Reports_secret_reaching_a_LoggerMessage_attribute_method() => Run(
            """Log.KeyLoaded(logger, {|EXK401:apiSecret|});""",
            extraMembers: """
                }

                public static partial class Log
                {
                    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Key {Key} loaded")]
                    public static partial void KeyLoaded(ILogger logger, string key);
                    public static partial void KeyLoaded(ILogger logger, string key) { }
                }

                public partial class C
                {
                """);

        [Theory]
        [InlineData("""Serilog.Log.Information("Key {Key}", {|EXK401:apiSecret|});""")]
        [InlineData("""serilog.Warning("Key {Key}", {|EXK401:apiSecret|});""")]
        [InlineData("""serilog.Error($"Key {{|EXK401:options.Value.Passphrase|}}");""")]
        [InlineData("""serilog.ForContext("Key", {|EXK401:apiSecret|}).Information("x");""")]
        [InlineData("""using (Serilog.Context.LogContext.PushProperty("Key", {|EXK401:apiSecret|})) { }""")]
        [InlineData("""serilog.Information("Options {@Options}", {|EXK401:options.Value|});""")]
        [InlineData("""nlog.Info("Key {Key}", {|EXK401:apiSecret|});""")]
        [InlineData("""nlog.Debug($"Key {{|EXK401:apiSecret|}}");""")]
        [InlineData("""nlog.WithProperty("Key", {|EXK401:apiSecret|}).Info("x");""")]
        [InlineData("""nlog.SetProperty("Key", {|EXK401:passphrase|});""")]
        [InlineData("""using (NLog.ScopeContext.PushProperty("Key", {|EXK401:apiSecret|})) { }""")]
        [InlineData("""log4.Info({|EXK401:apiSecret|});""")]
        [InlineData("""log4.InfoFormat("Key {0}", {|EXK401:apiSecret|});""")]
        [InlineData("""log4.Error("Key " + {|EXK401:configuration["OKX:Passphrase"]|});""")]
        public Task Reports_secret_reaching_serilog_nlog_log4net(string body) =>
            Run(body, loggers: true, extraParameters: ", Serilog.ILogger serilog, NLog.Logger nlog, log4net.ILog log4");

        [Theory]
        [InlineData("""logger.LogInformation("{S}", {|EXK401:credential.Secret|});""")]
        [InlineData("""logger.LogInformation("{P}", {|EXK401:kucoin.Pass|});""")]
        [InlineData("""logger.LogInformation("{S}", {|EXK401:exchange.secret|});""")]
        [InlineData("""logger.LogInformation("{S}", {|EXK401:ExchangeSharp.CryptoUtility.ToUnsecureString(api.PrivateApiKey)|});""")]
        [InlineData("""logger.LogInformation("{S}", {|EXK401:ethKey.GetPrivateKey()|});""")]
        [InlineData("""telemetry.TrackEvent("login", new System.Collections.Generic.Dictionary<string, string> { ["key"] = {|EXK401:apiSecret|} });""")]
        public Task Reports_secret_members_of_known_credential_types(string body) => Run(body,
            extraParameters: ", CryptoExchange.Net.Authentication.HMACCredential credential, Kucoin.Net.KucoinCredentials kucoin, ccxt.Exchange exchange, " +
                             "ExchangeSharp.BaseAPI api, Nethereum.Signer.EthECKey ethKey, Microsoft.ApplicationInsights.TelemetryClient telemetry",
            stubs: new[] { LoggingStubs.CryptoExchange, LoggingStubs.Ccxt, LoggingStubs.ExchangeSharpAndNethereum, LoggingStubs.Telemetry });

        [Fact]
        public Task Reports_key_vault_secret_value()
        {
            var test = new Verify.Test
            {
                TestCode = LoggingTestCode.Method(
                    """
                    var secret = await client.GetSecretAsync("binance-api-secret");
                    logger.LogInformation("{S}", {|EXK401:secret.Value.Value|});
                    """, ", Azure.Security.KeyVault.Secrets.SecretClient client"),
            };
            return test.WithKeyVault().RunAsync();
        }

        [Fact]
        public Task Reports_message_with_two_arguments_and_names_the_secret_and_sink() => new Verify.Test
        {
            TestCode = LoggingTestCode.Method("""logger.LogInformation("{S} {K}", symbol, {|#0:apiSecret|});"""),
            ExpectedDiagnostics = { Verify.Diagnostic("EXK401").WithLocation(0).WithArguments("Secret 'apiSecret'", "ILogger.LogInformation") },
        }.RunAsync();

        // ---------------- Flow through locals: each local judged once per block ----------------

        private const string SevenLocalChain = """
            var a1 = symbol; a1 = orderId; a1 = SECRET;
            var a2 = a1; a2 = orderId; a2 = a1 + "/";
            var a3 = a2; a3 = symbol; a3 = "[" + a2;
            var a4 = a3; a4 = orderId; a4 = a3.Trim();
            var a5 = a4; a5 = symbol; a5 = $"{a4}!";
            var a6 = a5; a6 = orderId; a6 = a5 ?? "";
            var a7 = a6; a7 = symbol; a7 = flag ? a6 : symbol;
            """;

        [Fact]
        public Task Reports_a_secret_through_a_chain_of_seven_reassigned_locals() => new Verify.Test
        {
            TestCode = LoggingTestCode.Method(SevenLocalChain.Replace("SECRET", "apiSecret") + """logger.LogInformation("{K}", {|#0:a7|});"""),
            ExpectedDiagnostics = { Verify.Diagnostic("EXK401").WithLocation(0).WithArguments("Secret 'apiSecret'", "ILogger.LogInformation") },
        }.RunAsync();

        [Fact]
        public Task No_diagnostic_for_a_chain_of_seven_reassigned_locals_without_a_secret() =>
            Run(SevenLocalChain.Replace("SECRET", "apiSecret.Length.ToString()") + """logger.LogInformation("{K}", a7);""");

        [Fact]
        public Task Reports_every_log_of_a_growing_string_once_it_holds_a_secret() => Run("""
            var s = "k=";
            s = s + "x"; logger.LogInformation({|EXK401:s|});
            s = s + "x"; logger.LogInformation({|EXK401:s|});
            s = s + apiSecret; logger.LogInformation({|EXK401:s|});
            s = s + "x"; logger.LogInformation({|EXK401:s|});
            """);

        [Fact]
        public Task No_diagnostic_for_a_growing_string_without_a_secret() => Run("""
            var s = "k=";
            s = s + "x"; logger.LogInformation(s);
            s = s + symbol; logger.LogInformation(s);
            s = s + apiSecret.Length; logger.LogInformation(s);
            s = s + "x"; logger.LogInformation(s);
            """);

        // ---------------- Helpers of the same type, summarised from their own bodies ----------------

        private const string Helpers = """
                private void Audit(ILogger logger, string text) => Write(logger, "audit: " + text);

                private static void Write(ILogger logger, string line) => logger.LogInformation(line);

                private static string Wrap(string value) => Quote("k=" + value);

                private static string Quote(string text) => "'" + text + "'";

                private string Current() => Load();

                private string Load()
                {
                    var v = _apiSecret;
                    return v;
                }

                private static void LogLength(ILogger logger, string value) => logger.LogInformation("{L}", value.Length);

                private static string Describe(string value) => "configured";

                private static string Show(string value) => value.Substring(0, 4) + "***";

                private static void Fail(string reason) => throw new InvalidOperationException("failed: " + reason);
            """;

        [Fact]
        public Task Reports_a_secret_passed_through_two_helper_levels_into_a_log() => new Verify.Test
        {
            TestCode = LoggingTestCode.Method("""Audit(logger, {|#0:apiSecret|});""", extraMembers: Helpers),
            ExpectedDiagnostics = { Verify.Diagnostic("EXK401").WithLocation(0).WithArguments("Secret 'apiSecret'", "ILogger.LogInformation via 'Audit'") },
        }.RunAsync();

        [Fact]
        public Task Reports_a_secret_returned_through_two_helper_levels() => new Verify.Test
        {
            TestCode = LoggingTestCode.Method("""logger.LogInformation("{V}", {|#0:Wrap(passphrase)|}); logger.LogInformation("{C}", {|#1:Current()|});""", extraMembers: Helpers),
            ExpectedDiagnostics =
            {
                Verify.Diagnostic("EXK401").WithLocation(0).WithArguments("Secret 'passphrase'", "ILogger.LogInformation"),
                Verify.Diagnostic("EXK401").WithLocation(1).WithArguments("Secret returned by 'Current()'", "ILogger.LogInformation"),
            },
        }.RunAsync();

        [Fact]
        public Task Reports_a_helper_result_held_in_a_local_among_locals_no_sink_reads_as_secret() => new Verify.Test
        {
            // Only the locals a sink reads are judged; the others (and the logged label) stay clean.
            TestCode = LoggingTestCode.Method("""
                var label = Quote(symbol);
                var line = Wrap(passphrase);
                var unused = Wrap(apiSecret);
                var count = label.Length;
                logger.LogInformation("{S} {N}", label, count);
                logger.LogInformation("{V}", {|#0:line|});
                Audit(logger, orderId);
                """, extraMembers: Helpers),
            ExpectedDiagnostics = { Verify.Diagnostic("EXK401").WithLocation(0).WithArguments("Secret 'passphrase'", "ILogger.LogInformation") },
        }.RunAsync();

        [Fact]
        public Task Reports_calls_to_helpers_of_the_type_however_they_are_spelled_and_wherever_the_type_is_declared() => new Verify.Test
        {
            // The symbol-end join is kept for a type whose text spells a helper's name more often than it declares it: here
            // a verbatim name, a qualified call and an overload, in another part of a partial type.
            TestState =
            {
                Sources =
                {
                    LoggingTestCode.Usings + LoggingTestCode.Types + """
                    public partial class Bot
                    {
                        private readonly ILogger _logger;
                        public Bot(ILogger logger) => _logger = logger;
                        private void Audit(string text) => _logger.LogInformation("audit {T}", text);
                        private void Audit(int code) => _logger.LogInformation("audit {C}", code);
                        private static string Wrap(string value) => "[" + value + "]";
                    }
                    """,
                    LoggingTestCode.Usings + """
                    public partial class Bot
                    {
                        public void Start(string apiSecret, string passphrase, int code)
                        {
                            @Audit({|#0:apiSecret|});
                            this.Audit(code);
                            _logger.LogInformation("{V}", {|#1:Bot.Wrap(passphrase)|});
                        }
                    }
                    """,
                },
            },
            ExpectedDiagnostics =
            {
                Verify.Diagnostic("EXK401").WithLocation(0).WithArguments("Secret 'apiSecret'", "ILogger.LogInformation via 'Audit'"),
                Verify.Diagnostic("EXK401").WithLocation(1).WithArguments("Secret 'passphrase'", "ILogger.LogInformation"),
            },
        }.RunAsync();

        [Fact]
        public Task Reports_a_secret_handed_to_a_helper_that_throws_it_as_EXK402() => new Verify.Test
        {
            TestCode = LoggingTestCode.Method("""var reason = "bad key " + apiSecret; Fail({|#0:reason|});""", extraMembers: Helpers),
            ExpectedDiagnostics = { Verify.Diagnostic("EXK402").WithLocation(0).WithArguments("Secret 'apiSecret'", "InvalidOperationException via 'Fail'") },
        }.RunAsync();

        [Theory]
        [InlineData("""LogLength(logger, apiSecret);""")]
        [InlineData("""logger.LogInformation("{D}", Describe(apiSecret));""")]
        [InlineData("""logger.LogInformation("{S}", Show(apiSecret));""")]
        [InlineData("""Audit(logger, symbol); Write(logger, orderId); logger.LogInformation("{W}", Wrap(symbol));""")]
        [InlineData("""Audit(logger, apiSecret.Length.ToString());""")]
        public Task No_diagnostic_for_helpers_that_measure_replace_or_mask_the_secret(string body) => Run(body, extraMembers: Helpers);

        [Fact]
        public Task Reports_a_secret_handed_to_local_functions_that_log_or_return_it() => new Verify.Test
        {
            TestCode = LoggingTestCode.Method("""
                void Write(string line) => logger.LogInformation(line);
                string Wrap(string v) => "[" + v + "]";
                Write("k=" + {|#0:apiSecret|});
                logger.LogInformation("{V}", {|#1:Wrap(passphrase)|});
                """),
            ExpectedDiagnostics =
            {
                Verify.Diagnostic("EXK401").WithLocation(0).WithArguments("Secret 'apiSecret'", "ILogger.LogInformation via 'Write'"),
                Verify.Diagnostic("EXK401").WithLocation(1).WithArguments("Secret 'passphrase'", "ILogger.LogInformation"),
            },
        }.RunAsync();

        [Fact]
        public Task No_diagnostic_for_local_functions_and_lambdas_that_keep_the_secret_inside() => Run("""
            void LogLength(string v) => logger.LogInformation("{L}", v.Length);
            LogLength(apiSecret);
            logger.LogInformation("{L}", Label());
            """, extraMembers: """
                private string Label()
                {
                    System.Func<string> reveal = () => _apiSecret;
                    return "label";
                }
            """);

        [Fact]
        public Task Reports_a_secret_handed_to_a_local_function_of_a_constructor_in_a_type_without_methods() => new Verify.Test
        {
            TestCode = LoggingTestCode.Usings + """
                public sealed class Startup
                {
                    public Startup(ILogger logger, string apiSecret)
                    {
                        void Write(string line) => logger.LogInformation(line);
                        Write("k=" + {|#0:apiSecret|});
                    }
                }
                """,
            ExpectedDiagnostics = { Verify.Diagnostic("EXK401").WithLocation(0).WithArguments("Secret 'apiSecret'", "ILogger.LogInformation via 'Write'") },
        }.RunAsync();

        [Fact]
        public Task Reports_local_function_results_in_a_type_whose_methods_cannot_carry_a_secret() => new Verify.Test
        {
            // No ordinary method of the type can carry text (no symbol-end join): the local functions are joined at the
            // end of the body that declares them, through two of them, and a masking one stays silent.
            TestCode = LoggingTestCode.Usings + """
                public sealed class Ticker
                {
                    private readonly ILogger _logger;
                    private readonly string _apiSecret = Environment.GetEnvironmentVariable("EXCHANGE_API_SECRET") ?? "";

                    public Ticker(ILogger logger) => _logger = logger;

                    public void Tick(int count)
                    {
                        _logger.LogInformation("{S} {N}", {|#0:Signed()|}, count);
                        _logger.LogInformation("{M} {N}", Masked(), count);
                        string Signed() => Wrap(_apiSecret);
                        string Wrap(string v) => "[" + v + "]";
                        string Masked() => "***";
                    }
                }
                """,
            ExpectedDiagnostics = { Verify.Diagnostic("EXK401").WithLocation(0).WithArguments("Secret returned by 'Signed()'", "ILogger.LogInformation") },
        }.RunAsync();

        [Fact]
        public Task Reports_in_types_whose_methods_cannot_carry_a_secret_through_a_helper() => new Verify.Test
        {
            TestCode = LoggingTestCode.Usings + """
                public sealed class Position
                {
                    private readonly ILogger _logger;
                    private readonly string _apiSecret = Environment.GetEnvironmentVariable("EXCHANGE_API_SECRET") ?? "";

                    public Position(ILogger logger) => _logger = logger;

                    public decimal Size { get; private set; }

                    public void Apply(decimal quantity)
                    {
                        Size += quantity;
                        Count(1);
                        _logger.LogInformation("Applied {Q} with {K}", quantity, {|#0:_apiSecret|});
                    }

                    private void Count(int step) => _logger.LogDebug("step {S}", step);

                    public sealed class Nested
                    {
                        private static string Wrap(string value) => "[" + value + "]";

                        public void Dump(ILogger logger, string passphrase) => logger.LogInformation("{T}", {|#1:Wrap(passphrase)|});
                    }
                }
                """,
            ExpectedDiagnostics =
            {
                Verify.Diagnostic("EXK401").WithLocation(0).WithArguments("Secret '_apiSecret'", "ILogger.LogInformation"),
                Verify.Diagnostic("EXK401").WithLocation(1).WithArguments("Secret 'passphrase'", "ILogger.LogInformation"),
            },
        }.RunAsync();

        [Fact]
        public Task Reports_a_secret_logged_in_top_level_statements() => new Verify.Test
        {
            TestState =
            {
                OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication,
                Sources =
                {
                    """
                    using System;
                    var apiSecret = Environment.GetEnvironmentVariable("EXCHANGE_API_SECRET");
                    var line = "key=" + apiSecret;
                    Console.WriteLine({|EXK401:line|});
                    """,
                },
            },
        }.RunAsync();

        // ---------------- Negatives ----------------

        [Theory]
        [InlineData("""logger.LogInformation("Order {Id}", orderId);""")]
        [InlineData("""logger.LogWarning("ApiSecret is missing");""")]
        [InlineData("""logger.LogWarning("{Name} is missing", nameof(apiSecret));""")]
        [InlineData("""logger.LogWarning("{Name} is missing", nameof(ExchangeOptions.ApiSecret));""")]
        [InlineData("""logger.LogInformation("Key {K}", apiSecret.Substring(0, 4));""")]
        [InlineData("""logger.LogInformation("Key {K}", apiSecret[..4]);""")]
        [InlineData("""logger.LogInformation("Key {K}", apiSecret[^4..]);""")]
        [InlineData("""logger.LogInformation("Key {K}", apiSecret.Substring(apiSecret.Length - 4));""")]
        [InlineData("""logger.LogInformation("Key {K}", apiSecret.AsSpan(0, 3).ToString());""")]
        [InlineData("""logger.LogInformation("Key {K}", apiSecret.Substring(0, 4) + "***");""")]
        [InlineData("""logger.LogInformation("Len {L}", apiSecret.Length);""")]
        [InlineData("""logger.LogInformation("Set {S}", string.IsNullOrEmpty(apiSecret));""")]
        [InlineData("""logger.LogInformation("Set {S}", apiSecret != null);""")]
        [InlineData("""logger.LogInformation("Hash {H}", Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(apiSecret))));""")]
        [InlineData("""using var sha = SHA256.Create(); logger.LogInformation("Hash {H}", Convert.ToBase64String(sha.ComputeHash(secretKey)));""")]
        [InlineData("""logger.LogInformation("Key {K}", KeyFormatter.MaskSecret(apiSecret));""")]
        [InlineData("""logger.LogInformation("Label {L}", options.Value.KeyLabel);""")]
        [InlineData("""logger.LogInformation("Symbol {S}", options.Value.Symbol);""")]
        [InlineData("""logger.LogInformation("{K}", configuration["Binance:BaseUrl"]);""")]
        [InlineData("""logger.LogInformation("{K}", configuration["Binance:ApiKeyHeaderName"]);""")]
        [InlineData("""logger.LogInformation("{K}", Environment.GetEnvironmentVariable("BINANCE_REGION"));""")]
        [InlineData("""Console.WriteLine("Loaded ApiSecret from configuration");""")]
        [InlineData("""Console.WriteLine(symbol);""")]
        [InlineData("""Console.WriteLine(orderId.Length);""")]
        [InlineData("""Debug.WriteLine($"Order {orderId} for {symbol}");""")]
        [InlineData("""var keyId = options.Value.KeyLabel; logger.LogInformation("{K}", keyId);""")]
        [InlineData("""var secretName = "binance-api-secret"; logger.LogInformation("{N}", secretName);""")]
        [InlineData("""logger.LogInformation("{C}", apiSecret == null ? "missing" : "present");""")]
        [InlineData("""logger.LogInformation("{H}", apiSecret.GetHashCode());""")]
        [InlineData("""Trace.TraceWarning("Key rotation due for {0}", options.Value.KeyLabel);""")]
        [InlineData("""Activity.Current?.SetTag("symbol", symbol);""")]
        [InlineData("""var secretLength = apiSecret.Length; logger.LogInformation("{L}", secretLength);""")]
        [InlineData("""logger.LogInformation("{P}", new string('*', apiSecret.Length));""")]
        [InlineData("""logger.LogInformation("{K}", apiKeyId);""")]
        [InlineData("""logger.LogInformation("{K}", passwordPolicy);""")]
        [InlineData("""logger.LogInformation("{T}", typeof(ExchangeOptions).Name);""")]
        [InlineData("""logger.LogInformation("{Sig}", Sign(symbol, apiSecret));""")]
        [InlineData("""logger.LogInformation("{U}", options.Value.ApiKey is { Length: > 0 });""")]
        [InlineData("""var copy = apiSecret; Use(copy);""")]
        [InlineData("""var s = string.Format("{0}", apiSecret); Use(s);""")]
        [InlineData("""logger.LogInformation("{O}", order);""")]
        [InlineData("""logger.LogInformation("Using {@Order}", order);""")]
        [InlineData("""logger.LogInformation("{K}", options.Value.ApiKey?.Length);""")]
        [InlineData("""var response = await _http.GetStringAsync("https://api.binance.com/api/v3/time"); logger.LogInformation("{R}", response);""")]
        [InlineData("""logger.LogInformation("Key ends with {K}", apiSecret[^3..]);""")]
        [InlineData("""var cfg = new System.Collections.Generic.Dictionary<string, string>(); logger.LogInformation("{S}", cfg["symbol"]);""")]
        [InlineData("""var apiKey = "X-MBX-APIKEY"; logger.LogInformation("Header {H}", apiKey);""")]
        [InlineData("""string passphrase2 = ""; logger.LogInformation("{P}", passphrase2);""")]
        public Task No_diagnostic_for_non_secret_or_masked_values(string body) => Run(body);

        [Theory]
        [InlineData("""serilog.Information("Order {Id}", orderId);""")]
        [InlineData("""nlog.Info("ApiSecret missing");""")]
        [InlineData("""log4.InfoFormat("{0}", apiSecret.Length);""")]
        [InlineData("""serilog.ForContext("Symbol", symbol).Information("placed");""")]
        public Task No_diagnostic_for_non_secret_values_in_other_loggers(string body) =>
            Run(body, loggers: true, extraParameters: ", Serilog.ILogger serilog, NLog.Logger nlog, log4net.ILog log4");

        [Fact]
        public Task No_diagnostic_for_a_user_mask_method_listed_in_editorconfig() => Run(
            """logger.LogInformation("{K}", KeyFormatter.ToDisplaySecret(apiSecret));""",
            editorConfig: "secrets_analyzers.mask_methods = KeyFormatter.ToDisplaySecret");

        [Fact]
        public Task Reports_a_secret_named_helper_when_not_listed_as_mask_method() => Run(
            """logger.LogInformation("{K}", {|EXK401:KeyFormatter.ToDisplaySecret(apiSecret)|});""");

        [Fact]
        public Task No_diagnostic_for_public_members_of_credential_types() => Run(
            """logger.LogInformation("{A}", ethKey.GetPublicAddress());""",
            extraParameters: ", Nethereum.Signer.EthECKey ethKey", stubs: new[] { LoggingStubs.ExchangeSharpAndNethereum });

        [Fact]
        public Task No_diagnostic_in_generated_code() => new Verify.Test
        {
            TestCode = "// <auto-generated/>\n" + LoggingTestCode.Method("""logger.LogInformation("{K}", apiSecret);"""),
        }.RunAsync();
    }
}
