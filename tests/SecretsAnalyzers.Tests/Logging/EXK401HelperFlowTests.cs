using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;
using SecretsAnalyzers.Logging;
using Xunit;
using Verify = SecretsAnalyzers.Tests.CSharpAnalyzerVerifier<SecretsAnalyzers.Logging.EXK401HelperFlowAnalyzer>;
using VerifyPackage = SecretsAnalyzers.Tests.CSharpAnalyzerVerifier<SecretsAnalyzers.SecretsAnalyzer>;

namespace SecretsAnalyzers.Tests.Logging
{
    /// <summary>
    /// EXK401 across types: a secret handed to a helper of another type of the compilation that logs it, passes it to a
    /// helper that does, or returns it to a caller that logs the result. Joined at compilation end and reported with the
    /// CompilationEnd twin of EXK401 at the caller's argument ({|#0:…|}); what the in-member analyzer or the same-type
    /// helper summaries already find is not reported again.
    /// </summary>
    public class EXK401HelperFlowTests
    {
        private const string Code = LoggingTestCode.Usings + LoggingTestCode.Types;

        /// <summary>A static logging helper, as many bots keep one.</summary>
        private const string LogHelper = """

            public static class LogHelper
            {
                public static ILogger Logger { get; set; }

                public static void Write(string message) => Logger.LogInformation(message);

                public static void Event(string name, string detail) => Logger.LogInformation("Event {Name}", name);

                public static void WriteMasked(string value) => Logger.LogInformation("{V}", value.Substring(0, 4) + "***");

                public static void WriteLength(string value) => Logger.LogInformation("{L}", value.Length);

                public static void WriteHash(string value) => Logger.LogInformation("{H}", Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(value))));

                public static void WriteRedacted(string value) => Logger.LogInformation("{V}", KeyFormatter.MaskSecret(value));
            }

            """;

        private static DiagnosticResult Expected(int marker, string secret, string sink) =>
            Verify.Diagnostic().WithLocation(marker).WithArguments(secret, sink);

        private static Task Run(string code, params DiagnosticResult[] expected)
        {
            var test = new Verify.Test { TestCode = Code + code };
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync();
        }

        // ---------------------------------------------------------------- positives

        [Fact]
        public Task Reports_a_secret_passed_to_a_static_helper_of_another_class_that_logs_it() => Run(LogHelper + """
            public sealed class Trader
            {
                public void Start(string apiSecret) => LogHelper.Write("key " + {|#0:apiSecret|});
            }
            """, Expected(0, "Secret 'apiSecret'", "ILogger.LogInformation via 'LogHelper.Write'"));

        [Fact]
        public Task Reports_a_configuration_secret_passed_to_a_static_helper() => Run(LogHelper + """
            public sealed class Trader
            {
                public void Start(IConfiguration configuration) => LogHelper.Write({|#0:configuration["Binance:ApiSecret"]|});
            }
            """, Expected(0, "Secret configuration value 'Binance:ApiSecret'", "ILogger.LogInformation via 'LogHelper.Write'"));

        [Fact]
        public Task Reports_a_secret_passed_to_an_instance_helper_of_an_injected_service() => Run("""
            public sealed class AuditService
            {
                private readonly ILogger _logger;
                public AuditService(ILogger logger) => _logger = logger;
                public void Record(string what, string detail) => _logger.LogWarning("{What}: {Detail}", what, detail);
            }

            public sealed class Trader
            {
                private readonly AuditService _audit;
                public Trader(AuditService audit) => _audit = audit;
                public void Start(IOptions<ExchangeOptions> options) => _audit.Record("start", {|#0:options.Value.ApiSecret|});
            }
            """, Expected(0, "Secret 'ApiSecret'", "ILogger.LogWarning via 'AuditService.Record'"));

