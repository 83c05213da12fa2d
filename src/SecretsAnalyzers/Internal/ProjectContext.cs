using System;
using Microsoft.CodeAnalysis;

namespace SecretsAnalyzers.Internal
{
    /// <summary>Facts about the compilation as a whole, computed once per compilation start.</summary>
    internal static class ProjectContext
    {
        /// <summary>
        /// A test project: it references xunit, NUnit or MSTest, or its assembly is named *.Tests / *.UnitTests /
        /// *.Test / *.IntegrationTests. Hard-coded secret rules still report there, one level lower. Computed once per
        /// compilation (kept by <see cref="KnownTypes"/>) however many analyzers ask.
        /// </summary>
        public static bool IsTestProject(Compilation compilation) => KnownTypes.GetOrCreate(compilation).IsTestProject;

        internal static bool ComputeIsTestProject(Compilation compilation)
        {
            var name = compilation.AssemblyName ?? "";
            // Trading.Tests, Tests, BinanceTests (a capital T: Contests is not one), Trading.UnitTests, Trading.Test.
            if (name.EndsWith("Tests", StringComparison.Ordinal) ||
                name.EndsWith(".Tests", StringComparison.OrdinalIgnoreCase) ||
                name.EndsWith(".UnitTests", StringComparison.OrdinalIgnoreCase) ||
                name.EndsWith(".Test", StringComparison.OrdinalIgnoreCase) ||
                name.EndsWith(".IntegrationTests", StringComparison.OrdinalIgnoreCase))
                return true;

            foreach (var reference in compilation.ReferencedAssemblyNames)
            {
                var r = reference.Name;
                if (r.StartsWith("xunit", StringComparison.OrdinalIgnoreCase) ||
                    r.Equals("nunit.framework", StringComparison.OrdinalIgnoreCase) ||
                    r.Equals("Microsoft.VisualStudio.TestPlatform.TestFramework", StringComparison.OrdinalIgnoreCase) ||
                    r.Equals("MSTest.TestFramework", StringComparison.OrdinalIgnoreCase))
                    return true;
            }

            return false;
        }

        /// <summary>A rule's severity: its default, or one level lower when <paramref name="lower"/> (a test project, a development file).</summary>
        public static DiagnosticSeverity Severity(DiagnosticDescriptor descriptor, bool lower) =>
            lower ? Lower(descriptor.DefaultSeverity) : descriptor.DefaultSeverity;

        /// <summary>One level lower: Error → Warning → Info → Hidden.</summary>
        public static DiagnosticSeverity Lower(DiagnosticSeverity severity) => severity switch
        {
            DiagnosticSeverity.Error => DiagnosticSeverity.Warning,
            DiagnosticSeverity.Warning => DiagnosticSeverity.Info,
            _ => DiagnosticSeverity.Hidden,
        };
    }
}
