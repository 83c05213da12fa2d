using System.Threading.Tasks;
using SecretsAnalyzers.Tests.Stubs;
using Fix403 = SecretsAnalyzers.Tests.CSharpCodeFixVerifier<SecretsAnalyzers.Logging.EXK403TypePrintsSecretsAnalyzer, SecretsAnalyzers.CodeFixes.Logging.EXK403RedactToStringCodeFix>;
using Fix405 = SecretsAnalyzers.Tests.CSharpCodeFixVerifier<SecretsAnalyzers.Logging.EXK405SdkVerboseLoggingAnalyzer, SecretsAnalyzers.CodeFixes.Logging.EXK405DisableRequestLoggingCodeFix>;

namespace SecretsAnalyzers.Tests.Logging
{
    public class EXK403And405CodeFixTests
    {
        private static Task Run403(string before, string after, string key = "EXK403.PrintMembers") => new Fix403.Test
        {
            TestCode = "using System.Text;\n\n" + before,
            FixedCode = "using System.Text;\n\n" + after,
            CodeActionEquivalenceKey = key,
        }.RunAsync();

        [Fact]
        public Task Adds_protected_virtual_PrintMembers_to_a_record() => Run403(
            """
            public record ExchangeKeys(string Symbol, string [|ApiSecret|]);
            """,
            """
            public record ExchangeKeys(string Symbol, string ApiSecret)
            {
                protected virtual bool PrintMembers(StringBuilder builder)
                {
                    builder.Append("Symbol = ").Append(Symbol);
                    builder.Append(", ApiSecret = ***");
                    return true;
                }
            }
            """);

        [Fact]
        public Task Adds_private_PrintMembers_to_a_sealed_record_with_a_body() => Run403(
            """
            public sealed record Keys
            {
                public string [|ApiKey|] { get; init; }
                public int Port { get; init; }
            }
            """,
            """
            public sealed record Keys
            {
                public string ApiKey { get; init; }
                public int Port { get; init; }

                private bool PrintMembers(StringBuilder builder)
                {
                    builder.Append("ApiKey = ***");
                    builder.Append(", Port = ").Append(Port);
                    return true;
                }
            }
            """);

        [Fact]
        public Task Adds_private_PrintMembers_to_a_record_struct() => Run403(
            """
            public record struct Keys(string [|Passphrase|]);
            """,
            """
            public record struct Keys(string Passphrase)
            {
                private bool PrintMembers(StringBuilder builder)
                {
                    builder.Append("Passphrase = ***");
                    return true;
                }
            }
            """);

        [Fact]
        public Task Adds_protected_override_PrintMembers_to_a_derived_record() => Run403(
            """
            public record Base(string Symbol);
            public record Derived(string Symbol, string [|ApiSecret|]) : Base(Symbol);
            """,
            """
            public record Base(string Symbol);
            public record Derived(string Symbol, string ApiSecret) : Base(Symbol)
            {
                protected override bool PrintMembers(StringBuilder builder)
                {
                    if (base.PrintMembers(builder))
                    {
                        builder.Append(", ");
                    }

                    builder.Append("ApiSecret = ***");
                    return true;
                }
            }
            """);

        [Fact]
        public Task Fixes_all_records_in_the_document() => Run403(
            """
            public record A(string [|ApiSecret|]);
            public sealed record B(string [|Passphrase|]);
            """,
            """
            public record A(string ApiSecret)
            {
                protected virtual bool PrintMembers(StringBuilder builder)
                {
                    builder.Append("ApiSecret = ***");
                    return true;
                }
            }
            public sealed record B(string Passphrase)
            {
                private bool PrintMembers(StringBuilder builder)
                {
                    builder.Append("Passphrase = ***");
                    return true;
                }
            }
            """);

        [Fact]
        public Task Rewrites_class_ToString_to_print_stars() => Run403(
            """
            public class Opts
            {
                public string [|ApiSecret|] { get; set; }
                public string Symbol { get; set; }
                public override string ToString() => $"Symbol={Symbol} Secret={ApiSecret} " + this.ApiSecret;
            }
            """,
            """
            public class Opts
            {
                public string ApiSecret { get; set; }
                public string Symbol { get; set; }
                public override string ToString() => $"Symbol={Symbol} Secret=*** " + "***";
            }
            """,
            "EXK403.RedactToString");

        // ---------------- EXK405 ----------------

        private const string Head405 = """
            using System.Net.Http;
            using Microsoft.Extensions.Logging;

            class C
            {
                void M(ILogger logger, ILoggingBuilder builder, ccxt.Exchange exchange)
                {

            """;

        private const string Tail405 = """

                }
            }
            """;

        private static Task Run405(string before, string after, string key)
        {
            var test = new Fix405.Test
            {
                TestCode = Head405 + before + Tail405,
                FixedCode = Head405 + after + Tail405,
                CodeActionEquivalenceKey = key,
            };
            test.AddStub(LoggingStubs.Ccxt).AddStub(LoggingStubs.BinanceConnector).AddStub(LoggingStubs.LoggingBuilder).AddStub(LoggingStubs.CryptoExchange);
            return test.RunAsync();
        }

        [Fact]
        public Task Sets_verbose_to_false() => Run405(
            """        exchange.verbose = [|true|];""",
            """        exchange.verbose = false;""",
            "EXK405.DisableVerbose");

        [Fact]
        public Task Raises_levels_to_information_fix_all() => Run405(
            """
                    builder.SetMinimumLevel([|LogLevel.Debug|]);
                    builder.AddFilter("Binance.Net", [|LogLevel.Trace|]);
            """,
            """
                    builder.SetMinimumLevel(LogLevel.Information);
                    builder.AddFilter("Binance.Net", LogLevel.Information);
            """,
            "EXK405.RaiseLevel");

        [Fact]
        public Task Removes_the_binance_logging_handler() => Run405(
            """
                    var a = new HttpClient([|new Binance.Common.BinanceLoggingHandler(logger)|]);
                    var b = new HttpClient([|new Binance.Common.BinanceLoggingHandler(logger) { InnerHandler = new SocketsHttpHandler() }|]);
                    var t = new Binance.Spot.SpotAccountTrade(a, "k", "s");
            """,
            """
                    var a = new HttpClient(new HttpClientHandler());
                    var b = new HttpClient(new SocketsHttpHandler());
                    var t = new Binance.Spot.SpotAccountTrade(a, "k", "s");
            """,
            "EXK405.RemoveHandler");
    }
}