        [Fact]
        public Task Reports_a_secret_passed_to_an_extension_method_that_logs_it() => Run("""
            public static class LoggerExtensions
            {
                public static void LogConnection(this ILogger logger, string exchange, string detail) =>
                    logger.LogInformation("Connecting to {Exchange} with {Detail}", exchange, detail);
            }

            public sealed class Trader
            {
                public void Start(ILogger logger, string passphrase) => logger.LogConnection("kraken", {|#0:passphrase|});
            }
            """, Expected(0, "Secret 'passphrase'", "ILogger.LogInformation via 'LoggerExtensions.LogConnection'"));

        [Fact]
        public Task Reports_a_secret_passed_through_two_hops_across_two_classes() => Run(LogHelper + """
            public static class Audit
            {
                public static void Note(string text) => LogHelper.Write("note: " + text);
            }

            public sealed class Trader
            {
                public void Start(string apiSecret) => Audit.Note({|#0:apiSecret|});
            }
            """, Expected(0, "Secret 'apiSecret'", "ILogger.LogInformation via 'Audit.Note'"));

        [Fact]
        public Task Reports_a_secret_returned_by_a_helper_of_another_class_and_logged_by_the_caller() => Run("""
            public static class Format
            {
                public static string Labelled(string label, string text) => label + ": " + text;
            }

            public sealed class Trader
            {
                public void Start(ILogger logger, string apiSecret) => logger.LogInformation({|#0:Format.Labelled("using", apiSecret)|});
            }
            """, Expected(0, "Secret 'apiSecret'", "ILogger.LogInformation"));

        [Fact]
        public Task Reports_a_helper_result_handed_to_a_logging_helper_by_a_caller_that_logs_nothing_itself() => Run(LogHelper + """
            public static class Format
            {
                public static string Labelled(string label, string text) => label + ": " + text;
            }

            public sealed class Trader
            {
                public void Start(string apiSecret, string symbol)
                {
                    var note = Format.Labelled("symbol", symbol);
                    LogHelper.Write({|#0:Format.Labelled("using", apiSecret)|});
                    LogHelper.Write(note);
                }
            }
            """, Expected(0, "Secret 'apiSecret'", "ILogger.LogInformation via 'LogHelper.Write'"));

        [Fact]
        public Task Reports_a_secret_passed_to_a_helper_declared_in_another_file() => new Verify.Test
        {
            TestState =
            {
                Sources =
                {
                    ("/0/Trader.cs", Code + """
                        public sealed class Trader
                        {
                            public void Start(string apiSecret) => Diagnostics.Trace({|#0:apiSecret|});
                        }
                        """),
                    ("/0/Diagnostics.cs", """
                        using System;
                        public static partial class Diagnostics
                        {
                            public static void Trace(string line) => Emit("trace: " + line);
                        }
                        """),
                    ("/0/Diagnostics.Emit.cs", """
                        using System;
                        public static partial class Diagnostics
                        {
                            private static void Emit(string text) => Console.WriteLine(text);
                        }
                        """),
                },
            },
            ExpectedDiagnostics = { Expected(0, "Secret 'apiSecret'", "Console.WriteLine via 'Diagnostics.Trace'") },
        }.RunAsync();

        [Fact]
        public Task Reports_through_a_helper_of_the_callers_type_that_hands_the_secret_to_another_type() => Run(LogHelper + """
            public sealed class Trader
            {
                public void Start(string apiSecret) => Announce({|#0:apiSecret|});
                private static void Announce(string text) => LogHelper.Write("announce " + text);
            }
            """, Expected(0, "Secret 'apiSecret'", "ILogger.LogInformation via 'Announce'"));

        [Fact]
        public Task Reports_a_cycle_of_helpers_where_one_logs() => Run("""
            public static class Ping
            {
                public static void Send(ILogger logger, string text, int hops) { logger.LogInformation(text); if (hops > 0) Pong.Send(logger, text, hops - 1); }
            }

            public static class Pong
            {
                public static void Send(ILogger logger, string text, int hops) { if (hops > 0) Ping.Send(logger, text, hops - 1); }
            }

            public sealed class Trader
            {
                public void Start(ILogger logger, string apiSecret) => Pong.Send(logger, {|#0:apiSecret|}, 3);
            }
            """, Expected(0, "Secret 'apiSecret'", "ILogger.LogInformation via 'Pong.Send'"));

