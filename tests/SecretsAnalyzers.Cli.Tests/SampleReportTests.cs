using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace SecretsAnalyzers.Cli.Tests
{
    /// <summary>secrets-scan on a copy of samples/TradingBot in the three formats (one shared load).</summary>
    public sealed class SampleReportTests : IClassFixture<SampleScanFixture>
    {
        private readonly SampleScanFixture _sample;

        public SampleReportTests(SampleScanFixture sample) => _sample = sample;

        // A multiset difference (Enumerable.Except would also drop the repeated lines of findings that share a line).
        private static List<string> ExpectedWithoutRestore()
        {
            var expected = SampleScanFixture.Expected().ToList();
            foreach (var missing in SampleScanFixture.NeedRestoredPackages)
                Assert.True(expected.Remove(missing), missing + " is no longer in samples/TradingBot/expected");
            return expected;
        }

        [Fact]
        public void Unrestored_project_is_analysed_with_a_warning_naming_it()
        {
            Assert.Contains("samples/TradingBot/TradingBot.csproj has not been restored", _sample.Stderr);
            Assert.Equal(new[] { "TradingBot" }, _sample.Scan.Projects);
        }

        [Fact]
        public void Json_report_has_exactly_the_expected_findings()
        {
            var run = _sample.Render("--format", "json");
            Assert.Equal(Program.Findings, run.Exit);
            using var json = JsonDocument.Parse(run.Stdout);
            var found = json.RootElement.GetProperty("findings").EnumerateArray()
                .Select(f => $"{f.GetProperty("ruleId").GetString()} {f.GetProperty("path").GetString()}:{f.GetProperty("line").GetInt32()}")
                .OrderBy(l => l, StringComparer.Ordinal).ToList();
            Assert.Equal(ExpectedWithoutRestore(), found);
            Assert.Equal(found.Count(f => f.StartsWith("EXK101 ", StringComparison.Ordinal)), json.RootElement.GetProperty("counts").GetProperty("EXK101").GetInt32());
        }

        [Fact]
        public void Sarif_report_is_sarif_2_1_0_with_rule_metadata_and_the_expected_locations()
        {
            var run = _sample.Render("--format", "sarif");
            using var sarif = JsonDocument.Parse(run.Stdout);
            Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
            var sarifRun = sarif.RootElement.GetProperty("runs")[0];
            var driver = sarifRun.GetProperty("tool").GetProperty("driver");
            Assert.Equal("secrets-scan", driver.GetProperty("name").GetString());
            var rules = driver.GetProperty("rules").EnumerateArray().ToList();
            var ruleIds = rules.Select(r => r.GetProperty("id").GetString()!).ToList();
            Assert.Equal(Scanner.Rules.Select(r => r.Id), ruleIds);
            foreach (var rule in rules)
            {
                var id = rule.GetProperty("id").GetString();
                Assert.EndsWith($"/docs/rules/{id}.md", rule.GetProperty("helpUri").GetString());
                Assert.False(string.IsNullOrEmpty(rule.GetProperty("shortDescription").GetProperty("text").GetString()));
                Assert.Matches("^[A-Z][A-Za-z0-9]+$", rule.GetProperty("name").GetString());
            }

            var results = sarifRun.GetProperty("results").EnumerateArray().ToList();
            var found = results.Select(r =>
            {
                var location = r.GetProperty("locations")[0].GetProperty("physicalLocation");
                Assert.Equal("SRCROOT", location.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
                Assert.Equal(ruleIds.IndexOf(r.GetProperty("ruleId").GetString()!), r.GetProperty("ruleIndex").GetInt32());
                return $"{r.GetProperty("ruleId").GetString()} {location.GetProperty("artifactLocation").GetProperty("uri").GetString()}:{location.GetProperty("region").GetProperty("startLine").GetInt32()}";
            }).OrderBy(l => l, StringComparer.Ordinal).ToList();
            Assert.Equal(ExpectedWithoutRestore(), found);
            Assert.All(results, r => Assert.Matches("^[0-9a-f]{64}:[0-9]+$", r.GetProperty("partialFingerprints").GetProperty("secretsBaseline/v1").GetString()));
        }

        [Fact]
        public void Text_report_groups_findings_by_file_then_counts_per_rule()
        {
            var run = _sample.Render();
            Assert.Equal(Program.Findings, run.Exit);
            var lines = run.Stdout.Split('\n');
            var file = Array.IndexOf(lines, "samples/TradingBot/Shapes/KrakenRequestSigner.cs");
            Assert.True(file >= 0, run.Stdout);
            Assert.Matches(@"^  10:\d+ +warning EXK103  ", lines[file + 1]);
            Assert.Matches(@"^  23:\d+ +warning EXK104  ", lines[file + 2]);   // the sample's .editorconfig lowers EXK104 to a warning
            Assert.Contains("Findings per rule:", lines);
            var expectedCount = ExpectedWithoutRestore().Count(l => l.StartsWith("EXK301 ", StringComparison.Ordinal));
            Assert.Contains(lines, l => l.StartsWith($"  EXK301  {expectedCount,4}  ", StringComparison.Ordinal));
            Assert.Contains($"{ExpectedWithoutRestore().Count} finding(s)", run.Stdout);
        }

        [Fact]
        public void No_report_or_baseline_contains_a_sample_secret()
        {
            var literals = _sample.SampleLiterals();
            Assert.NotEmpty(literals);
            var baseline = _sample.Folder.PathOf("leak-check-baseline.json");
            var outputs = new[]
            {
                _sample.Render().Stdout,
                _sample.Render("--format", "json").Stdout,
                _sample.Render("--format", "sarif").Stdout,
                _sample.Render("--write-baseline", baseline).Stdout + System.IO.File.ReadAllText(baseline),
                _sample.Stderr,
            };
            foreach (var output in outputs)
                foreach (var literal in literals)
                    Assert.DoesNotContain(literal, output);
        }

        // The sample's .editorconfig lowers every error rule to a warning, so nothing is at the error level: the
        // project's own options apply to the scan as they do to its build.
        [Theory]
        [InlineData("error", Program.Clean)]
        [InlineData("warning", Program.Findings)]
        [InlineData("note", Program.Findings)]
        [InlineData("none", Program.Clean)]
        public void Fail_on_decides_the_exit_code(string level, int exit) =>
            Assert.Equal(exit, _sample.Render("--fail-on", level).Exit);

        [Fact]
        public void Output_file_receives_the_report()
        {
            var output = _sample.Folder.PathOf("out/report.sarif");
            var run = _sample.Render("--format", "sarif", "--output", output);
            Assert.Equal(string.Empty, run.Stdout);
            using var sarif = JsonDocument.Parse(System.IO.File.ReadAllText(output));
            Assert.Equal(ExpectedWithoutRestore().Count, sarif.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength());
        }
    }
}
