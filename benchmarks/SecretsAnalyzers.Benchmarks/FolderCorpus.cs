using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace SecretsAnalyzers.Benchmarks
{
    /// <summary>One source file of a corpus: its path relative to the corpus root, its text and its line count.</summary>
    internal readonly record struct SourceFile(string Path, string Text, int Lines);

    /// <summary>
    /// Every .cs file under a folder (bin/obj skipped), in a stable order. Shared with eng/RealCodeCheck, which
    /// links this file.
    /// </summary>
    internal static class FolderCorpus
    {
        public static List<SourceFile> Load(string folder)
        {
            var root = Path.GetFullPath(folder);
            if (!Directory.Exists(root)) throw new DirectoryNotFoundException(root);
            var files = new List<SourceFile>();
            foreach (var path in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal))
            {
                var rel = Path.GetRelativePath(root, path);
                var parts = rel.Split(Path.DirectorySeparatorChar);
                if (parts.Any(p => p is "bin" or "obj")) continue;
                var text = File.ReadAllText(path);
                files.Add(new SourceFile(rel, text, text.Count(c => c == '\n') + 1));
            }
            return files;
        }
    }
}
