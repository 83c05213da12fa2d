using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.ExceptionServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SecretsAnalyzers.Internal
{
    /// <summary>
    /// Runs every rule of the package as one analyzer. Each rule stays a <see cref="DiagnosticAnalyzer"/> of its own
    /// (its tests drive it alone), but the compiler and the IDE load only <see cref="SecretsAnalyzer"/>, which records
    /// what each rule registers and hands the driver one action per kind of event: one operation action for the union of
    /// the rules' operation kinds, one syntax-node action, one symbol action, one symbol-start action per symbol kind, one
    /// operation-block, syntax-tree and additional-file action. The driver's cost grows with the number of analyzers and
    /// actions it schedules per symbol and per operation (measured on CryptoExchange.Net: 16 analyzers that do nothing
    /// add ~20 % of the compiler's binding CPU, a symbol-start action on each another ~40 %); a dispatch through an array
    /// indexed by kind costs next to nothing.
    /// <para>
    /// Each rule keeps its own generated-code setting: a rule that configured <see cref="GeneratedCodeAnalysisFlags.None"/>
    /// is not called for events in generated code (the host itself analyses generated code, as the hard-coded secret
    /// rules need). An exception in one rule's callback does not keep the other rules from the same event; the first one
    /// is rethrown afterwards, so the driver still reports it (AD0001).
    /// </para>
    /// </summary>
    internal sealed class RuleHost
    {
        private readonly ImmutableArray<RecordedRule> _rules;

        public RuleHost(IEnumerable<DiagnosticAnalyzer> rules)
        {
            var recorded = ImmutableArray.CreateBuilder<RecordedRule>();
            var descriptors = ImmutableArray.CreateBuilder<DiagnosticDescriptor>();
            var seen = new HashSet<DiagnosticDescriptor>();
            foreach (var rule in rules)
            {
                var recorder = new RuleRecorder();
                rule.Initialize(recorder);
                var supported = rule.SupportedDiagnostics;
                recorded.Add(new RecordedRule(supported, recorder.SkipsGeneratedCode, recorder.CompilationStartActions.ToImmutableArray()));
                foreach (var descriptor in supported)
                {
                    if (seen.Add(descriptor)) descriptors.Add(descriptor);
                }
            }

            _rules = recorded.ToImmutable();
            SupportedDiagnostics = descriptors.ToImmutable();
        }

        /// <summary>
        /// State the rules of one compilation share when the host runs them (one value scope per type for EXK101–EXK103,
        /// instead of one per rule): the object <paramref name="create"/> made for the first rule that asked, and whether this
        /// call made it (that caller registers the actions feeding it). A rule run on its own (its tests) gets a new object.
        /// Rules ask while the host records their compilation-start actions, before any other event.
        /// </summary>
#pragma warning disable RS1012 // Reads the context's identity only; the caller registers the actions.
        public static T Shared<T>(CompilationStartAnalysisContext start, Func<T> create, out bool created)
#pragma warning restore RS1012
            where T : class
        {
            if (start is not RecordingStartContext recording)
            {
                created = true;
                return create();
            }

            if (recording.Dispatch.Shared.TryGetValue(typeof(T), out var known))
            {
                created = false;
                return (T)known;
            }

            var made = create();
            recording.Dispatch.Shared[typeof(T)] = made;
            created = true;
            return made;
        }

        /// <summary>
        /// Runs one rule's callback so that its failure does not stop the others: a cancellation goes through at once, any
        /// other exception is kept in <paramref name="first"/> (the first one only), for the caller to rethrow after every
        /// rule has run, so the driver still reports it (AD0001).
        /// </summary>
        public static void RunIsolated<T>(Action<T> action, T argument, ref ExceptionDispatchInfo? first)
        {
            try
            {
                action(argument);
            }
            catch (OperationCanceledException)
            {
                throw;
            }
            catch (Exception e)
            {
                first ??= ExceptionDispatchInfo.Capture(e);
            }
        }

        /// <summary>Every rule's descriptors, each once, in rule order.</summary>
        public ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

        /// <summary>
        /// Registers the rules on the package analyzer's context, which must analyse generated code and report in it
        /// (<see cref="GeneratedCodeAnalysisFlags.Analyze"/> | <see cref="GeneratedCodeAnalysisFlags.ReportDiagnostics"/>) and
        /// allow concurrent execution; each rule's own setting is applied per event.
        /// </summary>
        public void Register(AnalysisContext context) => context.RegisterCompilationStartAction(OnCompilationStart);

        private void OnCompilationStart(CompilationStartAnalysisContext start)
        {
            var dispatch = new Dispatch(start);
            ExceptionDispatchInfo? first = null;
            foreach (var rule in _rules)
            {
                if (IsSwitchedOff(rule.Descriptors, start.Compilation, start.CancellationToken)) continue;
                var recording = new RecordingStartContext(start, dispatch, rule.SkipsGeneratedCode);
                foreach (var action in rule.CompilationStartActions) RunIsolated(action, recording, ref first);
            }

            dispatch.Register();
            first?.Throw();
        }

        /// <summary>
        /// True when every descriptor of the rule is switched off for the whole compilation (compilation options or a global
        /// analyzer config): the driver would never run that rule's analyzer, so the host does not run the rule either.
        /// Severities set per file (.editorconfig) are applied by the driver to what the rule reports.
        /// </summary>
        private static bool IsSwitchedOff(ImmutableArray<DiagnosticDescriptor> descriptors, Compilation compilation, System.Threading.CancellationToken cancellationToken)
        {
            var options = compilation.Options;
            foreach (var descriptor in descriptors)
            {
                ReportDiagnostic setting;
                if (options.SpecificDiagnosticOptions.TryGetValue(descriptor.Id, out var specific))
                {
                    setting = specific;
                }
                else if (options.SyntaxTreeOptionsProvider is { } provider && provider.TryGetGlobalDiagnosticValue(descriptor.Id, cancellationToken, out var global))
                {
                    setting = global;
                }
                else
                {
                    setting = descriptor.IsEnabledByDefault ? ReportDiagnostic.Default : ReportDiagnostic.Suppress;
                }

                if (setting != ReportDiagnostic.Suppress) return false;
            }

            return true;
        }

        private sealed class RecordedRule
        {
            public RecordedRule(ImmutableArray<DiagnosticDescriptor> descriptors, bool skipsGeneratedCode,
                ImmutableArray<Action<CompilationStartAnalysisContext>> compilationStartActions)
            {
                Descriptors = descriptors;
                SkipsGeneratedCode = skipsGeneratedCode;
                CompilationStartActions = compilationStartActions;
            }

            public ImmutableArray<DiagnosticDescriptor> Descriptors { get; }

            public bool SkipsGeneratedCode { get; }

            public ImmutableArray<Action<CompilationStartAnalysisContext>> CompilationStartActions { get; }
        }

        /// <summary>Records a rule's <see cref="DiagnosticAnalyzer.Initialize"/>: its generated-code setting and its compilation-start actions.</summary>
        private sealed class RuleRecorder : AnalysisContext
        {
            public List<Action<CompilationStartAnalysisContext>> CompilationStartActions { get; } = new List<Action<CompilationStartAnalysisContext>>();

            public bool SkipsGeneratedCode { get; private set; } = true;   // the driver's default: generated code is not analysed

            public override void EnableConcurrentExecution()
            {
            }

            public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) =>
                SkipsGeneratedCode = (analysisMode & GeneratedCodeAnalysisFlags.Analyze) == 0;

            public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action) => CompilationStartActions.Add(action);

            // Every rule registers its actions inside a compilation-start action; anything else is a new shape the host
            // must learn before the rule can ship (RuleHostTests fail on it).
            public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) => throw Unsupported();

            public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => throw Unsupported();

            public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => throw Unsupported();

            public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw Unsupported();

            public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => throw Unsupported();

            public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => throw Unsupported();

            public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => throw Unsupported();

            private static NotSupportedException Unsupported() =>
                new NotSupportedException("A rule run by the package analyzer registers its actions inside RegisterCompilationStartAction.");
        }

        /// <summary>
        /// What one rule sees as its compilation-start context: registrations go into the shared <see cref="Dispatch"/>
        /// (wrapped to skip generated code when the rule does); end actions and the rare kinds go to the driver directly.
        /// </summary>
        private sealed class RecordingStartContext : CompilationStartAnalysisContext
        {
            private readonly CompilationStartAnalysisContext _real;
            private readonly Dispatch _dispatch;
            private readonly bool _skipGenerated;

            public Dispatch Dispatch => _dispatch;

#pragma warning disable RS1012 // The wrapper forwards the rule's registrations: the driver's context registers them (Dispatch.Register).
            public RecordingStartContext(CompilationStartAnalysisContext real, Dispatch dispatch, bool skipGenerated)
                : base(real.Compilation, real.Options, real.CancellationToken)
            {
                _real = real;
                _dispatch = dispatch;
                _skipGenerated = skipGenerated;
            }
#pragma warning restore RS1012

            public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds)
            {
                var callback = _skipGenerated ? c => { if (!c.IsGeneratedCode) action(c); } : action;
                foreach (var kind in operationKinds) _dispatch.Operations.Add((int)kind, callback);
            }

            public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds)
            {
                Action<SyntaxNodeAnalysisContext> callback = _skipGenerated ? c => { if (!c.IsGeneratedCode) action(c); } : action;
                foreach (var kind in syntaxKinds) _dispatch.Nodes.Add((int)(SyntaxKind)(object)kind, callback);
            }

            public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds)
            {
                var callback = _skipGenerated ? c => { if (!c.IsGeneratedCode) action(c); } : action;
                foreach (var kind in symbolKinds) _dispatch.Symbols.Add((int)kind, callback);
            }

            public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind) =>
                _dispatch.SymbolStarts.Add((int)symbolKind, action);

            public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) =>
                _dispatch.OperationBlocks.Add(_skipGenerated ? c => { if (!c.IsGeneratedCode) action(c); } : action);

            public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) =>
                _dispatch.Trees.Add(_skipGenerated ? c => { if (!c.IsGeneratedCode) action(c); } : action);

            public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action) => _dispatch.AdditionalFiles.Add(action);

            public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action) => _real.RegisterCompilationEndAction(action);

            public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) =>
                _real.RegisterSemanticModelAction(_skipGenerated ? c => { if (!c.IsGeneratedCode) action(c); } : action);

            public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) =>
                _real.RegisterCodeBlockStartAction<TLanguageKindEnum>(_skipGenerated ? c => { if (!c.IsGeneratedCode) action(c); } : action);

            public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) =>
                _real.RegisterCodeBlockAction(_skipGenerated ? c => { if (!c.IsGeneratedCode) action(c); } : action);

            public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) =>
                _real.RegisterOperationBlockStartAction(_skipGenerated ? c => { if (!c.IsGeneratedCode) action(c); } : action);
        }

        /// <summary>Callbacks of every rule, by event kind, and the one driver action per kind that calls them.</summary>
        private sealed class Dispatch
        {
            private readonly CompilationStartAnalysisContext _start;

#pragma warning disable RS1012 // Register() registers the dispatching actions on this context.
            public Dispatch(CompilationStartAnalysisContext start) => _start = start;
#pragma warning restore RS1012

            /// <summary>See <see cref="RuleHost.Shared{T}"/>; filled while the rules' compilation-start actions run (one thread).</summary>
            public Dictionary<Type, object> Shared { get; } = new Dictionary<Type, object>();

            public Table<OperationAnalysisContext> Operations { get; } = new Table<OperationAnalysisContext>();

            public Table<SyntaxNodeAnalysisContext> Nodes { get; } = new Table<SyntaxNodeAnalysisContext>();

            public Table<SymbolAnalysisContext> Symbols { get; } = new Table<SymbolAnalysisContext>();

            public Table<SymbolStartAnalysisContext> SymbolStarts { get; } = new Table<SymbolStartAnalysisContext>();

            public List<Action<OperationBlockAnalysisContext>> OperationBlocks { get; } = new List<Action<OperationBlockAnalysisContext>>();

            public List<Action<SyntaxTreeAnalysisContext>> Trees { get; } = new List<Action<SyntaxTreeAnalysisContext>>();

            public List<Action<AdditionalFileAnalysisContext>> AdditionalFiles { get; } = new List<Action<AdditionalFileAnalysisContext>>();

            public void Register()
            {
                if (Operations.Kinds.Count > 0)
                {
                    var byKind = Operations.Freeze();
                    var kinds = Operations.Kinds.Select(k => (OperationKind)k).ToImmutableArray();
                    _start.RegisterOperationAction(c => Run(byKind[(int)c.Operation.Kind], c), kinds);
                }

                if (Nodes.Kinds.Count > 0)
                {
                    var byKind = Nodes.Freeze();
                    var kinds = Nodes.Kinds.Select(k => (SyntaxKind)k).ToImmutableArray();
                    _start.RegisterSyntaxNodeAction(c => Run(byKind[c.Node.RawKind], c), kinds);
                }

                if (Symbols.Kinds.Count > 0)
                {
                    var byKind = Symbols.Freeze();
                    var kinds = Symbols.Kinds.Select(k => (SymbolKind)k).ToImmutableArray();
                    _start.RegisterSymbolAction(c => Run(byKind[(int)c.Symbol.Kind], c), kinds);
                }

                if (SymbolStarts.Kinds.Count > 0)
                {
                    var byKind = SymbolStarts.Freeze();
                    foreach (var kind in SymbolStarts.Kinds)
                    {
                        var actions = byKind[kind];
                        _start.RegisterSymbolStartAction(c => Run(actions, c), (SymbolKind)kind);
                    }
                }

                if (OperationBlocks.Count > 0)
                {
                    var actions = OperationBlocks.ToArray();
                    _start.RegisterOperationBlockAction(c => Run(actions, c));
                }

                if (Trees.Count > 0)
                {
                    var actions = Trees.ToArray();
                    _start.RegisterSyntaxTreeAction(c => Run(actions, c));
                }

                if (AdditionalFiles.Count > 0)
                {
                    var actions = AdditionalFiles.ToArray();
                    _start.RegisterAdditionalFileAction(c => Run(actions, c));
                }
            }

            /// <summary>Calls every rule's callback; one rule's exception neither hides the others' findings nor goes unreported.</summary>
            private static void Run<TContext>(Action<TContext>[] actions, TContext context)
            {
                ExceptionDispatchInfo? first = null;
                foreach (var action in actions) RunIsolated(action, context, ref first);
                first?.Throw();
            }
        }

        /// <summary>Callbacks by an integer kind, frozen into an array indexed by kind (absent kinds: empty).</summary>
        private sealed class Table<TContext>
        {
            private readonly Dictionary<int, List<Action<TContext>>> _byKind = new Dictionary<int, List<Action<TContext>>>();

            public List<int> Kinds { get; } = new List<int>();

            public void Add(int kind, Action<TContext> action)
            {
                if (!_byKind.TryGetValue(kind, out var list))
                {
                    _byKind[kind] = list = new List<Action<TContext>>();
                    Kinds.Add(kind);
                }

                list.Add(action);
            }

            public Action<TContext>[][] Freeze()
            {
                var max = 0;
                foreach (var kind in Kinds) max = Math.Max(max, kind);
                var result = new Action<TContext>[max + 1][];
                for (var i = 0; i < result.Length; i++) result[i] = _byKind.TryGetValue(i, out var list) ? list.ToArray() : Array.Empty<Action<TContext>>();
                return result;
            }
        }
    }
}
