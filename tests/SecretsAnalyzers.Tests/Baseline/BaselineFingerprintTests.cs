using SecretsAnalyzers.Baseline;
using Microsoft.CodeAnalysis.Text;
using static SecretsAnalyzers.Tests.HardcodedSecrets.HardcodedTestSecrets;

namespace SecretsAnalyzers.Tests.Baseline
{
    public class BaselineFingerprintTests
    {
        [Theory]
        [InlineData("    var key = \"" + Key + "\";  // " + Secret, "var key = \"\";")]
        [InlineData("var b = new byte[] { 0x1F, 255, 3 };", "var b = new byte[] { 0, 0, 0 };")]
        [InlineData("x = @\"a\"\"b\" + $\"{y}\" + 'c';", "x = @\"\" + $\"\" + '';")]
        [InlineData("s = \"\"\"raw " + Secret + "\"\"\";", "s = \"\";")]
        [InlineData("  \"ApiSecret\":   \"" + Secret + "\",", "\"\": \"\",")]
        [InlineData("Exk101Value2 = 12", "Exk101Value2 = 0")]
        public void Normalised_line_keeps_code_and_drops_literals(string line, string expected) =>
            Assert.Equal(expected, BaselineFingerprint.NormaliseLine(line, "/repo/A.cs"));

        [Fact]
        public void Dot_env_lines_keep_only_the_variable_name()
        {
            Assert.Equal("BINANCE_API_SECRET", BaselineFingerprint.NormaliseLine("BINANCE_API_SECRET=" + Secret, "/repo/.env"));
            Assert.Equal("BINANCE_API_SECRET", BaselineFingerprint.NormaliseLine("BINANCE_API_SECRET=" + Key, "/repo/.env.local"));
        }

        [Fact]
        public void Hash_ignores_the_value_and_indentation_but_not_the_code()
        {
            var a = BaselineFingerprint.HashLine($"  string ApiSecret = \"{Secret}\";", "/r/A.cs");
            Assert.Equal(a, BaselineFingerprint.HashLine($"string   ApiSecret = \"{Key}\";", "/r/A.cs"));
            Assert.NotEqual(a, BaselineFingerprint.HashLine($"string ApiKey = \"{Secret}\";", "/r/A.cs"));
            Assert.Matches("^[0-9a-f]{64}$", a);
        }

        [Theory]
        [InlineData("/repo", "/repo/src/A.cs", "src/A.cs")]
        [InlineData("/repo/build", "/repo/src/A.cs", "../src/A.cs")]
        [InlineData("/repo/", "/repo/./src/../src/A.cs", "src/A.cs")]
        [InlineData("C:\\repo", "C:\\repo\\src\\A.cs", "src/A.cs")]
        public void Relative_paths_use_slashes(string root, string path, string expected) =>
            Assert.Equal(expected, BaselineFingerprint.RelativePath(root, path));

        [Fact]
        public void Indexes_count_equal_triples_in_file_order()
        {
            var entries = BaselineFingerprint.Assign(new[]
            {
                new BaselineCandidate("EXK102", "a.cs", "h", 9, 1),
                new BaselineCandidate("EXK102", "a.cs", "h", 2, 5),
                new BaselineCandidate("EXK101", "a.cs", "h", 1, 1),
            });
            Assert.Equal(new[] { 1, 0, 0 }, System.Array.ConvertAll(entries, e => e.Index));
        }

        [Fact]
        public void File_round_trips_and_reads_leniently()
        {
            var file = new BaselineFile("..", new[] { new BaselineEntry("EXK101", "src/A \"b\".cs", new string('a', 64), 2) });
            var read = BaselineFile.Parse("/r/x/secrets-baseline.json", SourceText.From(file.Write()));
            Assert.Null(read.Error);
            Assert.Equal("..", read.Root);
            var entry = Assert.Single(read.Entries);
            Assert.Equal(("EXK101", "src/A \"b\".cs", new string('a', 64), 2), (entry.RuleId, entry.Path, entry.LineHash, entry.Index));
            Assert.Equal("/r", read.RootFolder("/r/x/secrets-baseline.json"));

            var broken = BaselineFile.Parse("/b.json", SourceText.From("{ \"findings\": [ { \"rule\": \"EXK101\", \"path\": \"a.cs\", \"hash\": \"h\" }, { \"rule\": "));
            Assert.NotNull(broken.Error);
            Assert.Equal(new[] { new BaselineEntry("EXK101", "a.cs", "h", 0) }, broken.Entries);
        }
    }
}