        [Fact]
        public Task Reports_through_eight_helpers_in_a_row() => Run(Chain(8), Expected(0, "Secret 'apiSecret'", "ILogger.LogInformation via 'Hop1.Pass'"));

        [Theory]
        [InlineData("""public Trader(string apiSecret) => LogHelper.Write({|#0:apiSecret|});""")]
        [InlineData("""public string Key { set => LogHelper.Write("set " + {|#0:_apiSecret|}); }""")]
        [InlineData("""public Task Start(string apiSecret) => Task.Run(() => LogHelper.Write({|#0:apiSecret|}));""")]
        [InlineData("""public void Start(string apiSecret) { void Announce() => LogHelper.Write({|#0:apiSecret|}); Announce(); }""")]
        [InlineData("""public void Start(string apiSecret) { var copy = apiSecret; LogHelper.Write($"k={{|#0:copy|}}"); }""")]
        public Task Reports_from_every_kind_of_caller_body(string member) => Run(LogHelper + """
            public sealed class Trader
            {
                private string _apiSecret = Environment.GetEnvironmentVariable("EXCHANGE_API_SECRET");
            """ + member + """

            }
            """, Expected(0, member.Contains("_apiSecret") ? "Secret '_apiSecret'" : "Secret 'apiSecret'", "ILogger.LogInformation via 'LogHelper.Write'"));

        [Fact]
        public Task Reports_a_secret_that_is_the_receiver_of_an_extension_method() => Run("""
            public static class TextExtensions
            {
                public static void Dump(this string text) => Console.WriteLine("dump: " + text);
            }

            public sealed class Trader
            {
                public void Start(string apiSecret) => {|#0:apiSecret|}.Dump();
            }
            """, Expected(0, "Secret 'apiSecret'", "Console.WriteLine via 'TextExtensions.Dump'"));

        [Fact]
        public Task Reports_a_secret_passed_to_a_helper_of_a_nested_type() => Run("""
            public sealed class Trader
            {
                public void Start(string apiSecret) => Log.Write({|#0:apiSecret|});

                private static class Log
                {
                    public static void Write(string line) => Console.WriteLine("trader: " + line);
                }
            }
            """, Expected(0, "Secret 'apiSecret'", "Console.WriteLine via 'Log.Write'"));

        [Fact]
        public Task Reports_a_secret_passed_to_a_generic_helper_of_another_class() => Run("""
            public static class Dump
            {
                public static void Value<T>(T value) => Console.WriteLine(value);
            }

            public sealed class Trader
            {
                public void Start(string apiSecret) => Dump.Value({|#0:apiSecret|});
            }
            """, Expected(0, "Secret 'apiSecret'", "Console.WriteLine via 'Dump.Value'"));

        // ---------------------------------------------------------------- look-alikes that stay silent

        [Fact]
        public Task No_diagnostic_for_a_helper_called_through_an_interface() => Run("""
            public interface IAudit
            {
                void Record(string detail);
            }

            public sealed class ConsoleAudit : IAudit
            {
                public void Record(string detail) => Console.WriteLine(detail);
            }

            public sealed class Trader
            {
                private readonly IAudit _audit;
                public Trader(IAudit audit) => _audit = audit;
                public void Start(string apiSecret) => _audit.Record(apiSecret);
            }
            """);

        [Theory]
        [InlineData("""LogHelper.Event("start", apiSecret);""")]
        [InlineData("""LogHelper.WriteMasked(apiSecret);""")]
        [InlineData("""LogHelper.WriteLength(apiSecret);""")]
        [InlineData("""LogHelper.WriteHash(apiSecret);""")]
        [InlineData("""LogHelper.WriteRedacted(apiSecret);""")]
        [InlineData("""LogHelper.Write(symbol); LogHelper.Write("static text");""")]
        [InlineData("""LogHelper.Write(apiSecret.Length.ToString());""")]
        public Task No_diagnostic_for_helpers_that_log_another_parameter_or_mask_measure_or_hash_the_secret(string body) => Run(LogHelper + """
            public sealed class Trader
            {
                public void Start(string apiSecret, string symbol)
                {
            """ + body + """

                }
            }
            """);

