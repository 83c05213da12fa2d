using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace SecretsAnalyzers.Tests.Hardening
{
    /// <summary>What one analysis run produced.</summary>
    public sealed record AnalysisOutcome(
        ImmutableArray<Diagnostic> AnalyzerDiagnostics,
        ImmutableArray<Diagnostic> AllDiagnostics,
        IReadOnlyList<(Exception Exception, DiagnosticAnalyzer Analyzer)> Exceptions,
        TimeSpan Elapsed);

    /// <summary>
    /// Runs every analyzer of the package, found by reflection, directly through <see cref="CompilationWithAnalyzers"/>
    /// (not the markup verifier), collecting analyzer exceptions through <c>onAnalyzerException</c> and AD0001.
    /// </summary>
    public static class HardeningHarness
    {
        public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

        /// <summary>Every non-abstract analyzer in SecretsAnalyzers.dll, sorted by name.</summary>
        public static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers =
            Instantiate<DiagnosticAnalyzer>(Assembly.Load(new AssemblyName("SecretsAnalyzers")));

        /// <summary>Every non-abstract code fix provider in SecretsAnalyzers.CodeFixes.dll, sorted by name.</summary>
        public static readonly ImmutableArray<CodeFixProvider> Fixers =
            Instantiate<CodeFixProvider>(Assembly.Load(new AssemblyName("SecretsAnalyzers.CodeFixes")));

        /// <summary>Every diagnostic id the package's analyzers support.</summary>
        public static readonly ImmutableHashSet<string> PackageIds =
            Analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).ToImmutableHashSet(StringComparer.Ordinal);

        private static readonly Lazy<Task<ImmutableArray<MetadataReference>>> LazyReferences = new(async () =>
        {
            var net80 = await TestReferences.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None).ConfigureAwait(false);
            return net80.AddRange(TestReferences.Default).AddRange(TestReferences.KeyVault).AddRange(TestReferences.Loggers);
        });

        /// <summary>.NET 8 reference assemblies + Microsoft.Extensions abstractions + Key Vault + Serilog/NLog/log4net.</summary>
        public static Task<ImmutableArray<MetadataReference>> ReferencesAsync() => LazyReferences.Value;

        private static readonly Lazy<double> LazySlowness = new(() =>
        {
            // Calibration: the compiler's own time on the embedded corpus (about 0.3 s of work on an idle 2-core
            // machine). Bounds scale with it, so that a loaded CI machine does not turn into false "hangs" while a real
            // hang (or an analyzer far slower than the compiler) still fails.
            var trees = HardeningCorpus.Files.Select(f => Parse(f.Text, f.Path)).ToList();
            CompileAsync(trees).GetAwaiter().GetResult().GetDiagnostics(); // JIT warm-up
            var compilation = CompileAsync(trees).GetAwaiter().GetResult();
            var watch = System.Diagnostics.Stopwatch.StartNew();
            compilation.GetDiagnostics();
            return Math.Clamp(watch.Elapsed.TotalSeconds / 0.3, 1.0, 10.0);
        });

        /// <summary>How much slower than an idle 2-core machine this one currently is (1 to 10).</summary>
        public static double Slowness => LazySlowness.Value;

        /// <summary>A time bound for work that takes well under <paramref name="nominal"/> on an idle 2-core machine.</summary>
        public static TimeSpan Bound(double nominalSeconds) => TimeSpan.FromSeconds(nominalSeconds * Slowness);

        public static SyntaxTree Parse(string text, string path) =>
            CSharpSyntaxTree.ParseText(SourceText.From(text, Encoding.UTF8), ParseOptions, path);

        public static async Task<CSharpCompilation> CompileAsync(IEnumerable<SyntaxTree> trees, string name = "Hardening")
        {
            var references = await ReferencesAsync().ConfigureAwait(false);
            return CSharpCompilation.Create(name, trees, references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        }

        /// <summary>
        /// Analyses <paramref name="compilation"/> with every analyzer and fails if it does not finish within
        /// <paramref name="timeout"/> (a hang), even when an analyzer ignores its cancellation token.
        /// </summary>
        public static async Task<AnalysisOutcome> AnalyzeAsync(
            Compilation compilation,
            TimeSpan timeout,
            AnalyzerOptions? options = null,
            bool concurrent = true,
            string? context = null,
            bool inline = false)
        {
            var exceptions = new ConcurrentQueue<(Exception, DiagnosticAnalyzer)>();
            var analysisOptions = new CompilationWithAnalyzersOptions(
                options ?? new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                (e, a, _) => exceptions.Enqueue((e, a)),
                concurrent,
                logAnalyzerExecutionTime: false,
                reportSuppressedDiagnostics: false);
            using var cts = new CancellationTokenSource(timeout);
            var started = DateTime.UtcNow;
            // inline: start on the calling thread (e.g. a small-stack thread) rather than on the thread pool.
            var work = inline ? Run() : Task.Run(Run);
            async Task<(ImmutableArray<Diagnostic>, ImmutableArray<Diagnostic>)> Run()
            {
                var cwa = compilation.WithAnalyzers(AnalyzersOrNoOp(), analysisOptions);
                var all = await cwa.GetAllDiagnosticsAsync(cts.Token).ConfigureAwait(false);
                var analyzerOnly = all.Where(d => PackageIds.Contains(d.Id) || d.Id.StartsWith("AD", StringComparison.Ordinal)).ToImmutableArray();
                return (all, analyzerOnly);
            }
            var finished = await Task.WhenAny(work, Task.Delay(timeout + TimeSpan.FromSeconds(5))).ConfigureAwait(false);
            if (finished != work)
                throw new Xunit.Sdk.XunitException($"Analysis did not finish within {timeout.TotalSeconds:0} s (hang?): {context}");
            (ImmutableArray<Diagnostic> all, ImmutableArray<Diagnostic> analyzerOnly) result;
            try { result = await work.ConfigureAwait(false); }
            catch (OperationCanceledException)
            {
                throw new Xunit.Sdk.XunitException($"Analysis did not finish within {timeout.TotalSeconds:0} s: {context}");
            }
            return new AnalysisOutcome(result.analyzerOnly, result.all, exceptions.ToList(), DateTime.UtcNow - started);
        }

        /// <summary>Fails on any analyzer exception or AD0001 diagnostic; the message names the analyzer and input.</summary>
        public static void AssertNoAnalyzerFailure(AnalysisOutcome outcome, string context)
        {
            var failures = new List<string>();
            foreach (var (e, a) in outcome.Exceptions)
                failures.Add($"{a.GetType().Name} threw {e.GetType().Name}: {Shorten(e.ToString(), 1500)}");
            foreach (var d in outcome.AllDiagnostics.Concat(outcome.AnalyzerDiagnostics).Where(d => d.Id is "AD0001" or "AD0002"))
                failures.Add(Shorten(d.ToString(), 1500));
            if (failures.Count > 0)
                throw new Xunit.Sdk.XunitException($"Analyzer failure on {context}:{Environment.NewLine}{string.Join(Environment.NewLine, failures.Distinct().Take(5))}");
        }

        /// <summary>Runs <paramref name="action"/> on a thread with a 1 MB stack (the Windows default) and waits for it.</summary>
        public static T OnSmallStack<T>(Func<T> action, TimeSpan timeout, string context)
        {
            T result = default!;
            Exception? error = null;
            var thread = new Thread(() =>
            {
                try { result = action(); }
                catch (Exception e) { error = e; }
            }, maxStackSize: 1024 * 1024) { IsBackground = true, Name = "hardening-small-stack" };
            thread.Start();
            if (!thread.Join(timeout)) throw new Xunit.Sdk.XunitException($"Did not complete within {timeout.TotalSeconds:0} s: {context}");
            if (error is not null) throw new Xunit.Sdk.XunitException($"{context}: {error}");
            return result;
        }

        public static string Shorten(string s, int max) => s.Length <= max ? s : s.Substring(0, max) + "…";

        private static ImmutableArray<T> Instantiate<T>(Assembly assembly) where T : class
        {
            Type?[] types;
            try { types = assembly.GetTypes(); }
            catch (ReflectionTypeLoadException e) { types = e.Types; }
            return types
                .Where(t => t is not null && !t.IsAbstract && typeof(T).IsAssignableFrom(t)
                    && t.GetConstructor(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance, Type.EmptyTypes) is not null)
                .OrderBy(t => t!.FullName, StringComparer.Ordinal)
                .Select(t => (T)Activator.CreateInstance(t!, nonPublic: true)!)
                .ToImmutableArray();
        }

        /// <summary>The package's analyzers; while no rule has landed, a stand-in that walks every invocation.</summary>
        public static ImmutableArray<DiagnosticAnalyzer> AnalyzersOrNoOp() =>
            Analyzers.IsEmpty ? ImmutableArray.Create<DiagnosticAnalyzer>(new NoOpAnalyzer()) : Analyzers;

        /// <summary>Stands in while no rule has landed, so the harness itself is exercised.</summary>
        [DiagnosticAnalyzer(LanguageNames.CSharp)]
        private sealed class NoOpAnalyzer : DiagnosticAnalyzer
        {
#pragma warning disable RS2008 // test-only descriptor, never reported
            private static readonly DiagnosticDescriptor Never = new("HARD0001", "Never", "Never", "Hardening", DiagnosticSeverity.Hidden, true);
#pragma warning restore RS2008
            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Never);

            public override void Initialize(AnalysisContext context)
            {
                context.EnableConcurrentExecution();
                context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
                context.RegisterOperationAction(static _ => { }, OperationKind.Invocation);
            }
        }
    }

    /// <summary>An additional file with fixed text (null text allowed: the compiler permits it).</summary>
    public sealed class InMemoryAdditionalText : AdditionalText
    {
        private readonly SourceText? _text;
        public InMemoryAdditionalText(string path, SourceText? text) { Path = path; _text = text; }
        public InMemoryAdditionalText(string path, string text) : this(path, SourceText.From(text, Encoding.UTF8)) { }
        public override string Path { get; }
        public override SourceText? GetText(CancellationToken cancellationToken = default) => _text;
    }

    /// <summary>An options provider giving each tree (possibly hostile) key/value pairs: chosen by its path, or the same for all.</summary>
    public sealed class FixedAnalyzerConfigOptionsProvider : AnalyzerConfigOptionsProvider
    {
        private readonly Options _options;
        private readonly Func<string, IReadOnlyDictionary<string, string>>? _byPath;
        private readonly ConcurrentDictionary<string, Options> _cache = new(StringComparer.Ordinal);
        public FixedAnalyzerConfigOptionsProvider(IReadOnlyDictionary<string, string> values) => _options = new Options(values);

        public FixedAnalyzerConfigOptionsProvider(IReadOnlyDictionary<string, string> global, Func<string, IReadOnlyDictionary<string, string>> byPath)
        {
            _options = new Options(global);
            _byPath = byPath;
        }

        public override AnalyzerConfigOptions GlobalOptions => _options;
        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => For(tree.FilePath);
        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => For(textFile.Path);

        private AnalyzerConfigOptions For(string path) =>
            _byPath is null ? _options : _cache.GetOrAdd(path ?? string.Empty, p => new Options(_byPath(p)));

        private sealed class Options : AnalyzerConfigOptions
        {
            private readonly Dictionary<string, string> _values;
            public Options(IReadOnlyDictionary<string, string> values) =>
                _values = new Dictionary<string, string>(values.ToDictionary(p => p.Key, p => p.Value), KeyComparer);
            public override bool TryGetValue(string key, out string value) => _values.TryGetValue(key, out value!);
        }
    }
}
