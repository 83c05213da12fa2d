using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Microsoft.CodeAnalysis;

namespace SecretsAnalyzers.Cli
{
    /// <summary>What a report shows: the findings after the baseline, and the scan's counts.</summary>
    internal sealed class Report
    {
        public required ScanResult Scan { get; init; }

        /// <summary>The findings reported (those in the baseline removed).</summary>
        public required IReadOnlyList<Finding> Findings { get; init; }

        /// <summary>Null without --baseline.</summary>
        public BaselineSummary? Baseline { get; init; }
    }

    internal sealed record BaselineSummary(string File, int Matched, int Gone);

    /// <summary>The three output formats. None of them prints source text: only rule, place, severity and message.</summary>
    internal static class Reports
    {
        public const string ToolName = "secrets-scan";
        public const string InformationUri = "https://github.com/secretsanalyzers/SecretsAnalyzers";
        public const string FingerprintName = "secretsBaseline/v1";

        public static string Version =>
            typeof(Reports).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

        public static void Write(Report report, OutputFormat format, TextWriter writer)
        {
            switch (format)
            {
                case OutputFormat.Sarif:
                    writer.Write(Sarif(report));
                    break;
                case OutputFormat.Json:
                    writer.Write(Json(report));
                    break;
                default:
                    writer.Write(Text(report));
                    break;
            }
        }

        private static string Relative(Report report, string path) => Baseline.BaselineFingerprint.RelativePath(report.Scan.Root, path);

        public static string Text(Report report)
        {
            var sb = new StringBuilder();
            foreach (var file in report.Findings.GroupBy(f => f.FilePath))
            {
                sb.Append(Relative(report, file.Key)).Append('\n');
                foreach (var f in file)
                {
                    var place = f.Line == 0 ? "project" : $"{f.Line}:{f.Column}";
                    sb.Append("  ").Append(place.PadRight(8)).Append(' ').Append(f.Level.PadRight(7)).Append(' ')
                      .Append(f.RuleId).Append("  ").Append(f.Message).Append('\n');
                }
            }

            if (report.Findings.Count > 0) sb.Append('\n');
            var rules = Scanner.Rules.ToDictionary(r => r.Id, StringComparer.Ordinal);
            var perRule = report.Findings.GroupBy(f => f.RuleId).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
            if (perRule.Count > 0)
            {
                sb.Append("Findings per rule:\n");
                foreach (var g in perRule)
                    sb.Append("  ").Append(g.Key).Append("  ").Append(g.Count().ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(4))
                      .Append("  ").Append(rules.TryGetValue(g.Key, out var d) ? d.Title.ToString(System.Globalization.CultureInfo.InvariantCulture) : "").Append('\n');
                sb.Append('\n');
            }

            var leastPrivilege = report.Scan.Findings.Where(f => f.RuleId == RuleIds.EXK306).ToList();
            if (leastPrivilege.Count > 0)
            {
                sb.Append("Least API-key permissions per project (EXK306):\n");
                foreach (var f in leastPrivilege.OrderBy(f => f.Project, StringComparer.Ordinal))
                    sb.Append("  ").Append(f.Project).Append(": ").Append(f.Message).Append('\n');
                sb.Append('\n');
            }

            if (report.Baseline is { } b)
                sb.Append($"Baseline {b.File}: {b.Matched} known finding(s) not shown, {b.Gone} baselined finding(s) gone\n");
            var errors = report.Findings.Count(f => f.Severity == DiagnosticSeverity.Error);
            var warnings = report.Findings.Count(f => f.Severity == DiagnosticSeverity.Warning);
            var notes = report.Findings.Count - errors - warnings;
            sb.Append($"{report.Findings.Count} finding(s): {errors} error(s), {warnings} warning(s), {notes} note(s) in "
                + $"{report.Scan.Projects.Count} project(s), {report.Scan.FileCount} file(s), {report.Scan.Elapsed.TotalSeconds:0.0} s\n");
            return sb.ToString();
        }

