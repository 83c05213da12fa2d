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
    /// Every descriptor has an id in its family's band and category, a help link to its docs page (which exists and
    /// names it), an AnalyzerReleases row that matches its category and severity, a README row, and an analyzer that
    /// reports it. Every code fix is exported under its own class name and fixes only known ids.
    /// </summary>
    public class RuleBookkeepingTests
    {
        private static readonly Dictionary<char, string> CategoryByBand = new()
        {
            ['1'] = "Secrets.Hardcoded",
            ['2'] = "Secrets.Transport",
            ['3'] = "Secrets.Permissions",
            ['4'] = "Secrets.Logging",
        };

        private static List<DiagnosticDescriptor> Table() =>
            typeof(Descriptors).GetFields(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public)
                .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
                .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
                .ToList();

        private static bool IsCompilationEnd(DiagnosticDescriptor d) => d.CustomTags.Contains(WellKnownDiagnosticTags.CompilationEnd);

        /// <summary>A CompilationEnd twin: the same rule reported at compilation end (EXK104 through another member), beside
        /// a descriptor with the same id that reports while a member is analysed. It is checked by
        /// <see cref="Compilation_end_twins_are_the_same_rule"/>, not counted as a second rule.</summary>
        private static bool IsTwin(DiagnosticDescriptor d, List<DiagnosticDescriptor> table) =>
            IsCompilationEnd(d) && table.Any(other => other.Id == d.Id && !IsCompilationEnd(other));

        private static List<DiagnosticDescriptor> Rules()
        {
            var table = Table();
            return table.Where(d => !IsTwin(d, table)).ToList();
        }

        public static IEnumerable<object[]> AllDescriptors() => Rules().Select(d => new object[] { d.Id });

        private static DiagnosticDescriptor Get(string id) => Rules().Single(d => d.Id == id);

        [Fact]
        public void Compilation_end_twins_are_the_same_rule()
        {
            var table = Table();
            var twins = table.Where(d => IsTwin(d, table)).ToList();
            Assert.Contains(twins, d => d.Id == "EXK104");
            foreach (var twin in twins)
            {
                var rule = Get(twin.Id);
                Assert.Single(twins, d => d.Id == twin.Id);
                Assert.Equal(rule.Title.ToString(), twin.Title.ToString());
                Assert.Equal(rule.MessageFormat.ToString(), twin.MessageFormat.ToString());
                Assert.Equal(rule.Description.ToString(), twin.Description.ToString());
                Assert.Equal(rule.Category, twin.Category);
                Assert.Equal(rule.DefaultSeverity, twin.DefaultSeverity);
                Assert.Equal(rule.IsEnabledByDefault, twin.IsEnabledByDefault);
                Assert.Equal(rule.HelpLinkUri, twin.HelpLinkUri);
                Assert.Equal(new[] { WellKnownDiagnosticTags.CompilationEnd }, twin.CustomTags);
                Assert.Contains(Analyzers(), a => a.SupportedDiagnostics.Contains(rule));
                Assert.Contains(Analyzers(), a => a.SupportedDiagnostics.Contains(twin));
            }
        }

        private static IEnumerable<DiagnosticAnalyzer> Analyzers() =>
            ShippedTypes.Analyzers().Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!);

        private static IEnumerable<Type> CodeFixTypes() => ShippedTypes.CodeFixes();

        [Fact]
        public void Descriptor_ids_are_unique() =>
            Assert.Equal(AllDescriptors().Count(), AllDescriptors().Select(d => (string)d[0]).Distinct().Count());

        [Theory]
        [MemberData(nameof(AllDescriptors))]
        public void Id_is_in_its_family_band_and_category(string id)
        {
            Assert.Matches(new Regex("^EXK[1-4][0-9]{2}$"), id);
            Assert.Equal(CategoryByBand[id[3]], Get(id).Category);
        }

        [Theory]
        [MemberData(nameof(AllDescriptors))]
        public void Help_link_points_to_an_existing_docs_page_that_names_the_rule(string id)
        {
            var descriptor = Get(id);
            Assert.EndsWith("/docs/rules/" + id + ".md", descriptor.HelpLinkUri, StringComparison.Ordinal);
            var page = RepositoryPaths.Combine("docs", "rules", id + ".md");
            Assert.True(File.Exists(page), "missing docs page " + page);
            var firstLine = File.ReadLines(page).First();
            Assert.Equal($"# {id}: {descriptor.Title}", firstLine);
            var text = File.ReadAllText(page);
            foreach (var section in new[] { "## Cause", "## Why it matters", "## How to fix", "## Options", "## Suppression" })
                Assert.Contains(section, text);
        }

        [Theory]
        [MemberData(nameof(AllDescriptors))]
        public void Release_tracking_row_matches_category_and_severity(string id)
        {
            var descriptor = Get(id);
            var rows = File.ReadAllLines(RepositoryPaths.Combine("AnalyzerReleases.Unshipped.md"))
                .Concat(File.ReadAllLines(RepositoryPaths.Combine("AnalyzerReleases.Shipped.md")))
                .Where(l => l.StartsWith(id + " ", StringComparison.Ordinal))
                .ToList();
            var row = Assert.Single(rows);
            var cells = row.Split('|').Select(c => c.Trim()).ToArray();
            Assert.Equal(descriptor.Category, cells[1]);
            Assert.Equal(descriptor.DefaultSeverity.ToString(), cells[2]);
        }

        [Theory]
        [MemberData(nameof(AllDescriptors))]
        public void Readme_rule_table_lists_the_rule_with_its_title(string id)
        {
            var readme = File.ReadAllLines(RepositoryPaths.Combine("README.md"));
            var row = readme.FirstOrDefault(l => l.StartsWith("| [" + id + "]", StringComparison.Ordinal) || l.StartsWith("| " + id + " ", StringComparison.Ordinal));
            Assert.True(row is not null, "README has no rule-table row for " + id);
            Assert.Contains(Get(id).Title.ToString(), row);
        }

        [Theory]
        [MemberData(nameof(AllDescriptors))]
        public void Some_analyzer_reports_the_rule(string id) =>
            Assert.Contains(Analyzers(), a => a.SupportedDiagnostics.Any(d => d.Id == id));

        [Fact]
        public void Analyzers_declare_only_descriptors_from_the_shared_table()
        {
            var known = AllDescriptors().Select(d => (string)d[0]).ToHashSet();
            foreach (var analyzer in Analyzers())
                foreach (var d in analyzer.SupportedDiagnostics)
                    Assert.True(known.Contains(d.Id), analyzer.GetType().Name + " declares unknown id " + d.Id);
        }

        [Fact]
        public void Code_fixes_are_exported_under_their_class_name_and_support_fix_all()
        {
            var known = AllDescriptors().Select(d => (string)d[0]).ToHashSet();
            foreach (var type in CodeFixTypes())
            {
                var export = type.GetCustomAttribute<ExportCodeFixProviderAttribute>();
                Assert.True(export is not null, type.Name + " is not exported");
                Assert.Equal(type.Name, export!.Name);
                var provider = (CodeFixProvider)Activator.CreateInstance(type)!;
                Assert.NotEmpty(provider.FixableDiagnosticIds);
                Assert.All(provider.FixableDiagnosticIds, id => Assert.Contains(id, known));
                Assert.NotNull(provider.GetFixAllProvider());
            }
        }
    }
}
