using System;
using System.Text.Json;
using System.Threading.Tasks;

namespace SecretsAnalyzers.Cli.Tests
{
    /// <summary>Bad paths, bad projects and bad options: exit 2 with one line, or a fallback with a warning; never a crash.</summary>
    public sealed class LoadAndUsageTests : IDisposable
    {
        private const string Secret = "class K { const string ApiSecret = \"FAKEsecretQ8mZ2vX9yL3pN7rT5wK1\"; }\n";

        private readonly TestFolder _folder = new();

        public void Dispose() => _folder.Dispose();

        private static string[] Rules(RunResult run)
        {
            using var json = JsonDocument.Parse(run.Stdout);
            return System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(
                json.RootElement.GetProperty("findings").EnumerateArray(), f => $"{f.GetProperty("ruleId").GetString()} {f.GetProperty("path").GetString()}"));
        }

        [Fact]
        public async Task Missing_path_exits_2_with_one_line()
        {
            var run = await TestFolder.RunAsync(_folder.PathOf("does-not-exist"));
            Assert.Equal(Program.UsageOrLoadError, run.Exit);
            Assert.StartsWith("secrets-scan: path not found:", run.Stderr, StringComparison.Ordinal);
            Assert.Single(run.Stderr.TrimEnd().Split('\n'));
        }

        [Theory]
        [InlineData("--format", "xml")]
        [InlineData("--fail-on", "sometimes")]
        [InlineData("--bogus")]
        [InlineData("--output")]
        public async Task Usage_errors_exit_2(params string[] args)
        {
            var run = await TestFolder.RunAsync(args);
            Assert.Equal(Program.UsageOrLoadError, run.Exit);
            Assert.Single(run.Stderr.TrimEnd().Split('\n'));
        }