        public static string Json(Report report)
        {
            using var stream = new MemoryStream();
            using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                w.WriteStartObject();
                w.WriteString("tool", ToolName);
                w.WriteString("version", Version);
                w.WriteString("root", report.Scan.Root);
                w.WriteStartArray("projects");
                foreach (var p in report.Scan.Projects) w.WriteStringValue(p);
                w.WriteEndArray();
                w.WriteNumber("files", report.Scan.FileCount);
                w.WriteStartArray("findings");
                foreach (var f in report.Findings)
                {
                    w.WriteStartObject();
                    w.WriteString("ruleId", f.RuleId);
                    w.WriteString("severity", f.Level);
                    w.WriteString("message", f.Message);
                    w.WriteString("path", Relative(report, f.FilePath));
                    w.WriteNumber("line", f.Line);
                    w.WriteNumber("column", f.Column);
                    w.WriteNumber("endLine", f.EndLine);
                    w.WriteNumber("endColumn", f.EndColumn);
                    w.WriteString("project", f.Project);
                    w.WriteStartObject("fingerprint");
                    w.WriteString("path", f.Fingerprint.Path);
                    w.WriteString("hash", f.Fingerprint.LineHash);
                    w.WriteNumber("index", f.Fingerprint.Index);
                    w.WriteEndObject();
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteStartObject("counts");
                foreach (var g in report.Findings.GroupBy(f => f.RuleId).OrderBy(g => g.Key, StringComparer.Ordinal))
                    w.WriteNumber(g.Key, g.Count());
                w.WriteEndObject();
                w.WriteStartArray("leastPermissions");
                foreach (var f in report.Scan.Findings.Where(f => f.RuleId == RuleIds.EXK306).OrderBy(f => f.Project, StringComparer.Ordinal))
                {
                    w.WriteStartObject();
                    w.WriteString("project", f.Project);
                    w.WriteString("message", f.Message);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                if (report.Baseline is { } b)
                {
                    w.WriteStartObject("baseline");
                    w.WriteString("file", b.File);
                    w.WriteNumber("matched", b.Matched);
                    w.WriteNumber("gone", b.Gone);
                    w.WriteEndObject();
                }

                w.WriteEndObject();
            }

            return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
        }

        public static string Sarif(Report report)
        {
            var rules = Scanner.Rules;
            var ruleIndex = rules.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
            using var stream = new MemoryStream();
            using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                w.WriteStartObject();
                w.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
                w.WriteString("version", "2.1.0");
                w.WriteStartArray("runs");
                w.WriteStartObject();
                w.WriteStartObject("tool");
                w.WriteStartObject("driver");
                w.WriteString("name", ToolName);
                w.WriteString("semanticVersion", Version);
                w.WriteString("informationUri", InformationUri);
                w.WriteStartArray("rules");
                foreach (var r in rules)
                {
                    var culture = System.Globalization.CultureInfo.InvariantCulture;
                    w.WriteStartObject();
                    w.WriteString("id", r.Id);
                    w.WriteString("name", PascalName(r.Title.ToString(culture)));
                    w.WriteStartObject("shortDescription");
                    w.WriteString("text", r.Title.ToString(culture));
                    w.WriteEndObject();
                    if (r.Description.ToString(culture) is { Length: > 0 } description)
                    {
                        w.WriteStartObject("fullDescription");
                        w.WriteString("text", description);
                        w.WriteEndObject();
                    }

                    if (r.HelpLinkUri is { Length: > 0 } help) w.WriteString("helpUri", help);
                    w.WriteStartObject("defaultConfiguration");
                    w.WriteString("level", r.DefaultSeverity switch
                    {
                        DiagnosticSeverity.Error => "error",
                        DiagnosticSeverity.Warning => "warning",
                        _ => "note",
                    });
                    w.WriteEndObject();
                    w.WriteStartObject("properties");
                    w.WriteString("category", r.Category);
                    w.WriteStartArray("tags");
                    w.WriteStringValue("security");
                    w.WriteEndArray();
                    w.WriteEndObject();
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
                w.WriteEndObject();

                w.WriteStartObject("originalUriBaseIds");
                w.WriteStartObject("SRCROOT");
                w.WriteString("uri", new Uri(report.Scan.Root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar).AbsoluteUri);
                w.WriteEndObject();
                w.WriteEndObject();

                w.WriteStartArray("results");
                foreach (var f in report.Findings)
                {
                    w.WriteStartObject();
                    w.WriteString("ruleId", f.RuleId);
                    if (ruleIndex.TryGetValue(f.RuleId, out var index)) w.WriteNumber("ruleIndex", index);
                    w.WriteString("level", f.Level);
                    w.WriteStartObject("message");
                    w.WriteString("text", f.Message);
                    w.WriteEndObject();
                    w.WriteStartArray("locations");
                    w.WriteStartObject();
                    w.WriteStartObject("physicalLocation");
                    w.WriteStartObject("artifactLocation");
                    w.WriteString("uri", Uri.EscapeDataString(Relative(report, f.FilePath)).Replace("%2F", "/", StringComparison.Ordinal));
                    w.WriteString("uriBaseId", "SRCROOT");
                    w.WriteEndObject();
                    w.WriteStartObject("region");
                    w.WriteNumber("startLine", Math.Max(f.Line, 1));
                    if (f.Line > 0)
                    {
                        w.WriteNumber("startColumn", f.Column);
                        w.WriteNumber("endLine", f.EndLine);
                        w.WriteNumber("endColumn", f.EndColumn);
                    }

                    w.WriteEndObject();
                    w.WriteEndObject();
                    w.WriteEndObject();
                    w.WriteEndArray();
                    w.WriteStartObject("partialFingerprints");
                    w.WriteString(FingerprintName, $"{f.Fingerprint.LineHash}:{f.Fingerprint.Index}");
                    w.WriteEndObject();
                    w.WriteStartObject("properties");
                    w.WriteString("project", f.Project);
                    w.WriteEndObject();
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
                w.WriteEndArray();
                w.WriteEndObject();
            }

            return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
        }

        // "Exchange credential is hard-coded" → "ExchangeCredentialIsHardCoded"
        private static string PascalName(string title)
        {
            var sb = new StringBuilder();
            var upper = true;
            foreach (var c in title)
            {
                if (!char.IsLetterOrDigit(c))
                {
                    upper = true;
                    continue;
                }

                sb.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }

            return sb.ToString();
        }
    }
}
