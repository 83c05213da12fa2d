using System;
using System.Collections.Generic;

namespace SecretsAnalyzers.Cli
{
    internal enum OutputFormat
    {
        Text,
        Sarif,
        Json,
    }

    /// <summary>The lowest finding level that makes the scan fail (exit 1).</summary>
    internal enum FailLevel
    {
        Note,
        Warning,
        Error,
        None,
    }

    /// <summary>The command line of <c>secrets-scan</c>.</summary>
    internal sealed class CliOptions
    {
        public const string Usage = """
            Usage: secrets-scan [PATH] [options]

            PATH is a .sln, .slnx or project file, or a folder (every project below it; a folder without projects is
            analysed as loose .cs files with its appsettings*.json, launchSettings.json and .env files). Default: "."

            Options:
              --format text|sarif|json   output format (default: text)
              --output FILE              write the report to FILE instead of standard output
              --fail-on error|warning|note|none
                                         exit 1 when a finding at or above this level is reported (default: warning)
              --include GLOB             scan only files matching GLOB (repeatable; relative to the repository root)
              --exclude GLOB             skip files matching GLOB (repeatable)
              --no-gitignore             also scan files that .gitignore excludes
              --baseline FILE            report only findings not recorded in FILE
              --write-baseline FILE      record the current findings in FILE (exit 0)
              --quiet                    no progress on standard error
              --help                     this text
              --version                  the tool's version

            Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage or load error.
            """;

        public string Path { get; private set; } = ".";

        public OutputFormat Format { get; private set; } = OutputFormat.Text;

        public string? OutputFile { get; private set; }

        public FailLevel FailOn { get; private set; } = FailLevel.Warning;

        public List<string> Include { get; } = new();

        public List<string> Exclude { get; } = new();

        public bool UseGitIgnore { get; private set; } = true;

        public string? BaselineFile { get; private set; }

        public string? WriteBaselineFile { get; private set; }

        public bool Quiet { get; private set; }

        public bool ShowHelp { get; private set; }

        public bool ShowVersion { get; private set; }

        /// <summary>Parses <paramref name="args"/>; on a usage error returns null and a one-line reason.</summary>
        public static CliOptions? Parse(IReadOnlyList<string> args, out string? error)
        {
            var options = new CliOptions();
            var pathSeen = false;
            error = null;
            for (var i = 0; i < args.Count; i++)
            {
                var arg = args[i];
                string? value = null;
                var eq = arg.StartsWith("--", StringComparison.Ordinal) ? arg.IndexOf('=') : -1;
                if (eq > 0)
                {
                    value = arg.Substring(eq + 1);
                    arg = arg.Substring(0, eq);
                }

                string Next()
                {
                    if (value is not null) return value;
                    if (i + 1 >= args.Count || args[i + 1].Length == 0)
                        throw new UsageException($"{arg} needs a value");
                    return args[++i];
                }

                try
                {
                    switch (arg)
                    {
                        case "-h":
                        case "-?":
                        case "--help":
                            options.ShowHelp = true;
                            break;
                        case "--version":
                            options.ShowVersion = true;
                            break;
                        case "-q":
                        case "--quiet":
                            options.Quiet = true;
                            break;
                        case "--no-gitignore":
                            options.UseGitIgnore = false;
                            break;
                        case "-f":
                        case "--format":
                            options.Format = Next().ToLowerInvariant() switch
                            {
                                "text" => OutputFormat.Text,
                                "sarif" => OutputFormat.Sarif,
                                "json" => OutputFormat.Json,
                                var other => throw new UsageException($"unknown format '{other}' (text, sarif or json)"),
                            };
                            break;
                        case "-o":
                        case "--output":
                            options.OutputFile = Next();
                            break;
                        case "--fail-on":
                            options.FailOn = Next().ToLowerInvariant() switch
                            {
                                "error" => FailLevel.Error,
                                "warning" => FailLevel.Warning,
                                "note" => FailLevel.Note,
                                "none" => FailLevel.None,
                                var other => throw new UsageException($"unknown --fail-on level '{other}' (error, warning, note or none)"),
                            };
                            break;
                        case "--include":
                            options.Include.Add(Next());
                            break;
                        case "--exclude":
                            options.Exclude.Add(Next());
                            break;
                        case "--baseline":
                            options.BaselineFile = Next();
                            break;
                        case "--write-baseline":
                            options.WriteBaselineFile = Next();
                            break;
                        default:
                            if (arg.StartsWith("-", StringComparison.Ordinal) && arg.Length > 1)
                                throw new UsageException($"unknown option '{arg}'");
                            if (pathSeen)
                                throw new UsageException($"only one PATH can be scanned (got '{options.Path}' and '{arg}')");
                            options.Path = arg;
                            pathSeen = true;
                            break;
                    }
                }
                catch (UsageException e)
                {
                    error = e.Message;
                    return null;
                }
            }

            return options;
        }
    }

    /// <summary>A usage or load error: exit code 2 with a one-line reason.</summary>
    internal sealed class UsageException : Exception
    {
        public UsageException(string message)
            : base(message)
        {
        }
    }
}