        [Fact]
        public async Task Malformed_solution_exits_2()
        {
            var sln = _folder.Write("Broken.sln", "Microsoft Visual Studio Solution File, Format Version 12.00\nProject(\"{oops\n  this is not a solution\nGlobal\n");
            var run = await TestFolder.RunAsync(sln);
            Assert.Equal(Program.UsageOrLoadError, run.Exit);
            Assert.Contains("cannot load solution Broken.sln", run.Stderr, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Malformed_project_falls_back_to_its_sources_with_a_warning()
        {
            _folder.Write("app/App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</Target");
            _folder.Write("app/Keys.cs", Secret);
            var run = await TestFolder.RunAsync(_folder.PathOf("app/App.csproj"), "--format", "json");
            Assert.Contains("app/App.csproj: MSBuild could not load it; analysing its .cs files on their own", run.Stderr, StringComparison.Ordinal);
            Assert.Equal(new[] { "EXK102 app/Keys.cs" }, Rules(run));
            Assert.Equal(Program.Findings, run.Exit);
        }

        [Fact]
        public async Task Unrestorable_project_is_still_scanned_with_a_warning()
        {
            _folder.Write("app/App.csproj", """
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
                  <ItemGroup><PackageReference Include="No.Such.Package.Anywhere" Version="9.9.9" /></ItemGroup>
                </Project>
                """);
            _folder.Write("app/Keys.cs", Secret);
            _folder.Write("app/appsettings.json", "{ \"Binance\": { \"ApiSecret\": \"FAKEq7Rsk29cztUX1kmObfEjdpyHGfY5PBNaNKNYd7pMCapFTzdbKB1Ga8FPJw3n\" } }\n");
            _folder.Write("app/App.config", "<configuration><appSettings><add key=\"BinanceApiSecret\" value=\"FAKEq7Rsk29cztUX1kmObfEjdpyHGfY5PBNaNKNYd7pMCapFTzdbKB1Ga8FPJw3n\" /></appSettings></configuration>\n");
            var run = await TestFolder.RunAsync(_folder.PathOf("app"), "--format", "json");
            Assert.Contains("app/App.csproj has not been restored", run.Stderr, StringComparison.Ordinal);
            Assert.Equal(new[] { "EXK105 app/App.config", "EXK102 app/Keys.cs", "EXK105 app/appsettings.json" }, Rules(run));
        }

        [Fact]
        public async Task Include_picks_the_files_reported_not_the_projects_loaded()
        {
            // As the pre-commit hook uses it: --include names staged files; their project still loads through MSBuild.
            _folder.Write("app/App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>\n");
            _folder.Write("app/Keys.cs", Secret);
            _folder.Write("app/Old.cs", Secret.Replace("class K", "class Old", StringComparison.Ordinal));
            var run = await TestFolder.RunAsync(_folder.Root, "--format", "json", "--include", "app/Keys.cs");
            Assert.DoesNotContain("no project found", run.Stderr, StringComparison.Ordinal);
            Assert.Contains("app/App.csproj: loaded in", run.Stderr, StringComparison.Ordinal);
            Assert.Equal(new[] { "EXK102 app/Keys.cs" }, Rules(run));
        }

        [Fact]
        public async Task Slnx_solution_loads_its_projects()
        {
            _folder.Write("app/App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>\n");
            _folder.Write("app/Keys.cs", Secret);
            _folder.Write("lib/Lib.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>\n");
            _folder.Write("lib/Plain.cs", "class Plain { }\n");
            var slnx = _folder.Write("Bot.slnx", "<Solution>\n  <Project Path=\"app/App.csproj\" />\n  <Project Path=\"lib/Lib.csproj\" />\n</Solution>\n");
            var run = await TestFolder.RunAsync(slnx, "--format", "json");
            Assert.Equal(new[] { "EXK102 app/Keys.cs" }, Rules(run));
            using var json = JsonDocument.Parse(run.Stdout);
            Assert.Equal(new[] { "App", "Lib" }, System.Linq.Enumerable.OrderBy(System.Linq.Enumerable.Select(json.RootElement.GetProperty("projects").EnumerateArray(), p => p.GetString()), p => p, StringComparer.Ordinal));
        }

        [Fact]
        public async Task Folder_without_projects_is_one_loose_compilation_with_its_config_files()
        {
            _folder.Write("scripts/Keys.cs", Secret);
            _folder.Write("scripts/.env", "BINANCE_API_SECRET=FAKEq7Rsk29cztUX1kmObfEjdpyHGfY5PBNaNKNYd7pMCapFTzdbKB1Ga8FPJw3n\n");
            _folder.Write("scripts/deploy/appsettings.Production.json", "{ \"Binance\": { \"ApiSecret\": \"FAKEq7Rsk29cztUX1kmObfEjdpyHGfY5PBNaNKNYd7pMCapFTzdbKB1Ga8FPJw3n\" } }\n");
            _folder.Write("scripts/notes.json", "{ \"Binance\": { \"ApiSecret\": \"FAKEq7Rsk29cztUX1kmObfEjdpyHGfY5PBNaNKNYd7pMCapFTzdbKB1Ga8FPJw3n\" } }\n");
            var run = await TestFolder.RunAsync(_folder.PathOf("scripts"), "--format", "json");
            Assert.Contains("no project found, analysing loose .cs files", run.Stderr, StringComparison.Ordinal);
            Assert.Equal(new[] { "EXK105 scripts/.env", "EXK102 scripts/Keys.cs", "EXK105 scripts/deploy/appsettings.Production.json" }, Rules(run));
        }

        [Fact]
        public async Task Gitignore_and_exclude_globs_drop_files()
        {
            _folder.Write(".gitignore", "generated/\n*.local.cs\n!keep.local.cs\n");
            _folder.Write("src/Keys.cs", Secret);
            _folder.Write("src/generated/Keys.cs", Secret);
            _folder.Write("src/Dev.local.cs", Secret.Replace("class K", "class D", StringComparison.Ordinal));
            _folder.Write("src/keep.local.cs", Secret.Replace("class K", "class E", StringComparison.Ordinal));
            _folder.Write("src/Tests/Fixture.cs", Secret.Replace("class K", "class F", StringComparison.Ordinal));

            var all = await TestFolder.RunAsync(_folder.PathOf("src"), "--format", "json");
            Assert.Equal(new[] { "EXK102 src/Keys.cs", "EXK102 src/Tests/Fixture.cs", "EXK102 src/keep.local.cs" }, Rules(all));

            var excluded = await TestFolder.RunAsync(_folder.PathOf("src"), "--format", "json", "--exclude", "**/Tests/**");
            Assert.Equal(new[] { "EXK102 src/Keys.cs", "EXK102 src/keep.local.cs" }, Rules(excluded));

            var included = await TestFolder.RunAsync(_folder.PathOf("src"), "--format", "json", "--include", "src/Keys.cs");
            Assert.Equal(new[] { "EXK102 src/Keys.cs" }, Rules(included));

            var noIgnore = await TestFolder.RunAsync(_folder.PathOf("src"), "--format", "json", "--no-gitignore");
            Assert.Equal(5, Rules(noIgnore).Length);
        }
    }
}
