using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace SecretsAnalyzers.Internal.ConfigFiles
{
    /// <summary>One pattern line of a .gitignore file.</summary>
    internal readonly struct GitIgnoreRule
    {
        public GitIgnoreRule(string pattern, bool negated, bool directoryOnly, bool anchored)
        {
            Pattern = pattern;
            Negated = negated;
            DirectoryOnly = directoryOnly;
            Anchored = anchored;
        }

        /// <summary>The glob, without the leading '!' or '/' and the trailing '/'.</summary>
        public string Pattern { get; }

        /// <summary>"!pattern": a match re-includes what an earlier pattern excluded.</summary>
        public bool Negated { get; }

        /// <summary>"pattern/": matches directories only.</summary>
        public bool DirectoryOnly { get; }

        /// <summary>The pattern has a '/' at its start or in its middle: it matches the path relative to the .gitignore's
        /// folder. Otherwise it matches the name of a file or folder at any depth below it.</summary>
        public bool Anchored { get; }
    }

    /// <summary>The rules of one .gitignore (or .git/info/exclude) file and the folder they are relative to.</summary>
    internal sealed class GitIgnoreFile
    {
        private GitIgnoreFile(string baseDirectory, ImmutableArray<GitIgnoreRule> rules)
        {
            BaseDirectory = baseDirectory;
            Rules = rules;
        }

        /// <summary>The folder the patterns are relative to, with '/' separators and a trailing '/'.</summary>
        public string BaseDirectory { get; }

        public ImmutableArray<GitIgnoreRule> Rules { get; }

        /// <summary>Parses the text of a .gitignore whose patterns are relative to <paramref name="baseDirectory"/>.</summary>
        public static GitIgnoreFile Parse(string baseDirectory, string text)
        {
            var rules = ImmutableArray.CreateBuilder<GitIgnoreRule>();
            foreach (var raw in text.Split('\n'))
            {
                var line = raw.TrimEnd('\r');
                if (line.Length == 0 || line[0] == '#') continue;

                // Trailing spaces are dropped unless escaped ("name\ ").
                var end = line.Length;
                while (end > 0 && line[end - 1] == ' ' && !(end >= 2 && line[end - 2] == '\\')) end--;
                line = line.Substring(0, end);
                if (line.Length == 0) continue;

                var negated = line[0] == '!';
                if (negated) line = line.Substring(1);
                var directoryOnly = line.Length > 1 && line[line.Length - 1] == '/' && line[line.Length - 2] != '\\';
                if (line.Length == 1 && line[0] == '/') continue;                     // "/" alone matches nothing
                if (directoryOnly) line = line.Substring(0, line.Length - 1);
                var anchored = line.IndexOf('/') >= 0;
                if (line.Length > 0 && line[0] == '/') line = line.Substring(1);
                if (line.Length == 0) continue;
                rules.Add(new GitIgnoreRule(line, negated, directoryOnly, anchored));
            }

            return new GitIgnoreFile(NormalizeDirectory(baseDirectory), rules.ToImmutable());
        }

        internal static string NormalizeDirectory(string directory)
        {
            var d = directory.Replace('\\', '/');
            return d.EndsWith("/", StringComparison.Ordinal) ? d : d + "/";
        }
    }

    /// <summary>
    /// The ignore files of a repository, answering whether git ignores a file. Follows gitignore(5): patterns are
    /// globs (<c>*</c>, <c>?</c>, <c>[a-z]</c>, <c>[!x]</c>, <c>\</c> escapes) with <c>**</c> for any number of folders
    /// (<c>**/name</c>, <c>dir/**</c>, <c>a/**/b</c>); a '/' at the start or in the middle anchors a pattern to its
    /// file's folder; a trailing '/' matches folders only; <c>!</c> re-includes. The last matching pattern wins, a
    /// deeper .gitignore over a higher one and every .gitignore over .git/info/exclude; a file inside an ignored folder
    /// stays ignored whatever a later pattern says, as git cannot re-include it.
    /// </summary>
    internal sealed class GitIgnoreSet
    {
        private readonly ImmutableArray<GitIgnoreFile> _files;
        private readonly bool _ignoreCase;

        /// <param name="files">In increasing precedence: .git/info/exclude first, then .gitignore files from the top.</param>
        /// <param name="ignoreCase">Compare names without case (Windows paths; git's core.ignorecase).</param>
        public GitIgnoreSet(ImmutableArray<GitIgnoreFile> files, bool ignoreCase)
        {
            _files = files;
            _ignoreCase = ignoreCase;
        }

        public static readonly GitIgnoreSet Empty = new GitIgnoreSet(ImmutableArray<GitIgnoreFile>.Empty, false);

        public bool IsEmpty => _files.IsEmpty;

        /// <summary>
        /// Builds the set from ignore files named by path: a <c>.gitignore</c> applies to its own folder, a
        /// <c>.git/info/exclude</c> to the folder holding <c>.git</c>. Other paths are skipped.
        /// </summary>
        public static GitIgnoreSet From(IEnumerable<(string Path, string Text)> ignoreFiles)
        {
            var excludes = new List<GitIgnoreFile>();
            var ignores = new List<GitIgnoreFile>();
            var ignoreCase = false;
            foreach (var (rawPath, text) in ignoreFiles)
            {
                var path = rawPath.Replace('\\', '/');
                if (path.Length > 1 && path[1] == ':') ignoreCase = true;              // C:/…: a Windows file system
                var slash = path.LastIndexOf('/');
                if (slash < 0) continue;
                var name = path.Substring(slash + 1);
                var folder = path.Substring(0, slash + 1);
                if (name.Equals(".gitignore", StringComparison.OrdinalIgnoreCase))
                    ignores.Add(GitIgnoreFile.Parse(folder, text));
                else if (name.Equals("exclude", StringComparison.OrdinalIgnoreCase) && folder.EndsWith("/.git/info/", StringComparison.OrdinalIgnoreCase))
                    excludes.Add(GitIgnoreFile.Parse(folder.Substring(0, folder.Length - "/.git/info/".Length + 1), text));
            }

            // Deeper .gitignore files take precedence over higher ones: order by folder depth.
            ignores.Sort((a, b) => Depth(a.BaseDirectory).CompareTo(Depth(b.BaseDirectory)));
            excludes.AddRange(ignores);
            return new GitIgnoreSet(excludes.ToImmutableArray(), ignoreCase);
        }

        private static int Depth(string directory)
        {
            var depth = 0;
            foreach (var c in directory)
            {
                if (c == '/') depth++;
            }

            return depth;
        }

        /// <summary>
        /// True when git ignores the file (or, with <paramref name="isDirectory"/>, the folder) at
        /// <paramref name="filePath"/> (an absolute path).
        /// </summary>
        public bool IsIgnored(string filePath, bool isDirectory = false)
        {
            if (_files.IsEmpty) return false;
            var path = filePath.Replace('\\', '/').TrimEnd('/');
            var comparison = _ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

            // Each folder on the way down, then the file: an ignored folder hides everything inside it.
            var from = path.Length > 0 && path[0] == '/' ? 1 : 0;
            while (true)
            {
                var slash = path.IndexOf('/', from);
                var last = slash < 0;
                var prefix = last ? path : path.Substring(0, slash);
                var ignored = Decide(prefix, !last || isDirectory, comparison);
                if (last) return ignored == true;
                if (ignored == true) return true;
                from = slash + 1;
            }
        }

        /// <summary>The decision of the last matching rule for one path, or null when no rule matches.</summary>
        private bool? Decide(string path, bool isDirectory, StringComparison comparison)
        {
            bool? decision = null;
            foreach (var file in _files)
            {
                if (path.Length <= file.BaseDirectory.Length || !path.StartsWith(file.BaseDirectory, comparison)) continue;
                var relative = path.Substring(file.BaseDirectory.Length);
                foreach (var rule in file.Rules)
                {
                    if (rule.DirectoryOnly && !isDirectory) continue;
                    if (Matches(rule, relative)) decision = !rule.Negated;
                }
            }

            return decision;
        }

        private bool Matches(in GitIgnoreRule rule, string relative)
        {
            if (!rule.Anchored)
            {
                // A pattern without '/' matches the name at any depth.
                var name = relative.Substring(relative.LastIndexOf('/') + 1);
                return GitGlob.MatchSegment(rule.Pattern, 0, rule.Pattern.Length, name, _ignoreCase);
            }

            return GitGlob.MatchPath(rule.Pattern, relative, _ignoreCase);
        }
    }

    /// <summary>Glob matching of gitignore patterns: one path segment, or a whole path with <c>**</c> segments.</summary>
    internal static class GitGlob
    {
        /// <summary>Matches a '/'-separated <paramref name="pattern"/> against a '/'-separated <paramref name="path"/>.</summary>
        public static bool MatchPath(string pattern, string path, bool ignoreCase)
        {
            // "**/**" is "**": collapse runs so that the match stays linear in the number of segments.
            var segments = new List<string>();
            foreach (var segment in pattern.Split('/'))
            {
                if (segment == "**" && segments.Count > 0 && segments[segments.Count - 1] == "**") continue;
                segments.Add(segment);
            }

            var p = segments.ToArray();
            var s = path.Split('/');

            // memo[i, j]: pattern segments from i match path segments from j (0 unknown, 1 yes, 2 no).
            var memo = new byte[p.Length + 1, s.Length + 1];
            return Match(p, 0, s, 0, ignoreCase, memo);
        }

        private static bool Match(string[] p, int i, string[] s, int j, bool ignoreCase, byte[,] memo)
        {
            if (memo[i, j] != 0) return memo[i, j] == 1;
            bool result;
            if (i == p.Length)
            {
                result = j == s.Length;
            }
            else if (p[i] == "**")
            {
                if (i == p.Length - 1)
                {
                    result = j < s.Length;                                                // "dir/**": everything inside, not dir itself
                }
                else
                {
                    // Zero folders, or one more folder and still inside "**": O(1) per state.
                    result = Match(p, i + 1, s, j, ignoreCase, memo) || (j < s.Length && Match(p, i, s, j + 1, ignoreCase, memo));
                }
            }
            else
            {
                result = j < s.Length && MatchSegment(p[i], 0, p[i].Length, s[j], ignoreCase) && Match(p, i + 1, s, j + 1, ignoreCase, memo);
            }

            memo[i, j] = result ? (byte)1 : (byte)2;
            return result;
        }

        /// <summary>Matches one segment: <c>*</c> (any run, '**' alike), <c>?</c>, <c>[…]</c> classes and <c>\</c> escapes.</summary>
        public static bool MatchSegment(string pattern, int pStart, int pEnd, string text, bool ignoreCase)
        {
            int p = pStart, t = 0;
            int starP = -1, starT = -1;
            while (t < text.Length)
            {
                if (p < pEnd && pattern[p] == '*')
                {
                    while (p < pEnd && pattern[p] == '*') p++;
                    starP = p;
                    starT = t;
                    continue;
                }

                if (p < pEnd && MatchOne(pattern, ref p, pEnd, text[t], ignoreCase))
                {
                    t++;
                    continue;
                }

                if (starP < 0) return false;
                p = starP;                                                                     // let the star take one more character
                t = ++starT;
            }

            while (p < pEnd && pattern[p] == '*') p++;
            return p == pEnd;
        }

        /// <summary>Matches one pattern element at <paramref name="p"/> against <paramref name="c"/>; advances past it on success.</summary>
        private static bool MatchOne(string pattern, ref int p, int pEnd, char c, bool ignoreCase)
        {
            var ch = pattern[p];
            if (ch == '?')
            {
                p++;
                return true;
            }

            if (ch == '[' && TryMatchClass(pattern, p, pEnd, c, ignoreCase, out var next, out var matched))
            {
                if (!matched) return false;
                p = next;
                return true;
            }

            if (ch == '\\' && p + 1 < pEnd)
            {
                if (!Same(pattern[p + 1], c, ignoreCase)) return false;
                p += 2;
                return true;
            }

            if (!Same(ch, c, ignoreCase)) return false;
            p++;
            return true;
        }

        /// <summary>A bracket expression at <paramref name="open"/>; false when it is not closed (then '[' is literal).</summary>
        private static bool TryMatchClass(string pattern, int open, int pEnd, char c, bool ignoreCase, out int next, out bool matched)
        {
            next = open;
            matched = false;
            var i = open + 1;
            var negate = i < pEnd && (pattern[i] == '!' || pattern[i] == '^');
            if (negate) i++;
            var any = false;
            var first = true;
            while (i < pEnd && (pattern[i] != ']' || first))
            {
                first = false;
                var lo = pattern[i];
                if (lo == '\\' && i + 1 < pEnd) lo = pattern[++i];
                var hi = lo;
                if (i + 2 < pEnd && pattern[i + 1] == '-' && pattern[i + 2] != ']')
                {
                    hi = pattern[i + 2];
                    if (hi == '\\' && i + 3 < pEnd) hi = pattern[++i + 2];
                    i += 2;
                }

                if (InRange(c, lo, hi, ignoreCase)) any = true;
                i++;
            }

            if (i >= pEnd) return false;                                                       // no closing ']'
            next = i + 1;
            matched = any != negate;
            return true;
        }

        private static bool InRange(char c, char lo, char hi, bool ignoreCase)
        {
            if (c >= lo && c <= hi) return true;
            if (!ignoreCase) return false;
            var lower = char.ToLowerInvariant(c);
            var upper = char.ToUpperInvariant(c);
            return (lower >= lo && lower <= hi) || (upper >= lo && upper <= hi);
        }

        private static bool Same(char a, char b, bool ignoreCase) =>
            a == b || (ignoreCase && char.ToLowerInvariant(a) == char.ToLowerInvariant(b));
    }
}
