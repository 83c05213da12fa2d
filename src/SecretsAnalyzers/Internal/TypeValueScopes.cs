using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SecretsAnalyzers.Internal
{
    /// <summary>
    /// One rule's per-type value scopes for one compilation: for every named type that spells a candidate string literal,
    /// a <see cref="SymbolValueIndex"/> of the references in its bodies (and in its nested types' bodies) and the rule's
    /// candidates that wait for it; joined at the type's symbol end, then dropped.
    /// <para>
    /// Everything is fed by compilation-level actions: the symbol-start action registers only the symbol-end action. An
    /// operation or syntax action registered <em>inside</em> a symbol-start scope makes the driver build a grouped action
    /// set per member and run a second pass over every declaration; compilation-level actions are grouped once. The join
    /// stays complete because the driver finishes every declaration action of a member (compilation-level ones included)
    /// before the member counts as processed for its containing type's symbol end.
    /// </para>
    /// </summary>
    internal sealed class TypeValueScopes<TPending>
    {
        /// <summary>The scope of one type; null value = the type spells no candidate literal (nothing is recorded).</summary>
        private readonly ConcurrentDictionary<ISymbol, Scope?> _scopes = new(SymbolEqualityComparer.Default);
        private readonly Func<ISymbol, Scope?> _create;

        private TypeValueScopes(IAssemblySymbol assembly, Func<SyntaxToken, SyntaxNode, bool> accept, CancellationToken cancellationToken)
        {
            _create = type => SymbolValueIndex.DeclaresInitializingLiteral(type, accept, cancellationToken)
                ? new Scope(SymbolValueIndex.Create(assembly))
                : null;
            Assembly = assembly;
        }

        private IAssemblySymbol Assembly { get; }

        /// <summary>
        /// Opens the scopes for a compilation: a reference-operation action that records into the scopes of the type around
        /// each reference, and a symbol-start action that registers <paramref name="atEnd"/> (with the type's index and its
        /// waiting candidates) for types that store a literal <paramref name="accept"/> takes in a symbol
        /// (<see cref="SymbolValueIndex.DeclaresInitializingLiteral"/>). Every other literal is judged where it stands.
        /// </summary>
        public static TypeValueScopes<TPending> Register(CompilationStartAnalysisContext start, Func<SyntaxToken, SyntaxNode, bool> accept,
            Action<SymbolAnalysisContext, SymbolValueIndex, IEnumerable<TPending>> atEnd)
        {
            var scopes = new TypeValueScopes<TPending>(start.Compilation.Assembly, accept, start.CancellationToken);
            start.RegisterOperationAction(scopes.OnReference, OperationKind.LocalReference, OperationKind.FieldReference, OperationKind.PropertyReference);
            start.RegisterSymbolStartAction(symbolStart =>
            {
                var type = symbolStart.Symbol;
                if (scopes.Get(type) is not { } scope) return;
                symbolStart.RegisterSymbolEndAction(end =>
                {
                    try
                    {
                        atEnd(end, scope.Uses, scope.Pending);
                    }
                    finally
                    {
                        scopes._scopes.TryRemove(type, out _);
                    }
                });
            }, SymbolKind.NamedType);
            return scopes;
        }

        /// <summary>
        /// Puts <paramref name="candidate"/> aside until the symbol end of the type that owns <paramref name="containing"/>
        /// (the member or type whose body holds it). False when that type has no scope (its gate found no literal the rule
        /// could report through a symbol): the caller then judges the candidate at once, without symbol uses.
        /// </summary>
        public bool Defer(ISymbol? containing, TPending candidate)
        {
            if (OwnType(containing) is not { } type || Get(type) is not { } scope) return false;
            scope.Pending.Enqueue(candidate);
            return true;
        }

        /// <summary>The type whose members' literals <paramref name="containing"/> belongs to (a nested type's literals belong to it).</summary>
        public static INamedTypeSymbol? OwnType(ISymbol? containing) => containing as INamedTypeSymbol ?? containing?.ContainingType;

        private Scope? Get(ISymbol type) => _scopes.GetOrAdd(type, _create);

        private void OnReference(OperationAnalysisContext context)
        {
            // Filter on the reference and its parents first: most references carry nothing and need no lookup.
            if (SymbolValueIndex.Followed(context.Operation, Assembly) is not { } symbol) return;

            // A nested type's bodies belong to the scopes of every type around it, as a symbol-start scope's actions do.
            for (var type = OwnType(context.ContainingSymbol); type is not null; type = type.ContainingType)
            {
                Get(type)?.Uses.Add(symbol, context.Operation);
            }
        }

        private sealed class Scope
        {
            public Scope(SymbolValueIndex uses) => Uses = uses;

            public SymbolValueIndex Uses { get; }

            public ConcurrentQueue<TPending> Pending { get; } = new ConcurrentQueue<TPending>();
        }
    }
}
