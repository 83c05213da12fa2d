using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SecretsAnalyzers.Tests.Hardening
{
    /// <summary>
    /// The sources the hardening tests mutate: the embedded <see cref="HardeningCorpus"/> plus every C# source of the
    /// test suite, read at test time from the test project's folder: each test file itself, and each C# snippet
    /// embedded in a string literal (the code the rule tests verify, markup removed). So every family's test inputs
    /// are fuzzed as soon as they land.
    /// </summary>
    public static class SeedSources
    {
        private static readonly Regex Markup = new(@"\{\|(?:#\d+|[A-Za-z]+\d+(?:#\d+)?)?:|\|\}|\[\||\|\]", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

        /// <summary>The test project folder (found from the test assembly's location), or null.</summary>
        public static string? TestProjectDirectory { get; } = FindTestProject();

        /// <summary>Embedded corpus first, then the test suite's sources, in a stable order.</summary>
        public static ImmutableArray<(string Path, string Text)> All { get; } = Load();

        private static ImmutableArray<(string, string)> Load()
        {
            var result = ImmutableArray.CreateBuilder<(string, string)>();
            result.AddRange(HardeningCorpus.Files);
            if (TestProjectDirectory is not { } dir) return result.ToImmutable();

            foreach (var file in Directory.EnumerateFiles(dir, "*.cs", SearchOption.AllDirectories)
                         .Where(f => !IsBuildOutput(dir, f))
                         .OrderBy(f => f, StringComparer.Ordinal))
            {
                var relative = Path.GetRelativePath(dir, file).Replace('\\', '/');
                if (relative.StartsWith("Hardening/", StringComparison.Ordinal)) continue; // our own corpus is already in
                var text = File.ReadAllText(file);
                if (text.Length > 200_000) continue;
                result.Add(("Suite/" + relative, text));
                var n = 0;
                foreach (var snippet in EmbeddedSnippets(text))
                    result.Add(($"Suite/{relative}#{n++}.cs", snippet));
            }
            return result.ToImmutable();
        }

        /// <summary>String literals of a test file that look like C# code, with test markup removed.</summary>
        public static IEnumerable<string> EmbeddedSnippets(string testFileText)
        {
            var root = CSharpSyntaxTree.ParseText(testFileText, HardeningHarness.ParseOptions).GetRoot();
            foreach (var token in root.DescendantTokens())
            {
                if (!token.IsKind(SyntaxKind.StringLiteralToken) && !token.IsKind(SyntaxKind.MultiLineRawStringLiteralToken)
                    && !token.IsKind(SyntaxKind.SingleLineRawStringLiteralToken) && !token.IsKind(SyntaxKind.InterpolatedStringTextToken))
                    continue;
                var value = token.ValueText;
                if (value.Length < 40 || !LooksLikeCode(value)) continue;
                yield return Markup.Replace(value, string.Empty);
            }
        }

        private static bool LooksLikeCode(string s) =>
            (s.Contains("class ", StringComparison.Ordinal) || s.Contains("namespace ", StringComparison.Ordinal)
                || s.Contains("void ", StringComparison.Ordinal) || s.Contains("using ", StringComparison.Ordinal))
            && (s.Contains('{') || s.Contains(';'));

        private static bool IsBuildOutput(string root, string file)
        {
            var parts = Path.GetRelativePath(root, file).Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
            return parts.Any(p => p is "bin" or "obj");
        }

        private static string? FindTestProject()
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null)
            {
                if (File.Exists(Path.Combine(dir.FullName, "SecretsAnalyzers.Tests.csproj"))) return dir.FullName;
                dir = dir.Parent;
            }
            return null;
        }
    }
}
