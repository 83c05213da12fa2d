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
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace SecretsAnalyzers.Tests.Hardening
{
    /// <summary>
    /// The tool itself never repeats a planted secret: not in a diagnostic message, a <c>Diagnostic.Properties</c>
    /// value, a code action title (every code fix provider is asked for fixes on every diagnostic) or exception text.
    /// </summary>
    public sealed class NoLeakTests
    {
        private static readonly TimeSpan Bound = HardeningHarness.Bound(60);

        [Fact]
        public async Task No_message_property_code_action_title_or_exception_contains_a_planted_secret()
        {
            var (diagnostics, texts, fixesAsked) = await CheckAsync(
                HardeningCorpus.Files,
                ImmutableArray.Create(("appsettings.json", HardeningCorpus.AppSettings)),
                "leak corpus");
            Console.WriteLine($"leak check: {diagnostics} diagnostics, {fixesAsked} fix requests, {texts} texts checked");
        }

        /// <summary>
        /// Secrets where a message is tempted to quote them: as JSON property names, launchSettings profile names and
        /// .env variable names (EXK105, EXK201, EXK301 print key paths), inside URL userinfo with '/', '?', '#' and '\'
        /// in the password (EXK201/EXK202 print the host), glued to scope tokens (EXK301/EXK302 print the token and
        /// carry it in the fix's Find property) and as PEM labels (EXK103/EXK105 print the format).
        /// </summary>
        [Fact]
        public async Task Secrets_placed_in_keys_labels_urls_and_scopes_are_never_repeated()
        {
            var (diagnostics, texts, fixesAsked, ids) = await CheckWithIdsAsync(
                HardeningCorpus.Files.Add(("Trading/LeakPlacements.cs", LeakPlacements.Source)),
                LeakPlacements.ConfigFiles,
                "leak placements");

            // Each placement was reached: the check above is not vacuous.
            foreach (var (id, file) in LeakPlacements.ExpectedFindings)
                Assert.True(ids.Contains((id, file)), $"expected {id} in {file}; got: {string.Join(", ", ids.OrderBy(i => i.File).ThenBy(i => i.Id))}");
            Console.WriteLine($"leak placements: {diagnostics} diagnostics, {fixesAsked} fix requests, {texts} texts checked");
        }

        private static async Task<(int Diagnostics, int Texts, int FixesAsked)> CheckAsync(
            ImmutableArray<(string Path, string Text)> sources, ImmutableArray<(string Path, string Text)> additionalFiles, string context)
        {
            var (diagnostics, texts, fixes, _) = await CheckWithIdsAsync(sources, additionalFiles, context);
            return (diagnostics, texts, fixes);
        }

        /// <summary>
        /// Analyzes the files with every analyzer, asks every fixer for its actions on every diagnostic, and fails when a
        /// message, a property value, a title, an equivalence key or an exception contains a planted secret. Returns the
        /// (id, file name) of each diagnostic.
        /// </summary>
        private static async Task<(int Diagnostics, int Texts, int FixesAsked, HashSet<(string Id, string File)> Ids)> CheckWithIdsAsync(
            ImmutableArray<(string Path, string Text)> sources, ImmutableArray<(string Path, string Text)> additionalFiles, string context)
        {
            using var workspace = new AdhocWorkspace();
            var references = await HardeningHarness.ReferencesAsync();
            var projectId = ProjectId.CreateNewId();
            var solution = workspace.CurrentSolution.AddProject(ProjectInfo.Create(
                projectId, VersionStamp.Create(), "Leak", "Leak", LanguageNames.CSharp,
                filePath: "/src/Leak/Leak.csproj",
                compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
                parseOptions: HardeningHarness.ParseOptions,
                metadataReferences: references));
            foreach (var (path, text) in sources)
                solution = solution.AddDocument(DocumentId.CreateNewId(projectId), System.IO.Path.GetFileName(path), SourceText.From(text), filePath: "/src/Leak/" + path);
            foreach (var (path, text) in additionalFiles)
                solution = solution.AddAdditionalDocument(DocumentId.CreateNewId(projectId), System.IO.Path.GetFileName(path), SourceText.From(text), filePath: "/src/Leak/" + path);
            solution = solution.AddAnalyzerConfigDocument(DocumentId.CreateNewId(projectId), ".editorconfig",
                SourceText.From("root = true\n[*.cs]\nsecrets_analyzers.fix.configuration_section = Exchange\n"), filePath: "/src/Leak/.editorconfig");
            var project = solution.GetProject(projectId)!;
            var compilation = (await project.GetCompilationAsync())!;

            var outcome = await HardeningHarness.AnalyzeAsync(compilation, Bound, project.AnalyzerOptions, context: context);
            var texts = new List<(string What, string Text)>();
            var ids = new HashSet<(string Id, string File)>();
            foreach (var (e, a) in outcome.Exceptions) texts.Add(($"exception from {a.GetType().Name}", e.ToString()));
            foreach (var d in outcome.AnalyzerDiagnostics)
            {
                ids.Add((d.Id, System.IO.Path.GetFileName(d.Location.GetLineSpan().Path ?? "")));
                texts.Add(($"{d.Id} message", d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
                foreach (var p in d.Properties)
                {
                    texts.Add(($"{d.Id} property key {p.Key}", p.Key));
                    texts.Add(($"{d.Id} property {p.Key}", p.Value ?? string.Empty));
                }
            }

            var fixesAsked = 0;
            foreach (var d in outcome.AnalyzerDiagnostics.Where(d => d.Location.IsInSource))
            {
                var document = project.GetDocument(d.Location.SourceTree!);
                if (document is null) continue;
                foreach (var fixer in HardeningHarness.Fixers.Where(f => f.FixableDiagnosticIds.Contains(d.Id)))
                {
                    var actions = new List<CodeAction>();
                    var fixContext = new CodeFixContext(document, d, (action, _) => actions.Add(action), CancellationToken.None);
                    try
                    {
                        await fixer.RegisterCodeFixesAsync(fixContext);
                        fixesAsked++;
                        foreach (var action in actions.SelectMany(Flatten))
                        {
                            texts.Add(($"{fixer.GetType().Name} title", action.Title));
                            if (action.EquivalenceKey is { } key) texts.Add(($"{fixer.GetType().Name} equivalence key", key));
                            // Computing the fix must not throw either.
                            await action.GetOperationsAsync(CancellationToken.None);
                        }
                    }
                    catch (Exception e)
                    {
                        texts.Add(($"exception from {fixer.GetType().Name}", e.ToString()));
                        throw new Xunit.Sdk.XunitException($"{fixer.GetType().Name} threw on {d.Id}: {Redact(e.ToString())}");
                    }
                }
            }

            var leaks = texts.Where(t => ContainsSecret(t.Text)).Select(t => $"{t.What}: {Redact(t.Text)}").ToList();
            Assert.True(leaks.Count == 0, "Planted secret repeated by the tool:" + Environment.NewLine + string.Join(Environment.NewLine, leaks.Take(10)));
            HardeningHarness.AssertNoAnalyzerFailure(outcome, context);
            return (outcome.AnalyzerDiagnostics.Length, texts.Count, fixesAsked, ids);
        }

        /// <summary>True when any 8-character window of a planted secret occurs in <paramref name="text"/>.</summary>
        internal static bool ContainsSecret(string text)
        {
            foreach (var secret in HardeningSecrets.All)
                for (var i = 0; i + 8 <= secret.Length; i++)
                    if (text.Contains(secret.Substring(i, 8), StringComparison.Ordinal)) return true;
            return false;
        }

        /// <summary>Failure messages must not print the secrets either.</summary>
        internal static string Redact(string text)
        {
            foreach (var secret in HardeningSecrets.All) text = text.Replace(secret, "<planted secret>", StringComparison.Ordinal);
            return HardeningHarness.Shorten(text, 2000);
        }

        private static IEnumerable<CodeAction> Flatten(CodeAction action)
        {
            yield return action;
            // Nested actions are not public API in Roslyn 4.8; read them when present.
            var nested = typeof(CodeAction).GetProperty("NestedCodeActions", BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public)?.GetValue(action)
                ?? typeof(CodeAction).GetProperty("NestedActions", BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public)?.GetValue(action);
            if (nested is IEnumerable<CodeAction> children)
                foreach (var child in children)
                    foreach (var a in Flatten(child)) yield return a;
        }
    }
}
