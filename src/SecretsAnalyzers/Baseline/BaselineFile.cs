using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using SecretsAnalyzers.Internal.ConfigFiles;

namespace SecretsAnalyzers.Baseline
{
    /// <summary>
    /// A baseline of accepted findings (<c>secrets-baseline.json</c>), written by <c>secrets-scan --write-baseline</c>
    /// and read by the tool and by <see cref="BaselineSuppressor"/>:
    /// <code>
    /// {
    ///   "version": 1,
    ///   "root": "",
    ///   "findings": [
    ///     { "rule": "EXK101", "path": "src/Bot/Keys.cs", "hash": "3f…", "index": 0 }
    ///   ]
    /// }
    /// </code>
    /// <c>root</c> is the folder the paths are relative to, itself relative to the baseline's own folder
    /// ("" = the same folder, "../.." = two up), so the file keeps working wherever the repository is cloned.
    /// </summary>
    internal sealed class BaselineFile
    {
        public const int CurrentVersion = 1;

        private readonly HashSet<BaselineEntry> _set;

        public BaselineFile(string root, IEnumerable<BaselineEntry> entries)
        {
            Root = root ?? "";
            Entries = ImmutableArray.CreateRange(entries);
            _set = new HashSet<BaselineEntry>(Entries);
        }

        /// <summary>The folder the entries' paths are relative to, relative to the baseline file's folder.</summary>
        public string Root { get; }

        public ImmutableArray<BaselineEntry> Entries { get; }

        /// <summary>Null when the file could not be read to its end (a truncated or hand-broken file).</summary>
        public string? Error { get; private set; }

        public bool Contains(BaselineEntry entry) => _set.Contains(entry);

        /// <summary>The absolute root folder for a baseline stored at <paramref name="baselinePath"/>.</summary>
        public string RootFolder(string baselinePath) =>
            BaselineFingerprint.Combine(BaselineFingerprint.DirectoryOf(baselinePath), Root);

        /// <summary>Reads the format above leniently: unknown members are ignored, an incomplete entry is skipped.</summary>
        public static BaselineFile Parse(string path, SourceText text, CancellationToken cancellationToken = default)
        {
            var json = JsonConfigReader.Read(path, text, ConfigFileKind.None, cancellationToken);
            var root = "";
            var byIndex = new SortedDictionary<int, string?[]>();
            foreach (var entry in json.Entries)
            {
                if (entry.Path.Equals("root", StringComparison.OrdinalIgnoreCase))
                {
                    root = entry.Value;
                    continue;
                }

                // findings:<n>:<member>
                var parts = entry.Path.Split(':');
                if (parts.Length != 3 || !parts[0].Equals("findings", StringComparison.OrdinalIgnoreCase)
                    || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n))
                    continue;
                if (!byIndex.TryGetValue(n, out var fields))
                    byIndex[n] = fields = new string?[4];
                switch (parts[2].ToLowerInvariant())
                {
                    case "rule": fields[0] = entry.Value; break;
                    case "path": fields[1] = entry.Value; break;
                    case "hash": fields[2] = entry.Value; break;
                    case "index": fields[3] = entry.Value; break;
                }
            }

            var entries = new List<BaselineEntry>();
            foreach (var fields in byIndex.Values)
            {
                if (fields[0] is { } rule && fields[1] is { } file && fields[2] is { } hash
                    && int.TryParse(fields[3] ?? "0", NumberStyles.None, CultureInfo.InvariantCulture, out var index))
                    entries.Add(new BaselineEntry(rule, file, hash, index));
            }

            return new BaselineFile(root, entries) { Error = json.Error is null ? null : "the file is not complete JSON" };
        }

        /// <summary>The file's text: entries sorted by path, rule, hash and index, one per line, '\n' line ends.</summary>
        public string Write()
        {
            var sorted = new List<BaselineEntry>(Entries);
            sorted.Sort((a, b) =>
            {
                var c = string.CompareOrdinal(a.Path, b.Path);
                if (c == 0) c = string.CompareOrdinal(a.RuleId, b.RuleId);
                if (c == 0) c = string.CompareOrdinal(a.LineHash, b.LineHash);
                return c == 0 ? a.Index.CompareTo(b.Index) : c;
            });

            var sb = new StringBuilder();
            sb.Append("{\n");
            sb.Append("  \"version\": ").Append(CurrentVersion.ToString(CultureInfo.InvariantCulture)).Append(",\n");
            sb.Append("  \"root\": ").Append(Quote(Root)).Append(",\n");
            sb.Append("  \"findings\": [");
            for (var i = 0; i < sorted.Count; i++)
            {
                var e = sorted[i];
                sb.Append(i == 0 ? "\n" : ",\n");
                sb.Append("    { \"rule\": ").Append(Quote(e.RuleId))
                  .Append(", \"path\": ").Append(Quote(e.Path))
                  .Append(", \"hash\": ").Append(Quote(e.LineHash))
                  .Append(", \"index\": ").Append(e.Index.ToString(CultureInfo.InvariantCulture)).Append(" }");
            }

            sb.Append(sorted.Count == 0 ? "]\n" : "\n  ]\n");
            sb.Append("}\n");
            return sb.ToString();
        }

        private static string Quote(string value)
        {
            var sb = new StringBuilder(value.Length + 2).Append('"');
            foreach (var c in value)
            {
                switch (c)
                {
                    case '"': sb.Append("\\\""); break;
                    case '\\': sb.Append("\\\\"); break;
                    default:
                        if (c < ' ') sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        else sb.Append(c);
                        break;
                }
            }

            return sb.Append('"').ToString();
        }
    }
}
