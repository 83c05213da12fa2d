using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SecretsAnalyzers.Tests.Hardening
{
    /// <summary>Pathological inputs: each completes without analyzer exception in bounded time.</summary>
    public sealed class ExtremeInputTests
    {
        private static readonly TimeSpan Bound = HardeningHarness.Bound(60);

        private const string Usings = """
            #nullable enable
            using System;
            using System.Collections.Generic;
            using Binance.Net;
            using CryptoExchange.Net.Authentication;
            using Microsoft.Extensions.Logging;

            """;

        [Fact]
        public async Task Ten_megabyte_string_literal()
        {
            var rng = new Random(1);
            const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
            var big = new StringBuilder(10 * 1024 * 1024 + 64);
            while (big.Length < 10 * 1024 * 1024) big.Append(alphabet[rng.Next(alphabet.Length)]);
            var source = Usings + $$"""
                namespace Extreme
                {
                    public static class Huge
                    {
                        public const string ApiSecret = "{{big}}";
                        public static HMACCredential Credential() => new HMACCredential(ApiSecret, ApiSecret);
                        public static void Log(ILogger logger) => logger.LogInformation("Secret {Secret}", ApiSecret);
                        public static Uri Endpoint() => new Uri("http://api.binance.com/" + ApiSecret);
                    }
                }
                """;
            await AssertCompletesAsync("10 MB literal", ("Huge.cs", source));
        }

        [Fact]
        public async Task Fifty_thousand_element_collection_initialiser()
        {
            var sb = new StringBuilder(Usings);
            sb.AppendLine("namespace Extreme { public static class Lists {");
            sb.AppendLine("public static readonly List<string> Keys = new List<string> {");
            for (var i = 0; i < 50_000; i++) sb.Append(i % 1000 == 0 ? $"\"{HardeningSecrets.BinanceSecret}\", " : $"\"k{i}\", ").Append(i % 20 == 19 ? "\n" : "");
            sb.AppendLine("};");
            sb.AppendLine("public static readonly Dictionary<string, string> Config = new Dictionary<string, string> {");
            for (var i = 0; i < 1_000; i++) sb.Append($"[\"apiSecret{i}\"] = \"v{i}\", ");
            sb.AppendLine("};");
            sb.AppendLine("public static readonly string[] Urls = {");
            for (var i = 0; i < 1_000; i++) sb.Append(i % 2 == 0 ? $"\"http://api.binance.com/{i}\", " : $"\"https://api.binance.com/{i}\", ");
            sb.AppendLine("};");
            sb.AppendLine("} }");
            await AssertCompletesAsync("50,000-element initialiser", ("Lists.cs", sb.ToString()));
        }

        [Fact]
        public void Constant_concatenation_ten_thousand_deep_does_not_overflow_a_1MB_stack()
        {
            var constant = new StringBuilder();
            var runtime = new StringBuilder();
            for (var i = 0; i < 10_000; i++)
            {
                constant.Append(i == 0 ? "" : " + ").Append(i % 500 == 0 ? "\"" + HardeningSecrets.OkxSecret + "\"" : "\"a\"");
                runtime.Append(i == 0 ? "" : " + ").Append(i % 3 == 0 ? "secret" : "\"b\"");
            }
            var source = Usings + $$"""
                namespace Extreme
                {
                    public static class Deep
                    {
                        public const string ApiSecret = {{constant}};
                        public static void Log(ILogger logger, string secret) => logger.LogInformation({{runtime}});
                        public static HMACCredential Credential() => new HMACCredential(ApiSecret, {{constant}});
                        public static Uri Endpoint() => new Uri("http://api.binance.com/" + {{constant}});
                    }
                }
                """;
            // Parse, bind and analyse sequentially on a thread with the Windows default stack (1 MB): a recursive
            // walk over the 10,000-deep binary tree would overflow it and kill the test host.
            var outcome = HardeningHarness.OnSmallStack(() =>
            {
                var trees = new[] { HardeningHarness.Parse(HardeningCorpus.Stubs, "Stubs.cs"), HardeningHarness.Parse(source, "Deep.cs") };
                var compilation = HardeningHarness.CompileAsync(trees).GetAwaiter().GetResult()
                    .WithOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, concurrentBuild: false));
                return HardeningHarness.AnalyzeAsync(compilation, Bound, concurrent: false, context: "deep concatenation", inline: true).GetAwaiter().GetResult();
            }, Bound + TimeSpan.FromSeconds(30), "10,000-deep concatenation");
            HardeningHarness.AssertNoAnalyzerFailure(outcome, "10,000-deep concatenation");
        }

        [Fact]
        public async Task Hundred_thousand_line_file()
        {
            var sb = new StringBuilder(Usings);
            sb.AppendLine("namespace Extreme { public sealed class Big {");
            sb.AppendLine("private readonly ILogger _logger; public Big(ILogger logger) => _logger = logger;");
            var lines = 10;
            var m = 0;
            while (lines < 100_000)
            {
                // Mostly cheap statements (so the test stays fast), with the shapes the rules look at every 20 lines.
                sb.AppendLine($"public int M{m}(string symbol, decimal price, string apiKey)");
                sb.AppendLine("{");
                sb.AppendLine("    var n = symbol.Length;");
                sb.AppendLine(m % 2 == 0 ? $"    _logger.LogInformation(\"Price of {{Symbol}} is {{Price}} ({m})\", symbol, price);" : "    n += 7;");
                sb.AppendLine(m % 50 == 0 ? "    _logger.LogDebug(\"key {Key}\", apiKey);" : "    n -= 2;");
                sb.AppendLine(m % 80 == 0 ? $"    var c = new HMACCredential(\"{HardeningSecrets.BinanceKey}\", apiKey);" : "    n *= 3;");
                sb.AppendLine(m % 40 == 0 ? "    var u = new Uri(\"http://api.binance.com/api/v3/time\");" : "    n ^= 5;");
                for (var k = 0; k < 12; k++) sb.AppendLine("    n += " + k + ";");
                sb.AppendLine("    return n;");
                sb.AppendLine("}");
                lines += 20;
                m++;
            }
            sb.AppendLine("} }");
            await AssertCompletesAsync("100,000-line file", ("Big.cs", sb.ToString()));
        }

        [Fact]
        public async Task File_with_only_disabled_code()
        {
            var source = "#if NEVER_DEFINED\n" + string.Join("\n", HardeningCorpus.Files.Skip(1).Select(f => f.Text)) + "\n#endif\n";
            var elseOnly = "#if !NEVER_DEFINED\n#else\n" + HardeningCorpus.Logging + "\n#endif\n";
            var unterminated = "#if NEVER_DEFINED\n" + HardeningCorpus.Transport;
            await AssertCompletesAsync("disabled code", ("Disabled.cs", source), ("Else.cs", elseOnly), ("Unterminated.cs", unterminated));
        }

        [Fact]
        public async Task Generated_files_of_every_kind()
        {
            var body = string.Join("\n", HardeningCorpus.Files.Skip(1).Select(f => f.Text));
            await AssertCompletesAsync(
                "generated files",
                ("All.g.cs", body),
                ("All.generated.cs", body.Replace("namespace TradingBot.Hardening", "namespace TradingBot.Hardening.G1", StringComparison.Ordinal)),
                ("All.Designer.cs", body.Replace("namespace TradingBot.Hardening", "namespace TradingBot.Hardening.G2", StringComparison.Ordinal)),
                ("All.g.i.cs", body.Replace("namespace TradingBot.Hardening", "namespace TradingBot.Hardening.G3", StringComparison.Ordinal)),
                ("Header.cs", "// <auto-generated/>\n" + body.Replace("namespace TradingBot.Hardening", "namespace TradingBot.Hardening.G4", StringComparison.Ordinal)),
                ("HeaderLong.cs", "//------------------------------------------------------------------------------\n// <autogenerated>\n//     Generated.\n// </autogenerated>\n" + body.Replace("namespace TradingBot.Hardening", "namespace TradingBot.Hardening.G5", StringComparison.Ordinal)));
        }

        [Fact]
        public async Task Long_single_line_and_deeply_nested_code()
        {
            var line = new StringBuilder(Usings + "namespace Extreme { public static class OneLine { public static void M(ILogger l, string k) { ");
            for (var i = 0; i < 5_000; i++) line.Append("l.LogInformation(\"x {K}\", k); ");
            line.Append("} } }");
            var nested = new StringBuilder(Usings + "namespace Extreme { public static class Nested { public static object M(string k) => ");
            for (var i = 0; i < 200; i++) nested.Append("new HMACCredential(k, (");
            nested.Append("\"" + HardeningSecrets.BinanceSecret + "\"");
            for (var i = 0; i < 200; i++) nested.Append(").ToString())");
            nested.Append("; } }");
            await AssertCompletesAsync("long line and nesting", ("OneLine.cs", line.ToString()), ("Nested.cs", nested.ToString()));
        }

        private static async Task AssertCompletesAsync(string context, params (string Path, string Text)[] files)
        {
            var trees = new List<SyntaxTree> { HardeningHarness.Parse(HardeningCorpus.Stubs, "Stubs/ExchangeStubs.cs") };
            trees.AddRange(files.Select(f => HardeningHarness.Parse(f.Text, f.Path)));
            var compilation = await HardeningHarness.CompileAsync(trees, "Extreme");
            var outcome = await HardeningHarness.AnalyzeAsync(compilation, Bound, context: context);
            HardeningHarness.AssertNoAnalyzerFailure(outcome, context);
        }
    }
}
