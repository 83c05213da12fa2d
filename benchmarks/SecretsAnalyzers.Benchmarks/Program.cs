using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;

namespace SecretsAnalyzers.Benchmarks
{
    /// <summary>
    /// Measures the package inside the compiler. Usage (from the repository root):
    ///   dotnet run -c Release --project benchmarks/SecretsAnalyzers.Benchmarks -- --sizes 100k,300k,1m
    ///   dotnet run -c Release --project benchmarks/SecretsAnalyzers.Benchmarks -- --quick
    ///   dotnet run -c Release --project benchmarks/SecretsAnalyzers.Benchmarks -- --folder path/to/src
    /// See benchmarks/README.md for the method.
    /// </summary>
    internal static class Program
    {
        private static async Task<int> Main(string[] args)
        {
            BenchOptions options;
            try { options = BenchOptions.Parse(args); }
            catch (ArgumentException e)
            {
                Console.Error.WriteLine(e.Message);
                Console.Error.WriteLine(BenchOptions.Usage);
                return 2;
            }
            if (options.Help)
            {
                Console.WriteLine(BenchOptions.Usage);
                return 0;
            }

            var report = new Report();
            var analyzers = AnalyzerDiscovery.PackageAnalyzers(options.Rules);
            if (options.Only.Count > 0)
                analyzers = analyzers.Where(a => options.Only.Any(o => a.GetType().Name.Contains(o, StringComparison.OrdinalIgnoreCase))).ToImmutableArray();
            report.Line($"# SecretsAnalyzers benchmark");
            report.Line();
            report.Line($"- Date (UTC): {DateTime.UtcNow:yyyy-MM-dd HH:mm}; machine: {Environment.ProcessorCount} logical cores, {Environment.OSVersion}, .NET {Environment.Version}, Roslyn {typeof(Compilation).Assembly.GetName().Version}, Server GC: {System.Runtime.GCSettings.IsServerGC}");
            var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";
            report.Line($"- Load average at start (1/5/15 min …): {load}");
            report.Line($"- Baseline analyzer: {(BaselineAnalyzer.OperationTrees ? "no-op symbol + operation actions (driver builds IOperation trees)" : "no-op symbol action only")}");
            report.Line($"- Mode: {(options.Concurrent ? "concurrent" : "sequential")} build and analysis; runs per size {string.Join("/", options.Sizes.Select(z => options.RunsFor(z)))} after {options.Warmup} warm-up (medians, [min–max]); seed {options.Seed}");
            report.Line($"- Analyzers{(options.Rules ? ": each rule on its own (--rules)" : " the package ships, found by reflection")}{(options.Only.Count > 0 ? " (filtered by --only)" : "")}: {analyzers.Length}" + (analyzers.Length == 0 ? " (no rule has landed yet: numbers below are the driver baseline only)" : ""));
            foreach (var a in analyzers) report.Line($"  - {a.GetType().Name} ({AnalyzerDiscovery.Ids(a)})");
            report.Line();

            var bench = new Bench(options, analyzers, report);
            if (options.Stress) return await Stress.RunAsync(bench, options, report).ContinueWith(t =>
            {
                if (options.Output is { } stressOutput) File.WriteAllText(stressOutput, report.ToString());
                return t.Result;
            }, TaskScheduler.Default);
            var sizeResults = new List<SizeResult>();
            if (options.Folder is { } folder)
            {
                var files = FolderCorpus.Load(folder);
                sizeResults.Add(await bench.MeasureAsync(Path.GetFileName(Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar)), files, warmup: options.Warmup));
            }
            else
            {
                var first = true;
                foreach (var size in options.Sizes)
                {
                    var files = new CorpusGenerator(options.Seed).Generate(size);
                    sizeResults.Add(await bench.MeasureAsync(FormatSize(size), files, warmup: first ? options.Warmup : 0));
                    first = false;
                }
                if (sizeResults.Count > 1) bench.ScalingTable(sizeResults);
            }

            if (options.AllocSize > 0 && analyzers.Length > 0)
                await bench.IsolatedAllocationsAsync(options.Folder is null ? new CorpusGenerator(options.Seed).Generate(options.AllocSize) : FolderCorpus.Load(options.Folder), options.Folder is null ? FormatSize(options.AllocSize) : "folder");

            if (options.IdeRuns > 0)
            {
                var contextLines = options.IdeContextLines ?? Math.Min(300_000, options.Sizes.Max());
                await bench.IdeScenarioAsync(contextLines, options.IdeDocumentLines);
            }

            bench.Targets(sizeResults);
            if (options.Output is { } output)
            {
                File.WriteAllText(output, report.ToString());
                Console.WriteLine($"Report written to {output}");
            }
            return 0;
        }

