using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using SecretsAnalyzers.Tests.Hardening;

namespace SecretsAnalyzers.Tests.FixSafety
{
    /// <summary>One corpus entry: the files under test (stubs come separately, they are never edited) and options.</summary>
    public sealed record FixSafetySnippet(string Name, IReadOnlyList<(string Path, string Text)> Files, IReadOnlyList<string> Stubs, string? EditorConfig = null)
    {
        public override string ToString() => Name;
    }

    /// <summary>What one snippet's run applied and found.</summary>
    public sealed record FixSafetyOutcome(int Diagnostics, int Actions, int FixAllRuns, IReadOnlyList<string> Failures);

    /// <summary>
    /// Applies every code action every fixer offers for every package diagnostic of a snippet, and every document-scope
    /// Fix All (one per fixer and equivalence key), then judges each result: it compiles with no error the input did
    /// not have, holds no merge-conflict marker, keeps every line outside the edited statements/members, and (Fix All)
    /// no diagnostic it was offered for survives, and a single-site Fix All equals the single fix.
    /// </summary>
    public static class FixSafetyHarness
    {
        private static readonly string[] ConflictMarkers = { "<<<<<<<", ">>>>>>>", "=======" };

        public static async Task<FixSafetyOutcome> RunAsync(FixSafetySnippet snippet)
        {
            using var workspace = new AdhocWorkspace();
            var (solution, projectId, snippetDocs) = await CreateAsync(workspace, snippet);
            var project = solution.GetProject(projectId)!;
            var baseline = ErrorKeys(await project.GetCompilationAsync());
            var diagnostics = await AnalyzeAsync(project);
            var failures = new List<string>();
            var actionsApplied = 0;
            var fixAllRuns = 0;

            // Which diagnostics each (fixer, equivalence key) was offered for, per document.
            var offered = new Dictionary<(CodeFixProvider Fixer, string Key, DocumentId Doc), List<Diagnostic>>();
            var singleResults = new Dictionary<(CodeFixProvider, string, DocumentId), Solution>();
            foreach (var diagnostic in diagnostics)
            {
                var document = solution.GetDocument(diagnostic.Location.SourceTree);
                if (document is null || !snippetDocs.Contains(document.Id)) continue;
                foreach (var fixer in HardeningHarness.Fixers.Where(f => f.FixableDiagnosticIds.Contains(diagnostic.Id)))
                {
                    var actions = new List<CodeAction>();
                    await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (a, _) => actions.Add(a), CancellationToken.None));
                    foreach (var action in actions)
                    {
                        var what = $"{snippet.Name}: {diagnostic.Id} '{action.EquivalenceKey}' at {Where(diagnostic)}";
                        Solution changed;
                        try
                        {
                            changed = await ApplyAsync(action);
                        }
                        catch (Exception e)
                        {
                            failures.Add($"{what} threw {e.GetType().Name}: {HardeningHarness.Shorten(e.Message, 300)}");
                            continue;
                        }

                        actionsApplied++;
                        failures.AddRange(await JudgeAsync(what, solution, changed, baseline, new[] { diagnostic }));
                        if (action.EquivalenceKey is { } key)
                        {
                            var slot = (fixer, key, document.Id);
                            if (!offered.TryGetValue(slot, out var list)) offered[slot] = list = new List<Diagnostic>();
                            list.Add(diagnostic);
                            singleResults[slot] = changed;
                        }
                    }
                }
            }

