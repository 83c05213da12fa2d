using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Text;
using SecretsAnalyzers.Baseline;

namespace SecretsAnalyzers.Cli
{
    /// <summary><c>secrets-scan</c>: exit 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage or load error.</summary>
    public static class Program
    {
        public const int Clean = 0;
        public const int Findings = 1;
        public const int UsageOrLoadError = 2;

        public static Task<int> Main(string[] args) => RunAsync(args, Console.Out, Console.Error, CancellationToken.None);

        public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
        {
            var options = CliOptions.Parse(args, out var error);
            if (options is null)
            {
                stderr.WriteLine($"secrets-scan: {error} (see --help)");
                return UsageOrLoadError;
            }

            if (options.ShowHelp)
            {
                stdout.WriteLine(CliOptions.Usage);
                return Clean;
            }

            if (options.ShowVersion)
            {
                stdout.WriteLine(Reports.Version);
                return Clean;
            }

            try
            {
                var scan = await new Scanner(options, stderr).ScanAsync(cancellationToken).ConfigureAwait(false);
                return Finish(options, scan, stdout, stderr);
            }
            catch (UsageException e)
            {
                stderr.WriteLine($"secrets-scan: {e.Message}");
                return UsageOrLoadError;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // No SDK for MSBuild to use, an unreadable file, a tool bug: one line and exit 2, never a stack trace.
                var message = e.Message.Split('\n')[0].Trim();
                stderr.WriteLine($"secrets-scan: cannot complete the scan ({e.GetType().Name}: {message})");
                return UsageOrLoadError;
            }
        }

        /// <summary>Applies the baseline, writes the report and the baseline file, and decides the exit code.</summary>
        internal static int Finish(CliOptions options, ScanResult scan, TextWriter stdout, TextWriter stderr)
        {
            IReadOnlyList<Finding> shown = scan.Findings;
            BaselineSummary? summary = null;
            if (options.BaselineFile is { } baselinePath)
            {
                var full = Path.GetFullPath(baselinePath);
                if (!File.Exists(full)) throw new UsageException($"baseline not found: {baselinePath}");
                var baseline = BaselineFile.Parse(full, LooseProject.ReadText(full));
                if (baseline.Error is { } problem) throw new UsageException($"cannot read baseline {baselinePath}: {problem}");
                Scanner.Fingerprint(scan.Findings, Path.GetFullPath(baseline.RootFolder(full)));
                var current = new HashSet<BaselineEntry>(scan.Findings.Select(f => f.Fingerprint));
                shown = scan.Findings.Where(f => !baseline.Contains(f.Fingerprint)).ToList();
                summary = new BaselineSummary(baselinePath, scan.Findings.Count - shown.Count, baseline.Entries.Count(e => !current.Contains(e)));
            }

            if (options.WriteBaselineFile is { } writePath)
            {
                var full = Path.GetFullPath(writePath);
                var folder = Path.GetDirectoryName(full)!;
                Scanner.Fingerprint(scan.Findings, scan.Root);
                var file = new BaselineFile(BaselineFingerprint.RelativePath(folder, scan.Root), scan.Findings.Select(f => f.Fingerprint));
                Directory.CreateDirectory(folder);
                File.WriteAllText(full, file.Write(), new UTF8Encoding(false));
                if (!options.Quiet)
                    stderr.WriteLine($"secrets-scan: wrote {scan.Findings.Count} finding(s) to the baseline {writePath}");
            }
            else if (summary is null)
            {
                Scanner.Fingerprint(scan.Findings, scan.Root);
            }

            var report = new Report { Scan = scan, Findings = shown, Baseline = summary };
            if (options.OutputFile is { } output)
            {
                var full = Path.GetFullPath(output);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                using var writer = new StreamWriter(full, append: false, new UTF8Encoding(false));
                Reports.Write(report, options.Format, writer);
                if (!options.Quiet)
                    stderr.WriteLine($"secrets-scan: {shown.Count} finding(s) written to {output}");
            }
            else
            {
                Reports.Write(report, options.Format, stdout);
            }

            if (options.WriteBaselineFile is not null) return Clean;
            return shown.Any(f => f.AtOrAbove(options.FailOn)) ? Findings : Clean;
        }
    }
}
