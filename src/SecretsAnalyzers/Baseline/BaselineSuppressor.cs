using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace SecretsAnalyzers.Baseline
{
    /// <summary>
    /// Suppresses the EXK findings recorded in a <c>secrets-baseline.json</c> AdditionalFile (the package's build
    /// targets add the one beside the project, else the one at the repository root), so a team can turn the rules on
    /// in an old code base and fail only on new findings. Matching is <see cref="BaselineFingerprint"/>'s, the same as
    /// <c>secrets-scan --baseline</c>. Suppression ids are <c>EXKB</c> + the rule's number (EXK101 → EXKB101): they
    /// never collide with rule ids, which are <c>EXK</c> + three digits.
    /// Roslyn never lets a suppressor suppress a diagnostic whose default severity is Error (EXK101, EXK104, EXK203),
    /// whatever .editorconfig sets: those stay visible in the build, and <c>secrets-scan --baseline</c> still filters them.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class BaselineSuppressor : DiagnosticSuppressor
    {
        internal const string SuppressionIdPrefix = "EXKB";
        internal const string Justification = "Accepted finding recorded in " + BaselineFingerprint.FileName + " (the secrets baseline)";

        /// <summary>
        /// Every rule id of the package whose default severity is not Error (Roslyn ignores suppressions of those);
        /// a test checks it against the descriptors.
        /// </summary>
        internal static readonly ImmutableArray<string> RuleIdsCovered = ImmutableArray.Create(
            RuleIds.EXK102, RuleIds.EXK103, RuleIds.EXK105, RuleIds.EXK106, RuleIds.EXK107,
            RuleIds.EXK201, RuleIds.EXK202, RuleIds.EXK204,
            RuleIds.EXK301, RuleIds.EXK302, RuleIds.EXK303, RuleIds.EXK304, RuleIds.EXK305, RuleIds.EXK306,
            RuleIds.EXK401, RuleIds.EXK402, RuleIds.EXK403, RuleIds.EXK404, RuleIds.EXK405);

        private static readonly ImmutableDictionary<string, SuppressionDescriptor> ByRule = CreateDescriptors();

        public override ImmutableArray<SuppressionDescriptor> SupportedSuppressions { get; } =
            ImmutableArray.CreateRange(ByRule.Values);

        internal static string SuppressionId(string ruleId) => SuppressionIdPrefix + ruleId.Substring(3);

        public override void ReportSuppressions(SuppressionAnalysisContext context)
        {
            AdditionalText? baselineText = null;
            foreach (var file in context.Options.AdditionalFiles)
            {
                if (IsBaseline(file.Path) || IsMarkedBaseline(context.Options.AnalyzerConfigOptionsProvider.GetOptions(file)))
                {
                    baselineText = file;
                    break;
                }
            }

            if (baselineText?.GetText(context.CancellationToken) is not { } text) return;
            var baseline = BaselineFile.Parse(baselineText.Path, text, context.CancellationToken);
            if (baseline.Entries.IsEmpty) return;
            var root = baseline.RootFolder(baselineText.Path);

            var additionalTexts = new Dictionary<string, AdditionalText>(StringComparer.Ordinal);
            foreach (var file in context.Options.AdditionalFiles)
                additionalTexts[file.Path] = file;

            var diagnostics = new List<Diagnostic>();
            var candidates = new List<BaselineCandidate>();
            foreach (var diagnostic in context.ReportedDiagnostics)
            {
                if (!ByRule.ContainsKey(diagnostic.Id)) continue;
                var location = diagnostic.Location;
                var path = "";
                var line = -1;
                var column = -1;
                var lineText = "";
                if (location.Kind != LocationKind.None)
                {
                    var span = location.GetLineSpan();
                    path = span.Path ?? "";
                    line = span.StartLinePosition.Line;
                    column = span.StartLinePosition.Character;
                    var source = location.SourceTree?.GetText(context.CancellationToken)
                        ?? (additionalTexts.TryGetValue(path, out var additional) ? additional.GetText(context.CancellationToken) : null);
                    if (source is not null && line >= 0 && line < source.Lines.Count)
                        lineText = source.Lines[line].ToString();
                }

                var relative = path.Length == 0 ? "" : BaselineFingerprint.RelativePath(root, path);
                diagnostics.Add(diagnostic);
                candidates.Add(new BaselineCandidate(diagnostic.Id, relative, BaselineFingerprint.HashLine(lineText, path), line, column));
            }

            var entries = BaselineFingerprint.Assign(candidates);
            for (var i = 0; i < entries.Length; i++)
            {
                if (baseline.Contains(entries[i]))
                    context.ReportSuppression(Suppression.Create(ByRule[diagnostics[i].Id], diagnostics[i]));
            }
        }

        /// <summary>
        /// The item metadata the package's targets set on the baseline they add (any file name, through
        /// <c>&lt;SecretsAnalyzersBaseline&gt;</c>): <c>SecretsAnalyzersBaseline="true"</c>.
        /// </summary>
        internal const string BaselineMetadataKey = "build_metadata.AdditionalFiles.SecretsAnalyzersBaseline";

        private static bool IsMarkedBaseline(AnalyzerConfigOptions options) =>
            options.TryGetValue(BaselineMetadataKey, out var value) && string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase);

        internal static bool IsBaseline(string path)
        {
            var normalised = (path ?? "").Replace('\\', '/');
            return normalised.Substring(normalised.LastIndexOf('/') + 1).Equals(BaselineFingerprint.FileName, StringComparison.OrdinalIgnoreCase);
        }

        private static ImmutableDictionary<string, SuppressionDescriptor> CreateDescriptors()
        {
            var builder = ImmutableDictionary.CreateBuilder<string, SuppressionDescriptor>(StringComparer.Ordinal);
            foreach (var id in RuleIdsCovered)
                builder[id] = new SuppressionDescriptor(SuppressionId(id), id, Justification);
            return builder.ToImmutable();
        }
    }
}
