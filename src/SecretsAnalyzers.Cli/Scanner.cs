using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Build.Locator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.MSBuild;
using Microsoft.CodeAnalysis.Text;
using SecretsAnalyzers.Baseline;

namespace SecretsAnalyzers.Cli
{
    /// <summary>What one scan found: findings (not yet filtered by a baseline), the projects, and the warnings printed.</summary>
    internal sealed class ScanResult
    {
        public required string Root { get; init; }

        public required List<Finding> Findings { get; init; }

        public required List<string> Projects { get; init; }

        public required int FileCount { get; init; }

        public required List<string> Warnings { get; init; }

        public required TimeSpan Elapsed { get; init; }
    }

    /// <summary>
    /// Loads the target (solution, project or folder) and runs every analyzer of the SecretsAnalyzers assembly over
    /// it with the project's own options. Projects load through MSBuild; one that cannot load falls back to its
    /// source files against the running runtime's assemblies, with a warning; a folder without projects is one loose
    /// compilation.
    /// </summary>
    internal sealed class Scanner
    {
        private static readonly Lazy<ImmutableArray<DiagnosticAnalyzer>> LazyAnalyzers = new(LoadAnalyzers);
        private static readonly Lazy<ImmutableArray<MetadataReference>> LazyRuntimeReferences = new(LoadRuntimeReferences);
        private static readonly object LocatorGate = new();

        private readonly CliOptions _options;
        private readonly TextWriter _progress;
        private readonly TextWriter _stderr;
        private readonly List<string> _warnings = new();
        private readonly ConcurrentBag<string> _workspaceFailures = new();

        public Scanner(CliOptions options, TextWriter progress)
        {
            _options = options;
            _stderr = progress;
            _progress = options.Quiet ? TextWriter.Null : progress;
        }

        /// <summary>Every analyzer of the package (the baseline suppressor is not run: the tool applies --baseline itself).</summary>
        public static ImmutableArray<DiagnosticAnalyzer> Analyzers => LazyAnalyzers.Value;

        /// <summary>Every rule the analyzers can report, by id.</summary>
        public static IReadOnlyList<DiagnosticDescriptor> Rules =>
            Analyzers.SelectMany(a => a.SupportedDiagnostics).GroupBy(d => d.Id).Select(g => g.First()).OrderBy(d => d.Id, StringComparer.Ordinal).ToList();

        public async Task<ScanResult> ScanAsync(CancellationToken cancellationToken)
        {
            var stopwatch = Stopwatch.StartNew();
            var target = Path.GetFullPath(_options.Path);
            var isFolder = Directory.Exists(target);
            if (!isFolder && !File.Exists(target))
                throw new UsageException($"path not found: {_options.Path}");
            var root = FindRoot(isFolder ? target : Path.GetDirectoryName(target)!);
            var filter = new PathFilter(root, _options.Include, _options.Exclude, _options.UseGitIgnore);

            var findings = new List<Finding>();
            var projects = new List<string>();
            var files = 0;

            async Task Analyse(Project project, string displayName, int n, int m)
            {
                var documents = project.Documents.Count(d => d.FilePath is not null && !LooseProject.IsImplicitUsings(d.FilePath) && filter.Includes(d.FilePath));
                _progress.WriteLine($"[{n}/{m}] {displayName}: analysing {documents} files");
                files += documents;
                projects.Add(displayName);
                var watch = Stopwatch.StartNew();
                var found = await AnalyseAsync(project, displayName, filter, cancellationToken).ConfigureAwait(false);
                findings.AddRange(found);
                _progress.WriteLine($"[{n}/{m}] {displayName}: {found.Count} finding(s) in {watch.Elapsed.TotalSeconds:0.0} s");
            }

            var extension = isFolder ? "" : Path.GetExtension(target).ToLowerInvariant();
            if (isFolder)
            {
                var projectFiles = filter.Walk(target, f => f.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase), applyInclude: false).ToList();
                if (projectFiles.Count == 0)
                {
                    _progress.WriteLine($"[1/1] {LooseName(filter, target)}: no project found, analysing loose .cs files");
                    var loose = LooseProject.Create(target, Path.GetFileName(target.TrimEnd(Path.DirectorySeparatorChar)), filter, LazyRuntimeReferences.Value, configFilesBelow: true);
                    await Analyse(loose, LooseName(filter, target), 1, 1).ConfigureAwait(false);
                }
                else
                {
                    await AnalyseProjectsAsync(projectFiles, filter, Analyse, cancellationToken).ConfigureAwait(false);
                }
            }
            else if (extension is ".sln" or ".slnx")
            {
                await AnalyseSolutionAsync(target, filter, Analyse, cancellationToken).ConfigureAwait(false);
            }
            else if (extension == ".csproj")
            {
                await AnalyseProjectsAsync(new List<string> { target }, filter, Analyse, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                throw new UsageException($"not a C# project, solution or folder: {_options.Path}");
            }

            findings = Deduplicate(findings);
            return new ScanResult
            {
                Root = root,
                Findings = findings,
                Projects = projects,
                FileCount = files,
                Warnings = _warnings,
                Elapsed = stopwatch.Elapsed,
            };
        }

