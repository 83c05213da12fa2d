using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SecretsAnalyzers.Benchmarks;

namespace SecretsAnalyzers.RealCodeCheck
{
    /// <summary>
    /// Usage: RealCodeCheck [--expected eng/real-code/expected.tsv] [--out findings.tsv] &lt;folder&gt;...
    /// Each folder is one fetched repository (its name, e.g. <c>JKorf+Binance.Net</c>, is the repo column of the
    /// expected list). Its .cs files are compiled loosely, one compilation per .csproj found (the files under no
    /// project form one more), against the .NET 8 reference assemblies and a few common libraries; a project
    /// reference, or a package reference whose name is a project loaded from any folder, becomes a compilation
    /// reference. Every analyzer of the package runs; findings are compared with the reviewed list.
    /// Exit code: 0 when every finding is reviewed and every true finding is still reported, 1 otherwise.
    /// </summary>
    internal static class Program
    {
        private static async Task<int> Main(string[] args)
        {
            string? expectedPath = null, outPath = null;
            var folders = new List<string>();
            for (var i = 0; i < args.Length; i++)
            {
                switch (args[i])
                {
                    case "--expected": expectedPath = args[++i]; break;
                    case "--out": outPath = args[++i]; break;
                    default: folders.Add(args[i]); break;
                }
            }
            if (folders.Count == 0)
            {
                Console.Error.WriteLine("usage: RealCodeCheck [--expected <tsv>] [--out <tsv>] <folder>...");
                return 2;
            }

            var analyzers = AnalyzerDiscovery.PackageAnalyzers(rules: false).Where(a => a is not BaselineAnalyzer).ToImmutableArray();
            var references = ReferenceAssemblies.Net80().AddRange(LibraryReferences());
            var projects = new List<Project>();
            foreach (var folder in folders) projects.AddRange(Project.Discover(Path.GetFullPath(folder)));
            var byName = projects.GroupBy(p => p.Name, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);

            var findings = new List<Finding>();
            var crashes = new List<string>();
            foreach (var project in projects)
            {
                var compilation = project.Compile(references, byName);
                var options = new AnalyzerOptions(project.AdditionalFiles);
                var withAnalyzers = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(options,
                    (e, a, d) => { lock (crashes) crashes.Add($"{project.Repo}\t{project.Name}\t{a.GetType().Name}\t{e.GetType().Name}: {e.Message}"); },
                    concurrentAnalysis: true, logAnalyzerExecutionTime: false));
                var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).ConfigureAwait(false);
                foreach (var d in diagnostics)
                {
                    if (d.Id == "AD0001") { crashes.Add($"{project.Repo}\t{project.Name}\t{d.GetMessage(CultureInfo.InvariantCulture)}"); continue; }
                    if (!d.Id.StartsWith("EXK", StringComparison.Ordinal) || d.Severity == DiagnosticSeverity.Hidden) continue;
                    var span = d.Location.GetLineSpan();
                    var path = span.Path;
                    if (string.IsNullOrEmpty(path) || !path.StartsWith(project.Root, StringComparison.Ordinal)) continue;
                    findings.Add(new Finding(project.Repo, Path.GetRelativePath(project.Root, path).Replace('\\', '/'),
                        span.StartLinePosition.Line + 1, d.Id, d.Severity.ToString(), d.GetMessage(CultureInfo.InvariantCulture)));
                }
                Console.Error.WriteLine($"  {project.Repo}/{project.Name}: {project.Files.Count} files, {diagnostics.Count(x => x.Id.StartsWith("EXK", StringComparison.Ordinal))} findings");
            }
            findings = findings.Distinct().OrderBy(f => f.Repo, StringComparer.Ordinal).ThenBy(f => f.File, StringComparer.Ordinal)
                .ThenBy(f => f.Line).ThenBy(f => f.Rule, StringComparer.Ordinal).ToList();

            if (outPath is not null)
                File.WriteAllLines(outPath, findings.Select(f => string.Join('\t', f.Repo, f.File, f.Line.ToString(CultureInfo.InvariantCulture), f.Rule, f.Severity, f.Message)));

            var expected = expectedPath is not null && File.Exists(expectedPath) ? Expected.Read(expectedPath) : new List<Expected>();
            var repos = findings.Select(f => f.Repo).Concat(projects.Select(p => p.Repo)).ToHashSet(StringComparer.Ordinal);
            var verdicts = expected.GroupBy(e => e.Key).ToDictionary(g => g.Key, g => g.First());
            var reported = findings.Select(f => f.Key).ToHashSet(StringComparer.Ordinal);

            var unreviewed = findings.Where(f => !verdicts.ContainsKey(f.Key)).ToList();
            var missing = expected.Where(e => e.Verdict == "true" && repos.Contains(e.Repo) && !reported.Contains(e.Key)).ToList();
            foreach (var c in crashes) Console.WriteLine($"crash\t{c}");
            foreach (var f in unreviewed) Console.WriteLine($"new\t{f.Repo}\t{f.File}\t{f.Line}\t{f.Rule}\t{f.Severity}\t{f.Message}");
            foreach (var m in missing) Console.WriteLine($"missing\t{m.Repo}\t{m.File}\t{m.Line}\t{m.Rule}\t{m.Reason}");

