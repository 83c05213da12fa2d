using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SecretsAnalyzers.Benchmarks
{
    /// <summary>
    /// Finds the analyzers the package ships (every non-abstract <see cref="DiagnosticAnalyzer"/> with a
    /// <see cref="DiagnosticAnalyzerAttribute"/>, as the compiler loads them) by reflection, or with <c>--rules</c> each
    /// rule as an analyzer of its own (<see cref="SecretsAnalyzer.CreateRules"/>), for a per-rule breakdown.
    /// </summary>
    internal static class AnalyzerDiscovery
    {
        public static ImmutableArray<DiagnosticAnalyzer> PackageAnalyzers(bool rules)
        {
            if (rules) return SecretsAnalyzer.CreateRules();
            var assembly = Assembly.Load(new AssemblyName("SecretsAnalyzers"));
            return LoadableTypes(assembly)
                .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null
                    && t.GetConstructor(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance, Type.EmptyTypes) is not null)
                .OrderBy(t => t.FullName, StringComparer.Ordinal)
                .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t, nonPublic: true)!)
                .ToImmutableArray();
        }

        /// <summary>"EXK1" … "EXK4" from the analyzer's first supported id, or "other".</summary>
        public static string Family(DiagnosticAnalyzer analyzer)
        {
            var ids = analyzer.SupportedDiagnostics.Select(d => d.Id).Where(id => id.StartsWith("EXK", StringComparison.Ordinal) && id.Length >= 4).ToList();
            return ids.Count == 0 ? "other" : ids.Min(StringComparer.Ordinal)![..4] + "xx";
        }

        public static string Ids(DiagnosticAnalyzer analyzer) =>
            string.Join(",", analyzer.SupportedDiagnostics.Select(d => d.Id).Distinct().OrderBy(x => x, StringComparer.Ordinal));

        private static IEnumerable<Type> LoadableTypes(Assembly assembly)
        {
            try { return assembly.GetTypes(); }
            catch (ReflectionTypeLoadException e) { return e.Types.Where(t => t is not null)!; }
        }
    }

    /// <summary>
    /// The baseline: an analyzer that subscribes to every named type and to every invocation operation and does
    /// nothing, so the driver binds the whole compilation, raises its events and builds the IOperation trees, as in a
    /// real build where the SDK's own code-quality analyzers (on by default) already make it do all of that. With
    /// <c>BaselineAnalyzer.OperationTrees = false</c> (<c>--baseline symbols</c>) it subscribes to named types only.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    internal sealed class BaselineAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Never = new(
            "BENCH0001", "Never reported", "Never reported", "Benchmark", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Never);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterSymbolAction(static _ => { }, SymbolKind.NamedType);
            if (OperationTrees) context.RegisterOperationAction(static _ => { }, OperationKind.Invocation);
        }

        public static bool OperationTrees { get; set; } = true;
    }
}