        private void Warn(string message)
        {
            var line = "warning: " + message.Replace('\r', ' ').Replace('\n', ' ');
            _warnings.Add(line);
            _stderr.WriteLine(line);
        }

        private MSBuildWorkspace CreateWorkspace()
        {
            lock (LocatorGate)
            {
                if (!MSBuildLocator.IsRegistered)
                    MSBuildLocator.RegisterDefaults();
            }

            var workspace = MSBuildWorkspace.Create(new Dictionary<string, string>
            {
                // A design-time evaluation only: nothing is built, restored or written into the scanned repository.
                ["Configuration"] = "Debug",
                ["DesignTimeBuild"] = "true",
                ["BuildingInsideVisualStudio"] = "false",
            });
            workspace.RegisterWorkspaceFailedHandler(e =>
            {
                if (e.Diagnostic.Kind == WorkspaceDiagnosticKind.Failure)
                    _workspaceFailures.Add(FirstLine(e.Diagnostic.Message));
            });
            return workspace;
        }

        private async Task AnalyseSolutionAsync(string solutionPath, PathFilter filter, Func<Project, string, int, int, Task> analyse, CancellationToken ct)
        {
            using var workspace = CreateWorkspace();
            Solution solution;
            _progress.WriteLine($"loading {filter.Relative(solutionPath)}");
            try
            {
                var loadWatch = Stopwatch.StartNew();
                solution = await workspace.OpenSolutionAsync(solutionPath, cancellationToken: ct).ConfigureAwait(false);
                _progress.WriteLine($"loaded {filter.Relative(solutionPath)} in {loadWatch.Elapsed.TotalSeconds:0.0} s");
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                throw new UsageException($"cannot load solution {Path.GetFileName(solutionPath)}: {FirstLine(e.Message)}");
            }

            var listed = ProjectsListedIn(solutionPath);
            var loaded = solution.Projects.Where(p => p.Language == LanguageNames.CSharp && p.FilePath is not null).ToList();
            if (listed.Count == 0 && loaded.Count == 0)
            {
                ReportWorkspaceFailures();
                throw new UsageException($"cannot load solution {Path.GetFileName(solutionPath)}: it lists no C# project");
            }

            var loadedPaths = new HashSet<string>(loaded.Select(p => Path.GetFullPath(p.FilePath!)), StringComparer.Ordinal);
            var failed = listed.Where(p => !loadedPaths.Contains(p)).ToList();
            ReportWorkspaceFailures();
            var selected = loaded.Where(p => filter.Includes(p.FilePath!, applyInclude: false)).ToList();
            var total = selected.Count + failed.Count;
            var n = 0;
            foreach (var path in selected.Select(p => Path.GetFullPath(p.FilePath!)).Distinct(StringComparer.Ordinal))
                WarnIfUnrestored(path, filter);
            foreach (var project in selected)
                await analyse(WithConfigFiles(project), DisplayName(project), ++n, total).ConfigureAwait(false);
            foreach (var path in failed)
                await AnalyseFallbackAsync(path, "it did not load", filter, analyse, ++n, total).ConfigureAwait(false);
        }

