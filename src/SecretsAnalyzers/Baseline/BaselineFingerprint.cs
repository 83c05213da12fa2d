using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;

namespace SecretsAnalyzers.Baseline
{
    /// <summary>
    /// The identity of a finding in a baseline, shared by <c>secrets-scan</c> and <see cref="BaselineSuppressor"/>.
    /// It holds no secret text: the rule id, the file path relative to the baseline's root ('/' separators), the
    /// SHA-256 of the finding's line with every literal value removed, and the finding's index among the findings
    /// with the same (rule, path, hash). Line numbers are not part of it, so lines moving up or down stay matched.
    /// </summary>
    internal readonly struct BaselineEntry : IEquatable<BaselineEntry>
    {
        public BaselineEntry(string ruleId, string path, string lineHash, int index)
        {
            RuleId = ruleId;
            Path = path;
            LineHash = lineHash;
            Index = index;
        }

        public string RuleId { get; }

        public string Path { get; }

        public string LineHash { get; }

        public int Index { get; }

        public bool Equals(BaselineEntry other) =>
            Index == other.Index
            && string.Equals(RuleId, other.RuleId, StringComparison.Ordinal)
            && string.Equals(Path, other.Path, StringComparison.Ordinal)
            && string.Equals(LineHash, other.LineHash, StringComparison.Ordinal);

        public override bool Equals(object? obj) => obj is BaselineEntry other && Equals(other);

        public override int GetHashCode()
        {
            unchecked
            {
                var hash = StringComparer.Ordinal.GetHashCode(RuleId ?? "");
                hash = (hash * 397) ^ StringComparer.Ordinal.GetHashCode(Path ?? "");
                hash = (hash * 397) ^ StringComparer.Ordinal.GetHashCode(LineHash ?? "");
                return (hash * 397) ^ Index;
            }
        }
    }

    /// <summary>One finding before its occurrence index is known: where it is and what its line looks like.</summary>
    internal readonly struct BaselineCandidate
    {
        public BaselineCandidate(string ruleId, string path, string lineHash, int line, int column)
        {
            RuleId = ruleId;
            Path = path;
            LineHash = lineHash;
            Line = line;
            Column = column;
        }

        public string RuleId { get; }

        public string Path { get; }

        public string LineHash { get; }

        public int Line { get; }

        public int Column { get; }
    }

    internal static class BaselineFingerprint
    {
        /// <summary>The file name the build looks for beside the project or at the repository root.</summary>
        public const string FileName = "secrets-baseline.json";

        /// <summary>
        /// The line with its literal values removed: string and character literals become <c>""</c> and <c>''</c>
        /// (their contents, interpolation holes included, are dropped), numbers become <c>0</c>, <c>//</c> comments
        /// are dropped, whitespace runs become one space. For .env files only the variable name is kept.
        /// </summary>
        public static string NormaliseLine(string line, string filePath)
        {
            if (line is null) return "";
            if (IsDotEnv(filePath))
            {
                var eq = line.IndexOf('=');
                line = eq >= 0 ? line.Substring(0, eq) : (line.TrimStart().StartsWith("#", StringComparison.Ordinal) ? "#" : line);
            }

            var sb = new StringBuilder(line.Length);
            var pendingSpace = false;
            var i = 0;
            while (i < line.Length)
            {
                var c = line[i];
                if (char.IsWhiteSpace(c))
                {
                    pendingSpace = sb.Length > 0;
                    i++;
                    continue;
                }

                if (c == '/' && i + 1 < line.Length && line[i + 1] == '/')
                    break;
                if (pendingSpace)
                {
                    sb.Append(' ');
                    pendingSpace = false;
                }

                if (c == '"')
                {
                    i = SkipString(line, i);
                    sb.Append("\"\"");
                    continue;
                }

                if (c == '\'')
                {
                    i = SkipQuoted(line, i, '\'');
                    sb.Append("''");
                    continue;
                }

                if (char.IsDigit(c) && (sb.Length == 0 || !IsIdentifierChar(sb[sb.Length - 1])))
                {
                    while (i < line.Length && (IsIdentifierChar(line[i]) || line[i] == '.'))
                        i++;
                    sb.Append('0');
                    continue;
                }

                sb.Append(c);
                i++;
            }

            return sb.ToString();
        }

        /// <summary>Lower-case hex SHA-256 of <see cref="NormaliseLine"/>.</summary>
        public static string HashLine(string line, string filePath)
        {
            var bytes = Encoding.UTF8.GetBytes(NormaliseLine(line, filePath));
            using (var sha = SHA256.Create())
            {
                var digest = sha.ComputeHash(bytes);
                var sb = new StringBuilder(digest.Length * 2);
                foreach (var b in digest)
                    sb.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
                return sb.ToString();
            }
        }

