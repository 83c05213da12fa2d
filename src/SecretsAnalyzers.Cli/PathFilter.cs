using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;

namespace SecretsAnalyzers.Cli
{
    /// <summary>
    /// Decides which files a scan looks at: <c>--include</c>/<c>--exclude</c> globs and the repository's
    /// <c>.gitignore</c> files, all on paths relative to the scan root with '/' separators. bin/, obj/ and .git/ are
    /// always skipped when folders are walked.
    /// </summary>
    internal sealed class PathFilter
    {
        private readonly string _root;
        private readonly List<Regex> _include;
        private readonly List<Regex> _exclude;
        private readonly GitIgnore? _gitIgnore;

        public PathFilter(string root, IEnumerable<string> include, IEnumerable<string> exclude, bool useGitIgnore)
        {
            _root = root;
            _include = new List<Regex>();
            foreach (var glob in include) _include.Add(Glob.ToRegex(glob));
            _exclude = new List<Regex>();
            foreach (var glob in exclude) _exclude.Add(Glob.ToRegex(glob));
            _gitIgnore = useGitIgnore ? new GitIgnore(root) : null;
        }

        public string Root => _root;

        /// <summary>The path relative to the root, '/' separators ("../…" outside it).</summary>
        public string Relative(string fullPath) => Baseline.BaselineFingerprint.RelativePath(_root, Path.GetFullPath(fullPath));

        /// <summary>
        /// True when the file at <paramref name="fullPath"/> is scanned. Project and solution files pass
        /// <paramref name="applyInclude"/> false: <c>--include</c> picks the files to report, not the projects to load.
        /// </summary>
        public bool Includes(string fullPath, bool applyInclude = true)
        {
            var relative = Relative(fullPath);
            if (applyInclude && _include.Count > 0 && !_include.Exists(r => r.IsMatch(relative))) return false;
            if (_exclude.Exists(r => r.IsMatch(relative))) return false;
            return _gitIgnore is null || relative.StartsWith("../", StringComparison.Ordinal) || !_gitIgnore.IsIgnored(relative, isDirectory: false);
        }

        /// <summary>True when a folder walk goes into <paramref name="fullPath"/>.</summary>
        public bool WalksInto(string fullPath)
        {
            var name = Path.GetFileName(fullPath);
            if (name is "bin" or "obj" or ".git" or ".vs" or "node_modules") return false;
            var relative = Relative(fullPath);
            if (_exclude.Exists(r => r.IsMatch(relative) || r.IsMatch(relative + "/"))) return false;
            return _gitIgnore is null || relative.StartsWith("../", StringComparison.Ordinal) || !_gitIgnore.IsIgnored(relative, isDirectory: true);
        }

        /// <summary>Every file below <paramref name="folder"/> that <paramref name="wanted"/> accepts and the filter includes.</summary>
        public IEnumerable<string> Walk(string folder, Func<string, bool> wanted, bool applyInclude = true)
        {
            var pending = new Stack<string>();
            pending.Push(folder);
            while (pending.Count > 0)
            {
                var current = pending.Pop();
                string[] files, folders;
                try
                {
                    files = Directory.GetFiles(current);
                    folders = Directory.GetDirectories(current);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    continue;
                }

                Array.Sort(files, StringComparer.Ordinal);
                foreach (var file in files)
                    if (wanted(file) && Includes(file, applyInclude))
                        yield return file;
                Array.Sort(folders, StringComparer.Ordinal);
                for (var i = folders.Length - 1; i >= 0; i--)
                    if (WalksInto(folders[i]))
                        pending.Push(folders[i]);
            }
        }
    }

