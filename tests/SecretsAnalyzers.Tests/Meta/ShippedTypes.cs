using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SecretsAnalyzers.Tests.Meta
{
    /// <summary>The analyzer, suppressor and code-fix types the package ships, found by reflection (shared by the Meta tests).</summary>
    internal static class ShippedTypes
    {
        /// <summary>Every exported <see cref="DiagnosticAnalyzer"/>, suppressors included.</summary>
        public static IEnumerable<Type> Analyzers() =>
            typeof(Descriptors).Assembly.GetTypes()
                .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null);

        /// <summary>Every rule analyzer the package analyzer hosts (<see cref="SecretsAnalyzer.CreateRules"/>).</summary>
        public static IEnumerable<Type> Rules() => SecretsAnalyzer.CreateRules().Select(r => r.GetType());

        /// <summary>Every concrete <see cref="CodeFixProvider"/>.</summary>
        public static IEnumerable<Type> CodeFixes() =>
            typeof(SecretsAnalyzers.CodeFixes.CodeFixAssemblyMarker).Assembly.GetTypes()
                .Where(t => !t.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(t));
    }
}