        private async Task AnalyseProjectsAsync(List<string> projectFiles, PathFilter filter, Func<Project, string, int, int, Task> analyse, CancellationToken ct)
        {
            using var workspace = CreateWorkspace();
            var n = 0;
            foreach (var path in projectFiles)
            {
                n++;
                _progress.WriteLine($"[{n}/{projectFiles.Count}] {filter.Relative(path)}: loading");
                var projects = workspace.CurrentSolution.Projects.Where(p => SamePath(p.FilePath, path)).ToList();
                var failed = false;
                var loadWatch = Stopwatch.StartNew();
                if (projects.Count == 0)
                {
                    try
                    {
                        await workspace.OpenProjectAsync(path, cancellationToken: ct).ConfigureAwait(false);
                        projects = workspace.CurrentSolution.Projects.Where(p => SamePath(p.FilePath, path)).ToList();
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        _workspaceFailures.Add(FirstLine(e.Message));
                    }

                    // MSBuild reports a project file it cannot read as a failure and hands back an empty project; other
                    // failures (a package version substituted, a missing targeting pack) leave its sources loaded.
                    failed = projects.All(p => !p.Documents.Any()) && _workspaceFailures.Any(f => f.Contains(path, StringComparison.Ordinal));
                }

                _progress.WriteLine($"[{n}/{projectFiles.Count}] {filter.Relative(path)}: loaded in {loadWatch.Elapsed.TotalSeconds:0.0} s");
                ReportWorkspaceFailures();
                if (projects.Count == 0 || failed)
                {
                    await AnalyseFallbackAsync(path, "MSBuild could not load it", filter, analyse, n, projectFiles.Count).ConfigureAwait(false);
                    continue;
                }

                WarnIfUnrestored(path, filter);
                foreach (var project in projects.Where(p => p.Language == LanguageNames.CSharp))
                    await analyse(WithConfigFiles(project), DisplayName(project), n, projectFiles.Count).ConfigureAwait(false);
            }
        }

        private async Task AnalyseFallbackAsync(string projectPath, string reason, PathFilter filter, Func<Project, string, int, int, Task> analyse, int n, int m)
        {
            Warn($"{filter.Relative(projectPath)}: {reason}; analysing its .cs files on their own (source-only fallback: its references, "
                + "generated code and build options are missing, so findings that need them may be missed)");
            var folder = Path.GetDirectoryName(projectPath)!;
            var name = Path.GetFileNameWithoutExtension(projectPath);
            var project = LooseProject.Create(folder, name, filter, LazyRuntimeReferences.Value);
            await analyse(project, name, n, m).ConfigureAwait(false);
        }

        private void WarnIfUnrestored(string projectPath, PathFilter filter)
        {
            try
            {
                var text = File.ReadAllText(projectPath);
                var folder = Path.GetDirectoryName(projectPath)!;
                if (text.Contains("Sdk=", StringComparison.OrdinalIgnoreCase) && !File.Exists(Path.Combine(folder, "obj", "project.assets.json")))
                    Warn($"{filter.Relative(projectPath)} has not been restored (no obj/project.assets.json): analysed with its framework references only; "
                        + "run 'dotnet restore' first so findings that need its NuGet packages are not missed");
            }
            catch (IOException)
            {
            }
        }

        // One line for what MSBuild reported while loading (the first message and how many more).
        private void ReportWorkspaceFailures()
        {
            var failures = _workspaceFailures.Distinct().OrderBy(f => f, StringComparer.Ordinal).ToList();
            _workspaceFailures.Clear();
            if (failures.Count == 0) return;
            Warn("MSBuild: " + failures[0] + (failures.Count > 1 ? $" (and {failures.Count - 1} more)" : ""));
        }

