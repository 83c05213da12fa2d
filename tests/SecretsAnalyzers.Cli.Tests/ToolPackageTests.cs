using System;
using System.Diagnostics;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;

namespace SecretsAnalyzers.Cli.Tests
{
    /// <summary>
    /// The packed tool (SECRETSANALYZERS_TOOL_PACKAGE, set by eng/test.sh; packed here otherwise) is a .NET tool
    /// named secrets-scan that installs from a folder source and runs.
    /// </summary>
    public sealed class ToolPackageTests : IDisposable
    {
        private readonly string _temp = Path.Combine(Path.GetTempPath(), "secrets-scan-tool-" + Guid.NewGuid().ToString("N"));

        public void Dispose()
        {
            try
            {
                Directory.Delete(_temp, recursive: true);
            }
            catch (IOException)
            {
            }
        }

        private static (int Exit, string Output) Run(string file, string args, string? workingDirectory = null)
        {
            var psi = new ProcessStartInfo(file, args) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory };
            using var process = Process.Start(psi)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, stdout.Result + stderr);
        }

        private string Package()
        {
            var path = Environment.GetEnvironmentVariable("SECRETSANALYZERS_TOOL_PACKAGE");
            if (!string.IsNullOrEmpty(path) && File.Exists(path)) return path;
            var output = Path.Combine(_temp, "pack");
            var project = Path.Combine(RepositoryPaths.Root, "src", "SecretsAnalyzers.Cli", "SecretsAnalyzers.Cli.csproj");
            var pack = Run("dotnet", $"pack \"{project}\" -c Release -o \"{output}\" -nologo -v:q -p:PackageVersion=0.0.1-test.{Guid.NewGuid():N}");
            Assert.True(pack.Exit == 0, pack.Output);
            return Directory.GetFiles(output, "SecretsAnalyzers.Cli.*.nupkg").Single();
        }

        [Fact]
        public void Package_is_a_dotnet_tool_named_secrets_scan_that_installs_from_a_folder_and_runs()
        {
            var package = Package();
            string version;
            using (var zip = ZipFile.OpenRead(package))
            {
                var entries = zip.Entries.Select(e => e.FullName.Replace('\\', '/')).ToList();
                Assert.Contains("tools/net10.0/any/SecretsAnalyzers.Cli.dll", entries);
                Assert.Contains("tools/net10.0/any/SecretsAnalyzers.dll", entries);
                Assert.Contains(entries, e => e.StartsWith("tools/net10.0/any/BuildHost-netcore/", StringComparison.Ordinal));
                Assert.DoesNotContain(entries, e => e.EndsWith("/Microsoft.Build.Framework.dll", StringComparison.Ordinal) && !e.Contains("BuildHost", StringComparison.Ordinal));
                using var settings = zip.GetEntry("tools/net10.0/any/DotnetToolSettings.xml")!.Open();
                var command = XDocument.Load(settings).Descendants("Command").Single();
                Assert.Equal("secrets-scan", command.Attribute("Name")!.Value);
                using var nuspecStream = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
                var nuspec = XDocument.Load(nuspecStream);
                var ns = nuspec.Root!.GetDefaultNamespace();
                Assert.Equal("SecretsAnalyzers.Cli", nuspec.Descendants(ns + "id").Single().Value);
                version = nuspec.Descendants(ns + "version").Single().Value;
            }

            var toolPath = Path.Combine(_temp, "tools");
            var install = Run("dotnet", $"tool install SecretsAnalyzers.Cli --tool-path \"{toolPath}\" --add-source \"{Path.GetDirectoryName(package)}\" --version {version}", Path.GetTempPath());
            Assert.True(install.Exit == 0, install.Output);
            var help = Run(Path.Combine(toolPath, OperatingSystem.IsWindows() ? "secrets-scan.exe" : "secrets-scan"), "--help");
            Assert.Equal(0, help.Exit);
            Assert.Contains("Usage: secrets-scan [PATH] [options]", help.Output, StringComparison.Ordinal);
        }
    }
}
