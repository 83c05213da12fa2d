using System.Threading.Tasks;
using Fix401 = SecretsAnalyzers.Tests.CSharpCodeFixVerifier<SecretsAnalyzers.Logging.EXK401SecretLoggingAnalyzer, SecretsAnalyzers.CodeFixes.Logging.EXK401RedactSecretCodeFix>;
using Fix402 = SecretsAnalyzers.Tests.CSharpCodeFixVerifier<SecretsAnalyzers.Logging.EXK401SecretLoggingAnalyzer, SecretsAnalyzers.CodeFixes.Logging.EXK402RedactSecretCodeFix>;

namespace SecretsAnalyzers.Tests.Logging
{
    public class EXK401And402CodeFixTests
    {
        private const string Head = """
            using System;
            using Microsoft.Extensions.Logging;

            class C
            {
                void M(ILogger logger, string apiSecret, string passphrase, string symbol, char[] password)
                {

            """;

        private const string Tail = """

                }
            }
            """;

        private static Task Run401(string before, string after, string key) => new Fix401.Test
        {
            TestCode = Head + before + Tail,
            FixedCode = Head + after + Tail,
            CodeActionEquivalenceKey = key,
        }.RunAsync();

        private static Task Run402(string before, string after, string key) => new Fix402.Test
        {
            TestCode = Head + before + Tail,
            FixedCode = Head + after + Tail,
            CodeActionEquivalenceKey = key,
        }.RunAsync();

        // Changed on purpose (issue 13): "Key {Key}", "***" logs nothing useful, so a template value is only removed
        // (or masked with the project's own mask, see RedactionTemplateCodeFixTests); Redact is not offered for it.
        [Fact]
        public Task Redact_is_not_offered_for_a_template_value_without_a_mask() => new Fix401.Test
        {
            TestCode = Head + """        logger.LogInformation("Key {Key} for {Symbol}", {|EXK401:apiSecret|}, symbol);""" + Tail,
            FixedCode = Head + """        logger.LogInformation("Key {Key} for {Symbol}", {|EXK401:apiSecret|}, symbol);""" + Tail,
            CodeActionEquivalenceKey = "EXK401.Redact",
        }.RunAsync();

        [Fact]
        public Task Redact_turns_interpolation_hole_into_text() => Run401(
            """        logger.LogInformation($"Using {{|EXK401:apiSecret|}} now");""",
            """        logger.LogInformation($"Using *** now");""",
            "EXK401.Redact");

        [Fact]
        public Task Redact_fixes_all_secrets_in_the_document() => Run401(
            """
                    Console.WriteLine($"{symbol}: {{|EXK401:passphrase|}}");
                    Console.WriteLine("Pass " + {|EXK401:passphrase|});
            """,
            """
                    Console.WriteLine($"{symbol}: ***");
                    Console.WriteLine("Pass " + "***");
            """,
            "EXK401.Redact");

        [Fact]
        public Task Remove_deletes_named_placeholder_and_its_argument() => Run401(
            """        logger.LogInformation("Key {Key} for {Symbol}", {|EXK401:apiSecret|}, symbol);""",
            """        logger.LogInformation("Key for {Symbol}", symbol);""",
            "EXK401.Remove");

        [Fact]
        public Task Remove_renumbers_positional_placeholders() => Run401(
            """        Console.WriteLine("k {0} s {1}", {|EXK401:apiSecret|}, symbol);""",
            """        Console.WriteLine("k s {0}", symbol);""",
            "EXK401.Remove");

        [Fact]
        public Task Remove_deletes_trailing_interpolation_hole() => Run401(
            """        logger.LogWarning($"Rejected key {{|EXK401:apiSecret|}}");""",
            """        logger.LogWarning($"Rejected key");""",
            "EXK401.Remove");

        [Fact]
        public Task Remove_deletes_concatenated_operand() => Run401(
            """        Console.WriteLine("Key: " + {|EXK401:apiSecret|});""",
            """        Console.WriteLine("Key: ");""",
            "EXK401.Remove");

        [Fact]
        public Task Remove_fixes_all_in_the_document() => new Fix401.Test
        {
            TestCode = Head + """
                        logger.LogInformation("Key {Key} for {Symbol}", {|EXK401:apiSecret|}, symbol);
                        logger.LogWarning($"Rejected {symbol} with {{|EXK401:passphrase|}}");
                """ + Tail,
            FixedCode = Head + """
                        logger.LogInformation("Key for {Symbol}", symbol);
                        logger.LogWarning($"Rejected {symbol} with");
                """ + Tail,
            CodeActionEquivalenceKey = "EXK401.Remove",
        }.RunAsync();

        [Fact]
        public Task No_redaction_offered_when_the_result_would_not_compile() => new Fix401.Test
        {
            TestCode = Head + """        Console.WriteLine({|EXK401:password|});""" + Tail,
            FixedCode = Head + """        Console.WriteLine({|EXK401:password|});""" + Tail,
        }.RunAsync();

        [Fact]
        public Task Redact_exception_message_hole() => Run402(
            """        throw new InvalidOperationException($"Key {{|EXK402:apiSecret|}} rejected");""",
            """        throw new InvalidOperationException($"Key *** rejected");""",
            "EXK402.Redact");

        [Fact]
        public Task Remove_exception_message_hole_keeps_spacing() => Run402(
            """        throw new InvalidOperationException($"Key {{|EXK402:apiSecret|}} rejected");""",
            """        throw new InvalidOperationException($"Key rejected");""",
            "EXK402.Remove");

        [Fact]
        public Task Redact_exception_data_and_message_fix_all() => Run402(
            """
                    var ex = new InvalidOperationException("Login failed: " + {|EXK402:passphrase|});
                    ex.Data["key"] = {|EXK402:apiSecret|};
                    throw ex;
            """,
            """
                    var ex = new InvalidOperationException("Login failed: " + "***");
                    ex.Data["key"] = "***";
                    throw ex;
            """,
            "EXK402.Redact");
    }
}
