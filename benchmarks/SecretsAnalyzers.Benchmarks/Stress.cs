using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace SecretsAnalyzers.Benchmarks
{
    /// <summary>
    /// The stress suite (<c>--stress</c>): every once super-linear input shape at two sizes, N and 4N. Per shape it
    /// prints the compiler's binding CPU for the same code, the CPU the package adds over the no-op baseline analyzer,
    /// the analyzers' own time (telemetry sum) and the growth ratios; linear means at most 4.4× for 4× the input, and
    /// the package should cost less than binding the code.
    /// </summary>
    internal static class Stress
    {
        /// <summary>One input shape: a name, what it exercises, the two sizes and a generator (C# source, optional appsettings.json).</summary>
        private sealed record Pattern(string Name, string Exercises, int Small, Func<int, (string Source, string? AppSettings)> Generate);

        private static readonly Pattern[] Patterns =
        {
            new("consts", "N `public const string ApiSecretN = \"…\"` in one class (EXK101 symbol following, EXK102/EXK103 const-use check)", 1000, Consts),
            new("hmac-locals", "one method with N `var apiSecretN = \"…\"; new HMACCredential(apiSecretN, apiSecretN);` (EXK101 through locals)", 500, HmacLocals),
            new("concat", "one constant concatenation of N string terms (first-literal search)", 10_000, Concatenation),
            new("log-chain", "7 locals each reassigned N times before one log call (EXK401 secret flow)", 6, LogChain),
            new("log-append", "N times `s = s + \"x\"; Log(s)` in one method (EXK401 secret flow)", 500, LogAppend),
            new("appsettings", "appsettings.json: a 990-deep object around an array of N numbers (config readers)", 50_000, AppSettings),
        };

        public static async Task<int> RunAsync(Bench bench, BenchOptions options, Report report)
        {
            var selected = Patterns.Where(p => options.StressPatterns.Count == 0 || options.StressPatterns.Contains(p.Name, StringComparer.OrdinalIgnoreCase)).ToList();
            report.Line($"## Stress suite (each shape at N and 4N; least disturbed of {options.RunsOverride ?? 1} run(s) each, after one warm-up)");
            report.Line();

            // Warm-up: JIT the compiler, the driver and the analyzers on the smallest shape.
            {
                var (source, settings) = Consts(50);
                await bench.StressRunAsync(source, settings);
            }

            var rows = new List<string>();
            foreach (var pattern in selected)
            {
                var results = new List<StressResult>();
                foreach (var n in new[] { pattern.Small, pattern.Small * 4 })
                {
                    var (source, settings) = pattern.Generate(n);
                    StressResult? result = null;
                    for (var run = 0; run < (options.RunsOverride ?? 1); run++)
                    {
                        // The least disturbed of the runs (minimum of each measure): on a shared machine every disturbance adds time.
                        var r = await bench.StressRunAsync(source, settings);
                        result = result is null ? r : new StressResult(Math.Min(result.BindingCpuMs, r.BindingCpuMs), Math.Min(result.AddedCpuMs, r.AddedCpuMs),
                            Math.Min(result.AddedWallMs, r.AddedWallMs), Math.Min(result.TelemetryMs, r.TelemetryMs), r.TelemetryMs < result.TelemetryMs ? r.Hottest : result.Hottest);
                    }

                    results.Add(result!);
                    Console.Error.WriteLine($"  [{DateTime.UtcNow:HH:mm:ss}] stress {pattern.Name} N={n}: binding {result!.BindingCpuMs:0} ms CPU, package added {result.AddedCpuMs:0} ms CPU, telemetry {result.TelemetryMs:0} ms ({result.Hottest})");
                }

                var a = results[0];
                var b = results[1];
                var growth = Ratio(b.TelemetryMs, a.TelemetryMs);
                var cpuGrowth = Ratio(b.AddedCpuMs, a.AddedCpuMs);
                var below = b.AddedCpuMs < b.BindingCpuMs;
                rows.Add($"| {pattern.Name} | {pattern.Small:N0} / {pattern.Small * 4:N0} | {a.BindingCpuMs:0} / {b.BindingCpuMs:0} | {a.AddedCpuMs:0} / {b.AddedCpuMs:0} | {a.AddedWallMs:0} / {b.AddedWallMs:0} | {a.TelemetryMs:0} / {b.TelemetryMs:0} | {growth} | {cpuGrowth} | {(cpuGrowth is "–" || Parse(cpuGrowth) <= 4.4 ? "linear" : "SUPER-LINEAR")}, {(below ? "below binding" : "ABOVE binding")} | {b.Hottest} |");
            }

            report.Line("Shapes:");
            foreach (var p in selected) report.Line($"- `{p.Name}`: {p.Exercises}");
            report.Line();
            report.Line("Times in ms: binding = the compiler's `GetDiagnostics()` CPU; CPU added = package run minus baseline run (process CPU); wall added likewise; telemetry = sum of the analyzers' execution time. Growth = value at 4N / value at N (telemetry; CPU added), target ≤ 4.4 (verdict on CPU added, the measure a loaded machine disturbs least); below binding = CPU added at 4N < binding CPU at 4N. A ratio between values under 20 ms is noise and shown as –.");
            report.Line();
            report.Line("| Shape | N / 4N | Binding CPU | Package CPU added | Wall added | Analyzer telemetry | Growth (telemetry) | Growth (CPU added) | Verdict | Hottest analyzer at 4N |");
            report.Line("|---|---|---|---|---|---|---|---|---|---|");
            foreach (var row in rows) report.Line(row);
            report.Line();
            return 0;
        }

        private static string Ratio(double big, double small) =>
            small < 20 && big < 80 ? "–" : (big / Math.Max(small, 1)).ToString("0.00", CultureInfo.InvariantCulture) + "×";

        private static double Parse(string ratio) => double.Parse(ratio.TrimEnd('×'), CultureInfo.InvariantCulture);

        /// <summary>A deterministic high-entropy 32-character value for index <paramref name="i"/> (fake, never a real key).</summary>
        private static string Value(int i, int salt = 0)
        {
            const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
            var sb = new StringBuilder("FAKE", 36);
            var x = (ulong)(i * 7919 + salt * 104729 + 1) * 0x9E3779B97F4A7C15UL;
            for (var k = 0; k < 28; k++)
            {
                x ^= x >> 29;
                x *= 0xBF58476D1CE4E5B9UL;
                x ^= x >> 32;
                sb.Append(alphabet[(int)(x % (ulong)alphabet.Length)]);
            }

            return sb.ToString();
        }

        private static (string, string?) Consts(int n)
        {
            var sb = new StringBuilder("namespace Stress\n{\n    public static class Keys\n    {\n");
            for (var i = 0; i < n; i++) sb.Append("        public const string ApiSecret").Append(i).Append(" = \"").Append(Value(i)).Append("\";\n");
            sb.Append("    }\n}\n");
            return (sb.ToString(), null);
        }

        private static (string, string?) HmacLocals(int n)
        {
            var sb = new StringBuilder("using CryptoExchange.Net.Authentication;\nnamespace Stress\n{\n    public static class Credentials\n    {\n        public static void Create()\n        {\n");
            for (var i = 0; i < n; i++)
            {
                sb.Append("            var apiSecret").Append(i).Append(" = \"").Append(Value(i, 1)).Append("\";\n");
                sb.Append("            var credential").Append(i).Append(" = new HMACCredential(apiSecret").Append(i).Append(", apiSecret").Append(i).Append(");\n");
            }

            sb.Append("        }\n    }\n}\n");
            return (sb.ToString(), null);
        }

        private static (string, string?) Concatenation(int n)
        {
            var sb = new StringBuilder("namespace Stress\n{\n    public static class Long\n    {\n        public const string Text =\n            ");
            for (var i = 0; i < n; i++)
            {
                if (i > 0) sb.Append(i % 10 == 0 ? " +\n            " : " + ");
                sb.Append("\"seg").Append(i.ToString("D5", CultureInfo.InvariantCulture)).Append('"');
            }

            sb.Append(";\n    }\n}\n");
            return (sb.ToString(), null);
        }

        private static (string, string?) LogChain(int m)
        {
            const int locals = 7;
            var sb = new StringBuilder("using Microsoft.Extensions.Logging;\nnamespace Stress\n{\n    public sealed class Chain\n    {\n        public void Run(ILogger logger, string apiSecret, bool flag)\n        {\n");
            sb.Append("            var s0 = apiSecret;\n");
            for (var j = 1; j < locals; j++) sb.Append("            var s").Append(j).Append(" = s").Append(j - 1).Append(";\n");
            for (var r = 0; r < m; r++)
            {
                for (var j = 1; j < locals; j++)
                    sb.Append("            if (flag) s").Append(j).Append(" = s").Append(j - 1).Append(";\n");
            }

            sb.Append("            logger.LogInformation(\"value {Value}\", s").Append(locals - 1).Append(");\n        }\n    }\n}\n");
            return (sb.ToString(), null);
        }

        private static (string, string?) LogAppend(int n)
        {
            var sb = new StringBuilder("using Microsoft.Extensions.Logging;\nnamespace Stress\n{\n    public sealed class Append\n    {\n        public void Run(ILogger logger, string apiSecret)\n        {\n            var s = apiSecret;\n");
            for (var i = 0; i < n; i++) sb.Append("            s = s + \"x\";\n            logger.LogInformation(\"value {Value}\", s);\n");
            sb.Append("        }\n    }\n}\n");
            return (sb.ToString(), null);
        }

        private static (string, string?) AppSettings(int numbers)
        {
            const int depth = 990;   // the JSON reader stops at 1,000 levels; stay just inside
            var json = new StringBuilder(numbers * 2 + depth * 8);
            for (var d = 0; d < depth; d++) json.Append("{\"a\":");
            json.Append("{\"Items\":[");
            for (var i = 0; i < numbers; i++)
            {
                if (i > 0) json.Append(',');
                json.Append((char)('0' + i % 10));
            }

            json.Append("]}");
            json.Append('}', depth);
            return ("namespace Stress { public sealed class Empty { } }\n", json.ToString());
        }
    }

    internal sealed record StressResult(double BindingCpuMs, double AddedCpuMs, double AddedWallMs, double TelemetryMs, string Hottest);

    /// <summary>An in-memory additional file (the stress suite's appsettings.json).</summary>
    internal sealed class InMemoryAdditionalText : AdditionalText
    {
        private readonly SourceText _text;

        public InMemoryAdditionalText(string path, string text)
        {
            Path = path;
            _text = SourceText.From(text, Encoding.UTF8);
        }

        public override string Path { get; }

        public override SourceText GetText(System.Threading.CancellationToken cancellationToken = default) => _text;
    }
}
