using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using SecretsAnalyzers.Options;

namespace SecretsAnalyzers.Tests.Meta
{
    /// <summary>
    /// Every option key in the README's configuration table is read by the analyzers (its last segment is a string
    /// the source code uses) and is documented on at least one rule page; every key a rule page documents is in the
    /// README table. The registry (<see cref="OptionKeys"/>) is the source of truth: each key is on the page of every
    /// rule it names, the README lists exactly its spellings, and every option key constant in src/ is registered.
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

        // ---------------- The registry (src/SecretsAnalyzers/Options/OptionKeys.cs) ----------------

        private static string Page(string ruleId) => File.ReadAllText(RepositoryPaths.Combine("docs", "rules", ruleId + ".md"));

        [Fact]
        public void Every_registered_key_is_on_the_page_of_each_rule_it_changes()
        {
            Assert.NotEmpty(OptionKeys.All);
            foreach (var key in OptionKeys.All)
            {
                Assert.NotEmpty(key.Rules);
                Assert.NotEmpty(key.Forms);
                foreach (var rule in key.Rules)
                {
                    var page = KeyPattern.Matches(Page(rule)).Select(m => m.Value).ToHashSet();
                    // A rule that reads its own spelling documents that one (or the global one); another rule any spelling.
                    var readable = key.RuleSpecific.Contains(rule)
                        ? key.Forms.Where(f => f == SecretsOptions.Prefix + rule + "." + key.Name || f == SecretsOptions.Prefix + key.Name).ToArray()
                        : key.Forms.ToArray();
                    Assert.True(readable.Any(page.Contains), rule + ".md does not document " + string.Join(" or ", readable));
                }
            }
        }

        [Fact]
        public void The_readme_table_lists_exactly_the_registered_keys()
        {
            var registered = OptionKeys.All.SelectMany(k => k.Forms).ToHashSet();
            var readme = ReadmeKeys();
            Assert.True(registered.SetEquals(readme),
                "registry only: " + string.Join(", ", registered.Except(readme).OrderBy(k => k)) +
                "; README only: " + string.Join(", ", readme.Except(registered).OrderBy(k => k)));
        }

        [Fact]
        public void Every_option_key_constant_in_src_is_registered()
        {
            var names = OptionKeys.All.Select(k => k.Name).ToHashSet();
            var constants = new[] { typeof(OptionKeys).Assembly, typeof(SecretsAnalyzers.CodeFixes.CodeFixAssemblyMarker).Assembly }
                .SelectMany(a => a.GetTypes())
                .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly))
                .Where(f => f.IsLiteral && f.FieldType == typeof(string) && f.Name.EndsWith("Key", System.StringComparison.Ordinal))
                .Select(f => (Field: f.DeclaringType!.Name + "." + f.Name, Value: (string)f.GetRawConstantValue()!))
                .Where(c => OptionName.IsMatch(c.Value))
                .ToList();
            Assert.Contains(constants, c => c.Value == OptionKeys.MaskMethods);
            foreach (var (field, value) in constants)
                Assert.True(names.Contains(value), field + " = \"" + value + "\" is read as an option but not registered in OptionKeys");
        }

        [Fact]
        public void Unregistered_keys_are_never_read()
        {
            var provider = new TestOptions(new Dictionary<string, string>
            {
                ["secrets_analyzers.mask_methods"] = "Mask",
                ["secrets_analyzers.made_up_key"] = "x",
            });
            var options = SecretsOptions.From(provider);
            Assert.Equal("Mask", options.GetString(null, OptionKeys.MaskMethods));
            Assert.Null(options.GetString(null, "made_up_key"));
        }

        private static readonly Regex OptionName = new(@"^(fix\.)?[a-z]+(_[a-z]+)+$|^fix\.[a-z_]+$", RegexOptions.CultureInvariant);

        private sealed class TestOptions : Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions
        {
            private readonly Dictionary<string, string> _values;

            public TestOptions(Dictionary<string, string> values) => _values = values;

            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) =>
                _values.TryGetValue(key, out value);
        }
    }
}
