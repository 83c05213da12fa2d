using Microsoft.CodeAnalysis;
using SecretsAnalyzers.Baseline;

namespace SecretsAnalyzers.Cli
{
    /// <summary>
    /// One reported diagnostic, reduced to what the reports print: never source text, only the analyzer's message
    /// (which by the package's rules never contains a secret), the rule, the place and the baseline fingerprint.
    /// </summary>
    internal sealed class Finding
    {
        public required string RuleId { get; init; }

        public required DiagnosticSeverity Severity { get; init; }

        public required string Message { get; init; }

        /// <summary>The file shown in reports: the diagnostic's file, or the project file for a project-wide finding.</summary>
        public required string FilePath { get; init; }

        /// <summary>1-based; 0 for a project-wide finding (EXK306).</summary>
        public required int Line { get; init; }

        public required int Column { get; init; }

        public required int EndLine { get; init; }

        public required int EndColumn { get; init; }

        public required string Project { get; init; }

        /// <summary>The fingerprint's path: the diagnostic's file, or "assembly:Name" for a finding without a location.</summary>
        public required string FingerprintPath { get; init; }

        public required string LineHash { get; init; }

        public BaselineEntry Fingerprint { get; set; }

        public string Level => Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "note",
        };

        public bool AtOrAbove(FailLevel level) => level switch
        {
            FailLevel.None => false,
            FailLevel.Error => Severity == DiagnosticSeverity.Error,
            FailLevel.Warning => Severity >= DiagnosticSeverity.Warning,
            _ => Severity >= DiagnosticSeverity.Info,
        };
    }
}
