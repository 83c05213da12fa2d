using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using SecretsAnalyzers.Baseline;
using SecretsAnalyzers.HardcodedSecrets;
using SecretsAnalyzers.Tests.HardcodedSecrets;
using static SecretsAnalyzers.Tests.HardcodedSecrets.HardcodedTestSecrets;
using Verify = SecretsAnalyzers.Tests.CSharpAnalyzerVerifier<SecretsAnalyzers.HardcodedSecrets.EXK102SecretNamedSymbolAnalyzer>;

namespace SecretsAnalyzers.Tests.Baseline
{
    /// <summary>
    /// The build-side baseline: EXK102 runs with <see cref="BaselineSuppressor"/>, and a secrets-baseline.json
    /// AdditionalFile (as the package's targets add it) suppresses exactly the findings it records.
    /// </summary>
    public class BaselineSuppressorTests
    {
        private const string SourcePath = "/0/Test0.cs";
        private static readonly string SecretLine = $"    private const string ApiSecret = \"{Secret}\";";
        private static readonly string KeyLine = $"    private const string ApiKey = \"{Key}\";";

        private sealed class Test : CSharpAnalyzerTest<EXK102SecretNamedSymbolAnalyzer, DefaultVerifier>
        {
            public Test()
            {
                ReferenceAssemblies = TestReferences.Net80;
            }

            protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() =>
                new DiagnosticAnalyzer[] { new EXK102SecretNamedSymbolAnalyzer(), new BaselineSuppressor() };
        }

        private static string Entry(string rule, string path, string line, int index) =>
            $"{{ \"rule\": \"{rule}\", \"path\": \"{path}\", \"hash\": \"{BaselineFingerprint.HashLine(line, path)}\", \"index\": {index} }}";

        private static string BaselineJson(string root, params string[] entries) =>
            "{\n  \"version\": 1,\n  \"root\": \"" + root + "\",\n  \"findings\": [\n    " + string.Join(",\n    ", entries) + "\n  ]\n}\n";

        private static Test Create(string members, string? baselinePath, string? baseline)
        {
            var test = new Test { TestCode = "class C\n{\n" + members + "\n}\n" };
            if (baselinePath is not null) test.TestState.AdditionalFiles.Add((baselinePath, baseline!));
            return test;
        }

        [Fact]
        public async Task Suppresses_a_baselined_finding()
        {
            var test = Create(SecretLine.Replace($"\"{Secret}\"", $"{{|#0:\"{Secret}\"|}}"),
                "/secrets-baseline.json", BaselineJson("", Entry("EXK102", "0/Test0.cs", SecretLine, 0)));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithIsSuppressed(true).WithArguments("ApiSecret", "44 characters"));
            await test.RunAsync();
        }

