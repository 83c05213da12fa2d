using System;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;

namespace SecretsAnalyzers.Cli.Tests
{
    /// <summary>--write-baseline / --baseline on a small loose folder (no MSBuild load: fast).</summary>
    public sealed class BaselineTests : IDisposable
    {
        private const string Keys = """
            class ExchangeKeys
            {
                const string ApiSecret = "FAKEsecretQ8mZ2vX9yL3pN7rT5wK1";
                const string ApiKey = "FAKEkeyH4nB6cV8xZ2qW9eR3tY7uI5";

                static void Connect() { }
            }
            """;

        private readonly TestFolder _folder = new();

        public void Dispose() => _folder.Dispose();

        private string Bot => _folder.PathOf("bot");

        private string BaselinePath => _folder.PathOf("secrets-baseline.json");

        private static int Count(RunResult run)
        {
            using var json = JsonDocument.Parse(run.Stdout);
            return json.RootElement.GetProperty("findings").GetArrayLength();
        }

        private async Task<RunResult> WriteBaselineAsync()
        {
            _folder.Write("bot/ExchangeKeys.cs", Keys);
            var write = await TestFolder.RunAsync(Bot, "--write-baseline", BaselinePath, "--format", "json");
            Assert.Equal(Program.Clean, write.Exit);
            Assert.Equal(2, Count(write));
            return write;
        }

        [Fact]
        public async Task Rerun_with_the_baseline_reports_nothing_and_exits_0()
        {
            await WriteBaselineAsync();
            var baseline = _folder.Read("secrets-baseline.json");
            Assert.DoesNotContain("FAKE", baseline, StringComparison.Ordinal);
            Assert.Contains("\"path\": \"bot/ExchangeKeys.cs\"", baseline, StringComparison.Ordinal);

            var rerun = await TestFolder.RunAsync(Bot, "--baseline", BaselinePath);
            Assert.Equal(Program.Clean, rerun.Exit);
            Assert.Contains("2 known finding(s) not shown, 0 baselined finding(s) gone", rerun.Stdout, StringComparison.Ordinal);
            Assert.Contains("\n0 finding(s)", rerun.Stdout, StringComparison.Ordinal);
        }

        [Fact]
        public async Task A_new_secret_is_exactly_one_new_finding_and_exits_1()
        {
            await WriteBaselineAsync();
            _folder.Write("bot/ExchangeKeys.cs", Keys.Replace("    static void Connect", "    const string Passphrase = \"FAKEpassM3kL9jH2gF6dS4aZ8xC1\";\n    static void Connect", StringComparison.Ordinal));
            var rerun = await TestFolder.RunAsync(Bot, "--baseline", BaselinePath, "--format", "json");
            Assert.Equal(Program.Findings, rerun.Exit);
            using var json = JsonDocument.Parse(rerun.Stdout);
            var finding = Assert.Single(json.RootElement.GetProperty("findings").EnumerateArray());
            Assert.Equal("EXK102", finding.GetProperty("ruleId").GetString());
            Assert.Contains("'Passphrase'", finding.GetProperty("message").GetString(), StringComparison.Ordinal);
            Assert.Equal(2, json.RootElement.GetProperty("baseline").GetProperty("matched").GetInt32());
        }

        [Fact]
        public async Task Moved_lines_stay_matched()
        {
            await WriteBaselineAsync();
            var lines = Keys.Split('\n').ToList();
            var secret = lines.FindIndex(l => l.Contains("ApiSecret", StringComparison.Ordinal));
            var moved = lines[secret];
            lines.RemoveAt(secret);
            lines.Insert(lines.FindIndex(l => l.Contains("Connect", StringComparison.Ordinal)) + 1, moved);
            lines.Insert(1, "    // a comment pushes every line down\n");
            _folder.Write("bot/ExchangeKeys.cs", string.Join('\n', lines));

            var rerun = await TestFolder.RunAsync(Bot, "--baseline", BaselinePath, "--format", "json");
            Assert.Equal(0, Count(rerun));
            Assert.Equal(Program.Clean, rerun.Exit);
        }

        [Fact]
        public async Task A_changed_secret_value_on_the_same_line_stays_matched_and_a_removed_one_is_counted_gone()
        {
            await WriteBaselineAsync();
            _folder.Write("bot/ExchangeKeys.cs", Keys
                .Replace("FAKEsecretQ8mZ2vX9yL3pN7rT5wK1", "FAKEsecretZ1yX2wV3uT4sR5qP6oN7", StringComparison.Ordinal)
                .Replace("    const string ApiKey = \"FAKEkeyH4nB6cV8xZ2qW9eR3tY7uI5\";\n", "", StringComparison.Ordinal));
            var rerun = await TestFolder.RunAsync(Bot, "--baseline", BaselinePath);
            Assert.Equal(Program.Clean, rerun.Exit);
            Assert.Contains("1 known finding(s) not shown, 1 baselined finding(s) gone", rerun.Stdout, StringComparison.Ordinal);
        }

        [Fact]
        public async Task A_missing_baseline_is_a_usage_error()
        {
            _folder.Write("bot/ExchangeKeys.cs", Keys);
            var run = await TestFolder.RunAsync(Bot, "--baseline", _folder.PathOf("nope.json"));
            Assert.Equal(Program.UsageOrLoadError, run.Exit);
            Assert.Contains("baseline not found", run.Stderr, StringComparison.Ordinal);
        }
    }
}
