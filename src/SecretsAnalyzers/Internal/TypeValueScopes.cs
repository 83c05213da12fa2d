using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.ExceptionServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SecretsAnalyzers.Internal
{
    /// <summary>
    /// One rule's view of the per-type value scopes of a compilation: for every named type that spells a candidate string
    /// literal, a <see cref="SymbolValueIndex"/> of the references in its bodies (and in its nested types' bodies) and the
    /// rule's candidates that wait for it; joined at the type's symbol end, then dropped.
    /// <para>
    /// The scopes themselves (<see cref="ValueScopes"/>) are shared by every rule the package analyzer hosts
    /// (<see cref="RuleHost.Shared{T}"/>): one reference recording, one index and one symbol-end action per type, whatever
    /// number of rules wait on it. A rule run on its own opens scopes of its own.
    /// </para>
    /// </summary>
    internal sealed class TypeValueScopes<TPending>
    {
        private readonly ValueScopes _scopes;
        private readonly int _client;

        private TypeValueScopes(ValueScopes scopes, int client)
        {
            _scopes = scopes;
            _client = client;
        }

        /// <summary>
        /// Joins the compilation's value scopes: <paramref name="accept"/> (a literal token and the position that stores it,
        /// <see cref="SymbolValueIndex.InitializedPosition"/>) says which literals the rule could report through a symbol, and
        /// a type gets a scope when one of them is in it for any rule; <paramref name="atEnd"/> receives the type's index and
        /// the rule's waiting candidates at the type's symbol end. Every other literal is judged where it stands.
        /// </summary>
        public static TypeValueScopes<TPending> Register(CompilationStartAnalysisContext start, Func<SyntaxToken, SyntaxNode, bool> accept,
            Action<SymbolAnalysisContext, SymbolValueIndex, IEnumerable<TPending>> atEnd)
        {
            var scopes = RuleHost.Shared(start, () => new ValueScopes(start.Compilation.Assembly, start.CancellationToken), out var created);
            var client = scopes.AddClient(accept, (end, uses, pending) => atEnd(end, uses, pending.Cast<TPending>()));
            if (created) scopes.RegisterActions(start);
            return new TypeValueScopes<TPending>(scopes, client);
        }

        /// <summary>
        /// Puts <paramref name="candidate"/> aside until the symbol end of the type that owns <paramref name="containing"/>
        /// (the member or type whose body holds it). False when that type has no scope (no rule's gate found a literal it
        /// could report through a symbol): the caller then judges the candidate at once, without symbol uses.
        /// </summary>
        public bool Defer(ISymbol? containing, TPending candidate) => _scopes.Defer(containing, _client, candidate!);
    }

    /// <summary>
    /// The value scopes of one compilation (see <see cref="TypeValueScopes{TPending}"/>). Everything is fed by
    /// compilation-level actions: the symbol-start action registers only the symbol-end action. An operation or syntax
    /// action registered <em>inside</em> a symbol-start scope makes the driver build a grouped action set per member and run
    /// a second pass over every declaration; compilation-level actions are grouped once. The join stays complete because
    /// the driver finishes every declaration action of a member (compilation-level ones included) before the member counts
    /// as processed for its containing type's symbol end.
    /// </summary>
    internal sealed class ValueScopes
    {
        /// <summary>The scope of one type; null value = the type spells no candidate literal (nothing is recorded).</summary>
        private readonly ConcurrentDictionary<ISymbol, Scope?> _scopes = new(SymbolEqualityComparer.Default);
        private readonly Func<ISymbol, Scope?> _create;
        private readonly List<Client> _clients = new();
        private readonly IAssemblySymbol _assembly;

        public ValueScopes(IAssemblySymbol assembly, CancellationToken cancellationToken)
        {
            _assembly = assembly;
            _create = type => SymbolValueIndex.DeclaresInitializingLiteral(type, AnyClientAccepts, cancellationToken)
                ? new Scope(SymbolValueIndex.Create(assembly), _clients.Count)
                : null;
        }

        public int AddClient(Func<SyntaxToken, SyntaxNode, bool> accept, Action<SymbolAnalysisContext, SymbolValueIndex, IEnumerable<object>> atEnd)
        {
            _clients.Add(new Client(accept, atEnd));
            return _clients.Count - 1;
        }

        /// <summary>
        /// A reference-operation action that records into the scopes of the type around each reference, and a symbol-start
        /// action that registers the join for types that store a literal some client accepts
        /// (<see cref="SymbolValueIndex.DeclaresInitializingLiteral"/>).
        /// </summary>
        public void RegisterActions(CompilationStartAnalysisContext start)
        {
            start.RegisterOperationAction(OnReference, OperationKind.LocalReference, OperationKind.FieldReference, OperationKind.PropertyReference);
            start.RegisterSymbolStartAction(symbolStart =>
            {
                var type = symbolStart.Symbol;
                if (Get(type) is not { } scope) return;
                symbolStart.RegisterSymbolEndAction(end =>
                {
                    try
                    {
                        // Each rule with candidates waiting in this type gets its join; one rule's failure does not stop the others'.
                        ExceptionDispatchInfo? first = null;
                        for (var i = 0; i < _clients.Count; i++)
                        {
                            if (scope.Pending[i] is { } pending)
                                RuleHost.RunIsolated(static join => join.Client.AtEnd(join.End, join.Uses, join.Pending), (Client: _clients[i], End: end, scope.Uses, Pending: pending), ref first);
                        }

                        first?.Throw();
                    }
                    finally
                    {
                        _scopes.TryRemove(type, out _);
                    }
                });
            }, SymbolKind.NamedType);
        }

        public bool Defer(ISymbol? containing, int client, object candidate)
        {
            if (OwnType(containing) is not { } type || Get(type) is not { } scope) return false;
            var pending = Volatile.Read(ref scope.Pending[client]);
            if (pending is null)
            {
                Interlocked.CompareExchange(ref scope.Pending[client], new ConcurrentQueue<object>(), null);
                pending = scope.Pending[client]!;
            }

            pending.Enqueue(candidate);
            return true;
        }

        /// <summary>The type whose members' literals <paramref name="containing"/> belongs to (a nested type's literals belong to it).</summary>
        private static INamedTypeSymbol? OwnType(ISymbol? containing) => containing as INamedTypeSymbol ?? containing?.ContainingType;

        private bool AnyClientAccepts(SyntaxToken token, SyntaxNode position)
        {
            foreach (var client in _clients)
            {
                if (client.Accept(token, position)) return true;
            }

            return false;
        }

        private Scope? Get(ISymbol type) => _scopes.GetOrAdd(type, _create);

        private void OnReference(OperationAnalysisContext context)
        {
            // Most types have no scope (no literal any rule waits on): a lookup answers for them before the reference and
            // its parents are looked at.
            var own = OwnType(context.ContainingSymbol);
            var scoped = false;
            for (var type = own; type is not null && !scoped; type = type.ContainingType) scoped = Get(type) is not null;
            if (!scoped || SymbolValueIndex.Followed(context.Operation, _assembly) is not { } symbol) return;

            // A nested type's bodies belong to the scopes of every type around it, as a symbol-start scope's actions do.
            for (var type = own; type is not null; type = type.ContainingType)
            {
                Get(type)?.Uses.Add(symbol, context.Operation);
            }
        }

        private sealed class Client
        {
            public Client(Func<SyntaxToken, SyntaxNode, bool> accept, Action<SymbolAnalysisContext, SymbolValueIndex, IEnumerable<object>> atEnd)
            {
                Accept = accept;
                AtEnd = atEnd;
            }

            public Func<SyntaxToken, SyntaxNode, bool> Accept { get; }

            public Action<SymbolAnalysisContext, SymbolValueIndex, IEnumerable<object>> AtEnd { get; }
        }

        private sealed class Scope
        {
            public Scope(SymbolValueIndex uses, int clients)
            {
                Uses = uses;
                Pending = new ConcurrentQueue<object>?[clients];
            }

            public SymbolValueIndex Uses { get; }

            /// <summary>Per client, its waiting candidates (created on the first one).</summary>
            public ConcurrentQueue<object>?[] Pending { get; }
        }
    }
}