        /// <summary>
        /// Numbers the candidates among equal (rule, path, hash) in file order and returns their entries in the
        /// order given.
        /// </summary>
        public static BaselineEntry[] Assign(IReadOnlyList<BaselineCandidate> candidates)
        {
            var order = new int[candidates.Count];
            for (var i = 0; i < order.Length; i++)
                order[i] = i;
            Array.Sort(order, (a, b) =>
            {
                var x = candidates[a];
                var y = candidates[b];
                var c = x.Line.CompareTo(y.Line);
                if (c == 0) c = x.Column.CompareTo(y.Column);
                return c == 0 ? a.CompareTo(b) : c;
            });

            var counts = new Dictionary<(string, string, string), int>();
            var result = new BaselineEntry[candidates.Count];
            foreach (var i in order)
            {
                var c = candidates[i];
                var key = (c.RuleId, c.Path, c.LineHash);
                counts.TryGetValue(key, out var n);
                counts[key] = n + 1;
                result[i] = new BaselineEntry(c.RuleId, c.Path, c.LineHash, n);
            }

            return result;
        }

        /// <summary>
        /// <paramref name="path"/> relative to <paramref name="root"/> with '/' separators ("../" where it lies
        /// outside); both are absolute. Purely textual: "." and ".." segments are resolved, the file system is not read.
        /// </summary>
        public static string RelativePath(string root, string path)
        {
            if (string.IsNullOrEmpty(path)) return "";
            var rootParts = Segments(root);
            var pathParts = Segments(path);
            var common = 0;
            while (common < rootParts.Count && common < pathParts.Count
                && string.Equals(rootParts[common], pathParts[common], StringComparison.Ordinal))
                common++;
            if (common == 0 && rootParts.Count > 0)
                return string.Join("/", pathParts);   // another drive: keep it whole
            var sb = new StringBuilder();
            for (var i = common; i < rootParts.Count; i++)
                sb.Append("../");
            sb.Append(string.Join("/", pathParts.GetRange(common, pathParts.Count - common)));
            return sb.ToString();
        }

        /// <summary><paramref name="relative"/> ('/' or '\' separated, may hold "..") applied to the folder <paramref name="folder"/>.</summary>
        public static string Combine(string folder, string relative)
        {
            var parts = Segments(folder);
            foreach (var part in (relative ?? "").Split('/', '\\'))
            {
                if (part.Length == 0 || part == ".") continue;
                if (part == "..")
                {
                    if (parts.Count > 0) parts.RemoveAt(parts.Count - 1);
                    continue;
                }

                parts.Add(part);
            }

            var joined = string.Join("/", parts);
            var rooted = folder.StartsWith("/", StringComparison.Ordinal) || folder.StartsWith("\\\\", StringComparison.Ordinal);
            return rooted ? "/" + joined : joined;
        }

        /// <summary>The folder part of a path ('/' separators), or "" for a bare name.</summary>
        public static string DirectoryOf(string path)
        {
            var normalised = (path ?? "").Replace('\\', '/');
            var slash = normalised.LastIndexOf('/');
            return slash < 0 ? "" : (slash == 0 ? "/" : normalised.Substring(0, slash));
        }

        private static List<string> Segments(string path)
        {
            var parts = new List<string>();
            foreach (var part in (path ?? "").Replace('\\', '/').Split('/'))
            {
                if (part.Length == 0 || part == ".") continue;
                if (part == "..")
                {
                    if (parts.Count > 0) parts.RemoveAt(parts.Count - 1);
                    continue;
                }

                parts.Add(part);
            }

            return parts;
        }

        private static bool IsDotEnv(string filePath)
        {
            var name = (filePath ?? "").Replace('\\', '/');
            name = name.Substring(name.LastIndexOf('/') + 1);
            return name.Equals(".env", StringComparison.OrdinalIgnoreCase)
                || name.StartsWith(".env.", StringComparison.OrdinalIgnoreCase)
                || name.EndsWith(".env", StringComparison.OrdinalIgnoreCase);
        }

        private static bool IsIdentifierChar(char c) => char.IsLetterOrDigit(c) || c == '_';

        // A string literal starting at the quote at i: regular ("\"" escapes), verbatim (@"", "" escapes), raw ("""…""").
        // An unterminated one runs to the end of the line. Returns the index after it.
        private static int SkipString(string line, int i)
        {
            var quotes = 0;
            while (i + quotes < line.Length && line[i + quotes] == '"')
                quotes++;
            if (quotes >= 3)
            {
                var close = line.IndexOf(new string('"', quotes), i + quotes, StringComparison.Ordinal);
                return close < 0 ? line.Length : close + quotes;
            }

            if (quotes == 2)
                return i + 2;   // ""
            var verbatim = i > 0 && line[i - 1] == '@' || i > 1 && line[i - 2] == '@' && line[i - 1] == '$';
            var j = i + 1;
            while (j < line.Length)
            {
                var c = line[j];
                if (!verbatim && c == '\\')
                {
                    j += 2;
                    continue;
                }

                if (c == '"')
                {
                    if (verbatim && j + 1 < line.Length && line[j + 1] == '"')
                    {
                        j += 2;
                        continue;
                    }

                    return j + 1;
                }

                j++;
            }

            return line.Length;
        }

        private static int SkipQuoted(string line, int i, char quote)
        {
            var j = i + 1;
            while (j < line.Length)
            {
                if (line[j] == '\\')
                {
                    j += 2;
                    continue;
                }

                if (line[j] == quote)
                    return j + 1;
                j++;
            }

            return line.Length;
        }
    }
}
