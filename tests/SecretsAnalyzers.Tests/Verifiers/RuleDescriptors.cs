using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace SecretsAnalyzers.Tests
{
    /// <summary>
    /// The descriptor a verifier's <c>Diagnostic()</c>, <c>Diagnostic(id)</c> and <c>[|…|]</c> markup stand for. A rule may
    /// have a CompilationEnd twin with the same id (EXK104 for keys that travel through another member, joined at the
    /// end of the compilation, today declared by its own analyzer); an analyzer declaring both would make the testing
    /// library find "more than one descriptor", so the twin is set aside here: expectations compare id, location,
    /// severity and message arguments, which the twin shares.
    /// </summary>
    internal static class RuleDescriptors
    {
        public static DiagnosticDescriptor? Single(DiagnosticAnalyzer analyzer, string? id = null)
        {
            var live = analyzer.SupportedDiagnostics
                .Where(d => (id is null || d.Id == id) && !d.CustomTags.Contains(WellKnownDiagnosticTags.CompilationEnd))
                .ToList();
            var ids = analyzer.SupportedDiagnostics.Where(d => id is null || d.Id == id).Select(d => d.Id).Distinct().Count();
            return ids == 1 && live.Count == 1 ? live[0] : null;
        }

        /// <summary>The descriptor's result when the twin rule applies, else the library's own answer.</summary>
        public static DiagnosticResult Result(DiagnosticAnalyzer analyzer, string? id, System.Func<DiagnosticResult> library) =>
            analyzer.SupportedDiagnostics.Length > 1 && Single(analyzer, id) is { } descriptor ? new DiagnosticResult(descriptor) : library();
    }
}
