using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SecretsAnalyzers.Tests.Hardening
{
    public sealed class DeterminismAndCancellationTests
    {
        private static readonly TimeSpan Bound = HardeningHarness.Bound(60);

        [Fact]
        public async Task Same_diagnostics_in_the_same_order_with_concurrent_and_sequential_execution_across_runs()
        {
            var compilation = await CorpusCompilationAsync(copies: 3);
            var options = new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText("/app/appsettings.json", HardeningCorpus.AppSettings)));

            var sequential1 = await RunAsync(compilation, options, concurrent: false);
            var sequential2 = await RunAsync(compilation, options, concurrent: false);
            var concurrent1 = await RunAsync(compilation, options, concurrent: true);
            var concurrent2 = await RunAsync(compilation, options, concurrent: true);

            // The driver returns diagnostics in completion order (the compilation binds in parallel even when analysis
            // is sequential), so they are compared in the order the compiler and IDE present them: by file, position,
            // id and message. Same ids, locations, messages, additional locations and properties, run after run.
            Assert.NotEmpty(HardeningHarness.Analyzers.IsEmpty ? new[] { 0 } : sequential1.Select(d => 0));
            Assert.Equal(Sorted(sequential1), Sorted(sequential2));
            Assert.Equal(Sorted(sequential1), Sorted(concurrent1));
            Assert.Equal(Sorted(concurrent1), Sorted(concurrent2));
        }

        [Fact]
        public async Task Analysis_stops_promptly_when_cancelled()
        {
            var compilation = await CorpusCompilationAsync(copies: 60);
            foreach (var delay in new[] { 0, 50, 250 })
            {
                using var cts = new CancellationTokenSource();
                var cwa = compilation.WithAnalyzers(HardeningHarness.AnalyzersOrNoOp(), new CompilationWithAnalyzersOptions(
                    new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: true, logAnalyzerExecutionTime: false));
                var task = Task.Run(() => cwa.GetAnalyzerDiagnosticsAsync(cts.Token));
                await Task.Delay(delay);
                var cancelledAt = Stopwatch.StartNew();
                cts.Cancel();
                var finished = await Task.WhenAny(task, Task.Delay(TimeSpan.FromSeconds(10)));
                Assert.True(finished == task, $"analysis still running 10 s after cancellation (cancelled after {delay} ms)");
                if (task.IsCompletedSuccessfully) continue; // finished before the token was observed: nothing to stop
                var e = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => task);
                Assert.True(cancelledAt.Elapsed < TimeSpan.FromSeconds(10), $"stopped {cancelledAt.Elapsed.TotalMilliseconds:0} ms after cancellation");
            }
        }

        internal static async Task<Compilation> CorpusCompilationAsync(int copies)
        {
            var trees = new List<SyntaxTree> { HardeningHarness.Parse(HardeningCorpus.Stubs, "Stubs/ExchangeStubs.cs") };
            for (var c = 0; c < copies; c++)
                foreach (var (path, text) in HardeningCorpus.Files.Skip(1))
                    trees.Add(HardeningHarness.Parse(
                        text.Replace("namespace TradingBot.Hardening", $"namespace TradingBot.Hardening.Copy{c}", StringComparison.Ordinal),
                        $"Copy{c}/{path}"));
            return await HardeningHarness.CompileAsync(trees, "Corpus");
        }

        private static async Task<ImmutableArray<Diagnostic>> RunAsync(Compilation compilation, AnalyzerOptions options, bool concurrent)
        {
            var outcome = await HardeningHarness.AnalyzeAsync(compilation, Bound, options, concurrent, "determinism");
            HardeningHarness.AssertNoAnalyzerFailure(outcome, "determinism");
            return outcome.AnalyzerDiagnostics;
        }

        private static List<string> Keys(ImmutableArray<Diagnostic> diagnostics) =>
            diagnostics.Select(d => $"{d.Id} {d.Location.SourceTree?.FilePath}:{d.Location.SourceSpan} {d.Severity} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)} [{string.Join(";", d.AdditionalLocations.Select(l => l.SourceSpan))}] {{{string.Join(";", d.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value))}}}").ToList();

        private static List<string> Sorted(ImmutableArray<Diagnostic> diagnostics) =>
            Keys(diagnostics.Sort((a, b) =>
            {
                var c = string.CompareOrdinal(a.Location.SourceTree?.FilePath, b.Location.SourceTree?.FilePath);
                if (c == 0) c = a.Location.SourceSpan.Start.CompareTo(b.Location.SourceSpan.Start);
                if (c == 0) c = a.Location.SourceSpan.End.CompareTo(b.Location.SourceSpan.End);
                if (c == 0) c = string.CompareOrdinal(a.Id, b.Id);
                if (c == 0) c = string.CompareOrdinal(a.GetMessage(), b.GetMessage());
                return c;
            }));
    }
}
