using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;
using SecretsAnalyzers.Internal.ConfigFiles;

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
    /// The repository's .gitignore files for a scan, read lazily folder by folder as the walk reaches them and judged
    /// by the analyzers' own matcher (<see cref="GitIgnoreSet"/>, the one EXK105 uses): every .gitignore from the root
    /// down to a path's folder applies, the deeper one winning, and nothing below an ignored folder comes back.
    /// </summary>
    internal sealed class GitIgnore
    {
        private readonly string _root;
        private readonly Dictionary<string, GitIgnoreSet> _setByFolder = new(StringComparer.Ordinal);
        private readonly Dictionary<string, (string Path, string Text)?> _fileByFolder = new(StringComparer.Ordinal);

        public GitIgnore(string root) => _root = Path.GetFullPath(root).Replace('\\', '/').TrimEnd('/');

        /// <summary>True when git ignores <paramref name="relativePath"/> ('/' separators, relative to the scan root).</summary>
        public bool IsIgnored(string relativePath, bool isDirectory)
        {
            var trimmed = relativePath.Trim('/');
            var slash = trimmed.LastIndexOf('/');
            var folder = slash < 0 ? "" : trimmed.Substring(0, slash);
            return SetOf(folder).IsIgnored(_root + "/" + trimmed, isDirectory);
        }

        // The ignore files of a folder and of every folder above it, up to the scan root.
        private GitIgnoreSet SetOf(string folder)
        {
            if (_setByFolder.TryGetValue(folder, out var set)) return set;
            var files = new List<(string Path, string Text)>();
            var parts = folder.Length == 0 ? Array.Empty<string>() : folder.Split('/');
            for (var depth = 0; depth <= parts.Length; depth++)
            {
                if (FileOf(string.Join("/", parts, 0, depth)) is { } file) files.Add(file);
            }

            set = GitIgnoreSet.From(files);
            _setByFolder[folder] = set;
            return set;
        }

        private (string Path, string Text)? FileOf(string folder)
        {
            if (_fileByFolder.TryGetValue(folder, out var cached)) return cached;
            var path = folder.Length == 0 ? _root + "/.gitignore" : _root + "/" + folder + "/.gitignore";
            (string Path, string Text)? file = File.Exists(path) ? (path, File.ReadAllText(path)) : null;
            _fileByFolder[folder] = file;
            return file;
        }
    }
}