            Console.WriteLine();
            Console.WriteLine("family      true  false  debatable  unreviewed  precision   (reviewed findings still reported)");
            foreach (var family in new[] { "EXK1", "EXK2", "EXK3", "EXK4" })
            {
                var inFamily = findings.Where(f => f.Rule.StartsWith(family, StringComparison.Ordinal)).ToList();
                int Count(string verdict) => inFamily.Count(f => verdicts.TryGetValue(f.Key, out var e) && e.Verdict == verdict);
                var (t, fa, d) = (Count("true"), Count("false"), Count("debatable"));
                var u = inFamily.Count(f => !verdicts.ContainsKey(f.Key));
                var precision = t + fa == 0 ? "n/a" : (100.0 * t / (t + fa)).ToString("0.0", CultureInfo.InvariantCulture) + "%";
                Console.WriteLine($"{family}xx    {t,6} {fa,6} {d,10} {u,11}  {precision,9}");
            }
            Console.WriteLine($"findings {findings.Count}, unreviewed {unreviewed.Count}, true findings missing {missing.Count}, analyzer crashes {crashes.Count}");
            return unreviewed.Count == 0 && missing.Count == 0 && crashes.Count == 0 ? 0 : 1;
        }

        /// <summary>Assemblies of logging, configuration and JSON libraries trading code commonly uses.</summary>
        private static IEnumerable<MetadataReference> LibraryReferences() => new[]
        {
            typeof(Microsoft.Extensions.Logging.ILogger).Assembly,
            typeof(Microsoft.Extensions.Configuration.IConfiguration).Assembly,
            typeof(Microsoft.Extensions.Configuration.ConfigurationBinder).Assembly,
            typeof(Microsoft.Extensions.Options.IOptions<>).Assembly,
            typeof(Microsoft.Extensions.DependencyInjection.IServiceCollection).Assembly,
            typeof(Microsoft.Extensions.Primitives.StringValues).Assembly,
            typeof(Serilog.Log).Assembly,
            typeof(NLog.LogManager).Assembly,
            typeof(log4net.LogManager).Assembly,
            typeof(Newtonsoft.Json.JsonConvert).Assembly,
        }.Distinct().Select(a => (MetadataReference)MetadataReference.CreateFromFile(a.Location));
    }

    internal sealed record Finding(string Repo, string File, int Line, string Rule, string Severity, string Message)
    {
        public string Key => $"{Repo}|{File}|{Line.ToString(CultureInfo.InvariantCulture)}|{Rule}";
    }

    /// <summary>A row of the reviewed list: repo, commit, file, line, rule, verdict (true/false/debatable), reason.</summary>
    internal sealed record Expected(string Repo, string Commit, string File, int Line, string Rule, string Verdict, string Reason)
    {
        public string Key => $"{Repo}|{File}|{Line.ToString(CultureInfo.InvariantCulture)}|{Rule}";

        public static List<Expected> Read(string path) => System.IO.File.ReadAllLines(path)
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Where(c => c.Length >= 6 && c[0] != "repo")
            .Select(c => new Expected(c[0], c[1], c[2], int.Parse(c[3], CultureInfo.InvariantCulture), c[4], c[5], c.Length > 6 ? c[6] : ""))
            .ToList();
    }

    /// <summary>One .csproj of a fetched repository (or the files under none), compiled loosely.</summary>
    internal sealed class Project
    {
        private static readonly CSharpParseOptions Parse = CSharpParseOptions.Default
            .WithLanguageVersion(LanguageVersion.Latest)
            .WithPreprocessorSymbols("NET", "NETCOREAPP", "NET8_0", "NET5_0_OR_GREATER", "NET6_0_OR_GREATER", "NET7_0_OR_GREATER",
                "NET8_0_OR_GREATER", "NETCOREAPP3_0_OR_GREATER", "NETCOREAPP3_1_OR_GREATER", "NETSTANDARD2_1_OR_GREATER", "RELEASE");

        private static readonly string[] ImplicitUsings =
            { "System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks" };

        private CSharpCompilation? _compilation;
        private bool _compiling;

        private Project(string repo, string root, string name, List<SourceFile> files, bool implicitUsings,
            List<string> projectReferences, List<string> packageReferences, ImmutableArray<AdditionalText> additionalFiles)
        {
            (Repo, Root, Name, Files, ImplicitUsingsOn, ProjectReferences, PackageReferences, AdditionalFiles) =
                (repo, root, name, files, implicitUsings, projectReferences, packageReferences, additionalFiles);
        }

        public string Repo { get; }
        public string Root { get; }
        public string Name { get; }
        public List<SourceFile> Files { get; }
        public bool ImplicitUsingsOn { get; }
        public List<string> ProjectReferences { get; }
        public List<string> PackageReferences { get; }
        public ImmutableArray<AdditionalText> AdditionalFiles { get; }

        public static IEnumerable<Project> Discover(string root)
        {
            var repo = Path.GetFileName(root.TrimEnd(Path.DirectorySeparatorChar));
            var all = FolderCorpus.Load(root);
            var csprojs = Directory.EnumerateFiles(root, "*.csproj", SearchOption.AllDirectories)
                .Where(p => !p.Split(Path.DirectorySeparatorChar).Any(s => s is "bin" or "obj"))
                .OrderByDescending(p => Path.GetDirectoryName(p)!.Length).ToList();
            var owner = new Dictionary<string, List<SourceFile>>(StringComparer.Ordinal);
            var loose = new List<SourceFile>();
            foreach (var file in all)
            {
                var full = Path.Combine(root, file.Path);
                var project = csprojs.FirstOrDefault(c => full.StartsWith(Path.GetDirectoryName(c)! + Path.DirectorySeparatorChar, StringComparison.Ordinal));
                if (project is null) loose.Add(file);
                else (owner.TryGetValue(project, out var list) ? list : owner[project] = new List<SourceFile>()).Add(file);
            }
            foreach (var (csproj, files) in owner.OrderBy(o => o.Key, StringComparer.Ordinal))
            {
                var text = File.ReadAllText(csproj);
                var dir = Path.GetDirectoryName(csproj)!;
                var assemblyName = Regex.Match(text, @"<AssemblyName>\s*([^<$]+?)\s*</AssemblyName>") is { Success: true } m ? m.Groups[1].Value : Path.GetFileNameWithoutExtension(csproj);
                var implicitUsings = Regex.IsMatch(text, @"<ImplicitUsings>\s*(enable|true)\s*</ImplicitUsings>", RegexOptions.IgnoreCase) || InheritedImplicitUsings(dir, root);
                var projectRefs = Regex.Matches(text, @"<ProjectReference\s+Include=""([^""]+)""")
                    .Select(r => Path.GetFileNameWithoutExtension(r.Groups[1].Value.Replace('\\', '/'))).ToList();
                var packageRefs = Regex.Matches(text, @"<PackageReference\s+Include=""([^""]+)""").Select(r => r.Groups[1].Value).ToList();
                yield return new Project(repo, root, assemblyName, files, implicitUsings, projectRefs, packageRefs, ConfigFiles(dir));
            }
            if (loose.Count > 0)
                yield return new Project(repo, root, repo + ".Loose", loose, false, new List<string>(), new List<string>(), ImmutableArray<AdditionalText>.Empty);
        }

        private static bool InheritedImplicitUsings(string dir, string root)
        {
            for (var d = dir; d is not null && d.StartsWith(root, StringComparison.Ordinal); d = Path.GetDirectoryName(d))
            {
                var props = Path.Combine(d, "Directory.Build.props");
                if (File.Exists(props) && Regex.IsMatch(File.ReadAllText(props), @"<ImplicitUsings>\s*(enable|true)\s*</ImplicitUsings>", RegexOptions.IgnoreCase))
                    return true;
            }
            return false;
        }

        private static ImmutableArray<AdditionalText> ConfigFiles(string dir) => Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .Where(p => !p.Split(Path.DirectorySeparatorChar).Any(s => s is "bin" or "obj" or "node_modules"))
            .Where(p => Path.GetFileName(p) is var n && ((n.StartsWith("appsettings", StringComparison.OrdinalIgnoreCase) && n.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
                || n.Equals("launchSettings.json", StringComparison.OrdinalIgnoreCase) || n.Equals(".env", StringComparison.OrdinalIgnoreCase)
                || SecretsAnalyzers.Internal.ConfigFiles.ConfigFileReader.IsXmlConfigName(n)))
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (AdditionalText)new FileText(p)).ToImmutableArray();

        public CSharpCompilation Compile(ImmutableArray<MetadataReference> references, IReadOnlyDictionary<string, Project> byName)
        {
            if (_compilation is not null) return _compilation;
            _compiling = true;
            var refs = new List<MetadataReference>(references);
            foreach (var name in ProjectReferences.Concat(PackageReferences).Distinct(StringComparer.OrdinalIgnoreCase))
                if (byName.TryGetValue(name, out var other) && other != this && !other._compiling)
                    refs.Add(other.Compile(references, byName).ToMetadataReference());
            var trees = Files.Select(f => CSharpSyntaxTree.ParseText(SourceText.From(f.Text, Encoding.UTF8), Parse, Path.Combine(Root, f.Path))).ToList();
            if (ImplicitUsingsOn)
                trees.Add(CSharpSyntaxTree.ParseText(string.Concat(ImplicitUsings.Select(u => $"global using global::{u};\n")), Parse, "/__implicit_usings.g.cs"));
            _compilation = CSharpCompilation.Create(Name, trees, refs,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true));
            _compiling = false;
            return _compilation;
        }
    }

    internal sealed class FileText : AdditionalText
    {
        public FileText(string path) => Path = path;

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(File.ReadAllText(Path), Encoding.UTF8);
    }
}