    /// <summary>
    /// Globs on '/'-separated relative paths: <c>**</c> any number of folders, <c>*</c> and <c>?</c> within one
    /// name. A glob without '/' matches a name at any depth (<c>*.Designer.cs</c>); a trailing '/' matches a folder
    /// and everything below it.
    /// </summary>
    internal static class Glob
    {
        public static Regex ToRegex(string glob)
        {
            var g = glob.Replace('\\', '/');
            if (g.StartsWith("./", StringComparison.Ordinal)) g = g.Substring(2);
            var anchored = g.TrimEnd('/').Contains('/');
            if (g.StartsWith("/", StringComparison.Ordinal)) g = g.Substring(1);
            var folder = g.EndsWith("/", StringComparison.Ordinal);
            g = g.TrimEnd('/');
            var sb = new StringBuilder(anchored ? "^" : "^(?:.*/)?");
            for (var i = 0; i < g.Length; i++)
            {
                var c = g[i];
                if (c == '*' && i + 1 < g.Length && g[i + 1] == '*')
                {
                    var slash = i + 2 < g.Length && g[i + 2] == '/';
                    sb.Append(slash ? "(?:.*/)?" : ".*");
                    i += slash ? 2 : 1;
                }
                else if (c == '*') sb.Append("[^/]*");
                else if (c == '?') sb.Append("[^/]");
                else sb.Append(Regex.Escape(c.ToString()));
            }

            sb.Append(folder ? "/.*$" : "(?:/.*)?$");
            return new Regex(sb.ToString(), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
    }

    /// <summary>
    /// A small .gitignore matcher: every .gitignore from the root down to the file's folder, in order, the last
    /// matching pattern wins; '!' re-includes, a trailing '/' matches folders only, a pattern with a '/' before its
    /// end is anchored to its .gitignore's folder, and nothing below an ignored folder comes back.
    /// </summary>
    internal sealed class GitIgnore
    {
        private readonly string _root;
        private readonly Dictionary<string, List<Rule>> _byFolder = new(StringComparer.Ordinal);

        public GitIgnore(string root) => _root = root;

        public bool IsIgnored(string relativePath, bool isDirectory)
        {
            var parts = relativePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
            for (var depth = 1; depth <= parts.Length; depth++)
            {
                var last = depth == parts.Length;
                if (Decide(parts, depth, last ? isDirectory : true))
                    return true;
            }

            return false;
        }

        // Whether the first `depth` parts (a folder, or the file itself) are ignored by the rules of the folders above them.
        private bool Decide(string[] parts, int depth, bool isDirectory)
        {
            var ignored = false;
            for (var folderDepth = 0; folderDepth < depth; folderDepth++)
            {
                var folder = string.Join("/", parts, 0, folderDepth);
                var below = string.Join("/", parts, folderDepth, depth - folderDepth);
                foreach (var rule in RulesOf(folder))
                {
                    if (rule.DirectoryOnly && !isDirectory) continue;
                    if (rule.Pattern.IsMatch(below)) ignored = !rule.Negated;
                }
            }

            return ignored;
        }

        private List<Rule> RulesOf(string folder)
        {
            if (_byFolder.TryGetValue(folder, out var rules)) return rules;
            rules = new List<Rule>();
            var file = Path.Combine(_root, folder, ".gitignore");
            if (File.Exists(file))
            {
                foreach (var raw in File.ReadAllLines(file))
                {
                    var line = raw.TrimEnd();
                    if (line.Length == 0 || line.StartsWith("#", StringComparison.Ordinal)) continue;
                    var negated = line.StartsWith("!", StringComparison.Ordinal);
                    if (negated) line = line.Substring(1);
                    if (line.StartsWith("\\", StringComparison.Ordinal)) line = line.Substring(1);
                    var directoryOnly = line.EndsWith("/", StringComparison.Ordinal);
                    line = line.TrimEnd('/');
                    if (line.Length == 0) continue;
                    var anchored = line.Contains('/');
                    var body = Glob.ToRegex(anchored ? "/" + line.TrimStart('/') : line).ToString();
                    // A gitignore pattern matches the path itself, not what is below it (folders are checked one by one).
                    body = body.Replace("(?:/.*)?$", "$", StringComparison.Ordinal);
                    rules.Add(new Rule(new Regex(body, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)), negated, directoryOnly));
                }
            }

            _byFolder[folder] = rules;
            return rules;
        }

        private readonly record struct Rule(Regex Pattern, bool Negated, bool DirectoryOnly);
    }
}
