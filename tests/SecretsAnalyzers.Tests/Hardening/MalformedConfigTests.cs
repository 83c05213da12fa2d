using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace SecretsAnalyzers.Tests.Hardening
{
    /// <summary>Broken, binary, huge and hostile configuration files and option values never crash an analyzer.</summary>
    public sealed class MalformedConfigTests
    {
        private static readonly TimeSpan Bound = HardeningHarness.Bound(60);

        [Fact]
        public async Task Broken_binary_and_huge_additional_files_never_crash()
        {
            var files = MalformedFiles().ToImmutableArray();
            var outcome = await AnalyzeCorpusAsync(new AnalyzerOptions(files), "malformed additional files");
            HardeningHarness.AssertNoAnalyzerFailure(outcome, "malformed additional files");
        }

        [Fact]
        public void Deeply_nested_json_does_not_overflow_a_1MB_stack()
        {
            var deep = new StringBuilder("{\"Binance\":");
            for (var i = 0; i < 100_000; i++) deep.Append("{\"ApiSecret\":[");
            var files = ImmutableArray.Create<AdditionalText>(
                new InMemoryAdditionalText("/app/appsettings.json", deep.ToString()),
                new InMemoryAdditionalText("/app/appsettings.Development.json", new string('[', 200_000) + new string(']', 200_000)),
                new InMemoryAdditionalText("/app/app.config", "<configuration>" + string.Concat(Enumerable.Repeat("<a>", 100_000)) + "<add key=\"ApiSecret\" value=\"" + HardeningSecrets.ConfigSecret + "\"/>"));
            var outcome = HardeningHarness.OnSmallStack(() =>
            {
                var compilation = DeterminismAndCancellationTests.CorpusCompilationAsync(1).GetAwaiter().GetResult();
                return HardeningHarness.AnalyzeAsync(compilation, Bound, new AnalyzerOptions(files), concurrent: false, context: "deep json", inline: true).GetAwaiter().GetResult();
            }, Bound + TimeSpan.FromSeconds(30), "deeply nested configuration");
            HardeningHarness.AssertNoAnalyzerFailure(outcome, "deeply nested configuration");
        }

        [Fact]
        public async Task Hostile_option_values_never_crash()
        {
            var keys = new[] { "secret_words", "label_words", "excluded_symbol_names", "min_length", "min_entropy", "allowed_hosts", "forbidden_scopes", "extra_credential_apis", "name_words", "severity", "fix.configuration_section" };
            string[] values =
            {
                "", " ", ",,,", "NaN", "-1", "1e400", "-0", "∞", "0x10", "2147483648", "true", "maybe", "\0", "(((", "[a-", "*", "\\", "\"",
                string.Join(",", Enumerable.Range(0, 20_000).Select(i => "w" + i)), new string('a', 100_000), "a|b|c", "é,ß,İ,ı", "\uD800",
            };
            // One compilation: a copy of the corpus per hostile value, each tree getting its value through the
            // per-tree options (as different .editorconfig sections would give it); the global options get all of them.
            var ids = HardeningHarness.PackageIds;
            Dictionary<string, string> OptionsFor(string value)
            {
                var options = new Dictionary<string, string>();
                foreach (var key in keys)
                {
                    options["secrets_analyzers." + key] = value;
                    foreach (var id in ids) options[$"secrets_analyzers.{id}.{key}"] = value;
                }
                options["build_property.RootNamespace"] = value;
                options["build_property.ProjectDir"] = value;
                return options;
            }

            var trees = new List<SyntaxTree> { HardeningHarness.Parse(HardeningCorpus.Stubs, "Stubs/ExchangeStubs.cs") };
            for (var v = 0; v < values.Length; v++)
                foreach (var (path, text) in HardeningCorpus.Files.Skip(1))
                    trees.Add(HardeningHarness.Parse(text.Replace("namespace TradingBot.Hardening", $"namespace TradingBot.Hardening.V{v}", StringComparison.Ordinal), $"V{v}/{path}"));
            var compilation = await HardeningHarness.CompileAsync(trees, "Options");
            var provider = new FixedAnalyzerConfigOptionsProvider(
                OptionsFor(values[^1]),
                path => path.StartsWith("V", StringComparison.Ordinal) && int.TryParse(path.AsSpan(1, path.IndexOf('/') - 1), out var v) ? OptionsFor(values[v]) : new Dictionary<string, string>());
            var analyzerOptions = new AnalyzerOptions(
                ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText("/app/appsettings.json", HardeningCorpus.AppSettings)), provider);
            var outcome = await HardeningHarness.AnalyzeAsync(compilation, Bound, analyzerOptions, context: "hostile option values");
            HardeningHarness.AssertNoAnalyzerFailure(outcome, "hostile option values");
        }

        private static IEnumerable<AdditionalText> MalformedFiles()
        {
            var rng = new Random(7);
            var garbage = new byte[64 * 1024];
            rng.NextBytes(garbage);
            var huge = new StringBuilder("{\"Exchanges\":[");
            while (huge.Length < 20 * 1024 * 1024) huge.Append("{\"Name\":\"Binance\",\"ApiKey\":\"k\",\"ApiSecret\":\"").Append(HardeningSecrets.ConfigSecret).Append("\"},");
            huge.Append("{}]}");
            var app = HardeningCorpus.AppSettings;

            yield return new InMemoryAdditionalText("/app/appsettings.json", app.Substring(0, app.Length / 2));
            yield return new InMemoryAdditionalText("/app/appsettings.Development.json", Encoding.Latin1.GetString(garbage));
            yield return new InMemoryAdditionalText("/app/appsettings.Staging.json", SourceText.From(garbage, garbage.Length, Encoding.UTF8, canBeEmbedded: false, throwIfBinaryDetected: false));
            yield return new InMemoryAdditionalText("/app/appsettings.Production.json", huge.ToString());
            yield return new InMemoryAdditionalText("/app/appsettings.Local.json", (SourceText?)null);
            yield return new InMemoryAdditionalText("/app/appsettings.Empty.json", "");
            yield return new InMemoryAdditionalText("/app/appsettings.Blank.json", "  \n\t ");
            yield return new InMemoryAdditionalText("/app/appsettings.Null.json", "null");
            yield return new InMemoryAdditionalText("/app/appsettings.Array.json", "[1, \"two\", {\"ApiSecret\": 3}]");
            yield return new InMemoryAdditionalText("/app/appsettings.Comments.json", "// comment\n{ /* c */ \"Binance\": { \"ApiSecret\": \"" + HardeningSecrets.ConfigSecret + "\", }, }");
            yield return new InMemoryAdditionalText("/app/appsettings.Dup.json", "{\"Binance\":{\"ApiKey\":1},\"Binance\":{\"ApiKey\":\"\\uD800\\u0000\"},\"\":{}}");
            yield return new InMemoryAdditionalText("/app/appsettings.Quotes.json", "{'Binance': {'ApiSecret': '" + HardeningSecrets.ConfigSecret + "'}}");
            yield return new InMemoryAdditionalText("/app/appsettings.Unterminated.json", "{\"Binance\": {\"ApiSecret\": \"" + HardeningSecrets.ConfigSecret);
            yield return new InMemoryAdditionalText("/app/appsettings.Escapes.json", "{\"A\\u0070iSecret\":\"\\u0041\\z\\\"\", \"n\": 1e400, \"m\": -0, \"o\": 0x10}");
            yield return new InMemoryAdditionalText("/app/appsettings.Bom.json", "\uFEFF\uFEFF{\"Binance\":{\"ApiKey\":\"" + HardeningSecrets.BinanceKey + "\"}}");
            yield return new InMemoryAdditionalText("/app/appsettings.LongValue.json", "{\"Binance\":{\"ApiSecret\":\"" + new string('Q', 5 * 1024 * 1024) + "\"}}");
            yield return new InMemoryAdditionalText("/app/appsettings.json", "}{][\"");
            yield return new InMemoryAdditionalText("/app/secrets.json", "{\"Binance:ApiSecret\": \"" + HardeningSecrets.ConfigSecret + "\"");
            yield return new InMemoryAdditionalText("/app/Properties/launchSettings.json", "{\"profiles\":{\"x\":{\"environmentVariables\":{\"BINANCE_API_SECRET\":\"" + HardeningSecrets.BybitSecret + "\"");
            yield return new InMemoryAdditionalText("/app/app.config", "<?xml version=\"1.0\"?><configuration><appSettings><add key=\"ApiSecret\" value=\"" + HardeningSecrets.ConfigSecret);
            yield return new InMemoryAdditionalText("/app/web.config",
                "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">" +
                "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\"><!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">" +
                "<!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\"><!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">" +
                "<!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\"><!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">" +
                "<!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">]><configuration><appSettings><add key=\"ApiSecret\" value=\"&lol9;\"/></appSettings></configuration>");
            yield return new InMemoryAdditionalText("/app/.env", "BINANCE_API_SECRET=" + HardeningSecrets.BinanceSecret + "\n=\n\0\n" + Encoding.Latin1.GetString(garbage, 0, 512));
            yield return new InMemoryAdditionalText("", "{\"ApiSecret\":\"" + HardeningSecrets.ConfigSecret + "\"}");
            yield return new InMemoryAdditionalText("appsettings.json", "{");
            yield return new InMemoryAdditionalText("/app/dir.json/", "{");
            yield return new InMemoryAdditionalText("/app/APPSETTINGS.JSON", "{\"Binance\":");
            yield return new InMemoryAdditionalText("/app/\0\uD800.json", "{}");
        }

        private static async Task<AnalysisOutcome> AnalyzeCorpusAsync(AnalyzerOptions options, string context)
        {
            var compilation = await DeterminismAndCancellationTests.CorpusCompilationAsync(1);
            return await HardeningHarness.AnalyzeAsync(compilation, Bound, options, context: context);
        }
    }
}
