using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SecretsAnalyzers.Options;

namespace SecretsAnalyzers.Logging
{
    /// <summary>
    /// EXK401 for a secret handed to a helper of another type of the same compilation (a static <c>LogHelper.Write</c>,
    /// an instance method of a service class, an extension method) that logs it, passes it on to one that does, or returns
    /// it to a caller that logs the result. The bodies are walked once by the same pass as
    /// <see cref="EXK401SecretLoggingAnalyzer"/> (one walk for both when hosted), which records each body's sinks, returns and helper calls; the records
    /// of the whole compilation are joined here at compilation end with the same <see cref="HelperSummaries"/> (memoised,
    /// transitive, bounded depth, a cycle is no flow). Its only descriptor is the CompilationEnd twin of EXK401. Kept
    /// apart from the in-member analyzer, as EXK104's flow analyzer is, so that one stays a plain live analyzer in IDEs and
    /// this join only runs where compilation-end diagnostics are wanted (build, CI, full-solution analysis).
    /// </summary>
    public sealed class EXK401HelperFlowAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.EXK401SecretLoggedThroughHelper);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);

            // The walk of EXK401 (shared with it when both are hosted by the package analyzer, so each body is walked
            // once): run alone, its findings in a member and through helpers of the member's own type are only marked,
            // so the join reports just what needed another type.
            context.RegisterCompilationStartAction(start => EXK401SecretLoggingAnalyzer.Register(start, reportInMember: false, joinAcrossTypes: true));
        }

        /// <summary>
        /// Compilation end: summarises every recorded helper of the compilation and judges again the bodies that call a
        /// helper whose summary carries a secret through another type. Each such body is judged once; a finding already
        /// made in the member or through a helper of its own type (same rule, same span) is not reported again.
        /// Records are taken in source order, so the bounded depth cuts the same chains on every run.
        /// </summary>
        internal static void JoinAcrossTypes(CompilationAnalysisContext context, ConcurrentQueue<BodyRecord> recorded, SecretSources sources, SecretsOptionsCache cache)
        {
            if (recorded.IsEmpty) return;
            var records = new List<BodyRecord>(recorded);
            records.Sort(SourceOrder);
            var summaries = new HelperSummaries(records, sources, tree =>
            {
                var options = cache.For(tree);
                return (options.Names, options.GetList(null, EXK401SecretLoggingAnalyzer.MaskMethodsKey));
            });

            var hits = new List<SecretHit>();
            foreach (var record in records)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                if (record.IsLocalFunction || !CallsAcrossTypes(record, summaries)) continue;
                EXK401SecretLoggingAnalyzer.Judge(record, summaries, sources, cache, context.ReportDiagnostic, ThroughHelper, hits);
            }

        }

        /// <summary>Only EXK401 is joined across types; its findings are reported with the CompilationEnd twin.</summary>
        private static DiagnosticDescriptor? ThroughHelper(DiagnosticDescriptor descriptor) =>
            descriptor.Id == RuleIds.EXK401 ? Descriptors.EXK401SecretLoggedThroughHelper : null;

        /// <summary>True when the body calls a helper of another type whose summary carries a secret, or one of its own type that uses such a helper.</summary>
        private static bool CallsAcrossTypes(BodyRecord record, HelperSummaries summaries)
        {
            var ownerType = (record.Owner as INamedTypeSymbol ?? record.Owner.ContainingType)?.OriginalDefinition;
            foreach (var call in record.HelperCalls)
            {
                var otherType = !SymbolEqualityComparer.Default.Equals(call.TargetMethod.ContainingType?.OriginalDefinition, ownerType);
                if ((otherType || summaries.ReachesOtherTypes(call.TargetMethod)) && summaries.Get(call.TargetMethod) is { } helper && helper.MattersTo(record))
                    return true;
            }

            return false;
        }

        private static int SourceOrder(BodyRecord x, BodyRecord y)
        {
            var byPath = string.CompareOrdinal(x.Tree.FilePath, y.Tree.FilePath);
            return byPath != 0 ? byPath : x.Blocks[0].Syntax.SpanStart.CompareTo(y.Blocks[0].Syntax.SpanStart);
        }
    }
}
