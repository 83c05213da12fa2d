using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace SecretsAnalyzers.Cli.Tests
{
    /// <summary>A temporary repository (a folder with a .git marker) that tests write into and scan.</summary>
    public sealed class TestFolder : IDisposable
    {
        public TestFolder()
        {
            Root = Path.Combine(Path.GetTempPath(), "secrets-scan-tests", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Path.Combine(Root, ".git"));
        }

        public string Root { get; }

        public string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

        public string Write(string relative, string text)
        {
            var path = PathOf(relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
            return path;
        }

        public string Read(string relative) => File.ReadAllText(PathOf(relative));

        /// <summary>Copies a folder of the repository (without bin/ and obj/) to the same relative place here.</summary>
        public void CopyFromRepository(string relative)
        {
            var source = Path.Combine(RepositoryPaths.Root, relative.Replace('/', Path.DirectorySeparatorChar));
            if (File.Exists(source))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(PathOf(relative))!);
                File.Copy(source, PathOf(relative), overwrite: true);
                return;
            }

            foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
            {
                var rel = Path.GetRelativePath(source, file).Replace(Path.DirectorySeparatorChar, '/');
                if (rel.StartsWith("bin/", StringComparison.Ordinal) || rel.StartsWith("obj/", StringComparison.Ordinal)) continue;
                var target = PathOf(relative + "/" + rel);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target, overwrite: true);
            }
        }

        /// <summary>Runs secrets-scan in process with the working directory's paths made absolute by the caller.</summary>
        public static async Task<RunResult> RunAsync(params string[] args)
        {
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            var exit = await Program.RunAsync(args, stdout, stderr, CancellationToken.None);
            return new RunResult(exit, stdout.ToString(), stderr.ToString());
        }

        public void Dispose()
        {
            try
            {
                Directory.Delete(Root, recursive: true);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }

    public sealed record RunResult(int Exit, string Stdout, string Stderr);

    /// <summary>The repository root (the folder holding SecretsAnalyzers.sln), found from the test assembly.</summary>
    internal static class RepositoryPaths
    {
        private static readonly Lazy<string> RootPath = new(() =>
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SecretsAnalyzers.sln"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("SecretsAnalyzers.sln not found above " + AppContext.BaseDirectory);
        });

        public static string Root => RootPath.Value;
    }
}
