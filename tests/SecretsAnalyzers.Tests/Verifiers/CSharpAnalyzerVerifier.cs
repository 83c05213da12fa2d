using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace SecretsAnalyzers.Tests
{
    /// <summary>Thin verifier: alias it per file, e.g. <c>using Verify = CSharpAnalyzerVerifier&lt;EXK101…&gt;;</c></summary>
    public static class CSharpAnalyzerVerifier<TAnalyzer>
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        public static DiagnosticResult Diagnostic() =>
            RuleDescriptors.Result(new TAnalyzer(), null, () => CSharpAnalyzerVerifier<TAnalyzer, DefaultVerifier>.Diagnostic());

        public static DiagnosticResult Diagnostic(string diagnosticId) =>
            RuleDescriptors.Result(new TAnalyzer(), diagnosticId, () => CSharpAnalyzerVerifier<TAnalyzer, DefaultVerifier>.Diagnostic(diagnosticId));

        public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) => CSharpAnalyzerVerifier<TAnalyzer, DefaultVerifier>.Diagnostic(descriptor);

        /// <summary>Verifies <paramref name="source"/> (markup) plus optional stub sources.</summary>
        public static Task VerifyAnalyzerAsync(string source, params DiagnosticResult[] expected) =>
            VerifyAnalyzerAsync(source, System.Array.Empty<string>(), expected);

        public static Task VerifyAnalyzerAsync(string source, string[] stubs, params DiagnosticResult[] expected)
        {
            var test = new Test { TestCode = source };
            foreach (var stub in stubs) test.AddStub(stub);
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync(CancellationToken.None);
        }

        /// <summary>
        /// Runs the test twice: with the rule's own analyzer, then through the analyzer the package ships
        /// (<see cref="SecretsAnalyzer"/>, every rule hosted by <c>Internal/RuleHost</c>, the other rules' ids disabled), so
        /// every rule test also proves the shipped analyzer reports exactly the same. <see cref="ThroughPackageAnalyzer"/>
        /// false turns the second run off (a test of the rule class itself).
        /// </summary>
        public sealed class Test : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
        {
            private int _stubs;
            private bool _hosted;

            /// <summary>Also verify through the shipped <see cref="SecretsAnalyzer"/> (default: when the analyzer is one of its rules).</summary>
            public bool ThroughPackageAnalyzer { get; set; } = typeof(TAnalyzer).Assembly == typeof(SecretsAnalyzer).Assembly;

            public new async Task RunAsync(CancellationToken cancellationToken = default)
            {
                await base.RunAsync(cancellationToken).ConfigureAwait(false);
                if (!ThroughPackageAnalyzer) return;
                var own = new System.Collections.Generic.HashSet<string>(System.Linq.Enumerable.Select(new TAnalyzer().SupportedDiagnostics, d => d.Id));
                foreach (var descriptor in new SecretsAnalyzer().SupportedDiagnostics)
                {
                    if (!own.Contains(descriptor.Id) && !DisabledDiagnostics.Contains(descriptor.Id)) DisabledDiagnostics.Add(descriptor.Id);
                }

                _hosted = true;
                try
                {
                    await base.RunAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (System.Exception e) when (e is not System.OperationCanceledException)
                {
                    throw new Xunit.Sdk.XunitException("The rule passed on its own but not through the package analyzer (SecretsAnalyzer): " + e.Message);
                }
                finally
                {
                    _hosted = false;
                }
            }

            protected override System.Collections.Generic.IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() =>
                _hosted ? new DiagnosticAnalyzer[] { new SecretsAnalyzer() } : base.GetDiagnosticAnalyzers();

            public Test()
            {
                ReferenceAssemblies = TestReferences.Net80;
                TestState.AdditionalReferences.AddRange(TestReferences.Default);
                TestBehaviors |= TestBehaviors.SkipGeneratedCodeCheck;
                MarkupOptions = MarkupOptions.UseFirstDescriptor;   // {|EXK104:…|}: the rule's descriptor, not its CompilationEnd twin (RuleDescriptors)
            }

            /// <summary>Adds Azure.Security.KeyVault.Secrets (SecretClient) to the compilation.</summary>
            public Test WithKeyVault()
            {
                TestState.AdditionalReferences.AddRange(TestReferences.KeyVault);
                return this;
            }

            /// <summary>Adds Serilog, NLog and log4net to the compilation.</summary>
            public Test WithLoggers()
            {
                TestState.AdditionalReferences.AddRange(TestReferences.Loggers);
                return this;
            }

            public LanguageVersion LanguageVersion { get; set; } = LanguageVersion.CSharp12;

            /// <summary>Adds a stub source file (no markup) to the compilation.</summary>
            public Test AddStub(string source)
            {
                TestState.Sources.Add(($"/0/Stub{_stubs++}.cs", source));
                return this;
            }

            /// <summary>Adds an <c>.editorconfig</c> section for C# files, e.g. "secrets_analyzers.EXK201.allowed_hosts = api.internal".</summary>
            public Test WithEditorConfig(string lines)
            {
                TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n[*.cs]\n" + lines + "\n"));
                return this;
            }

            protected override ParseOptions CreateParseOptions() =>
                ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion);

            protected override DiagnosticDescriptor? GetDefaultDiagnostic(DiagnosticAnalyzer[] analyzers)
            {
                // [|…|] markup means the rule's own descriptor, also when the analyzer run is the package analyzer.
                if (_hosted) analyzers = new DiagnosticAnalyzer[] { new TAnalyzer() };
                return analyzers.Length == 1 && RuleDescriptors.Single(analyzers[0]) is { } descriptor ? descriptor : base.GetDefaultDiagnostic(analyzers);
            }
        }
    }
}