        // The configuration files the package's build targets add as AdditionalFiles, when the project does not list them
        // (it may not reference the package, or may not be restored).
        private static Project WithConfigFiles(Project project)
        {
            if (project.FilePath is null) return project;
            var folder = Path.GetDirectoryName(project.FilePath)!;
            var known = new HashSet<string>(project.AdditionalDocuments.Select(d => d.FilePath ?? ""), StringComparer.Ordinal);
            foreach (var file in LooseProject.ConfigFilesIn(folder))
            {
                if (known.Contains(file)) continue;
                project = project.AddAdditionalDocument(Path.GetFileName(file), LooseProject.ReadText(file), filePath: file).Project;
            }

            return project;
        }

        private async Task<List<Finding>> AnalyseAsync(Project project, string displayName, PathFilter filter, CancellationToken ct)
        {
            var compilation = await project.GetCompilationAsync(ct).ConfigureAwait(false);
            if (compilation is null) return new List<Finding>();
            var withAnalyzers = compilation.WithAnalyzers(Analyzers, new CompilationWithAnalyzersOptions(
                project.AnalyzerOptions, onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false));
            var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(ct).ConfigureAwait(false);

            var additionalTexts = project.AdditionalDocuments.Where(d => d.FilePath is not null)
                .GroupBy(d => d.FilePath!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            var result = new List<Finding>();
            foreach (var diagnostic in diagnostics)
            {
                if (!diagnostic.Id.StartsWith("EXK", StringComparison.Ordinal))
                {
                    if (diagnostic.Id == "AD0001")
                        Warn($"{displayName}: an analyzer failed ({FirstLine(diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture))})");
                    continue;
                }

                if (diagnostic.Severity == DiagnosticSeverity.Hidden) continue;
                var location = diagnostic.Location;
                string filePath, fingerprintPath, lineText = "";
                int line = 0, column = 0, endLine = 0, endColumn = 0;
                if (location.Kind is LocationKind.SourceFile or LocationKind.ExternalFile && location.GetLineSpan() is { Path: { Length: > 0 } path } span)
                {
                    filePath = Path.GetFullPath(path);
                    if (!filter.Includes(filePath)) continue;
                    fingerprintPath = filePath;
                    line = span.StartLinePosition.Line + 1;
                    column = span.StartLinePosition.Character + 1;
                    endLine = span.EndLinePosition.Line + 1;
                    endColumn = span.EndLinePosition.Character + 1;
                    SourceText? text = location.SourceTree is { } tree ? await tree.GetTextAsync(ct).ConfigureAwait(false)
                        : additionalTexts.TryGetValue(path, out var doc) ? await doc.GetTextAsync(ct).ConfigureAwait(false) : null;
                    if (text is not null && span.StartLinePosition.Line < text.Lines.Count)
                        lineText = text.Lines[span.StartLinePosition.Line].ToString();
                }
                else
                {
                    filePath = project.FilePath is { } projectFile ? Path.GetFullPath(projectFile) : Path.Combine(filter.Root, displayName);
                    fingerprintPath = "";
                }

                result.Add(new Finding
                {
                    RuleId = diagnostic.Id,
                    Severity = diagnostic.Severity,
                    Message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture),
                    FilePath = filePath,
                    Line = line,
                    Column = column,
                    EndLine = endLine,
                    EndColumn = endColumn,
                    Project = displayName,
                    FingerprintPath = fingerprintPath.Length == 0 ? "assembly:" + compilation.AssemblyName : fingerprintPath,
                    LineHash = BaselineFingerprint.HashLine(lineText, fingerprintPath),
                });
            }

            return result;
        }

        // Multi-targeting projects load once per target framework and report the same finding each time.
        private static List<Finding> Deduplicate(List<Finding> findings) =>
            findings.GroupBy(f => (f.RuleId, f.FilePath, f.Line, f.Column, f.EndLine, f.EndColumn, f.Message))
                .Select(g => g.First())
                .OrderBy(f => f.FilePath, StringComparer.Ordinal).ThenBy(f => f.Line).ThenBy(f => f.Column).ThenBy(f => f.RuleId, StringComparer.Ordinal)
                .ToList();

