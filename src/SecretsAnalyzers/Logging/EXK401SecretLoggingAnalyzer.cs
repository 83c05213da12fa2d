using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;
using SecretsAnalyzers.Internal;
using SecretsAnalyzers.Options;

namespace SecretsAnalyzers.Logging
{
    /// <summary>
    /// EXK401 (secret written to a log), EXK402 (secret put in an exception message or Data) and EXK404 (secret placed
    /// in a URL). The invocations, object creations, assignments and returns of each body are read as the driver visits
    /// them (compilation-level operation actions, no walk of the rule's own); sinks are found first and the
    /// intra-method flow of <see cref="SecretFlow"/> is built only for bodies that contain one. Each body's sinks, returns
    /// and calls to helpers of its own type are recorded (only bodies that show one get a record); at the type's symbol
    /// end the helpers are summarised (<see cref="HelperSummaries"/>) and the bodies that call one are judged again: a
    /// secret a helper returns, passes through, or hands to a sink is reported at the caller. Calls to helpers of other
    /// types are joined at compilation end by <see cref="EXK401HelperFlowAnalyzer"/> from the same records.
    /// </summary>
    public sealed class EXK401SecretLoggingAnalyzer : DiagnosticAnalyzer
    {
        public const string MaskMethodsKey = OptionKeys.MaskMethods;

        /// <summary>Diagnostic property: how the Remove fix can delete the secret ("placeholder", "hole", "concat").</summary>
        public const string RemoveKindProperty = "RemoveKind";

