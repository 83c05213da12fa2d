using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;
using SecretsAnalyzers.Internal;

namespace SecretsAnalyzers.Logging
{
    /// <summary>A value that reaches a sink in one body, as the driver showed it (recorded, judged again at symbol end).</summary>
    internal sealed class SinkUse
    {
        public SinkUse(DiagnosticDescriptor descriptor, IOperation value, string sinkName, bool urlMode, int? placeholder)
        {
            Descriptor = descriptor;
            Value = value;
            SinkName = sinkName;
            UrlMode = urlMode;
            Placeholder = placeholder;
        }

        public DiagnosticDescriptor Descriptor { get; }

        public IOperation Value { get; }

        public string SinkName { get; }

        public bool UrlMode { get; }

        public int? Placeholder { get; }
    }

    /// <summary>What one operation block showed while the driver visited it: its sinks, returned values and calls to helpers of its type.</summary>
    internal sealed class BodyRecord
    {
        public BodyRecord(ISymbol owner, ImmutableArray<IOperation> blocks, SyntaxTree tree)
        {
            Owner = owner;
            Blocks = blocks;
            Tree = tree;
        }

        public ISymbol Owner { get; }

        public ImmutableArray<IOperation> Blocks { get; }

        public SyntaxTree Tree { get; }

        /// <summary>The lock of this record's lists (the record itself: one object less per body).</summary>
        public object Gate => this;

        /// <summary>A local function's body inside another record's blocks: summarised, never judged again on its own.</summary>
        public bool IsLocalFunction { get; set; }

        public List<SinkUse> Sinks { get; } = new List<SinkUse>();

        public List<IOperation> Returns { get; } = new List<IOperation>();

        public List<IInvocationOperation> HelperCalls { get; } = new List<IInvocationOperation>();

        private HashSet<(string, TextSpan)>? _reported;

        /// <summary>The values the body's locals are given, indexed by the first flow that needs them (<see cref="SecretFlow"/>) and shared by the others.</summary>
        internal SecretFlow.LocalIndex? LocalIndex;

        /// <summary>
        /// False when (rule id, span) was already reported in this body, so the symbol-end pass never reports twice;
        /// otherwise marks it. Call under <see cref="Gate"/>.
        /// </summary>
        public bool MarkReported(string id, TextSpan span) => (_reported ??= new HashSet<(string, TextSpan)>()).Add((id, span));
    }

    /// <summary>A parameter of a helper that reaches a sink inside it (directly or through further helpers).</summary>
    internal readonly struct ParameterSink
    {
        public ParameterSink(int ordinal, DiagnosticDescriptor descriptor, string sinkName, bool urlMode)
        {
            Ordinal = ordinal;
            Descriptor = descriptor;
            SinkName = sinkName;
            UrlMode = urlMode;
        }

        public int Ordinal { get; }

        public DiagnosticDescriptor Descriptor { get; }

        public string SinkName { get; }

        public bool UrlMode { get; }
    }

    /// <summary>
    /// What a helper does with secrets: returns one of its own, passes a parameter through to its result, or hands a
    /// parameter to a sink. The two halves are computed separately, each once and only when asked
    /// (<see cref="HelperSummaries"/>): a caller that logs nothing itself only needs its helpers' sinks, and following
    /// a helper's returns is the larger part of the work.
    /// </summary>
    internal sealed class HelperSummary
    {
        private static readonly List<ParameterSink> NoSinks = new List<ParameterSink>();
        private readonly HelperSummaries _owner;
        private List<ParameterSink>? _sinks;
        private HashSet<int>? _returned;
        private string? _returns;
        private bool _returnsDone;

        internal HelperSummary(HelperSummaries owner, IMethodSymbol method, BodyRecord body)
        {
            _owner = owner;
            Method = method;
            Body = body;
        }

        internal IMethodSymbol Method { get; }

        internal BodyRecord Body { get; }

        /// <summary>The flow of the body with its parameters as seeds, shared by both halves (built on first use).</summary>
        internal SecretFlow? Flow { get; set; }

        /// <summary>A description when the helper returns a secret it reads itself; null otherwise.</summary>
        public string? Returns
        {
            get
            {
                EnsureReturns();
                return _returns;
            }
        }

        /// <summary>The parameters the helper hands to a sink (directly or through further helpers).</summary>
        public List<ParameterSink> Sinks
        {
            get
            {
                if (_sinks is null && _owner.SummarizeSinks(this) is { } sinks) _sinks = sinks;
                return _sinks ?? NoSinks;
            }
        }

        public bool ReturnsParameter(int ordinal)
        {
            EnsureReturns();
            return _returned is not null && _returned.Contains(ordinal);
        }

        /// <summary>True when the helper returns a secret of its own or passes a parameter through to its result.</summary>
        public bool ReturnsSomething => Returns is not null || _returned is { Count: > 0 };

        /// <summary>False when the helper neither hands a parameter to a sink, nor returns a secret, nor passes one through.</summary>
        public bool CarriesSecrets => Sinks.Count > 0 || ReturnsSomething;

