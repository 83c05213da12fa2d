using System;
using System.IO;

namespace SecretsAnalyzers.Tests.Meta
{
    /// <summary>Locates the repository root (the folder holding SecretsAnalyzers.sln) from the test assembly.</summary>
    internal static class RepositoryPaths
    {
        private static readonly Lazy<string> RootPath = new(() =>
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SecretsAnalyzers.sln"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("SecretsAnalyzers.sln not found above " + AppContext.BaseDirectory);
        });

        public static string Root => RootPath.Value;

        public static string Combine(params string[] parts) => Path.Combine(Root, Path.Combine(parts));
    }
}