        internal static string FormatSize(int lines) =>
            lines >= 1_000_000 && lines % 1_000_000 == 0 ? (lines / 1_000_000).ToString(CultureInfo.InvariantCulture) + "M"
            : lines >= 1000 && lines % 1000 == 0 ? (lines / 1000).ToString(CultureInfo.InvariantCulture) + "k"
            : lines.ToString(CultureInfo.InvariantCulture);
    }

    internal sealed class BenchOptions
    {
        public const string Usage = """
            Usage: dotnet run -c Release --project benchmarks/SecretsAnalyzers.Benchmarks -- [options]
              --sizes 100k,300k,1m    generated corpus sizes in lines (default 100k,300k,1m)
              --folder <dir>          measure every .cs file under <dir> (bin/obj skipped) instead of generating
              --quick                 small smoke run: sizes 20k,60k, 2 runs, 10 IDE runs on a 60k-line context
              --runs <n>              measured runs per size (default 3 up to 150k lines, 2 up to 500k, 1 above)
              --warmup <n>            warm-up runs before the first size (default 1; JIT and caches are process-wide)
              --baseline ops|symbols  baseline analyzer: no-op symbol + operation actions (default; the driver builds
                                      IOperation trees, as the SDK's default analyzers make it) or symbol action only
              --no-baseline           skip the no-op-analyzer runs (no wall-added / allocation rows; halves the time)
              --rules                 run each rule as an analyzer of its own instead of the shipped package analyzer
                                      (per-rule telemetry; the driver then schedules every rule separately)
              --only <a,b>            measure only analyzers whose type name contains one of these (with --rules: rules)
              --alloc-size <size>     corpus size of the isolated per-analyzer allocation runs (default 20k; 0 skips)
              --sequential            concurrentBuild and concurrentAnalysis off (default: both on)
              --ide-runs <n>          IDE scenario runs (default 30; 0 skips it)
              --ide-context <size>    lines of the compilation around the IDE document (default min(300k, largest size))
              --ide-doc <size>        lines of the IDE document (default 5000)
              --seed <n>              generator seed (default 20261129)
              --stress                the stress suite: each once super-linear input shape at N and 4N (see Stress.cs)
              --patterns <a,b>        with --stress: only these shapes (consts, hmac-locals, concat, log-chain,
                                      log-append, appsettings)
              --out <file.md>         also write the report as markdown
            """;

        public IReadOnlyList<int> Sizes { get; private set; } = new[] { 100_000, 300_000, 1_000_000 };
        public string? Folder { get; private set; }
        public int? RunsOverride { get; private set; }
        public int Warmup { get; private set; } = 1;
        public bool Concurrent { get; private set; } = true;
        public int IdeRuns { get; private set; } = 30;
        public int? IdeContextLines { get; private set; }
        public int IdeDocumentLines { get; private set; } = 5000;
        public ulong Seed { get; private set; } = 20261129;
        public string? Output { get; private set; }
        public bool Help { get; private set; }
        public IReadOnlyList<string> Only { get; private set; } = Array.Empty<string>();
        public int AllocSize { get; private set; } = 20_000;
        public bool Baseline { get; private set; } = true;
        public bool Rules { get; private set; }
        public int Runs => RunsOverride ?? 3;
        public bool Stress { get; private set; }
        public IReadOnlyList<string> StressPatterns { get; private set; } = Array.Empty<string>();

        public int RunsFor(int lines) => RunsOverride ?? (lines <= 150_000 ? 3 : lines <= 500_000 ? 2 : 1);

        public static BenchOptions Parse(string[] args)
        {
            var o = new BenchOptions();
            for (var i = 0; i < args.Length; i++)
            {
                string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
                switch (args[i].ToLowerInvariant())
                {
                    case "--sizes": o.Sizes = Next().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(ParseSize).ToArray(); break;
                    case "--folder": o.Folder = Next(); break;
                    case "--quick":
                        o.Sizes = new[] { 20_000, 60_000 };
                        o.RunsOverride ??= 2;
                        o.IdeRuns = 10;
                        o.IdeContextLines ??= 60_000;
                        o.AllocSize = 10_000;
                        break;
                    case "--runs": o.RunsOverride = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                    case "--warmup": o.Warmup = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                    case "--sequential": o.Concurrent = false; break;
                    case "--ide-runs": o.IdeRuns = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                    case "--ide-context": o.IdeContextLines = ParseSize(Next()); break;
                    case "--ide-doc": o.IdeDocumentLines = ParseSize(Next()); break;
                    case "--no-baseline": o.Baseline = false; break;
                    case "--rules": o.Rules = true; break;
                    case "--baseline": BaselineAnalyzer.OperationTrees = Next() != "symbols"; break;
                    case "--only": o.Only = Next().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries); break;
                    case "--alloc-size": o.AllocSize = ParseSize(Next()); break;
                    case "--seed": o.Seed = ulong.Parse(Next(), CultureInfo.InvariantCulture); break;
                    case "--out": o.Output = Next(); break;
                    case "--stress": o.Stress = true; break;
                    case "--patterns": o.StressPatterns = Next().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries); break;
                    case "-h": case "--help": o.Help = true; break;
                    default: throw new ArgumentException($"Unknown option {args[i]}");
                }
            }
            if (o.Sizes.Count == 0) throw new ArgumentException("--sizes is empty");
            return o;
        }

        public static int ParseSize(string s)
        {
            s = s.Trim().ToLowerInvariant();
            var factor = s.EndsWith('m') ? 1_000_000 : s.EndsWith('k') ? 1000 : 1;
            if (factor != 1) s = s[..^1];
            return checked((int)(double.Parse(s, CultureInfo.InvariantCulture) * factor));
        }
    }

    /// <summary>Collects the report lines, echoing them to the console.</summary>
    internal sealed class Report
    {
        private readonly StringBuilder _sb = new();

        public void Line(string text = "")
        {
            Console.WriteLine(text);
            _sb.AppendLine(text);
        }

        public override string ToString() => _sb.ToString();
    }
}