            foreach (var ((fixer, key, docId), sites) in offered)
            {
                var provider = fixer.GetFixAllProvider();
                if (provider is null) continue;
                var document = solution.GetDocument(docId)!;
                var ids = sites.Select(d => d.Id).Distinct().ToImmutableArray();
                var inDocument = diagnostics.Where(d => d.Location.SourceTree == document.GetSyntaxTreeAsync().Result && ids.Contains(d.Id)).ToImmutableArray();
                var context = new FixAllContext(document, fixer, FixAllScope.Document, key, ids, new Provider(inDocument), CancellationToken.None);
                var what = $"{snippet.Name}: Fix All '{key}' in {document.Name} ({sites.Count} sites)";
                Solution changed;
                try
                {
                    var action = await provider.GetFixAsync(context);
                    if (action is null)
                    {
                        failures.Add($"{what}: no Fix All action");
                        continue;
                    }

                    changed = await ApplyAsync(action);
                }
                catch (Exception e)
                {
                    failures.Add($"{what} threw {e.GetType().Name}: {HardeningHarness.Shorten(e.Message, 300)}");
                    continue;
                }

                fixAllRuns++;
                failures.AddRange(await JudgeAsync(what, solution, changed, baseline, inDocument));

                // Every site the action was offered for is fixed.
                var after = await AnalyzeAsync(changed.GetProject(projectId)!);
                var afterTree = await changed.GetDocument(docId)!.GetSyntaxTreeAsync();
                var left = after.Count(d => d.Location.SourceTree == afterTree && ids.Contains(d.Id));
                var before = inDocument.Length;
                if (left > before - sites.Count)
                    failures.Add($"{what}: {left} of {before} diagnostics remain, expected at most {before - sites.Count}");

                // A Fix All over one site is the single fix.
                if (sites.Count == 1)
                {
                    var single = await singleResults[(fixer, key, docId)].GetDocument(docId)!.GetTextAsync();
                    var all = await changed.GetDocument(docId)!.GetTextAsync();
                    if (single.ToString() != all.ToString())
                        failures.Add($"{what}: Fix All differs from the single fix");
                }
            }

