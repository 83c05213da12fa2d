using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace SecretsAnalyzers.Tests
{
    /// <summary>
    /// Thin code-fix verifier. The testing framework compiles the fixed code and fails on any compiler error that is
    /// not expected, so every fix test is also a compile check against the references of <see cref="TestReferences"/>.
    /// </summary>
    public static class CSharpCodeFixVerifier<TAnalyzer, TCodeFix>
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TCodeFix : CodeFixProvider, new()
    {
        public static DiagnosticResult Diagnostic() =>
            RuleDescriptors.Result(new TAnalyzer(), null, () => CSharpCodeFixVerifier<TAnalyzer, TCodeFix, DefaultVerifier>.Diagnostic());

        public static DiagnosticResult Diagnostic(string diagnosticId) =>
            RuleDescriptors.Result(new TAnalyzer(), diagnosticId, () => CSharpCodeFixVerifier<TAnalyzer, TCodeFix, DefaultVerifier>.Diagnostic(diagnosticId));

        public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) => CSharpCodeFixVerifier<TAnalyzer, TCodeFix, DefaultVerifier>.Diagnostic(descriptor);

        public static Task VerifyAnalyzerAsync(string source, params DiagnosticResult[] expected)
        {
            var test = new Test { TestCode = source };
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync(CancellationToken.None);
        }

        public static Task VerifyCodeFixAsync(string source, string fixedSource, string? equivalenceKey, params DiagnosticResult[] expected)
        {
            var test = new Test { TestCode = source, FixedCode = fixedSource, CodeActionEquivalenceKey = equivalenceKey };
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync(CancellationToken.None);
        }

        public sealed class Test : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
        {
            private int _stubs;

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

            /// <summary>Adds a stub source file (no markup) to the test state and, when they are set, to the fixed states:
            /// set <c>TestCode</c>/<c>FixedCode</c>/<c>BatchFixedCode</c> first.</summary>
            public Test AddStub(string source)
            {
                var name = $"/0/Stub{_stubs++}.cs";
                TestState.Sources.Add((name, source));
                if (FixedState.Sources.Count > 0) FixedState.Sources.Add((name, source));
                if (BatchFixedState.Sources.Count > 0) BatchFixedState.Sources.Add((name, source));
                return this;
            }

            public Test WithEditorConfig(string lines)
            {
                var config = ("/.editorconfig", "root = true\n[*.cs]\n" + lines + "\n");
                TestState.AnalyzerConfigFiles.Add(config);
                FixedState.AnalyzerConfigFiles.Add(config);
                return this;
            }

            protected override ParseOptions CreateParseOptions() =>
                ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion);

            protected override DiagnosticDescriptor? GetDefaultDiagnostic(DiagnosticAnalyzer[] analyzers) =>
                analyzers.Length == 1 && RuleDescriptors.Single(analyzers[0]) is { } descriptor ? descriptor : base.GetDefaultDiagnostic(analyzers);
        }
    }
}
