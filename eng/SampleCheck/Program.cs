using System.Text.Json;
using System.Text.RegularExpressions;

// Usage:
//   SampleCheck report <sarif> <project dir>
//   SampleCheck verify <sarif> <project dir> <expected dir>   (exact set of "EXKnnn path:line", and no value leak)
//   SampleCheck clean  <sarif> <project dir>                  (no EXK finding of any severity)
if (args.Length < 3)
{
    Console.Error.WriteLine("usage: SampleCheck report|verify|clean <sarif> <project dir> [expected dir]");
    return 2;
}

var (mode, sarifPath, projectDir) = (args[0], args[1], Path.GetFullPath(args[2]));
var findings = Findings.Read(sarifPath, projectDir);

switch (mode)
{
    case "report":
        foreach (var f in findings.OrderBy(f => f.Key, StringComparer.Ordinal))
            Console.WriteLine($"  {f.Key,-48} {f.Level,-7} {f.Message}");
        Console.WriteLine($"{findings.Count} findings ({string.Join(", ", findings.GroupBy(f => f.Level).OrderBy(g => g.Key).Select(g => $"{g.Count()} {g.Key}"))})");
        return 0;

    case "clean":
        foreach (var f in findings) Console.WriteLine($"unexpected: {f.Key} {f.Level} {f.Message}");
        Console.WriteLine(findings.Count == 0 ? "clean: no SecretsAnalyzers findings" : $"clean: {findings.Count} unexpected findings");
        return findings.Count == 0 ? 0 : 1;

    case "verify" when args.Length >= 4:
        var expected = Directory.GetFiles(args[3], "*.txt")
            .SelectMany(File.ReadAllLines)
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => Regex.Replace(l, @"\s+", " "))
            .ToHashSet(StringComparer.Ordinal);
        var actual = findings.Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        var missing = expected.Except(actual).OrderBy(x => x, StringComparer.Ordinal).ToList();
        var unexpected = actual.Except(expected).OrderBy(x => x, StringComparer.Ordinal).ToList();
        foreach (var m in missing) Console.WriteLine($"missing:    {m}");
        foreach (var u in unexpected) Console.WriteLine($"unexpected: {u}");
        var leaks = Findings.Leaks(findings, projectDir, File.ReadAllText(sarifPath));
        foreach (var leak in leaks) Console.WriteLine($"leak:       {leak}");
        Console.WriteLine($"verify: {expected.Count} expected, {actual.Count} reported, {missing.Count} missing, {unexpected.Count} unexpected, {leaks.Count} leaks");
        return missing.Count == 0 && unexpected.Count == 0 && leaks.Count == 0 ? 0 : 1;

    default:
        Console.Error.WriteLine($"unknown mode '{mode}'");
        return 2;
}

internal sealed record Finding(string Id, string Path, int Line, string Level, string Message)
{
    public string Key => $"{Id} {Path}:{Line}";
}

internal static class Findings
{
    public static List<Finding> Read(string sarifPath, string projectDir)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(sarifPath));
        var list = new List<Finding>();
        foreach (var run in doc.RootElement.GetProperty("runs").EnumerateArray())
        {
            if (!run.TryGetProperty("results", out var results)) continue;
            foreach (var r in results.EnumerateArray())
            {
                var id = r.GetProperty("ruleId").GetString() ?? "";
                if (!id.StartsWith("EXK", StringComparison.Ordinal)) continue;
                if (r.TryGetProperty("suppressions", out var s) && s.GetArrayLength() > 0) continue;
                var level = r.TryGetProperty("level", out var l) ? l.GetString() ?? "warning" : "warning";
                var message = r.GetProperty("message").GetProperty("text").GetString() ?? "";
                var (path, line) = ("<project>", 0);
                if (r.TryGetProperty("locations", out var locs) && locs.GetArrayLength() > 0)
                {
                    var phys = locs[0].GetProperty("physicalLocation");
                    var uri = phys.GetProperty("artifactLocation").GetProperty("uri").GetString() ?? "";
                    var full = uri.StartsWith("file://", StringComparison.Ordinal) ? new Uri(uri).LocalPath : uri;
                    path = Path.GetRelativePath(projectDir, full).Replace('\\', '/');
                    line = phys.TryGetProperty("region", out var region) && region.TryGetProperty("startLine", out var sl) ? sl.GetInt32() : 0;
                }

                list.Add(new Finding(id, path, line, level, message));
            }
        }

        return list.DistinctBy(f => (f.Key, f.Message)).ToList();
    }

    /// <summary>Flagged lines' string values (8+ characters) that reappear in a diagnostic message or anywhere in the SARIF log.</summary>
    public static List<string> Leaks(List<Finding> findings, string projectDir, string sarifText)
    {
        var values = new HashSet<string>(StringComparer.Ordinal);
        foreach (var f in findings.Where(f => f.Line > 0))
        {
            var file = Path.Combine(projectDir, f.Path);
            if (!File.Exists(file)) continue;
            var lines = File.ReadAllLines(file);
            if (f.Line > lines.Length) continue;
            foreach (Match m in Regex.Matches(lines[f.Line - 1], "\"((?:[^\"\\\\]|\\\\.){8,})\""))
                values.Add(m.Groups[1].Value);
        }

        var leaks = (from f in findings
                     from v in values
                     where f.Message.Contains(v, StringComparison.Ordinal) && !IsHostOrLabel(v)
                     select $"{f.Key} repeats a flagged value of {v.Length} characters").Distinct().ToList();
        leaks.AddRange(from v in values
                       where !IsHostOrLabel(v) && sarifText.Contains(JsonEncodedText.Encode(v).ToString(), StringComparison.Ordinal)
                       select $"the SARIF log contains a flagged value of {v.Length} characters");
        return leaks;
    }

    // Host names and member names legitimately appear in messages (EXK201 names the host, EXK102 the symbol).
    private static bool IsHostOrLabel(string v) =>
        Regex.IsMatch(v, @"^(https?|wss?)://") || Regex.IsMatch(v, @"^[A-Za-z][A-Za-z0-9_.:\-]*$") && !Regex.IsMatch(v, @"\d");
}
