using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace SecretsAnalyzers.Internal
{
    /// <summary>
    /// Where the values of one type's locals, consts, readonly fields and getter-only properties go. The index is filled
    /// from the operation trees the driver already builds for every body of the type and of its nested types (one
    /// compilation-level reference-operation action, routed by <see cref="TypeValueScopes{TPending}"/>), so following a
    /// value never binds another member and never walks a type or a method once per literal; rules join it with their
    /// candidate literals at the type's symbol end.
    /// <list type="bullet">
    /// <item>An <em>origin</em> is a symbol whose initialiser is a value (<see cref="InitializedSymbol"/>: a const, a
    /// static readonly / readonly field (initialised or set in a constructor), a getter-only property with an initialiser
    /// or a single-expression getter, a local).</item>
    /// <item>A <em>use</em> is a read of such a symbol at a position a value can travel on from: an argument, the value
    /// of an assignment, an initialiser or a return (through conversions, parentheses and encoding calls).</item>
    /// </list>
    /// Locals written after their declaration (assignment, <c>ref</c>/<c>out</c> argument) are never followed; uses of
    /// any field are recorded (<see cref="UsesOf"/>), but only const and readonly fields are origins.
    /// </summary>
    internal sealed class SymbolValueIndex
    {
        private readonly ConcurrentQueue<(ISymbol Symbol, IOperation Reference)> _references = new();
        private readonly Dictionary<ISymbol, List<IOperation>> _uses = new(SymbolEqualityComparer.Default);
        private readonly HashSet<ISymbol> _rewritten = new(SymbolEqualityComparer.Default);
        private readonly object _gate = new();
        private readonly IAssemblySymbol? _assembly;

        private SymbolValueIndex(IAssemblySymbol? assembly) => _assembly = assembly;

        /// <summary>
        /// Cheap syntax gate before a rule opens a value scope for <paramref name="type"/>: does any of its declarations
        /// spell a string literal at a position that stores it in a symbol (see <see cref="InitializedPosition"/>) that
        /// <paramref name="accept"/> (the literal's token and that position) says the rule could report? Only such
        /// literals wait for the type's symbol end; a type without one needs no symbol-end join (which the driver pays
        /// for per type).
        /// </summary>
        public static bool DeclaresInitializingLiteral(ISymbol type, System.Func<SyntaxToken, SyntaxNode, bool> accept, CancellationToken cancellationToken)
        {
            foreach (var reference in type.DeclaringSyntaxReferences)
            {
                var candidates = StoredLiterals.Of(reference.SyntaxTree, cancellationToken);
                var span = reference.Span;
                for (var i = candidates.FirstAtOrAfter(span.Start); i < candidates.Count; i++)
                {
                    var (token, position) = candidates[i];
                    if (token.SpanStart >= span.End) break;
                    if (accept(token, position)) return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The string-literal tokens of one syntax tree that stand at a position storing their value in a symbol
        /// (<see cref="InitializedPosition"/>), in source order: found by one walk of the tree, however many rules and
        /// nested types ask (every EXK1xx value scope's gate reads it), and kept as long as the tree lives.
        /// </summary>
        internal sealed class StoredLiterals
        {
            private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SyntaxTree, StoredLiterals> PerTree = new();

            [ThreadStatic]
            private static char[]? ScanBuffer;
            private readonly List<(SyntaxToken Token, SyntaxNode Position)> _items;

            private StoredLiterals(List<(SyntaxToken, SyntaxNode)> items) => _items = items;

            public int Count => _items.Count;

            /// <summary>The literal tokens, in source order.</summary>
            public IEnumerable<SyntaxToken> Tokens
            {
                get
                {
                    foreach (var item in _items) yield return item.Token;
                }
            }

            public (SyntaxToken Token, SyntaxNode Position) this[int index] => _items[index];

            public static StoredLiterals Of(SyntaxTree tree, CancellationToken cancellationToken)
            {
                if (PerTree.TryGetValue(tree, out var known)) return known;
                var items = new List<(SyntaxToken, SyntaxNode)>();
                var root = tree.GetRoot(cancellationToken);
                var text = tree.GetText(cancellationToken);

                // Every string literal spells a quote character: scan the text for quotes (cheap) and look up the token at
                // each, instead of walking every token of the tree. A quote in trivia (comments, disabled code, doc
                // comments) skips to the end of that trivia; one in a character literal or inside a string skips that token.
                var buffer = ScanBuffer ??= new char[4096];
                var next = 0;
                SyntaxNode? finger = null;   // the node of the last token found: the next lookup starts there, not at the root
                for (var offset = 0; offset < text.Length; offset += buffer.Length)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var count = Math.Min(buffer.Length, text.Length - offset);
                    text.CopyTo(offset, buffer, 0, count);
                    for (var i = Array.IndexOf(buffer, '"', 0, count); i >= 0; i = i + 1 < count ? Array.IndexOf(buffer, '"', i + 1, count - i - 1) : -1)
                    {
                        if (offset + i < next) continue;
                        var position = offset + i;
                        var token = FindToken(root, ref finger, position);
                        if (position < token.SpanStart)
                        {
                            next = token.SpanStart;      // a quote in leading trivia
                            continue;
                        }

                        if (position >= token.Span.End)
                        {
                            next = Math.Max(token.FullSpan.End, position + 1);    // in trailing trivia (or end of file)
                            continue;
                        }

                        next = token.Span.End;
                        if (token.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.InterpolatedStringTextToken)) continue;   // added with its start token
                        Add(items, token);
                        if (token.Parent is InterpolatedStringExpressionSyntax interpolated && token == interpolated.StringStartToken)
                        {
                            // $"…{x}…": the text parts between the holes spell no quote of their own.
                            foreach (var content in interpolated.Contents)
                            {
                                if (content is InterpolatedStringTextSyntax part) Add(items, part.TextToken);
                            }
                        }
                    }
                }

                items.Sort((a, b) => a.Item1.SpanStart.CompareTo(b.Item1.SpanStart));

                // Two threads may compute it; both results are equal and the first one stored wins.
                return PerTree.GetValue(tree, _ => new StoredLiterals(items));
            }

            /// <summary>
            /// The token at <paramref name="position"/>, found from the lowest ancestor of the previous lookup's node that
            /// spans it (quotes come in source order, so that ancestor is close): a lookup from the root costs the depth of
            /// the tree, which a constant concatenation of 40,000 terms makes 40,000 deep (quadratic over its literals).
            /// </summary>
            private static SyntaxToken FindToken(SyntaxNode root, ref SyntaxNode? finger, int position)
            {
                var start = finger ?? root;
                while (!start.FullSpan.Contains(position) && start.Parent is { } parent) start = parent;
                var token = start.FullSpan.Contains(position) ? start.FindToken(position) : root.FindToken(position);
                finger = token.Parent;
                return token;
            }

            private static void Add(List<(SyntaxToken, SyntaxNode)> items, SyntaxToken token)
            {
                switch ((Microsoft.CodeAnalysis.CSharp.SyntaxKind)token.RawKind)
                {
                    case Microsoft.CodeAnalysis.CSharp.SyntaxKind.StringLiteralToken:
                    case Microsoft.CodeAnalysis.CSharp.SyntaxKind.Utf8StringLiteralToken:
                    case Microsoft.CodeAnalysis.CSharp.SyntaxKind.SingleLineRawStringLiteralToken:
                    case Microsoft.CodeAnalysis.CSharp.SyntaxKind.MultiLineRawStringLiteralToken:
                    case Microsoft.CodeAnalysis.CSharp.SyntaxKind.Utf8SingleLineRawStringLiteralToken:
                    case Microsoft.CodeAnalysis.CSharp.SyntaxKind.Utf8MultiLineRawStringLiteralToken:
                    case Microsoft.CodeAnalysis.CSharp.SyntaxKind.InterpolatedStringTextToken:
                        if (InitializedPosition(token) is { } position) items.Add((token, position));
                        break;
                }
            }

            /// <summary>The index of the first literal at or after <paramref name="position"/> (binary search; Count when none).</summary>
            public int FirstAtOrAfter(int position)
            {
                int low = 0, high = _items.Count;
                while (low < high)
                {
                    var middle = (low + high) / 2;
                    if (_items[middle].Token.SpanStart < position) low = middle + 1;
                    else high = middle;
                }

                return low;
            }
        }

        /// <summary>
        /// The syntax a literal token's value is stored by, climbing the expressions a value passes through unchanged or as
        /// a part (parentheses, casts, concatenation, interpolation, ?:, ??, switch arms, calls such as
        /// <c>Encoding.UTF8.GetBytes("…")</c>): a variable declarator or property initialiser, an expression-bodied
        /// property or accessor, a <c>return</c>, the right side of an assignment, or a tuple (deconstruction). Null for
        /// any other position (an argument of a constructor, a log message, an attribute). A superset of the positions
        /// <see cref="InitializedSymbol"/> follows.
        /// </summary>
        public static SyntaxNode? InitializedPosition(SyntaxToken token)
        {
            var node = token.Parent;
            for (var i = 0; i < 24 && node is not null; i++)
            {
                var parent = node.Parent;
                switch (parent)
                {
                    case BinaryExpressionSyntax binary when !binary.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.AddExpression) &&
                                                             !binary.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.CoalesceExpression):
                        return null;                                                                   // a comparison or test: no value stored
                    case ParenthesizedExpressionSyntax or CastExpressionSyntax or BinaryExpressionSyntax or ConditionalExpressionSyntax or
                        InterpolatedStringExpressionSyntax or InterpolationSyntax or SwitchExpressionArmSyntax or SwitchExpressionSyntax or
                        PostfixUnaryExpressionSyntax or ArgumentSyntax or ArgumentListSyntax or InvocationExpressionSyntax or MemberAccessExpressionSyntax:
                        node = parent;
                        continue;
                    case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax or PropertyDeclarationSyntax } equals:
                        return equals.Parent;
                    case ArrowExpressionClauseSyntax { Parent: PropertyDeclarationSyntax or AccessorDeclarationSyntax or IndexerDeclarationSyntax } arrow:
                        return arrow.Parent;
                    case ReturnStatementSyntax ret:
                        // Only a getter's return stores a value in a symbol (the property).
                        return ret.FirstAncestorOrSelf<SyntaxNode>(n => n is MemberDeclarationSyntax or AccessorDeclarationSyntax or
                            AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax) is AccessorDeclarationSyntax { Keyword.ValueText: "get" } getter
                            ? getter
                            : null;
                    case TupleExpressionSyntax tuple:
                        // var (key, secret) = ("…", "…"): a deconstruction stores each element in a local.
                        return tuple.Parent is AssignmentExpressionSyntax { Left: DeclarationExpressionSyntax or TupleExpressionSyntax } deconstruction &&
                               deconstruction.Right == tuple
                            ? tuple
                            : null;
                    case AssignmentExpressionSyntax assignment when assignment.Right == node && assignment.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.SimpleAssignmentExpression):
                        return assignment;
                    default:
                        return null;
                }
            }

            return null;
        }

        /// <summary>The name a value stored at <paramref name="position"/> (<see cref="InitializedPosition"/>) takes, when
        /// syntax alone tells: a declarator's, a property's (also through its getter), an assignment target's. Null otherwise.</summary>
        public static string? PositionName(SyntaxNode position)
        {
            switch (position)
            {
                case VariableDeclaratorSyntax declarator:
                    return declarator.Identifier.ValueText;
                case PropertyDeclarationSyntax property:
                    return property.Identifier.ValueText;
                case AssignmentExpressionSyntax { Left: var left }:
                    return left.RightmostName() is { Length: > 0 } target ? target : null;
            }

            for (var n = position; n is not null; n = n.Parent)
            {
                if (n is PropertyDeclarationSyntax property) return property.Identifier.ValueText;
                if (n is MemberDeclarationSyntax or AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax) return null;
            }

            return null;
        }

        /// <summary>An empty index for the references of one type scope of <paramref name="assembly"/>, fed through
        /// <see cref="Record"/> (by <see cref="TypeValueScopes{TPending}"/> as the driver visits bodies, or by hand in tools
        /// and tests that hold a whole compilation).</summary>
        public static SymbolValueIndex Create(IAssemblySymbol? assembly) => new SymbolValueIndex(assembly);

        /// <summary>Records one reference the driver visits (see <see cref="Followed"/>). Cheap: it is only queued; the
        /// queue is sorted into uses and writes the first time the index is asked (most types never are: they initialise
        /// no symbol with a candidate literal).</summary>
        public void Record(IOperation reference)
        {
            if (Followed(reference, _assembly) is { } symbol) _references.Enqueue((symbol, reference));
        }

        /// <summary>Records a reference already found worth following (<see cref="Followed"/> returned <paramref name="symbol"/>).</summary>
        public void Add(ISymbol symbol, IOperation reference) => _references.Enqueue((symbol, reference));

        /// <summary>
        /// The symbol a reference operation is worth recording for, or null: a local (any write disqualifies it), or a
        /// field or getter-only property of <paramref name="assembly"/>, of a type that can carry a string, read at a
        /// carrying position (an argument, the value of an assignment, an initialiser or a return). Decided from the
        /// reference and its parents only, so a caller can filter before it looks anything up.
        /// </summary>
        public static ISymbol? Followed(IOperation reference, IAssemblySymbol? assembly)
        {
            ISymbol symbol;
            ITypeSymbol? type;
            switch (reference)
            {
                case ILocalReferenceOperation local:
                    if (local.Local.IsRef) return null;
                    symbol = local.Local;
                    type = local.Local.Type;
                    break;
                case IFieldReferenceOperation { Field: { } field }:
                    symbol = field;
                    type = field.Type;
                    break;
                case IPropertyReferenceOperation { Property: { SetMethod: null, IsIndexer: false } property }:
                    symbol = property;
                    type = property.Type;
                    break;
                default:
                    return null;
            }

            if (type is null || IsScalar(type)) return null;
            if (symbol is ILocalSymbol) return IsWrite(reference) || IsCarryingPosition(ConstantTracker.UsedValue(reference)) ? symbol : null;
            if (!SymbolEqualityComparer.Default.Equals(symbol.ContainingAssembly, assembly)) return null;
            return IsCarryingPosition(ConstantTracker.UsedValue(reference)) ? symbol : null;
        }

        private void EnsureSorted()
        {
            lock (_gate)
            {
                if (_references.IsEmpty) return;
                var touched = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
                while (_references.TryDequeue(out var entry))
                {
                    if (Sort(entry.Symbol, entry.Reference) is { } symbol) touched.Add(symbol);
                }

                // The driver visits bodies concurrently, so references arrive in any order: keep each symbol's uses in
                // source order, so that the first sink a value reaches (and the message naming it) is the same every run.
                foreach (var symbol in touched)
                {
                    if (_uses.TryGetValue(symbol, out var uses) && uses.Count > 1) uses.Sort(CompareBySource);
                }
            }
        }

        /// <summary>One queued reference: a use at a carrying position, or a write that disqualifies a local.</summary>
        private ISymbol? Sort(ISymbol symbol, IOperation reference)
        {
            if (symbol is ILocalSymbol && IsWrite(reference))
            {
                _rewritten.Add(symbol);
                return null;
            }

            if (!_uses.TryGetValue(symbol, out var uses)) _uses[symbol] = uses = new List<IOperation>(1);
            uses.Add(reference);
            return symbol;
        }

        private static int CompareBySource(IOperation x, IOperation y)
        {
            var byPath = string.CompareOrdinal(x.Syntax.SyntaxTree.FilePath, y.Syntax.SyntaxTree.FilePath);
            return byPath != 0 ? byPath : x.Syntax.SpanStart.CompareTo(y.Syntax.SpanStart);
        }

        /// <summary>
        /// Follows the value stored in <paramref name="origin"/> to the places it arrives unchanged: each use of the
        /// symbol, and the uses of the symbols initialised from such a use (at most <see cref="ConstantTracker.MaxHops"/>
        /// symbols). <paramref name="consumer"/> receives the used value (the reference climbed through conversions and
        /// encoding calls, see <see cref="ConstantTracker.UsedValue"/>) and returns true to stop.
        /// </summary>
        public bool AnyUse<TState>(ISymbol origin, TState state, System.Func<IOperation, TState, bool> consumer, CancellationToken cancellationToken)
        {
            EnsureSorted();
            if (IsRewritten(origin)) return false;
            var pending = new List<ISymbol>(2) { origin };
            for (var s = 0; s < pending.Count && s < ConstantTracker.MaxHops; s++)
            {
                if (!_uses.TryGetValue(pending[s], out var uses)) continue;
                foreach (var reference in uses)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var used = ConstantTracker.UsedValue(reference);
                    if (!CarriesUnchanged(reference, used)) continue;
                    if (consumer(used, state)) return true;
                    if (InitializedSymbol(used, cancellationToken) is { } next && pending.Count < ConstantTracker.MaxHops &&
                        !IsRewritten(next) && !Contains(pending, next))
                        pending.Add(next);
                }
            }

            return false;
        }

        /// <summary>The recorded reads of <paramref name="symbol"/> at carrying positions (in no particular order).</summary>
        public IEnumerable<IOperation> UsesOf(ISymbol symbol)
        {
            EnsureSorted();
            return _uses.TryGetValue(symbol, out var uses) ? uses : (IEnumerable<IOperation>)System.Array.Empty<IOperation>();
        }

        private bool IsRewritten(ISymbol symbol) => symbol is ILocalSymbol && _rewritten.Contains(symbol);

        /// <summary>
        /// The symbol whose stored value is <paramref name="used"/>: a const or readonly field initialiser, a readonly field
        /// assignment in a constructor, a getter-only
        /// property initialiser or single-expression getter, a local initialiser. Null for any other position.
        /// </summary>
        public static ISymbol? InitializedSymbol(IOperation used, CancellationToken cancellationToken)
        {
            var parent = used.Parent;
            while (parent is IConversionOperation or IParenthesizedOperation) parent = parent.Parent;
            switch (parent)
            {
                case IFieldInitializerOperation field when field.InitializedFields.Length == 1:
                    var f = field.InitializedFields[0];
                    return f.IsConst || f.IsReadOnly ? f : null;
                case IPropertyInitializerOperation property when property.InitializedProperties.Length == 1:
                    return property.InitializedProperties[0].SetMethod is null ? property.InitializedProperties[0] : null;
                case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                    return declarator.Symbol;
                case ITupleOperation tuple:
                    // var (key, secret) = ("…", "…"): the local the element is deconstructed into.
                    return DeconstructedInto(tuple, used);
                case ISimpleAssignmentOperation { Target: IFieldReferenceOperation { Field: { IsReadOnly: true } assigned } } assignment
                    when !ReferenceEquals(assignment.Target, used) && used.SemanticModel is { } ctorModel &&
                         ctorModel.GetEnclosingSymbol(assignment.Syntax.SpanStart, cancellationToken) is IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.StaticConstructor }:
                    // A readonly field set in a constructor.
                    return assigned;
                case IReturnOperation ret when used.SemanticModel is { } model:
                    var enclosing = model.GetEnclosingSymbol(ret.Syntax.SpanStart, cancellationToken);
                    return enclosing is IMethodSymbol { MethodKind: MethodKind.PropertyGet, AssociatedSymbol: IPropertySymbol p } && p.SetMethod is null
                        && IsSingleExpressionGetter(ret) ? p : null;
            }

            return null;
        }

        private static ILocalSymbol? DeconstructedInto(ITupleOperation tuple, IOperation used) =>
            DeconstructionTarget(tuple, ElementIndex(tuple, used)) is ILocalReferenceOperation { Local: { IsRef: false } local } ? local : null;

        /// <summary>The position of <paramref name="used"/> among the tuple's elements (through conversions), or -1.</summary>
        public static int ElementIndex(ITupleOperation tuple, IOperation used)
        {
            var element = used.WalkDownConversion();
            for (var i = 0; i < tuple.Elements.Length; i++)
            {
                if (ReferenceEquals(tuple.Elements[i].WalkDownConversion(), element)) return i;
            }

            return -1;
        }

        /// <summary>
        /// When <paramref name="tuple"/> is the value of a deconstruction (<c>var (key, secret) = ("…", "…")</c>), the
        /// target its element <paramref name="index"/> is stored in (a local, field, property or parameter reference,
        /// through conversions); null otherwise.
        /// </summary>
        public static IOperation? DeconstructionTarget(ITupleOperation tuple, int index)
        {
            if (index < 0) return null;
            var outer = tuple.WalkUpConversionAndParentheses();
            if (outer.Parent is not IDeconstructionAssignmentOperation deconstruction || !ReferenceEquals(deconstruction.Value.WalkDownConversion(), tuple)) return null;
            var targets = (deconstruction.Target as IDeclarationExpressionOperation)?.Expression as ITupleOperation ?? deconstruction.Target as ITupleOperation;
            return targets is not null && index < targets.Elements.Length ? targets.Elements[index].WalkDownConversion() : null;
        }

        /// <summary><c>get =&gt; …</c>, <c>P =&gt; …</c> or a getter whose body is a single return.</summary>
        public static bool IsSingleExpressionGetter(IReturnOperation ret) =>
            ret.Syntax.Parent is ArrowExpressionClauseSyntax || ret.Syntax is ExpressionSyntax { Parent: ArrowExpressionClauseSyntax } ||
            ret.Syntax is ReturnStatementSyntax { Parent: BlockSyntax { Statements.Count: 1 } };

        /// <summary>
        /// True when the value goes from <paramref name="from"/> to <paramref name="used"/> unchanged: only conversions,
        /// parentheses and encoding calls in between (no conditional, coalesce or switch branch choosing it).
        /// </summary>
        public static bool CarriesUnchanged(IOperation from, IOperation used)
        {
            var current = from;
            for (var i = 0; i < 16 && current is not null && !ReferenceEquals(current, used); i++)
            {
                if (current.Parent is IConditionalOperation or ICoalesceOperation or ISwitchExpressionArmOperation or ISwitchExpressionOperation) return false;
                current = current.Parent;
            }

            return ReferenceEquals(current, used);
        }

        private static bool IsCarryingPosition(IOperation used)
        {
            var parent = used.Parent;
            while (parent is IConversionOperation or IParenthesizedOperation) parent = parent.Parent;
            return parent switch
            {
                IArgumentOperation => true,
                ISimpleAssignmentOperation assignment => !ReferenceEquals(assignment.Target, used),
                IFieldInitializerOperation or IPropertyInitializerOperation or IVariableInitializerOperation or IReturnOperation => true,
                _ => false,
            };
        }

        private static bool IsWrite(IOperation reference) => reference.Parent switch
        {
            IAssignmentOperation assignment => ReferenceEquals(assignment.Target, reference),
            IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out } => true,
            IIncrementOrDecrementOperation => true,
            _ => false,
        };

        /// <summary>Numbers, booleans, chars and enums never carry a secret string.</summary>
        private static bool IsScalar(ITypeSymbol type) =>
            type.TypeKind == TypeKind.Enum ||
            (type.SpecialType >= SpecialType.System_Boolean && type.SpecialType <= SpecialType.System_Double);

        private static bool Contains(List<ISymbol> symbols, ISymbol symbol)
        {
            foreach (var s in symbols)
            {
                if (SymbolEqualityComparer.Default.Equals(s, symbol)) return true;
            }

            return false;
        }
    }
}