        [Fact]
        public async Task Does_not_suppress_without_a_baseline_file()
        {
            var test = Create(SecretLine.Replace($"\"{Secret}\"", $"{{|#0:\"{Secret}\"|}}"), null, null);
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithIsSuppressed(false).WithArguments("ApiSecret", "44 characters"));
            await test.RunAsync();
        }

        [Fact]
        public async Task Does_not_suppress_a_finding_the_baseline_does_not_record()
        {
            // The baseline holds the secret's line; the key's line is new.
            var test = Create(
                SecretLine.Replace($"\"{Secret}\"", $"{{|#0:\"{Secret}\"|}}") + "\n" + KeyLine.Replace($"\"{Key}\"", $"{{|#1:\"{Key}\"|}}"),
                "/secrets-baseline.json", BaselineJson("", Entry("EXK102", "0/Test0.cs", SecretLine, 0)));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithIsSuppressed(true).WithArguments("ApiSecret", "44 characters"));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(1).WithIsSuppressed(false).WithArguments("ApiKey", "32 characters"));
            await test.RunAsync();
        }

        [Theory]
        [InlineData("EXK101", "0/Test0.cs")]   // another rule
        [InlineData("EXK102", "0/Other.cs")]   // another file
        public async Task Does_not_suppress_when_rule_or_path_differ(string rule, string path)
        {
            var test = Create(SecretLine.Replace($"\"{Secret}\"", $"{{|#0:\"{Secret}\"|}}"),
                "/secrets-baseline.json", BaselineJson("", Entry(rule, path, SecretLine, 0)));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithIsSuppressed(false).WithArguments("ApiSecret", "44 characters"));
            await test.RunAsync();
        }

        [Fact]
        public async Task Matches_a_moved_line_and_a_baseline_below_the_root()
        {
            // The baseline sits in /build/ with root ".." (the repository root); blank lines moved the finding down.
            var test = Create("\n\n\n" + SecretLine.Replace($"\"{Secret}\"", $"{{|#0:\"{Secret}\"|}}"),
                "/build/secrets-baseline.json", BaselineJson("..", Entry("EXK102", "0/Test0.cs", SecretLine, 0)));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithIsSuppressed(true).WithArguments("ApiSecret", "44 characters"));
            await test.RunAsync();
        }

        [Fact]
        public async Task Occurrence_index_separates_equal_lines()
        {
            // Two findings on identical lines in two nested classes; the baseline records only the first occurrence.
            var marked0 = SecretLine.Replace($"\"{Secret}\"", $"{{|#0:\"{Secret}\"|}}");
            var marked1 = SecretLine.Replace($"\"{Secret}\"", $"{{|#1:\"{Secret}\"|}}");
            var test = Create($"class A\n{{\n{marked0}\n}}\nclass B\n{{\n{marked1}\n}}",
                "/secrets-baseline.json", BaselineJson("", Entry("EXK102", "0/Test0.cs", SecretLine, 0)));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithIsSuppressed(true).WithArguments("ApiSecret", "44 characters"));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(1).WithIsSuppressed(false).WithArguments("ApiSecret", "44 characters"));
            await test.RunAsync();
        }

        [Fact]
        public async Task Reads_a_baseline_of_another_name_marked_by_the_targets()
        {
            var test = Create(SecretLine.Replace($"\"{Secret}\"", $"{{|#0:\"{Secret}\"|}}"),
                "/build/accepted.json", BaselineJson("..", Entry("EXK102", "0/Test0.cs", SecretLine, 0)));
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n\n[/build/accepted.json]\n" + BaselineSuppressor.BaselineMetadataKey + " = true\n"));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithIsSuppressed(true).WithArguments("ApiSecret", "44 characters"));
            await test.RunAsync();
        }

        [Fact]
        public async Task Ignores_an_unmarked_json_file_of_another_name()
        {
            var test = Create(SecretLine.Replace($"\"{Secret}\"", $"{{|#0:\"{Secret}\"|}}"),
                "/build/accepted.json", BaselineJson("..", Entry("EXK102", "0/Test0.cs", SecretLine, 0)));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithIsSuppressed(false).WithArguments("ApiSecret", "44 characters"));
            await test.RunAsync();
        }

        [Fact]
        public async Task Suppresses_a_baselined_finding_in_a_config_file()
        {
            var line = $"  \"Binance\": {{ \"ApiSecret\": \"{ShapeSecrets.Binance64}\" }}";
            var test = new ConfigTest { TestCode = "class Program { static void Main() { } }" };
            test.TestState.AdditionalFiles.Add(("/0/appsettings.json", "{\n" + line.Replace(ShapeSecrets.Binance64, "{|#0:" + ShapeSecrets.Binance64 + "|}") + "\n}\n"));
            test.TestState.AdditionalFiles.Add(("/secrets-baseline.json", BaselineJson("", Entry("EXK105", "0/appsettings.json", line, 0))));
            test.ExpectedDiagnostics.Add(CSharpAnalyzerVerifier<EXK105ConfigFileSecretAnalyzer>.Diagnostic(Descriptors.EXK105SecretInConfigFile)
                .WithLocation(0).WithIsSuppressed(true).WithArguments("Binance:ApiSecret", "appsettings.json", "Binance API key or secret format", EXK105ConfigFileSecretAnalyzer.SettingsAdvice));
            await test.RunAsync();
        }

        private sealed class ConfigTest : CSharpAnalyzerTest<EXK105ConfigFileSecretAnalyzer, DefaultVerifier>
        {
            public ConfigTest()
            {
                ReferenceAssemblies = TestReferences.Net80;
            }

            protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() =>
                new DiagnosticAnalyzer[] { new EXK105ConfigFileSecretAnalyzer(), new BaselineSuppressor() };
        }

        [Fact]
        public void Has_one_suppression_per_suppressible_rule_with_a_non_colliding_id_naming_the_baseline()
        {
            // Roslyn never applies a suppressor to a diagnostic whose default severity is Error.
            var ruleIds = typeof(Descriptors).GetFields(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public)
                .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
                .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
                .Where(d => d.DefaultSeverity != DiagnosticSeverity.Error)
                .Select(d => d.Id)
                .Distinct()   // a CompilationEnd twin (EXK401 through a helper of another type) is the same rule: one suppression covers both
                .OrderBy(id => id, System.StringComparer.Ordinal)
                .ToList();
            var suppressions = new BaselineSuppressor().SupportedSuppressions;
            Assert.Equal(ruleIds, suppressions.Select(s => s.SuppressedDiagnosticId).OrderBy(id => id, System.StringComparer.Ordinal));
            Assert.All(suppressions, s =>
            {
                Assert.Matches("^EXKB[1-4][0-9][0-9]$", s.Id);
                Assert.Equal(s.SuppressedDiagnosticId.Substring(3), s.Id.Substring(4));
                Assert.Contains("secrets-baseline.json", s.Justification.ToString(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
            });
        }
    }
}
