using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;

namespace SecretsAnalyzers.Cli.Tests
{
    /// <summary>
    /// One MSBuild load and analysis of a copy of samples/TradingBot (not restored, so its NuGet packages are
    /// missing: the scan warns and analyses with framework references), shared by the report tests, which render
    /// it in each format through <see cref="Program.Finish"/>.
    /// </summary>
    public sealed class SampleScanFixture : IDisposable
    {
        public SampleScanFixture()
        {
            Folder = new TestFolder();
            Folder.CopyFromRepository("Directory.Build.props");
            Folder.CopyFromRepository(".editorconfig");
            Folder.CopyFromRepository("samples/Directory.Build.props");
            Folder.CopyFromRepository("samples/Stubs");
            Folder.CopyFromRepository("samples/TradingBot");
            Project = Folder.PathOf("samples/TradingBot/TradingBot.csproj");
            var stderr = new StringWriter();
            var options = CliOptions.Parse(new[] { Project }, out _)!;
            Scan = new Scanner(options, stderr).ScanAsync(CancellationToken.None).GetAwaiter().GetResult();
            Stderr = stderr.ToString();
        }

        public TestFolder Folder { get; }

        public string Project { get; }

        internal ScanResult Scan { get; }

        public string Stderr { get; }

        /// <summary>Renders the shared scan as secrets-scan would with <paramref name="args"/> (the path is added).</summary>
        public RunResult Render(params string[] args)
        {
            var options = CliOptions.Parse(new[] { Project }.Concat(args).ToArray(), out var error) ?? throw new ArgumentException(error);
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            var exit = Program.Finish(options, Scan, stdout, stderr);
            return new RunResult(exit, stdout.ToString(), stderr.ToString());
        }

        /// <summary>"EXK101 samples/TradingBot/Hardcoded/HardcodedCredentials.cs:11" for each line of samples/TradingBot/expected/*.txt.</summary>
        public static IReadOnlyList<string> Expected() =>
            Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "samples", "TradingBot", "expected"), "*.txt")
                .SelectMany(File.ReadAllLines)
                .Select(l => l.Trim())
                .Where(l => l.Length > 0 && !l.StartsWith("#", StringComparison.Ordinal))
                .Select(l => Regex.Replace(l, @"^(EXK\d+) ", "$1 samples/TradingBot/"))
                .OrderBy(l => l, StringComparer.Ordinal)
                .ToList();

        /// <summary>
        /// Expected findings that need Microsoft.Extensions.Logging (a NuGet package of the sample): an unrestored
        /// scan cannot bind ILogger calls, says so on stderr, and misses exactly these.
        /// </summary>
        public static readonly string[] NeedRestoredPackages =
        {
            "EXK401 samples/TradingBot/Logging/AccountReporter.cs:39",
            "EXK401 samples/TradingBot/Logging/AccountReporter.cs:41",
            "EXK405 samples/TradingBot/Logging/LoggingSetup.cs:12",
        };

        /// <summary>Every secret-like string literal (16+ characters, letters and digits, no spaces, dots or slashes) in the sample: none may be printed.</summary>
        public IReadOnlyList<string> SampleLiterals() =>
            Directory.GetFiles(Folder.PathOf("samples/TradingBot"), "*", SearchOption.AllDirectories)
                .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal))
                .SelectMany(f => Regex.Matches(File.ReadAllText(f), "\"([^\"\\\\\\r\\n]{16,})\"").Select(m => m.Groups[1].Value))
                .Where(v => v.IndexOfAny(new[] { ' ', '.', '/' }) < 0 && v.Any(char.IsDigit) && v.Any(char.IsLetter))
                .Distinct()
                .ToList();

        public void Dispose() => Folder.Dispose();
    }
}