            return new FixSafetyOutcome(diagnostics.Length, actionsApplied, fixAllRuns, failures);
        }

        private static string Where(Diagnostic d)
        {
            var span = d.Location.GetLineSpan();
            var text = d.Location.SourceTree!.GetText().Lines[span.StartLinePosition.Line].ToString().Trim();
            return $"{System.IO.Path.GetFileName(span.Path)} «{NoLeakTests.Redact(HardeningHarness.Shorten(text, 120))}»";
        }

        private static async Task<(Solution, ProjectId, HashSet<DocumentId>)> CreateAsync(AdhocWorkspace workspace, FixSafetySnippet snippet)
        {
            var references = await HardeningHarness.ReferencesAsync();
            var projectId = ProjectId.CreateNewId();
            var solution = workspace.CurrentSolution.AddProject(ProjectInfo.Create(
                projectId, VersionStamp.Create(), "FixSafety", "FixSafety", LanguageNames.CSharp,
                filePath: "/src/FixSafety/FixSafety.csproj",
                compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
                parseOptions: HardeningHarness.ParseOptions,
                metadataReferences: references));
            var snippetDocs = new HashSet<DocumentId>();
            foreach (var (path, text) in snippet.Files)
            {
                var id = DocumentId.CreateNewId(projectId);
                snippetDocs.Add(id);
                solution = solution.AddDocument(id, System.IO.Path.GetFileName(path), SourceText.From(text), filePath: "/src/FixSafety/" + path);
            }

            var n = 0;
            foreach (var stub in snippet.Stubs)
                solution = solution.AddDocument(DocumentId.CreateNewId(projectId), $"Stub{n}.cs", SourceText.From(stub), filePath: $"/src/FixSafety/Stubs/Stub{n++}.cs");
            solution = solution.AddAnalyzerConfigDocument(DocumentId.CreateNewId(projectId), ".editorconfig",
                SourceText.From("root = true\n[*.cs]\n" + (snippet.EditorConfig ?? "")), filePath: "/src/FixSafety/.editorconfig");
            return (solution, projectId, snippetDocs);
        }

        private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Project project)
        {
            var compilation = (await project.GetCompilationAsync())!;
            var outcome = await HardeningHarness.AnalyzeAsync(compilation, HardeningHarness.Bound(60), project.AnalyzerOptions, context: project.Name);
            HardeningHarness.AssertNoAnalyzerFailure(outcome, project.Name);
            return outcome.AnalyzerDiagnostics.Where(d => d.Location.IsInSource && !d.Id.StartsWith("AD", StringComparison.Ordinal)).ToImmutableArray();
        }

        private static async Task<Solution> ApplyAsync(CodeAction action)
        {
            var operations = await action.GetOperationsAsync(CancellationToken.None);
            return operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
        }

        private static Dictionary<string, int> ErrorKeys(Compilation? compilation)
        {
            var keys = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var d in compilation!.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error))
            {
                var key = d.Id + " " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
                keys[key] = keys.TryGetValue(key, out var c) ? c + 1 : 1;
            }

            return keys;
        }

        private static async Task<List<string>> JudgeAsync(string what, Solution before, Solution after, Dictionary<string, int> baseline, IReadOnlyList<Diagnostic> fixedSites)
        {
            var failures = new List<string>();
            foreach (var projectChanges in after.GetChanges(before).GetProjectChanges())
            {
                var errors = ErrorKeys(await after.GetProject(projectChanges.ProjectId)!.GetCompilationAsync());
                foreach (var (key, count) in errors)
                    if (count > (baseline.TryGetValue(key, out var b) ? b : 0))
                        failures.Add($"{what}: new compiler error {NoLeakTests.Redact(key)}");

                foreach (var docId in projectChanges.GetChangedDocuments())
                {
                    var oldDoc = before.GetDocument(docId)!;
                    var oldText = await oldDoc.GetTextAsync();
                    var newText = (await after.GetDocument(docId)!.GetTextAsync()).ToString();
                    foreach (var marker in ConflictMarkers)
                        if (newText.Split('\n').Any(l => l.TrimStart().StartsWith(marker, StringComparison.Ordinal)))
                            failures.Add($"{what}: conflict marker '{marker}' in {oldDoc.Name}");

                    var oldRoot = await oldDoc.GetSyntaxRootAsync();
                    var editable = EditableLines(oldRoot!, oldText, fixedSites);
                    var newLines = Multiset(newText.Split('\n').Select(l => l.Trim()));
                    for (var i = 0; i < oldText.Lines.Count; i++)
                    {
                        if (editable.Contains(i)) continue;
                        var line = oldText.Lines[i].ToString().Trim();
                        if (line.Length == 0) continue;
                        if (!newLines.TryGetValue(line, out var c) || c == 0)
                        {
                            failures.Add($"{what}: line outside the edited node lost in {oldDoc.Name}: «{NoLeakTests.Redact(HardeningHarness.Shorten(line, 120))}»");
                            break;
                        }

                        newLines[line] = c - 1;
                    }
                }
            }

            return failures;
        }

        private static Dictionary<string, int> Multiset(IEnumerable<string> lines)
        {
            var set = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var l in lines) set[l] = set.TryGetValue(l, out var c) ? c + 1 : 1;
            return set;
        }

        /// <summary>The lines of the statements or members that hold a fixed site (its location or additional locations).</summary>
        private static HashSet<int> EditableLines(SyntaxNode root, SourceText text, IReadOnlyList<Diagnostic> sites)
        {
            var lines = new HashSet<int>();
            foreach (var site in sites)
            {
                foreach (var location in new[] { site.Location }.Concat(site.AdditionalLocations))
                {
                    if (location.SourceTree != root.SyntaxTree) continue;
                    var node = root.FindNode(location.SourceSpan, getInnermostNodeForTie: true);
                    // EXK403 reports a type that prints its secrets: its fix edits that type's printing members.
                    var holder = (site.Id == "EXK403"
                        ? node.AncestorsAndSelf().OfType<TypeDeclarationSyntax>().FirstOrDefault()
                        : node.AncestorsAndSelf().FirstOrDefault(a => a is StatementSyntax and not BlockSyntax || a is MemberDeclarationSyntax)) ?? root;
                    var span = holder.Span;
                    var first = text.Lines.GetLineFromPosition(span.Start).LineNumber;
                    var last = text.Lines.GetLineFromPosition(span.End).LineNumber;
                    for (var i = first; i <= last; i++) lines.Add(i);
                }
            }

            return lines;
        }

        private sealed class Provider : FixAllContext.DiagnosticProvider
        {
            private readonly ImmutableArray<Diagnostic> _diagnostics;

            public Provider(ImmutableArray<Diagnostic> diagnostics) => _diagnostics = diagnostics;

            public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
                Task.FromResult<IEnumerable<Diagnostic>>(_diagnostics);

            public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
            {
                var tree = await document.GetSyntaxTreeAsync(cancellationToken);
                return _diagnostics.Where(d => d.Location.SourceTree == tree);
            }

            public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
                Task.FromResult(Enumerable.Empty<Diagnostic>());
        }
    }
}
