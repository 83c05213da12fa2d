using System.Threading.Tasks;
using Fix401 = SecretsAnalyzers.Tests.CSharpCodeFixVerifier<SecretsAnalyzers.Logging.EXK401SecretLoggingAnalyzer, SecretsAnalyzers.CodeFixes.Logging.EXK401RedactSecretCodeFix>;

namespace SecretsAnalyzers.Tests.Logging
{
    /// <summary>
    /// EXK401 Remove edits the template the API binds (not the nearest literal), rewrites placeholders and values
    /// together so Fix All composes (numbered templates stay well-formed), and Redact logs the project's own mask.
    /// </summary>
    public class RedactionTemplateCodeFixTests
    {
        private static string Code(string body, string members = "") => """
            using System;
            using Microsoft.Extensions.Logging;

            class C
            {
            """ + members + """

                void M(ILogger logger, Serilog.ILogger log, string apiSecret, string passphrase, string symbol)
                {

            """ + body + """

                }
            }
            """;

        private static Fix401.Test Test(string before, string after, string key, string members = "")
        {
            var test = new Fix401.Test
            {
                TestCode = Code(before, members),
                FixedCode = Code(after, members),
                CodeActionEquivalenceKey = key,
            };
            test.WithLoggers();
            return test;
        }

        [Fact]
        public Task Remove_edits_the_bound_template_not_a_data_argument_with_braces() => Test(
            """        logger.LogInformation("Order {Payload} signed with {Key}", "{\"symbol\":\"BTC\"}", {|EXK401:apiSecret|});""",
            """        logger.LogInformation("Order {Payload} signed with", "{\"symbol\":\"BTC\"}");""",
            "EXK401.Remove").RunAsync();

        [Fact]
        public Task Fix_all_on_a_numbered_template_renumbers_every_remaining_placeholder() => Test(
            """        Console.WriteLine("{0} {1} {2} {3}", {|EXK401:apiSecret|}, symbol, {|EXK401:passphrase|}, symbol);""",
            """        Console.WriteLine("{0} {1}", symbol, symbol);""",
            "EXK401.Remove").RunAsync();

        [Fact]
        public Task Fix_all_removes_every_secret_value_of_one_serilog_call() => Test(
            """        log.Information("Using {Secret} on {Symbol} with {Pass}", {|EXK401:apiSecret|}, symbol, {|EXK401:passphrase|});""",
            """        log.Information("Using on {Symbol} with", symbol);""",
            "EXK401.Remove").RunAsync();

        [Fact]
        public Task Remove_keeps_the_alignment_and_format_of_renumbered_placeholders() => Test(
            """        Console.WriteLine("{0} at {1,8:F2}", {|EXK401:apiSecret|}, 1.5);""",
            """        Console.WriteLine("at {0,8:F2}", 1.5);""",
            "EXK401.Remove").RunAsync();

        [Fact]
        public Task Redact_logs_the_projects_own_mask() => Test(
            """        logger.LogInformation("Key {Key} for {Symbol}", {|EXK401:apiSecret|}, symbol);""",
            """        logger.LogInformation("Key {Key} for {Symbol}", Mask(apiSecret), symbol);""",
            "EXK401.Redact",
            """
                static string Mask(string value) => value.Length > 4 ? value.Substring(0, 2) + "…" : "***";
            """).RunAsync();

        [Fact]
        public Task Redact_uses_a_mask_method_configured_in_mask_methods()
        {
            var test = Test(
                """        logger.LogWarning($"Rejected {{|EXK401:apiSecret|}}");""",
                """        logger.LogWarning($"Rejected {Redactor.Hide(apiSecret)}");""",
                "EXK401.Redact",
                """
                    static class Redactor { public static string Hide(string s) => "***"; }
                """);
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n[*.cs]\nsecrets_analyzers.mask_methods = Redactor.Hide\n"));
            return test.RunAsync();
        }
    }
}