        /// <summary>Assigns each finding its baseline fingerprint, paths relative to <paramref name="root"/>.</summary>
        public static void Fingerprint(IReadOnlyList<Finding> findings, string root)
        {
            var candidates = findings.Select(f => new BaselineCandidate(
                f.RuleId,
                f.FingerprintPath.StartsWith("assembly:", StringComparison.Ordinal) ? f.FingerprintPath : BaselineFingerprint.RelativePath(root, f.FingerprintPath),
                f.LineHash, f.Line, f.Column)).ToList();
            var entries = BaselineFingerprint.Assign(candidates);
            for (var i = 0; i < entries.Length; i++)
                findings[i].Fingerprint = entries[i];
        }

        /// <summary>The nearest folder at or above <paramref name="folder"/> holding .git, else <paramref name="folder"/>.</summary>
        public static string FindRoot(string folder)
        {
            for (var current = new DirectoryInfo(folder); current is not null; current = current.Parent)
            {
                var git = Path.Combine(current.FullName, ".git");
                if (Directory.Exists(git) || File.Exists(git)) return current.FullName;
            }

            return Path.GetFullPath(folder);
        }

        private static List<string> ProjectsListedIn(string solutionPath)
        {
            try
            {
                var text = File.ReadAllText(solutionPath);
                var pattern = solutionPath.EndsWith(".slnx", StringComparison.OrdinalIgnoreCase)
                    ? new Regex("Path=\"([^\"]+\\.csproj)\"", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1))
                    : new Regex("^Project\\(\"[^\"]*\"\\)\\s*=\\s*\"[^\"]*\",\\s*\"([^\"]+\\.csproj)\"", RegexOptions.IgnoreCase | RegexOptions.Multiline, TimeSpan.FromSeconds(1));
                var folder = Path.GetDirectoryName(solutionPath)!;
                return pattern.Matches(text).Select(m => Path.GetFullPath(Path.Combine(folder, m.Groups[1].Value.Replace('\\', Path.DirectorySeparatorChar))))
                    .Where(File.Exists).Distinct(StringComparer.Ordinal).ToList();
            }
            catch (Exception e) when (e is IOException or RegexMatchTimeoutException)
            {
                return new List<string>();
            }
        }

        private static string DisplayName(Project project)
        {
            var name = project.Name;
            var paren = name.IndexOf('(');
            return paren > 0 && name.EndsWith(")", StringComparison.Ordinal) ? name.Substring(0, paren) : name;
        }

        private static string LooseName(PathFilter filter, string folder) =>
            filter.Relative(folder) is { Length: > 0 } relative ? relative : Path.GetFileName(folder.TrimEnd(Path.DirectorySeparatorChar));

        private static bool SamePath(string? a, string b) => a is not null && string.Equals(Path.GetFullPath(a), b, StringComparison.Ordinal);

        private static string FirstLine(string message)
        {
            var trimmed = message.Trim();
            var end = trimmed.IndexOfAny(new[] { '\r', '\n' });
            return end < 0 ? trimmed : trimmed.Substring(0, end);
        }

        private static ImmutableArray<DiagnosticAnalyzer> LoadAnalyzers() =>
            typeof(BaselineSuppressor).Assembly.GetTypes()
                .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !typeof(DiagnosticSuppressor).IsAssignableFrom(t)
                    && t.GetCustomAttributes(typeof(DiagnosticAnalyzerAttribute), inherit: false).Length > 0)
                .OrderBy(t => t.FullName, StringComparer.Ordinal)
                .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
                .ToImmutableArray();

        private static ImmutableArray<MetadataReference> LoadRuntimeReferences()
        {
            var runtimeFolder = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
            var trusted = (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
            var references = ImmutableArray.CreateBuilder<MetadataReference>();
            foreach (var path in trusted)
            {
                if (!string.Equals(Path.GetDirectoryName(path), runtimeFolder, StringComparison.Ordinal)) continue;
                try
                {
                    references.Add(MetadataReference.CreateFromFile(path));
                }
                catch (Exception e) when (e is IOException or BadImageFormatException)
                {
                }
            }

            return references.ToImmutable();
        }
    }
}