        /// <summary>
        /// Whether a call to this helper can make <paramref name="caller"/> report: through a parameter the helper hands to a
        /// sink, or, when the caller has sinks of its own, through what the helper returns. A caller that logs nothing itself
        /// never needs the returns half.
        /// </summary>
        public bool MattersTo(BodyRecord caller) => caller.Sinks.Count == 0 ? Sinks.Count > 0 : CarriesSecrets;

        private void EnsureReturns()
        {
            if (_returnsDone || _owner.SummarizeReturns(this) is not { } result) return;
            (_returns, _returned, _returnsDone) = (result.Returns, result.Returned, true);
        }

        internal static void AddSink(List<ParameterSink> sinks, ParameterSink sink)
        {
            foreach (var existing in sinks)
            {
                if (existing.Ordinal == sink.Ordinal && existing.Descriptor.Id == sink.Descriptor.Id) return;
            }

            sinks.Add(sink);
        }
    }

    /// <summary>
    /// Summaries of the methods of one type, computed at symbol end from the bodies recorded while the driver visited
    /// them (no member is bound again), or of every recorded helper of the compilation, computed at compilation end for
    /// calls across types (<see cref="EXK401HelperFlowAnalyzer"/>). Each summary is computed once, on demand, by following the body's parameters
    /// through the same flow as the sinks; helpers called by a helper are summarised first (memoised, recursion bounded
    /// by <see cref="MaxDepth"/>; a cycle counts as no flow).
    /// </summary>
    internal sealed class HelperSummaries
    {
        private const int MaxDepth = 8;

        private readonly Dictionary<IMethodSymbol, BodyRecord> _bodies;
        private readonly SecretSources _sources;
        private readonly Func<SyntaxTree, (SecretNameModel Names, ImmutableArray<string> MaskMethods)> _options;
        private readonly Dictionary<IMethodSymbol, HelperSummary?> _done = new Dictionary<IMethodSymbol, HelperSummary?>(SymbolEqualityComparer.Default);

        /// <summary>The halves being computed, one set per half: asked again, a cycle, they carry nothing.</summary>
        private readonly HashSet<IMethodSymbol> _sinksInProgress = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
        private readonly HashSet<IMethodSymbol> _returnsInProgress = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);

        public HelperSummaries(IEnumerable<BodyRecord> records, SecretSources sources,
            Func<SyntaxTree, (SecretNameModel Names, ImmutableArray<string> MaskMethods)> options)
        {
            _sources = sources;
            _options = options;
            _bodies = new Dictionary<IMethodSymbol, BodyRecord>(SymbolEqualityComparer.Default);
            foreach (var record in records)
            {
                if (record.Owner is IMethodSymbol method) _bodies[method.OriginalDefinition] = record;
            }
        }

        /// <summary>The summary of <paramref name="method"/> when its body was recorded; null otherwise. Its halves are computed when read.</summary>
        public HelperSummary? Get(IMethodSymbol method)
        {
            var key = Key(method);
            if (_done.TryGetValue(key, out var done)) return done;
            var summary = _bodies.TryGetValue(key, out var body) ? new HelperSummary(this, key, body) : null;
            _done[key] = summary;
            return summary;
        }

        private static IMethodSymbol Key(IMethodSymbol method) => (method.PartialImplementationPart ?? method).OriginalDefinition;

        private static bool SameType(IMethodSymbol a, IMethodSymbol b) =>
            SymbolEqualityComparer.Default.Equals(a.ContainingType?.OriginalDefinition, b.ContainingType?.OriginalDefinition);

        private Dictionary<IMethodSymbol, bool>? _reachesOtherTypes;

        /// <summary>
        /// True when the recorded body of <paramref name="method"/>, or of a helper of its own type it calls (transitively),
        /// calls a recorded method of another type: only then can a summary at compilation end differ from the one at the
        /// type's symbol end. Read from the recorded calls alone (no flow); each method is explored to a negative answer
        /// once (a search that finds nothing marks everything it visited).
        /// </summary>
        public bool ReachesOtherTypes(IMethodSymbol method)
        {
            var root = Key(method);
            _reachesOtherTypes ??= new Dictionary<IMethodSymbol, bool>(SymbolEqualityComparer.Default);
            if (_reachesOtherTypes.TryGetValue(root, out var known)) return known;
            var visited = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default) { root };
            var pending = new Stack<IMethodSymbol>();
            pending.Push(root);
            while (pending.Count > 0)
            {
                var current = pending.Pop();
                if (!_bodies.TryGetValue(current, out var body)) continue;
                foreach (var call in body.HelperCalls)
                {
                    var callee = Key(call.TargetMethod);
                    if (!_bodies.ContainsKey(callee)) continue;
                    if (!SameType(callee, current) || _reachesOtherTypes.TryGetValue(callee, out var calleeReaches) && calleeReaches)
                    {
                        _reachesOtherTypes[root] = true;
                        return true;
                    }

                    if (visited.Add(callee)) pending.Push(callee);
                }
            }