        // Through the package analyzer EXK401's live descriptor reports these two, once each
        // (Package_reports_each_finding_once_in_member_through_own_type_and_across_types); the twin adds nothing.
        [Fact]
        public Task No_diagnostic_when_caller_and_helper_share_a_type_as_EXK401_reports_it_at_symbol_end() => new Verify.Test
        {
            TestCode = Code + LogHelper + """
                public sealed class Trader
                {
                    private readonly ILogger _logger;
                    public Trader(ILogger logger) => _logger = logger;
                    public void Start(string apiSecret) { Write(apiSecret); Both(apiSecret); }
                    private void Write(string line) => _logger.LogInformation(line);
                    private void Both(string line) { _logger.LogInformation(line); LogHelper.Write(line); }
                }
                """,
            ThroughPackageAnalyzer = false,
        }.RunAsync();

        [Fact]
        public Task No_diagnostic_for_a_cycle_of_helpers_that_never_logs() => Run("""
            public static class Ping
            {
                public static string Send(string text, int hops) => hops > 0 ? Pong.Send(text, hops - 1) : "done";
            }

            public static class Pong
            {
                public static string Send(string text, int hops) => hops > 0 ? Ping.Send(text, hops - 1) : "done";
            }

            public sealed class Trader
            {
                public void Start(ILogger logger, string apiSecret) => logger.LogInformation(Pong.Send(apiSecret, 3));
            }
            """);

        [Fact]
        public Task No_diagnostic_past_the_depth_limit_of_eight_helpers() => Run(Chain(9));

        [Fact]
        public Task No_diagnostic_for_a_helper_in_generated_code() => new Verify.Test
        {
            TestState =
            {
                Sources =
                {
                    ("/0/Trader.cs", Code + """
                        public sealed class Trader
                        {
                            public void Start(string apiSecret) => GeneratedLog.Write(apiSecret);
                        }
                        """),
                    ("/0/GeneratedLog.g.cs", """
                        // <auto-generated/>
                        using System;
                        public static class GeneratedLog
                        {
                            public static void Write(string line) => Console.WriteLine(line);
                        }
                        """),
                },
            },
        }.RunAsync();

        [Fact]
        public Task No_diagnostic_for_a_caller_in_generated_code() => new Verify.Test
        {
            TestState =
            {
                Sources =
                {
                    ("/0/Trader.g.cs", "// <auto-generated/>\n" + Code + """
                        public sealed class Trader
                        {
                            public void Start(string apiSecret) => ConsoleLog.Write(apiSecret);
                        }
                        """),
                    ("/0/ConsoleLog.cs", """
                        using System;
                        public static class ConsoleLog
                        {
                            public static void Write(string line) => Console.WriteLine(line);
                        }
                        """),
                },
            },
        }.RunAsync();

        [Fact]
        public Task No_diagnostic_for_a_helper_in_a_referenced_project() => new Verify.Test
        {
            TestState =
            {
                Sources =
                {
                    Code + """
                        public sealed class Trader
                        {
                            public void Start(string apiSecret) => Shared.ConsoleLog.Write(apiSecret);
                        }
                        """,
                },
                AdditionalProjects =
                {
                    ["Shared"] =
                    {
                        Sources =
                        {
                            """
                            namespace Shared
                            {
                                public static class ConsoleLog
                                {
                                    public static void Write(string line) => System.Console.WriteLine(line);
                                }
                            }
                            """,
                        },
                    },
                },
                AdditionalProjectReferences = { "Shared" },
            },
        }.RunAsync();

