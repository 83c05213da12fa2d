using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SecretsAnalyzers.Internal;
using SecretsAnalyzers.Tests.Hardening;
using SecretsAnalyzers.Tests.Meta;
using Xunit;

namespace SecretsAnalyzers.Tests.Internal
{
    /// <summary>
    /// The value-scope gate finds a tree's stored string literals by scanning its text for quotes
    /// (<see cref="SymbolValueIndex.StoredLiterals"/>); it must find exactly what a walk of every token finds.
    /// </summary>
    public class StoredLiteralsTests
    {
        private static string[] Expected(SyntaxTree tree) =>
            tree.GetRoot().DescendantTokens()
                .Where(t => t.Kind() is SyntaxKind.StringLiteralToken or SyntaxKind.Utf8StringLiteralToken or SyntaxKind.SingleLineRawStringLiteralToken
                    or SyntaxKind.MultiLineRawStringLiteralToken or SyntaxKind.Utf8SingleLineRawStringLiteralToken or SyntaxKind.Utf8MultiLineRawStringLiteralToken
                    or SyntaxKind.InterpolatedStringTextToken)
                .Where(t => SymbolValueIndex.InitializedPosition(t) is not null)
                .Select(t => t.SpanStart + ":" + t.Text)
                .ToArray();

        private static string[] Found(SyntaxTree tree) =>
            SymbolValueIndex.StoredLiterals.Of(tree, default).Tokens.Select(t => t.SpanStart + ":" + t.Text).ToArray();

        [Theory]
        [InlineData("class C { const string A = \"x\\\"y\"; string B = @\"a\"\"b\"; char Q = '\"'; /* \"no\" */ string D = \"d\"; }")]
        [InlineData("class C { string A = $\"k={1} \\\"q\\\" {\"in\" + \"ner\"} tail\"; string B = $@\"a \"\"b\"\" {2}\"; }")]
        [InlineData("class C { string A = \"\"\"\n    raw \"quoted\" \"\" text\n    \"\"\"; string B = $$\"\"\"{{1}} \"x\" \"\"\"; }")]
        [InlineData("class C {\n#if NEVER\n string A = \"off\";\n#endif\n /// <summary>\"doc\"</summary>\n string B = \"on\"u8.ToString(); }")]
        [InlineData("#line 1 \"file.cs\"\nclass C { string Get() { return \"r\"; } string P => \"p\"; void M() { var x = \"l\"; x = \"a\"; var (k, s) = (\"t1\", \"t2\"); } }")]
        [InlineData("class C { string A = \"unterminated; }")]
        [InlineData("class C { string A = $\"{ \"nested\" }")]
        public void Scanning_for_quotes_finds_what_a_token_walk_finds(string source)
        {
            var tree = CSharpSyntaxTree.ParseText(source, HardeningHarness.ParseOptions);
            Assert.Equal(Expected(tree), Found(tree));
        }

        [Fact]
        public void Same_on_the_hardening_corpus_and_the_samples()
        {
            var sources = HardeningCorpus.Files.Select(f => f.Text)
                .Concat(Directory.GetFiles(RepositoryPaths.Combine("samples"), "*.cs", SearchOption.AllDirectories)
                    .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                    .Select(File.ReadAllText))
                .Concat(SeedSources.All.Select(s => s.Text))
                .ToList();
            Assert.True(sources.Count > 50);
            var literals = 0;
            foreach (var source in sources)
            {
                var tree = CSharpSyntaxTree.ParseText(source, HardeningHarness.ParseOptions);
                var expected = Expected(tree);
                Assert.Equal(expected, Found(tree));
                literals += expected.Length;
            }

            Assert.True(literals > 500, $"only {literals} stored literals in the corpus");
        }
    }
}
