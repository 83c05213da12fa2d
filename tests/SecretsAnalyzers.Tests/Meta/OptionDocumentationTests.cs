using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace SecretsAnalyzers.Tests.Meta
{
    /// <summary>
    /// Every option key in the README's configuration table is read by the analyzers (its last segment is a string
    /// the source code uses) and is documented on at least one rule page; every key a rule page documents is in the
    /// README table.
    /// </summary>
    public class OptionDocumentationTests
    {
        private static readonly Regex KeyPattern = new(@"secrets_analyzers\.(?:EXK\d{3}\.)?[a-z_]+(?:\.[a-z_]+)?", RegexOptions.CultureInvariant);

        private static HashSet<string> ReadmeKeys()
        {
            var lines = File.ReadAllLines(RepositoryPaths.Combine("README.md"));
            var start = System.Array.FindIndex(lines, l => l.StartsWith("| Key | Read by |", System.StringComparison.Ordinal));
            Assert.True(start >= 0, "README has no options table");
            return lines.Skip(start + 2).TakeWhile(l => l.StartsWith("|", System.StringComparison.Ordinal))
                .SelectMany(l => KeyPattern.Matches(l.Split('|')[1]).Select(m => m.Value))
                .ToHashSet();
        }

        private static HashSet<string> DocsKeys() =>
            Directory.GetFiles(RepositoryPaths.Combine("docs", "rules"), "*.md")
                .SelectMany(f => KeyPattern.Matches(File.ReadAllText(f)).Select(m => m.Value))
                .ToHashSet();

        private static string AllSource() =>
            string.Concat(Directory.GetFiles(RepositoryPaths.Combine("src"), "*.cs", SearchOption.AllDirectories)
                .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar))
                .Select(File.ReadAllText));

        [Fact]
        public void Readme_keys_are_read_by_the_code_and_documented_on_a_rule_page()
        {
            var docs = DocsKeys();
            var source = AllSource();
            var keys = ReadmeKeys();
            Assert.NotEmpty(keys);
            foreach (var key in keys)
            {
                Assert.True(docs.Contains(key), key + " is not documented on any docs/rules page");
                var last = key.Split('.').Last();
                Assert.True(source.Contains("\"" + last + "\"") || source.Contains("\"fix." + last + "\""), key + ": no analyzer or fix reads '" + last + "'");
            }
        }

        [Fact]
        public void Keys_documented_on_rule_pages_are_in_the_readme_table()
        {
            var readme = ReadmeKeys();
            var missing = DocsKeys().Where(k => !readme.Contains(k)).OrderBy(k => k).ToList();
            Assert.True(missing.Count == 0, "README options table lacks: " + string.Join(", ", missing));
        }
    }
}
