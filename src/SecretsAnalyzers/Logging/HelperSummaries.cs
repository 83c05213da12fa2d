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

    /// <summary>What a helper does with secrets: returns one of its own, passes a parameter through to its result, or into a sink.</summary>
    internal sealed class HelperSummary
    {
        private readonly HashSet<int> _returned = new HashSet<int>();

        /// <summary>A description when the helper returns a secret it reads itself; null otherwise.</summary>
        public string? Returns { get; set; }

        public List<ParameterSink> Sinks { get; } = new List<ParameterSink>();

        public bool ReturnsParameter(int ordinal) => _returned.Contains(ordinal);

        public void AddReturned(int ordinal) => _returned.Add(ordinal);

        /// <summary>False when the helper neither returns a secret, nor passes a parameter through, nor hands one to a sink.</summary>
        public bool CarriesSecrets => Returns is not null || _returned.Count > 0 || Sinks.Count > 0;

        public void AddSink(ParameterSink sink)
        {
            foreach (var existing in Sinks)
            {
                if (existing.Ordinal == sink.Ordinal && existing.Descriptor.Id == sink.Descriptor.Id) return;
            }

            Sinks.Add(sink);
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
        private readonly HashSet<IMethodSymbol> _inProgress = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);

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

        /// <summary>The summary of <paramref name="method"/> when its body belongs to this type; null otherwise.</summary>
        public HelperSummary? Get(IMethodSymbol method)
        {
            var key = Key(method);
            if (_done.TryGetValue(key, out var done)) return done;
            if (!_bodies.TryGetValue(key, out var body) || _inProgress.Count >= MaxDepth || !_inProgress.Add(key)) return null;
            HelperSummary? summary;
            try
            {
                summary = Summarize(key, body);
            }
            finally
            {
                _inProgress.Remove(key);
            }

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

        private HelperSummary? Summarize(IMethodSymbol method, BodyRecord body)
        {
            var (names, maskMethods) = _options(body.Tree);
            Dictionary<IParameterSymbol, int>? seeds = null;
            foreach (var parameter in method.Parameters)
            {
                // A secret-named parameter is reported inside the helper already; clean types carry no text.
                if (_sources.IsCleanType(parameter.Type) || _sources.IsSecretNamedSymbol(parameter, parameter.Type, names)) continue;
                seeds ??= new Dictionary<IParameterSymbol, int>(SymbolEqualityComparer.Default);
                seeds[parameter.OriginalDefinition] = parameter.Ordinal;
            }

            var flow = new SecretFlow(_sources, names, maskMethods, body.Blocks, this, seeds);
            var summary = new HelperSummary();
            var hits = new List<SecretHit>();
            if (seeds is not null)
            {
                foreach (var sink in body.Sinks)
                {
                    hits.Clear();
                    flow.Collect(sink.Value, hits, sink.UrlMode);
                    foreach (var hit in hits)
                    {
                        if (SecretFlow.TryParameterMarker(hit.Description, out var ordinal))
                            summary.AddSink(new ParameterSink(ordinal, sink.Descriptor, sink.SinkName, sink.UrlMode));
                    }
                }

                foreach (var call in body.HelperCalls)
                {
                    var callee = Get(call.TargetMethod);
                    if (callee is null) continue;
                    foreach (var inner in callee.Sinks)
                    {
                        var argument = ArgumentFor(call, inner.Ordinal);
                        if (argument is null) continue;
                        hits.Clear();
                        flow.Collect(argument, hits, inner.UrlMode);
                        foreach (var hit in hits)
                        {
                            if (SecretFlow.TryParameterMarker(hit.Description, out var ordinal))
                                summary.AddSink(new ParameterSink(ordinal, inner.Descriptor, inner.SinkName, inner.UrlMode));
                        }
                    }
                }
            }

            if (!_sources.IsCleanType(method.ReturnType))
            {
                foreach (var returned in body.Returns)
                {
                    hits.Clear();
                    flow.Collect(returned, hits);
                    foreach (var hit in hits)
                    {
                        if (SecretFlow.TryParameterMarker(hit.Description, out var ordinal)) summary.AddReturned(ordinal);
                        else summary.Returns ??= "Secret returned by '" + method.Name + "()'";
                    }
                }
            }

            return summary;
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
