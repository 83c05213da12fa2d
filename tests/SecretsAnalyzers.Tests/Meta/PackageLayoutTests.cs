using System;
using System.Diagnostics;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;

namespace SecretsAnalyzers.Tests.Meta
{
    /// <summary>
    /// Asserts the layout of the produced .nupkg: both assemblies under analyzers/dotnet/cs, nothing under lib/,
    /// no dependencies, developmentDependency true, the package README (for users) and icon inside, build targets present,
    /// one repository URL that the help links point into.
    /// Uses the package named by SECRETSANALYZERS_PACKAGE (eng/test.sh packs first) or packs one itself.
    /// </summary>
    public sealed class PackageLayoutTests : IClassFixture<PackageLayoutTests.PackedPackage>
    {
        private readonly PackedPackage _package;

        public PackageLayoutTests(PackedPackage package) => _package = package;

        [Fact]
        public void Ships_both_assemblies_under_analyzers_dotnet_cs()
        {
            Assert.Contains("analyzers/dotnet/cs/SecretsAnalyzers.dll", _package.Entries);
            Assert.Contains("analyzers/dotnet/cs/SecretsAnalyzers.CodeFixes.dll", _package.Entries);
            Assert.Equal(2, _package.Entries.Count(e => e.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)));
        }

        [Fact]
        public void Ships_nothing_under_lib() =>
            Assert.DoesNotContain(_package.Entries, e => e.StartsWith("lib/", StringComparison.OrdinalIgnoreCase));

        [Fact]
        public void Is_a_development_dependency_without_dependencies()
        {
            var ns = _package.Nuspec.Root!.Name.Namespace;
            var metadata = _package.Nuspec.Root.Element(ns + "metadata")!;
            Assert.Equal("SecretsAnalyzers", metadata.Element(ns + "id")!.Value);
            Assert.Equal("true", metadata.Element(ns + "developmentDependency")?.Value);
            var dependencies = metadata.Element(ns + "dependencies");
            Assert.True(dependencies is null || !dependencies.Descendants(ns + "dependency").Any(), "the package must declare no dependency");
        }

        [Fact]
        public void Carries_the_readme_and_the_build_targets()
        {
            Assert.Contains("README.md", _package.Entries);
            var ns = _package.Nuspec.Root!.Name.Namespace;
            Assert.Equal("README.md", _package.Nuspec.Root.Element(ns + "metadata")!.Element(ns + "readme")?.Value);
            Assert.Contains("build/SecretsAnalyzers.targets", _package.Entries);
        }

        [Fact]
        public void Readme_is_the_package_readme_for_users_with_absolute_rule_links()
        {
            var readme = _package.Readme;
            Assert.Equal(File.ReadAllText(RepositoryPaths.Combine("docs", "package", "README.md")).ReplaceLineEndings(), readme.ReplaceLineEndings());
            Assert.DoesNotMatch(@"\]\((?!https://)[^)]*\)", readme);                                 // no relative link
            foreach (var id in AllRuleIds())
                Assert.Contains($"[{id}]({Descriptors.DocsRoot}{id}.md)", readme);
            foreach (var contributorOnly in new[] { "Repository layout", "eng/", "bash ", "Performance", "benchmarks" })
                Assert.DoesNotContain(contributorOnly, readme);
        }

        [Fact]
        public void Ships_a_png_icon_named_in_the_nuspec()
        {
            var ns = _package.Nuspec.Root!.Name.Namespace;
            Assert.Equal("icon.png", _package.Nuspec.Root.Element(ns + "metadata")!.Element(ns + "icon")?.Value);
            Assert.Contains("icon.png", _package.Entries);
            Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, _package.Icon.Take(8).ToArray());
        }

        [Fact]
        public void Names_one_repository_url_that_the_help_links_point_into()
        {
            var ns = _package.Nuspec.Root!.Name.Namespace;
            var metadata = _package.Nuspec.Root.Element(ns + "metadata")!;
            var projectUrl = metadata.Element(ns + "projectUrl")?.Value;
            Assert.Equal("https://github.com/secretsanalyzers/SecretsAnalyzers", projectUrl);
            var repository = metadata.Element(ns + "repository");
            Assert.Equal("git", repository?.Attribute("type")?.Value);
            Assert.Equal(projectUrl, repository?.Attribute("url")?.Value);
            Assert.Equal(Descriptors.DocsRoot, projectUrl + "/blob/main/docs/rules/");
            Assert.False(string.IsNullOrWhiteSpace(metadata.Element(ns + "copyright")?.Value), "copyright");
            Assert.False(string.IsNullOrWhiteSpace(metadata.Element(ns + "releaseNotes")?.Value), "releaseNotes");
        }

        [Fact]
        public void Package_analysis_is_on() =>
            Assert.DoesNotContain("NoPackageAnalysis", File.ReadAllText(RepositoryPaths.Combine("src", "SecretsAnalyzers.Package", "SecretsAnalyzers.Package.csproj")));

        private static string[] AllRuleIds() =>
            typeof(RuleIds).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
                .Where(f => f.IsLiteral && f.FieldType == typeof(string)).Select(f => (string)f.GetRawConstantValue()!).ToArray();

        public sealed class PackedPackage
        {
            public PackedPackage()
            {
                var path = Environment.GetEnvironmentVariable("SECRETSANALYZERS_PACKAGE");
                if (string.IsNullOrEmpty(path) || !File.Exists(path)) path = Pack();
                using var zip = ZipFile.OpenRead(path);
                Entries = zip.Entries.Select(e => e.FullName.Replace('\\', '/')).ToArray();
                using var nuspec = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
                Nuspec = XDocument.Load(nuspec);
                using (var reader = new StreamReader(zip.GetEntry("README.md")!.Open())) Readme = reader.ReadToEnd();
                using var icon = new MemoryStream();
                using (var stream = zip.GetEntry("icon.png")?.Open()) stream?.CopyTo(icon);
                Icon = icon.ToArray();
            }

            public string Readme { get; }

            public byte[] Icon { get; }

            public string[] Entries { get; }

            public XDocument Nuspec { get; }

            private static string Pack()
            {
                var output = Path.Combine(Path.GetTempPath(), "secretsanalyzers-pack-" + Guid.NewGuid().ToString("N"));
                var project = RepositoryPaths.Combine("src", "SecretsAnalyzers.Package", "SecretsAnalyzers.Package.csproj");
                var psi = new ProcessStartInfo("dotnet", $"pack \"{project}\" -c Release -o \"{output}\" -nologo -v:q")
                {
                    RedirectStandardOutput = true,
                    RedirectStandardError = true,
                };
                using var process = Process.Start(psi)!;
                var stdout = process.StandardOutput.ReadToEnd();
                var stderr = process.StandardError.ReadToEnd();
                process.WaitForExit();
                Assert.True(process.ExitCode == 0, "dotnet pack failed: " + stdout + stderr);
                return Directory.GetFiles(output, "SecretsAnalyzers.*.nupkg").Single();
            }
        }
    }
}
