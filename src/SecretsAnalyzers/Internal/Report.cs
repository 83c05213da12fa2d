using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace SecretsAnalyzers.Internal
{
    /// <summary>The one way a rule creates a diagnostic whose severity is lowered in test projects and development files.</summary>
    internal static class Report
    {
        /// <summary>
        /// A diagnostic of <paramref name="descriptor"/> at <paramref name="location"/>, one severity level lower when
        /// <paramref name="lower"/> (<see cref="ProjectContext.IsTestProject"/>, a development configuration file).
        /// </summary>
        public static Diagnostic Create(DiagnosticDescriptor descriptor, Location location, bool lower,
            ImmutableDictionary<string, string?>? properties, params object?[] messageArgs) =>
            Create(descriptor, location, lower, null, properties, messageArgs);

        public static Diagnostic Create(DiagnosticDescriptor descriptor, Location location, bool lower, IEnumerable<Location>? additionalLocations,
            ImmutableDictionary<string, string?>? properties, params object?[] messageArgs) =>
            Diagnostic.Create(descriptor, location, ProjectContext.Severity(descriptor, lower), additionalLocations, properties, messageArgs);
    }
}