            foreach (var seen in visited) _reachesOtherTypes[seen] = false;
            return false;
        }

        /// <summary>
        /// The sinks half of <paramref name="summary"/>: the parameters its body hands to a sink, directly or through the
        /// sinks of the helpers it calls. Null (not memoised) when the half is already being computed (a cycle) or the
        /// recursion is at <see cref="MaxDepth"/>.
        /// </summary>
        internal List<ParameterSink>? SummarizeSinks(HelperSummary summary)
        {
            var sinks = new List<ParameterSink>();
            var body = summary.Body;
            if (body.Sinks.Count == 0 && body.HelperCalls.Count == 0) return sinks;
            if (!Enter(_sinksInProgress, summary.Method)) return null;
            try
            {
                // Without a parameter that can carry text nothing is handed on.
                var flow = FlowOf(summary);
                if (!flow.HasSeeds) return sinks;
                var hits = new List<SecretHit>();
                foreach (var sink in body.Sinks)
                {
                    hits.Clear();
                    flow.Collect(sink.Value, hits, sink.UrlMode);
                    foreach (var hit in hits)
                    {
                        if (SecretFlow.TryParameterMarker(hit.Description, out var ordinal))
                            HelperSummary.AddSink(sinks, new ParameterSink(ordinal, sink.Descriptor, sink.SinkName, sink.UrlMode));
                    }
                }

                foreach (var call in body.HelperCalls)
                {
                    if (Get(call.TargetMethod) is not { } callee) continue;
                    foreach (var inner in callee.Sinks)
                    {
                        var argument = ArgumentFor(call, inner.Ordinal);
                        if (argument is null) continue;
                        hits.Clear();
                        flow.Collect(argument, hits, inner.UrlMode);
                        foreach (var hit in hits)
                        {
                            if (SecretFlow.TryParameterMarker(hit.Description, out var ordinal))
                                HelperSummary.AddSink(sinks, new ParameterSink(ordinal, inner.Descriptor, inner.SinkName, inner.UrlMode));
                        }
                    }
                }

                return sinks;
            }
            finally
            {
                _sinksInProgress.Remove(summary.Method);
            }
        }

        /// <summary>
        /// The returns half of <paramref name="summary"/>: a secret its body returns (described) and the parameters it
        /// passes through to its result. Null (not memoised) on a cycle or at <see cref="MaxDepth"/>.
        /// </summary>
        internal (string? Returns, HashSet<int>? Returned)? SummarizeReturns(HelperSummary summary)
        {
            var method = summary.Method;
            if (summary.Body.Returns.Count == 0 || _sources.IsCleanType(method.ReturnType)) return (null, null);
            if (!Enter(_returnsInProgress, method)) return null;
            try
            {
                var flow = FlowOf(summary);
                string? returns = null;
                HashSet<int>? returned = null;
                var hits = new List<SecretHit>();
                foreach (var value in summary.Body.Returns)
                {
                    hits.Clear();
                    flow.Collect(value, hits);
                    foreach (var hit in hits)
                    {
                        if (SecretFlow.TryParameterMarker(hit.Description, out var ordinal)) (returned ??= new HashSet<int>()).Add(ordinal);
                        else returns ??= "Secret returned by '" + method.Name + "()'";
                    }
                }

                return (returns, returned);
            }
            finally
            {
                _returnsInProgress.Remove(method);
            }
        }

        private bool Enter(HashSet<IMethodSymbol> inProgress, IMethodSymbol method) =>
            _sinksInProgress.Count + _returnsInProgress.Count < MaxDepth && inProgress.Add(method);

        /// <summary>The body's flow with its parameters that can carry text as seeds, shared by both halves (built on first use).</summary>
        private SecretFlow FlowOf(HelperSummary summary)
        {
            if (summary.Flow is { } known) return known;
            var (names, maskMethods) = _options(summary.Body.Tree);
            Dictionary<IParameterSymbol, int>? seeds = null;
            foreach (var parameter in summary.Method.Parameters)
            {
                // A secret-named parameter is reported inside the helper already; clean types carry no text.
                if (_sources.IsCleanType(parameter.Type) || _sources.IsSecretNamedSymbol(parameter, parameter.Type, names)) continue;
                seeds ??= new Dictionary<IParameterSymbol, int>(SymbolEqualityComparer.Default);
                seeds[parameter.OriginalDefinition] = parameter.Ordinal;
            }

            return summary.Flow = new SecretFlow(_sources, names, maskMethods, summary.Body, this, seeds);
        }

        /// <summary>The argument a call passes for the parameter with <paramref name="ordinal"/>.</summary>
        public static IOperation? ArgumentFor(IInvocationOperation call, int ordinal)
        {
            foreach (var argument in call.Arguments)
            {
                if (argument.Parameter?.Ordinal == ordinal) return argument.Value;
            }

            return null;
        }
    }
}
