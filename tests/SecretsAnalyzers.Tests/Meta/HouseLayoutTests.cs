using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SecretsAnalyzers.Tests.Meta
{
    /// <summary>
    /// The house mirrors itself: every analyzer and code fix sits in its family folder in a file named after its class,
    /// with the suffix of its kind, and each rule page's "Source" row names exactly the analyzer and fix files of that rule.
    /// </summary>
    public class HouseLayoutTests
    {
        private static readonly Dictionary<char, string> FamilyByBand = new()
        {
            ['1'] = "HardcodedSecrets",
            ['2'] = "Transport",
            ['3'] = "Permissions",
            ['4'] = "Logging",
        };

        private static IEnumerable<Type> AnalyzerTypes() => ShippedTypes.Rules();

        private static IEnumerable<Type> CodeFixTypes() => ShippedTypes.CodeFixes();

        private static IEnumerable<string> RuleIds(Type analyzer) =>
            ((DiagnosticAnalyzer)Activator.CreateInstance(analyzer)!).SupportedDiagnostics.Select(d => d.Id).Distinct();

        private static IEnumerable<string> FixedIds(Type fix) =>
            ((CodeFixProvider)Activator.CreateInstance(fix)!).FixableDiagnosticIds;

        private static string SourcePath(string project, Type type)
        {
            var family = FamilyByBand[type.Name[3]];
            return $"src/{project}/{family}/{type.Name}.cs";
        }

        public static IEnumerable<object[]> Analyzers() => AnalyzerTypes().Select(t => new object[] { t.Name });

        public static IEnumerable<object[]> CodeFixes() => CodeFixTypes().Select(t => new object[] { t.Name });

        [Theory]
        [MemberData(nameof(Analyzers))]
        public void Analyzer_sits_in_its_family_folder_under_its_name(string name)
        {
            var type = AnalyzerTypes().Single(t => t.Name == name);
            Assert.Matches(new Regex("^EXK[1-4][0-9]{2}[A-Za-z0-9]+Analyzer$"), name);
            Assert.Contains(name.Substring(0, 6), RuleIds(type));
            Assert.True(File.Exists(RepositoryPaths.Combine(SourcePath("SecretsAnalyzers", type).Split('/'))), SourcePath("SecretsAnalyzers", type));
            Assert.Equal("SecretsAnalyzers." + FamilyByBand[name[3]], type.Namespace);
        }

        [Theory]
        [MemberData(nameof(CodeFixes))]
        public void Code_fix_sits_in_its_family_folder_under_its_name(string name)
        {
            var type = CodeFixTypes().Single(t => t.Name == name);
            Assert.Matches(new Regex("^EXK[1-4][0-9]{2}[A-Za-z0-9]+CodeFix$"), name);
            Assert.Equal(new[] { name.Substring(0, 6) }, FixedIds(type));
            Assert.True(File.Exists(RepositoryPaths.Combine(SourcePath("SecretsAnalyzers.CodeFixes", type).Split('/'))), SourcePath("SecretsAnalyzers.CodeFixes", type));
            Assert.Equal("SecretsAnalyzers.CodeFixes." + FamilyByBand[name[3]], type.Namespace);
        }

        public static IEnumerable<object[]> RulePages() =>
            Directory.GetFiles(RepositoryPaths.Combine("docs", "rules"), "EXK*.md").Select(p => new object[] { Path.GetFileNameWithoutExtension(p) });

        [Theory]
        [MemberData(nameof(RulePages))]
        public void Rule_page_names_its_analyzer_and_fix_files(string id)
        {
            var page = File.ReadAllText(RepositoryPaths.Combine("docs", "rules", id + ".md"));
            var row = page.Split('\n').SingleOrDefault(l => l.StartsWith("| Source |", StringComparison.Ordinal));
            Assert.False(row is null, id + ".md has no '| Source |' row");
            var named = Regex.Matches(row!, @"\]\(\.\./\.\./([^)]+)\)").Select(m => m.Groups[1].Value).OrderBy(p => p, StringComparer.Ordinal).ToArray();
            var expected = AnalyzerTypes().Where(t => RuleIds(t).Contains(id)).Select(t => SourcePath("SecretsAnalyzers", t))
                .Concat(CodeFixTypes().Where(t => FixedIds(t).Contains(id)).Select(t => SourcePath("SecretsAnalyzers.CodeFixes", t)))
                .OrderBy(p => p, StringComparer.Ordinal).ToArray();
            Assert.Equal(expected, named);
        }
    }
}