        [Fact]
        public async Task No_diagnostic_for_a_helper_in_a_referenced_assembly()
        {
            // The helper's body exists only as IL: nothing was recorded for it, so it is not followed.
            var references = await TestReferences.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
            var library = CSharpCompilation.Create("SharedLogging",
                new[] { CSharpSyntaxTree.ParseText("namespace Shared { public static class ConsoleLog { public static void Write(string line) => System.Console.WriteLine(line); } }") },
                references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            using var image = new MemoryStream();
            Assert.True(library.Emit(image).Success);
            var test = new Verify.Test
            {
                TestCode = Code + """
                    public sealed class Trader
                    {
                        public void Start(string apiSecret) => Shared.ConsoleLog.Write(apiSecret);
                    }
                    """,
            };
            test.TestState.AdditionalReferences.Add(MetadataReference.CreateFromImage(image.ToArray()));
            await test.RunAsync();
        }

        // ---------------------------------------------------------------- the package analyzer: one walk, one report per finding

        [Fact]
        public Task Package_reports_each_finding_once_in_member_through_own_type_and_across_types() => new VerifyPackage.Test
        {
            TestCode = LoggingTestCode.Usings + """
                public static class LogHelper
                {
                    public static ILogger Logger { get; set; }
                    public static void Write(string message) => Logger.LogInformation(message);
                }

                public sealed class Trader
                {
                    private readonly ILogger _logger;
                    public Trader(ILogger logger) => _logger = logger;

                    public void Start(string apiSecret, string passphrase)
                    {
                        _logger.LogInformation("{K}", {|#0:apiSecret|});
                        Both({|#1:apiSecret|});
                        LogHelper.Write({|#2:passphrase|});
                    }

                    private void Both(string line) { _logger.LogInformation(line); LogHelper.Write(line); }
                }
                """,
            ExpectedDiagnostics =
            {
                VerifyPackage.Diagnostic("EXK401").WithLocation(0).WithArguments("Secret 'apiSecret'", "ILogger.LogInformation"),
                VerifyPackage.Diagnostic("EXK401").WithLocation(1).WithArguments("Secret 'apiSecret'", "ILogger.LogInformation via 'Both'"),
                VerifyPackage.Diagnostic("EXK401").WithLocation(2).WithArguments("Secret 'passphrase'", "ILogger.LogInformation via 'LogHelper.Write'"),
            },
        }.RunAsync();

        [Fact]
        public Task Package_reports_a_secret_named_helper_parameter_inside_the_helper_only() => new VerifyPackage.Test
        {
            TestCode = LoggingTestCode.Usings + """
                public static class LoggerExtensions
                {
                    public static void LogCredential(this ILogger logger, string credential) => logger.LogInformation("{C}", {|#0:credential|});
                }

                public sealed class Trader
                {
                    public void Start(ILogger logger, string apiSecret) => logger.LogCredential(apiSecret);
                }
                """,
            ExpectedDiagnostics = { VerifyPackage.Diagnostic("EXK401").WithLocation(0).WithArguments("Secret 'credential'", "ILogger.LogInformation") },
        }.RunAsync();

        /// <summary>A caller and <paramref name="hops"/> helpers in as many classes, each passing its parameter to the next; the last logs it.</summary>
        private static string Chain(int hops)
        {
            var code = new System.Text.StringBuilder("""
                public sealed class Trader
                {
                    public void Start(string apiSecret) => Hop1.Pass(
                """);
            code.Append(hops == 8 ? "{|#0:apiSecret|}" : "apiSecret").Append(");\n}\n");
            for (var i = 1; i <= hops; i++)
            {
                code.Append("public static class Hop").Append(i).Append("\n{\n    public static ILogger Logger { get; set; }\n    public static void Pass(string text) => ");
                code.Append(i == hops ? "Logger.LogInformation(text);" : "Hop" + (i + 1) + ".Pass(text);").Append("\n}\n");
            }

            return code.ToString();
        }
    }
}