        /// <summary>Diagnostic property: the index of the template placeholder a removed argument fills.</summary>
        public const string PlaceholderIndexProperty = "PlaceholderIndex";

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            Descriptors.EXK401SecretLogged, Descriptors.EXK402SecretInException, Descriptors.EXK404SecretInUrl);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start => Register(start, reportInMember: true, joinAcrossTypes: false));
        }

        /// <summary>
        /// What the rules of one compilation share: whether the findings in a member and through helpers of its own type
        /// are reported (EXK401SecretLoggingAnalyzer runs) and the compilation-wide records for the join across types
        /// (<see cref="EXK401HelperFlowAnalyzer"/> runs; null otherwise). Set while the compilation-start actions run,
        /// before any body is visited.
        /// </summary>
        private sealed class Pass
        {
            public bool ReportInMember { get; set; }

            public ConcurrentQueue<BodyRecord>? AcrossTypes { get; set; }
        }

        /// <summary>
        /// Registers, once per compilation for both rules (<see cref="RuleHost.Shared{T}"/>: hosted by the package
        /// analyzer they share one visit of every body; a rule run alone has its own), that visit and the symbol-end join
        /// of each type's helpers; with <paramref name="joinAcrossTypes"/> also the compilation-end join of helpers of
        /// other types (<see cref="EXK401HelperFlowAnalyzer.JoinAcrossTypes"/>). When no rule asks to
        /// <paramref name="reportInMember"/>, the findings in a member and through helpers of its own type are only
        /// marked, so the compilation-end join reports just what needed another type.
        /// </summary>
        internal static void Register(CompilationStartAnalysisContext start, bool reportInMember, bool joinAcrossTypes)
        {
            var pass = RuleHost.Shared(start, () => new Pass(), out var created);
            if (reportInMember) pass.ReportInMember = true;
            var known = LoggingKnownTypes.From(start.Compilation);
            var sources = new SecretSources(known);
            var cache = new SecretsOptionsCache(start.Options);
            if (joinAcrossTypes)
            {
                // Compilation-wide, the records a call to a helper of another type needs: bodies that call a helper,
                // and helpers whose parameters or result can carry text. Joined once at compilation end.
                var records = pass.AcrossTypes ??= new ConcurrentQueue<BodyRecord>();
                start.RegisterCompilationEndAction(end => EXK401HelperFlowAnalyzer.JoinAcrossTypes(end, records, sources, cache));
            }

            if (!created) return;

            // Per type, the records of its bodies that showed a sink, a helper call or a returned value (null for a type
            // that cannot have a helper whose summary carries a secret: nothing to join). The symbol-start callback
            // registers at most the symbol-end action (no per-type operation actions, so the driver groups the actions
            // once per compilation); every body of the type is visited before its symbol end runs.
            var walk = new BodyWalk(sources, cache, pass);
            start.RegisterSymbolStartAction(type => StartType(type, walk.Types, sources, cache, pass.ReportInMember), SymbolKind.NamedType);

            // The operations the rule reads, as the driver visits them (no walk of its own: the driver enumerates every
            // operation of a body already), and the end of each body, which the driver reaches after its operations.
            start.RegisterOperationAction(operation => BodyVisit.Visit(operation, walk),
                OperationKind.Invocation, OperationKind.ObjectCreation, OperationKind.SimpleAssignment, OperationKind.Return);
            start.RegisterOperationBlockAction(block => BodyVisit.End(block, walk));
        }

        /// <summary>What every visit of the compilation shares: the types' records and the state of each body that showed something.</summary>
        private sealed class BodyWalk
        {
            private readonly Pass _pass;

            public BodyWalk(SecretSources sources, SecretsOptionsCache cache, Pass pass)
            {
                Sources = sources;
                Cache = cache;
                _pass = pass;
            }

            public SecretSources Sources { get; }

            public SecretsOptionsCache Cache { get; }

            public ConcurrentDictionary<INamedTypeSymbol, TypeRecords?> Types { get; } = new(SymbolEqualityComparer.Default);

            /// <summary>By the root operation of a body (one per declaration), its state once it showed a sink, a helper call or a return.</summary>
            public ConcurrentDictionary<IOperation, BodyState> Bodies { get; } = new();

            public ConcurrentQueue<BodyRecord>? AcrossTypes => _pass.AcrossTypes;

            public bool Report => _pass.ReportInMember;
        }

        /// <summary>
        /// What the rule keeps for a type that may have helpers (a method whose parameters or result can carry text): the
        /// returns of its bodies are recorded (another type's body may call them), and, when one of its bodies may call a
        /// helper of the type, the records of its bodies for the join at its symbol end.
        /// </summary>
        private sealed class TypeRecords
        {
            /// <summary>The entry of a type whose bodies call no helper of the type: no symbol-end join, no list.</summary>
            public static readonly TypeRecords WithoutJoin = new TypeRecords(null);

            public TypeRecords(List<BodyRecord>? records) => Records = records;

            /// <summary>The records of the type's bodies, joined at its symbol end; null when the type has no such join.</summary>
            public List<BodyRecord>? Records { get; }
        }

        /// <summary>
        /// Symbol start of a type. A symbol-end action makes the driver track and group every member of the type, which
        /// costs more than the rest of the rule, so it is registered only for a type that has a helper whose summary may
        /// carry a secret (<see cref="HelperNames"/>) and whose text may call one (<see cref="MaySpellACall"/>); the bodies
        /// of other types are judged in one pass.
        /// </summary>
        private static void StartType(SymbolStartAnalysisContext context, ConcurrentDictionary<INamedTypeSymbol, TypeRecords?> types,
            SecretSources sources, SecretsOptionsCache cache, bool report)
        {
            var type = (INamedTypeSymbol)context.Symbol;
            if (HelperNames(type, sources) is not { } names)
            {
                types[type] = null;
                return;
            }

            if (!MaySpellACall(type, names, context.CancellationToken))
            {
                types[type] = TypeRecords.WithoutJoin;
                return;
            }

            types[type] = new TypeRecords(new List<BodyRecord>());
            context.RegisterSymbolEndAction(end =>
            {
                if (types.TryRemove(type, out var kept) && kept?.Records is { } records)
                    JudgeHelperCalls(report ? end.ReportDiagnostic : null, records, sources, cache, end.CancellationToken);
            });
        }

        /// <summary>
        /// The names of the methods of <paramref name="type"/> that can be helpers whose summary carries a secret (null when
        /// none): an ordinary method with a body of its own (an abstract, interface or extern method is summarised nowhere)
        /// whose result or a parameter is not a clean type. Local functions are helpers too, but only the body around them
        /// calls them: they are joined when the driver ends that body (<see cref="BodyState.JudgeLocalHelpers"/>).
        /// </summary>
        private static List<string>? HelperNames(INamedTypeSymbol type, SecretSources sources)
        {
            List<string>? names = null;
            foreach (var member in type.GetMembers())
            {
                if (member is IMethodSymbol { MethodKind: MethodKind.Ordinary, IsAbstract: false, IsExtern: false } method &&
                    (names is null || !names.Contains(method.Name)) && MayCarryText(method, sources) &&
                    !method.DeclaringSyntaxReferences.IsDefaultOrEmpty)
                    (names ??= new List<string>()).Add(method.Name);
            }

            return names;
        }

        private const int MaxKeptBuffer = 1 << 16;

        [ThreadStatic]
        private static char[]? TextBuffer;

        /// <summary>
        /// False only when the text of the type's declarations cannot hold a call to one of the helpers named
        /// <paramref name="names"/>: a call spells the helper's name as a word, so the text spells it more often than the
        /// type declares members of that name. A cheap necessary condition, read from the text without any syntax walk;
        /// a name in a comment, a string, <c>nameof</c> or a nested type only makes it answer yes more often.
        /// </summary>
        private static bool MaySpellACall(INamedTypeSymbol type, List<string> names, CancellationToken cancellationToken)
        {
            var spelled = new int[names.Count];
            foreach (var reference in type.DeclaringSyntaxReferences)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var span = reference.Span;
                // One buffer per thread for ordinary types; a very large declaration gets its own, not kept.
                var buffer = TextBuffer is { } existing && existing.Length >= span.Length ? existing
                    : span.Length <= MaxKeptBuffer ? TextBuffer = new char[Math.Max(span.Length, 4096)]
                    : new char[span.Length];
                reference.SyntaxTree.GetText(cancellationToken).CopyTo(span.Start, buffer, 0, span.Length);
                for (var i = 0; i < names.Count; i++) spelled[i] += CountWord(buffer, span.Length, names[i]);
            }

            for (var i = 0; i < names.Count; i++)
            {
                var declared = 0;
                foreach (var member in type.GetMembers(names[i])) declared += member.DeclaringSyntaxReferences.Length;
                if (spelled[i] > declared) return true;
            }

            return false;
        }

        /// <summary>How often <paramref name="word"/> stands in the first <paramref name="length"/> characters of <paramref name="text"/> as a whole identifier.</summary>
        private static int CountWord(char[] text, int length, string word)
        {
            var count = 0;
            var span = new ReadOnlySpan<char>(text, 0, length);
            var target = word.AsSpan();
            for (var offset = 0; offset < length;)
            {
                var at = span.Slice(offset).IndexOf(target);    // vectorised substring search
                if (at < 0) break;
                var i = offset + at;
                if ((i == 0 || !SyntaxFacts.IsIdentifierPartCharacter(text[i - 1])) &&
                    (i + word.Length >= length || !SyntaxFacts.IsIdentifierPartCharacter(text[i + word.Length])))
                    count++;
                offset = i + 1;
            }

            return count;
        }

        /// <summary>True when the result or a parameter of <paramref name="method"/> is not a clean type: a summary of it can carry a secret.</summary>
        internal static bool MayCarryText(IMethodSymbol method, SecretSources sources)
        {
            if (!sources.IsCleanType(method.ReturnType)) return true;
            foreach (var parameter in method.Parameters)
            {
                if (!sources.IsCleanType(parameter.Type)) return true;
            }

            return false;
        }

        /// <summary>
        /// Symbol end (or, for the local functions of a type without one, the end of the body around them): summarise the
        /// helpers of <paramref name="records"/> and judge again every body that calls one; <paramref name="report"/> null
        /// only marks.
        /// </summary>
        private static void JudgeHelperCalls(Action<Diagnostic>? report, List<BodyRecord> records, SecretSources sources, SecretsOptionsCache cache,
            CancellationToken cancellationToken)
        {
            // Only bodies that call a helper which returns, passes through or logs a secret are judged again; the
            // summaries are built only for a type with such a call.
            HelperSummaries? summaries = null;
            List<BodyRecord>? callers = null;
            foreach (var record in records)
            {
                if (record.IsLocalFunction) continue;   // its sinks and calls are judged with the method around it
                foreach (var call in record.HelperCalls)
                {
                    summaries ??= Summaries(records, sources, cache);
                    if (summaries.Get(call.TargetMethod) is { } helper && helper.MattersTo(record))
                    {
                        (callers ??= new List<BodyRecord>()).Add(record);
                        break;
                    }
                }
            }

            if (callers is null || summaries is null) return;
            var hits = new List<SecretHit>();
            foreach (var record in callers)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Judge(record, summaries, sources, cache, report, descriptor => descriptor, hits);
            }
        }

        /// <summary>
        /// Judges a body again with helper summaries: its sinks (a helper's result that carries a secret) and its calls to
        /// helpers that hand a parameter to a sink. <paramref name="descriptorFor"/> gives the descriptor to report a
        /// finding of a sink's rule with (null: not reported, not marked); <paramref name="report"/> null only marks.
        /// </summary>
        internal static void Judge(BodyRecord record, HelperSummaries summaries, SecretSources sources, SecretsOptionsCache cache,
            Action<Diagnostic>? report, Func<DiagnosticDescriptor, DiagnosticDescriptor?> descriptorFor, List<SecretHit> hits)
        {
            var options = cache.For(record.Tree);
            var flow = new SecretFlow(sources, options.Names, options.GetList(null, MaskMethodsKey), record, summaries);

            // The body's own sinks were followed while the driver visited it; followed again they can only show more through
            // what a helper returns, so they are followed again only when one of the helpers it calls returns something.
            var sinks = CallsHelperThatReturns(record, summaries) ? record.Sinks : NoSinks;
            foreach (var sink in sinks)
            {
                if (descriptorFor(sink.Descriptor) is not { } descriptor) continue;
                hits.Clear();
                flow.Collect(sink.Value, hits, sink.UrlMode);
                foreach (var hit in hits)
                {
                    var placeholder = ReferenceEquals(sink.Value.WalkDownImplicitConversion(), hit.At.WalkDownImplicitConversion()) ? sink.Placeholder : null;
                    Report(report, record, descriptor, hit.At, hit.Description, sink.SinkName, placeholder);
                }
            }

            var ownerType = record.Owner as INamedTypeSymbol ?? record.Owner.ContainingType;
            foreach (var call in record.HelperCalls)
            {
                var helper = summaries.Get(call.TargetMethod);
                if (helper is null) continue;
                foreach (var parameterSink in helper.Sinks)
                {
                    if (descriptorFor(parameterSink.Descriptor) is not { } descriptor) continue;
                    var argument = HelperSummaries.ArgumentFor(call, parameterSink.Ordinal);
                    if (argument is null || argument.ConstantValue.HasValue) continue;
                    hits.Clear();
                    flow.Collect(argument, hits, parameterSink.UrlMode);
                    foreach (var hit in hits)
                        Report(report, record, descriptor, hit.At, hit.Description, parameterSink.SinkName + " via '" + HelperName(call.TargetMethod, ownerType) + "'", null, removable: false);
                }
            }
        }

        private static readonly List<SinkUse> NoSinks = new List<SinkUse>();

        /// <summary>True when a helper <paramref name="record"/> calls returns a secret of its own or passes a parameter through to its result.</summary>
        private static bool CallsHelperThatReturns(BodyRecord record, HelperSummaries summaries)
        {
            if (record.Sinks.Count == 0) return false;
            foreach (var call in record.HelperCalls)
            {
                if (summaries.Get(call.TargetMethod) is { ReturnsSomething: true }) return true;
            }

            return false;
        }

        /// <summary>A helper of the caller's own type by its name; one of another type as <c>Type.Method</c>.</summary>
        private static string HelperName(IMethodSymbol helper, INamedTypeSymbol? callerType) =>
            helper.MethodKind == MethodKind.LocalFunction || SymbolEqualityComparer.Default.Equals(helper.ContainingType?.OriginalDefinition, callerType?.OriginalDefinition)
                ? helper.Name
                : helper.ContainingType!.Name + "." + helper.Name;

        // Its own method: a lambda capturing a parameter allocates its closure on entry to the method that declares it.
        private static HelperSummaries Summaries(List<BodyRecord> records, SecretSources sources, SecretsOptionsCache cache) =>
            new HelperSummaries(records, sources, tree =>
            {
                var options = cache.For(tree);
                return (options.Names, options.GetList(null, MaskMethodsKey));
            });

        /// <summary>Reports a finding once per (rule, span) of a body; with <paramref name="report"/> null it is only marked as found.</summary>
        private static void Report(Action<Diagnostic>? report, BodyRecord record, DiagnosticDescriptor descriptor, IOperation at, string description,
            string sinkName, int? placeholder, bool removable = true)
        {
            var syntax = at.Syntax;
            lock (record.Gate)
            {
                if (!record.MarkReported(descriptor.Id, syntax.Span)) return;
            }

            if (report is null) return;

            var properties = ImmutableDictionary.CreateBuilder<string, string?>();
            if (!removable)
            {
                // A secret handed to a helper: the argument is the helper's input, so only redaction is offered.
            }
            else if (placeholder is { } index)
            {
                properties[RemoveKindProperty] = "placeholder";
                properties[PlaceholderIndexProperty] = index.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            else if (syntax.Parent is InterpolationSyntax)
            {
                properties[RemoveKindProperty] = "hole";
            }
            else if (syntax.Parent is BinaryExpressionSyntax binary && binary.IsKind(SyntaxKind.AddExpression))
            {
                properties[RemoveKindProperty] = "concat";
            }

            report(Diagnostic.Create(descriptor, syntax.GetLocation(), properties.ToImmutable(), description, sinkName));
        }

        /// <summary>
        /// One operation of a body that the rule reads (invocations, object creations, simple assignments and returns),
        /// as the driver visits it. Nothing is allocated for a body until it shows a sink value, a call to a helper or a
        /// value a helper may return; then its <see cref="BodyState"/> (record and flow) is created and kept by the body's
        /// root operation until the driver ends the body (<see cref="End"/>).
        /// </summary>
        private struct BodyVisit
        {
            private static readonly HashSet<string> UrlMethods = new HashSet<string>(StringComparer.Ordinal)
            {
                "GetAsync", "GetStringAsync", "GetStreamAsync", "GetByteArrayAsync", "PostAsync", "PutAsync", "PatchAsync",
                "DeleteAsync", "GetFromJsonAsync", "PostAsJsonAsync", "PutAsJsonAsync", "PatchAsJsonAsync", "DeleteFromJsonAsync",
                "DownloadString", "DownloadStringTaskAsync", "DownloadData", "DownloadDataTaskAsync", "UploadString",
                "UploadStringTaskAsync", "OpenRead", "OpenReadTaskAsync", "ConnectAsync", "AddQueryString",
            };

            private readonly OperationAnalysisContext _context;
            private readonly BodyWalk _walk;
            private readonly INamedTypeSymbol _type;
            private readonly TypeRecords? _kept;
            private readonly List<BodyRecord>? _typeRecords;
            private BodyState? _state;
            private IOperation? _root;
            private IOperation? _function;

            private readonly SecretSources Sources => _walk.Sources;

            private BodyVisit(OperationAnalysisContext context, BodyWalk walk, INamedTypeSymbol type, TypeRecords? kept)
            {
                _context = context;
                _walk = walk;
                _type = type;
                _kept = kept;
                _typeRecords = kept?.Records;
                _state = null;
                _root = null;
                _function = null;
            }

            public static void Visit(OperationAnalysisContext context, BodyWalk walk)
            {
                // A member belongs to the records of its own type (a nested type has its own); a type the driver did not
                // start (none of its members are analysed) has none. A type without possible helpers keeps no records.
                var owner = context.ContainingSymbol;
                var type = owner as INamedTypeSymbol ?? owner.ContainingType;
                if (type is null || !walk.Types.TryGetValue(type, out var kept)) return;
                var visit = new BodyVisit(context, walk, type, kept);
                switch (context.Operation.Kind)
                {
                    case OperationKind.Invocation:
                        visit.OnInvocation((IInvocationOperation)context.Operation);
                        break;
                    case OperationKind.ObjectCreation:
                        visit.OnObjectCreation((IObjectCreationOperation)context.Operation);
                        break;
                    case OperationKind.SimpleAssignment:
                        visit.OnAssignment((ISimpleAssignmentOperation)context.Operation);
                        break;
                    case OperationKind.Return:
                        visit.OnReturn((IReturnOperation)context.Operation);
                        break;
                }
            }

            /// <summary>
            /// The end of a body (the driver runs a declaration's block actions after its operation actions): the local
            /// functions of a type without a symbol-end join are joined here, and the record is kept for the join across types.
            /// </summary>
            public static void End(OperationBlockAnalysisContext context, BodyWalk walk)
            {
                foreach (var block in context.OperationBlocks)
                {
                    // Most bodies showed nothing: a lookup (no lock) answers for them before a removal would lock.
                    var root = RootOf(block);
                    if (!walk.Bodies.TryGetValue(root, out _) || !walk.Bodies.TryRemove(root, out var state)) continue;
                    if (state.TypeRecords is null) state.JudgeLocalHelpers(walk.Report ? context.ReportDiagnostic : null, context.CancellationToken);
                    if (walk.AcrossTypes is { } acrossTypes) state.KeepAcrossTypes(acrossTypes);
                }
            }

            private static IOperation RootOf(IOperation operation)
            {
                while (operation.Parent is { } parent) operation = parent;
                return operation;
            }

            /// <summary>The body's root operation (the key of its state).</summary>
            private IOperation Root
            {
                get
                {
                    if (_root is null) Locate();
                    return _root!;
                }
            }

            /// <summary>The innermost local function or lambda around the operation, within its body; null for none.</summary>
            private IOperation? Function
            {
                get
                {
                    if (_root is null) Locate();
                    return _function;
                }
            }

            private void Locate()
            {
                IOperation current = _context.Operation;
                for (var parent = current.Parent; parent is not null; current = parent, parent = parent.Parent)
                {
                    if (_function is null && parent is ILocalFunctionOperation or IAnonymousFunctionOperation) _function = parent;
                }

                _root = current;
            }

            /// <summary>
            /// A call the helper summaries may see through: a helper of this type (ordinary method or local function), or,
            /// when calls across types are joined, an ordinary method of another type of this compilation whose result
            /// can carry text or that is handed a non-constant value for a parameter that can.
            /// </summary>
            private readonly bool IsHelperCall(IInvocationOperation invocation, IMethodSymbol method)
            {
                if (method.MethodKind == MethodKind.LocalFunction) return true;   // joined with this body, whatever its type keeps
                if (method.MethodKind != MethodKind.Ordinary) return false;
                // Declared in source: asked last (a source symbol builds its syntax references on every call).
                if (SymbolEqualityComparer.Default.Equals(method.ContainingType?.OriginalDefinition, _type))
                    return _typeRecords is not null && !method.DeclaringSyntaxReferences.IsDefaultOrEmpty;
                if (_walk.AcrossTypes is null || !SymbolEqualityComparer.Default.Equals(method.ContainingAssembly, Sources.Known.Compilation.Assembly) ||
                    method.DeclaringSyntaxReferences.IsDefaultOrEmpty)
                    return false;
                if (!Sources.IsCleanType(method.ReturnType)) return true;
                foreach (var argument in invocation.Arguments)
                {
                    if (argument.Parameter is { } parameter && !argument.Value.ConstantValue.HasValue && !Sources.IsCleanType(parameter.Type)) return true;
                }

                return false;
            }

            /// <summary>The body's record and flow, created (and added to its type's records) on first need.</summary>
            private BodyState State
            {
                get
                {
                    if (_state is not null) return _state;
                    var root = Root;
                    if (_walk.Bodies.TryGetValue(root, out var existing)) return _state = existing;
                    var record = new BodyRecord(_context.ContainingSymbol, ImmutableArray.Create(root), root.Syntax.SyntaxTree);
                    var created = new BodyState(Sources, _walk.Cache, record, _typeRecords);
                    _state = _walk.Bodies.GetOrAdd(root, created);
                    if (ReferenceEquals(_state, created) && _typeRecords is not null)
                    {
                        lock (_typeRecords) _typeRecords.Add(record);
                    }

                    return _state;
                }
            }

            private void OnReturn(IReturnOperation operation)
            {
                if (operation.ReturnedValue is not { } value) return;
                switch (Function)
                {
                    case null:
                        // The method's own returns are read only by the summaries of a type that may have helpers, and only
                        // when the body is summarised as a helper: an ordinary method whose result can carry text.
                        if (_kept is null) return;
                        if (!(_context.ContainingSymbol is IMethodSymbol { MethodKind: MethodKind.Ordinary } method && !Sources.IsCleanType(method.ReturnType)))
                            return;
                        var record = State.Record;
                        lock (record.Gate) record.Returns.Add(value);
                        break;
                    case ILocalFunctionOperation localFunction:
                        if (Sources.IsCleanType(localFunction.Symbol.ReturnType)) return;
                        if (State.LocalFunctionRecord(localFunction) is { } local)
                        {
                            lock (local.Gate) local.Returns.Add(value);
                        }

                        break;
                }

                // A lambda's return is not the method's.
            }

            private BodyRecord? InnermostLocalFunction() =>
                Function is ILocalFunctionOperation localFunction ? State.LocalFunctionRecord(localFunction) : null;

            private void OnInvocation(IInvocationOperation invocation)
            {
                var method = invocation.TargetMethod;
                if (method is null) return;

                // A call to a helper declared in this type (judged again at symbol end, with the helper's summary) or in
                // another type of the compilation (judged at compilation end).
                if (IsHelperCall(invocation, method))
                {
                    var record = State.Record;
                    lock (record.Gate) record.HelperCalls.Add(invocation);
                    if (InnermostLocalFunction() is { } local)
                    {
                        lock (local.Gate) local.HelperCalls.Add(invocation);
                    }
                }

                var sink = LogSinks.Classify(invocation, Sources.Known);
                if (sink is not null)
                {
                    CheckLogSink(invocation, sink);
                    return;
                }

                // ex.Data.Add(key, secret)
                if (method.Name == "Add" && invocation.Instance is IPropertyReferenceOperation { Property.Name: "Data" } data &&
                    LoggingKnownTypes.DerivesFrom(data.Property.ContainingType, Sources.Known.Exception))
                {
                    foreach (var argument in invocation.Arguments)
                        Check(invocation, Descriptors.EXK402SecretInException, argument.Value, data.Property.ContainingType.Name + ".Data", false, null);
                    return;
                }

                // RestSharp: request.AddQueryParameter("k", secret); request.AddParameter("k", secret, ParameterType.QueryString).
                if ((method.Name == "AddQueryParameter" || method.Name == "AddParameter" && HasQueryStringArgument(invocation)) &&
                    LoggingKnownTypes.NamespaceStartsWith(method.ContainingType, "RestSharp"))
                {
                    foreach (var argument in invocation.Arguments)
                    {
                        if (argument.Parameter is { Name: "value" })
                            Check(invocation, Descriptors.EXK404SecretInUrl, argument.Value, "RestRequest." + method.Name, true, null);
                    }

                    return;
                }

                if (UrlMethods.Contains(method.Name) && IsUrlApi(method.ContainingType))
                {
                    foreach (var argument in invocation.Arguments)
                    {
                        var p = argument.Parameter;
                        if (p is null) continue;
                        if (p.Name == "requestUri" || p.Name == "address" || p.Name == "uri" || p.Name == "value" && method.Name == "AddQueryString" ||
                            p.Name == "queryString" || p.Name == "queryParams")
                            Check(invocation, Descriptors.EXK404SecretInUrl, argument.Value, method.ContainingType.Name + "." + method.Name, true, null);
                    }
                }
            }

            private static bool HasQueryStringArgument(IInvocationOperation invocation)
            {
                foreach (var argument in invocation.Arguments)
                {
                    if (argument.Value is IFieldReferenceOperation { Field.Name: "QueryString", Field.ContainingType.Name: "ParameterType" })
                        return true;
                }

                return false;
            }

            private static bool IsUrlApi(INamedTypeSymbol? type)
            {
                if (type is null) return false;
                return LoggingKnownTypes.NamespaceStartsWith(type, "System.Net") ||
                       type.Name == "QueryHelpers" && LoggingKnownTypes.NamespaceStartsWith(type, "Microsoft.AspNetCore.WebUtilities");
            }

            private void OnObjectCreation(IObjectCreationOperation creation)
            {
                var type = creation.Type;
                if (type is null || type.TypeKind == TypeKind.Error) return;
                var known = Sources.Known;

                if (LoggingKnownTypes.DerivesFrom(type, known.Exception))
                {
                    foreach (var argument in creation.Arguments)
                    {
                        if (argument.Parameter is null || LoggingKnownTypes.DerivesFrom(argument.Parameter.Type, known.Exception)) continue;
                        Check(creation, Descriptors.EXK402SecretInException, argument.Value, type.Name, false, null);
                    }

                    return;
                }

                var isRestRequest = type.Name == "RestRequest" && LoggingKnownTypes.NamespaceStartsWith(type, "RestSharp");
                if (LoggingKnownTypes.Is(type, known.Uri) || LoggingKnownTypes.Is(type, known.UriBuilder) || LoggingKnownTypes.Is(type, known.HttpRequestMessage) || isRestRequest)
                {
                    foreach (var argument in creation.Arguments)
                    {
                        var parameterType = argument.Parameter?.Type;
                        if (parameterType?.SpecialType != SpecialType.System_String) continue;
                        Check(creation, Descriptors.EXK404SecretInUrl, argument.Value, "new " + type.Name, true, null);
                    }
                }
            }

            private void OnAssignment(ISimpleAssignmentOperation assignment)
            {
                if (assignment.Target is not IPropertyReferenceOperation target) return;
                var known = Sources.Known;

                // ex.Data["key"] = secret
                if (target.Property.IsIndexer && target.Instance is IPropertyReferenceOperation { Property.Name: "Data" } data &&
                    LoggingKnownTypes.DerivesFrom(data.Property.ContainingType, known.Exception))
                {
                    Check(assignment, Descriptors.EXK402SecretInException, assignment.Value, data.Property.ContainingType.Name + ".Data", false, null);
                    return;
                }

                // uriBuilder.Query = …; uriBuilder.Path = …
                if ((target.Property.Name == "Query" || target.Property.Name == "Path") &&
                    LoggingKnownTypes.Is(target.Property.ContainingType, known.UriBuilder))
                    Check(assignment, Descriptors.EXK404SecretInUrl, assignment.Value, "UriBuilder." + target.Property.Name, true, null);
            }

            private void CheckLogSink(IInvocationOperation invocation, LogSink sink)
            {
                var descriptor = Descriptors.EXK401SecretLogged;
                List<TemplatePlaceholder>? placeholders = null;
                if (sink.Template is not null)
                {
                    Check(invocation, descriptor, sink.Template.Value, sink.Display, false, null);
                    if (sink.Template.Value.ConstantValue is { HasValue: true, Value: string text }) placeholders = Sources.TemplatePlaceholders(text);
                }

                for (var i = 0; i < sink.Values.Count; i++)
                {
                    var value = sink.Values[i];
                    var placeholder = placeholders is null ? -1 : MessageTemplate.PlaceholderFor(placeholders, i);
                    var found = Check(invocation, descriptor, value, sink.Display, false, placeholder >= 0 ? placeholder : (int?)null);
                    if (found || placeholder < 0 || !placeholders![placeholder].Destructure) continue;

                    // {@Options}: a structured logger serializes every public property.
                    var flow = State.Flow(invocation.Syntax.SyntaxTree);
                    var stripped = value.WalkDownConversion();
                    var member = Sources.SerializedSecretMember(stripped.Type, flow.Names);
                    if (member is not null)
                        Report(descriptor, stripped, "'" + stripped.Type!.Name + "' destructured with secret member '" + member + "'", sink.Display, placeholder);
                }
            }

            private bool Check(IOperation sinkOperation, DiagnosticDescriptor descriptor, IOperation value, string sinkName, bool urlMode, int? placeholder)
            {
                if (value.ConstantValue.HasValue) return false;
                // Recorded for the helper joins (summaries, callers judged again): the type's symbol end, the end of this
                // body for its local functions, the compilation end for helpers of other types.
                var state = State;
                var use = new SinkUse(descriptor, value, sinkName, urlMode, placeholder);
                lock (state.Record.Gate) state.Record.Sinks.Add(use);
                if (InnermostLocalFunction() is { } local)
                {
                    lock (local.Gate) local.Sinks.Add(use);
                }

                var flow = state.Flow(sinkOperation.Syntax.SyntaxTree);
                var hits = state.Hits;
                hits.Clear();
                flow.Collect(value, hits, urlMode);
                foreach (var hit in hits)
                {
                    var at = hit.At;
                    if (urlMode && IsPublicKeyOfAPair(at, _context.ContainingSymbol, flow.Names)) continue;
                    Report(descriptor, at, hit.Description, sinkName, ReferenceEquals(value.WalkDownImplicitConversion(), at.WalkDownImplicitConversion()) ? placeholder : null);
                }

                return hits.Count > 0;
            }

            /// <summary>
            /// The public half of a key pair in a URL (<c>apikey=</c>, Bittrex v1.1 style) is the exchange's protocol, not
            /// the leak EXK404 describes: the value is an API-key-named symbol (or ExchangeSharp's <c>PublicApiKey</c>)
            /// and the code around it also holds the signing secret (a secret, private key or passphrase member of the
            /// type or its bases, or a parameter of the method). An API key that is the only credential stays reported.
            /// </summary>
            private static bool IsPublicKeyOfAPair(IOperation at, ISymbol? containingSymbol, SecretNameModel names)
            {
                var value = Unwrap(at);
                if (value is IInvocationOperation call && (call.TargetMethod.Name == "ToUnsecureString" || call.TargetMethod.Name == "ToString"))
                {
                    if (call.Instance is { } instance && call.Arguments.IsEmpty) value = Unwrap(instance);
                    else if (call.Instance is null && call.TargetMethod.IsExtensionMethod && call.Arguments.Length == 1) value = Unwrap(call.Arguments[0].Value);
                }
                var name = value switch
                {
                    ILocalReferenceOperation l => l.Local.Name,
                    IParameterReferenceOperation p => p.Parameter.Name,
                    IFieldReferenceOperation f => f.Field.Name,
                    IPropertyReferenceOperation p when p.Arguments.IsEmpty => p.Property.Name,
                    _ => null,
                };
                if (name is null || (names.Classify(name) != SecretKind.ApiKey && name != "PublicApiKey")) return false;

                if (containingSymbol is IMethodSymbol method)
                {
                    foreach (var parameter in method.Parameters)
                        if (IsSigningSecretName(parameter.Name, names)) return true;
                }

                for (var type = containingSymbol?.ContainingType; type is not null && type.SpecialType != SpecialType.System_Object; type = type.BaseType)
                {
                    foreach (var memberName in type.MemberNames)
                        if (IsSigningSecretName(memberName, names)) return true;
                }

                return false;
            }

            private static bool IsSigningSecretName(string name, SecretNameModel names)
            {
                if (name == "PrivateApiKey") return true;
                var kind = names.Classify(name);
                return kind == SecretKind.ApiSecret || kind == SecretKind.PrivateKey || kind == SecretKind.SigningKey ||
                       kind == SecretKind.Passphrase || kind == SecretKind.ClientSecret;
            }

            private static IOperation Unwrap(IOperation op)
            {
                while (op is IConversionOperation { IsImplicit: true } c) op = c.Operand;
                return op;
            }

            private void Report(DiagnosticDescriptor descriptor, IOperation at, string description, string sinkName, int? placeholder) =>
                EXK401SecretLoggingAnalyzer.Report(_walk.Report ? _context.ReportDiagnostic : null, State.Record, descriptor, at, description, sinkName, placeholder);
        }

        /// <summary>What a body needs once it shows a sink, a helper call or a returned value: its record, its local functions' records and its flow.</summary>
        private sealed class BodyState
        {
            private readonly SecretSources _sources;
            private readonly SecretsOptionsCache _cache;
            private readonly List<BodyRecord>? _typeRecords;
            private Dictionary<IMethodSymbol, BodyRecord>? _localFunctions;
            private SecretFlow? _flow;

            public BodyState(SecretSources sources, SecretsOptionsCache cache, BodyRecord record, List<BodyRecord>? typeRecords)
            {
                _sources = sources;
                _cache = cache;
                Record = record;
                _typeRecords = typeRecords;
            }

            public BodyRecord Record { get; }

            /// <summary>The records of the body's type, or null when the type has no symbol-end join.</summary>
            public List<BodyRecord>? TypeRecords => _typeRecords;

            /// <summary>
            /// Once the driver ended the body: keeps its record for the compilation-end join when it calls a helper or is a helper
            /// another type may call (an ordinary method whose parameters or result can carry text), with the records of
            /// its local functions (helpers of its own calls).
            /// </summary>
            public void KeepAcrossTypes(ConcurrentQueue<BodyRecord> acrossTypes)
            {
                if (Record.HelperCalls.Count == 0 && !(Record.Owner is IMethodSymbol { MethodKind: MethodKind.Ordinary } method && MayCarryText(method, _sources))) return;
                acrossTypes.Enqueue(Record);
                if (_localFunctions is null) return;
                foreach (var local in _localFunctions.Values) acrossTypes.Enqueue(local);
            }

            /// <summary>
            /// The end of a body whose type keeps no records (no symbol-end join): its local functions are
            /// helpers only it calls, so their summaries are joined here, as the symbol end would.
            /// </summary>
            public void JudgeLocalHelpers(Action<Diagnostic>? report, CancellationToken cancellationToken)
            {
                if (_localFunctions is null || Record.HelperCalls.Count == 0) return;
                var records = new List<BodyRecord>(_localFunctions.Count + 1) { Record };
                records.AddRange(_localFunctions.Values);
                JudgeHelperCalls(report, records, _sources, _cache, cancellationToken);
            }

            /// <summary>The hits of one sink value, reused by every check of the body (a check never re-enters another).</summary>
            public List<SecretHit> Hits { get; } = new List<SecretHit>(1);

            public SecretFlow Flow(SyntaxTree tree)
            {
                lock (Record.Gate)
                {
                    if (_flow is null)
                    {
                        var options = _cache.For(tree);
                        _flow = new SecretFlow(_sources, options.Names, options.GetList(null, MaskMethodsKey), Record);
                    }

                    return _flow;
                }
            }

            /// <summary>
            /// The record of a local function of this body: it gets its own summary (a helper like any other). Its sinks
            /// and calls are also recorded on the method around it, which alone is judged again at symbol end.
            /// </summary>
            public BodyRecord? LocalFunctionRecord(ILocalFunctionOperation localFunction)
            {
                if (localFunction.Body is null) return null;
                lock (Record.Gate)
                {
                    _localFunctions ??= new Dictionary<IMethodSymbol, BodyRecord>(SymbolEqualityComparer.Default);
                    if (_localFunctions.TryGetValue(localFunction.Symbol, out var existing)) return existing;
                    var record = new BodyRecord(localFunction.Symbol, ImmutableArray.Create<IOperation>(localFunction.Body), Record.Tree) { IsLocalFunction = true };
                    _localFunctions[localFunction.Symbol] = record;
                    if (_typeRecords is not null)
                    {
                        lock (_typeRecords) _typeRecords.Add(record);
                    }

                    return record;
                }
            }
        }
    }
}
