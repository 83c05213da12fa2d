using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace SecretsAnalyzers.Internal
{
    /// <summary>How a constant string was turned into the value a sink receives (spelled for fixes by <see cref="ConstantEncodings"/>).</summary>
    internal enum ConstantEncoding
    {
        /// <summary>The string itself.</summary>
        None = 0,

        /// <summary><c>"…"u8</c> or <c>Encoding.X.GetBytes("…")</c>.</summary>
        Utf8Bytes,

        /// <summary><c>Convert.FromBase64String("…")</c>.</summary>
        Base64Bytes,

        /// <summary>ExchangeSharp's <c>"…".ToSecureString()</c>.</summary>
        SecureString,
    }

    /// <summary>A compile-time constant string found behind a value, and the source node that spells it.</summary>
    internal readonly struct TrackedConstant
    {
        public TrackedConstant(string value, SyntaxNode origin, ConstantEncoding encoding, ISymbol? throughSymbol)
        {
            Value = value;
            Origin = origin;
            Encoding = encoding;
            ThroughSymbol = throughSymbol;
        }

        /// <summary>The constant text (never put it in a message or a property).</summary>
        public string Value { get; }

        /// <summary>The node to squiggle: the literal (or constant expression) where the value is written; it may sit in
        /// another tree than the use when the value travelled through a const or a static readonly field.</summary>
        public SyntaxNode Origin { get; }

        public ConstantEncoding Encoding { get; }

        /// <summary>The local, field, const or property the value travelled through, if any (the last one).</summary>
        public ISymbol? ThroughSymbol { get; }

        /// <summary>True when <see cref="Origin"/> is a <c>u8</c> literal (a fix must produce bytes there).</summary>
        public bool OriginIsUtf8Literal => Origin.IsKind(SyntaxKind.Utf8StringLiteralExpression);
    }

    /// <summary>
    /// Finds the compile-time constant string behind a value: a literal, a const (local or field), a constant
    /// concatenation or interpolation, a <c>u8</c> literal, <c>Encoding.*.GetBytes("…")</c>,
    /// <c>Convert.FromBase64String("…")</c>, <c>"…".ToSecureString()</c>, or a local, a static readonly / readonly field
    /// or a getter-only property initialised with one of those. Bounded: at most <see cref="MaxHops"/> symbol hops,
    /// no recursion, no compilation-wide search. Symbols declared in another tree are followed syntactically
    /// (their initialiser must be a literal or one of the wrappers around a literal). Never throws.
    /// </summary>
    internal static class ConstantTracker
    {
        public const int MaxHops = 4;

        /// <summary>Tracks <paramref name="value"/> back to a constant string.</summary>
        /// <param name="followSymbols">False: only the value expression itself (and encoding wrappers) counts.</param>
        public static bool TryTrack(IOperation? value, out TrackedConstant constant, bool followSymbols = true, CancellationToken cancellationToken = default)
        {
            constant = default;
            var encoding = ConstantEncoding.None;
            ISymbol? through = null;
            var operation = value;
            for (var step = 0; step < MaxHops * 3 && operation is not null; step++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                operation = Unwrap(operation);
                if (operation is null) return false;

                if (operation is IUtf8StringOperation utf8)
                {
                    constant = new TrackedConstant(utf8.Value, utf8.Syntax, ConstantEncoding.Utf8Bytes, through);
                    return true;
                }

                if (operation is IInvocationOperation invocation)
                {
                    if (!TryUnwrapEncodingCall(invocation, out var inner, out var kind)) return false;
                    if (encoding == ConstantEncoding.None) encoding = kind;
                    operation = inner;
                    continue;
                }

                if (operation.ConstantValue is { HasValue: true, Value: string text })
                {
                    var origin = operation.Syntax;
                    if (operation is IFieldReferenceOperation { Field: { IsConst: true } field })
                    {
                        through = field;
                        origin = FindConstOrigin(field, operation.SemanticModel, cancellationToken) ?? origin;
                    }
                    else if (operation is ILocalReferenceOperation { Local: { IsConst: true } local })
                    {
                        through = local;
                        origin = FindConstOrigin(local, operation.SemanticModel, cancellationToken) ?? origin;
                    }

                    constant = new TrackedConstant(text, origin, encoding, through);
                    return true;
                }

                if (!followSymbols) return false;

                ExpressionSyntax? initializer;
                switch (operation)
                {
                    case ILocalReferenceOperation localRef:
                        initializer = LocalInitializer(localRef.Local, cancellationToken);
                        through = localRef.Local;
                        break;
                    case IFieldReferenceOperation fieldRef when fieldRef.Field.IsReadOnly:
                        initializer = VariableInitializer(fieldRef.Field, cancellationToken);
                        through = fieldRef.Field;
                        break;
                    case IPropertyReferenceOperation propRef when IsGetterOnly(propRef.Property):
                        initializer = PropertyInitializer(propRef.Property, cancellationToken);
                        through = propRef.Property;
                        break;
                    default:
                        return false;
                }

                if (initializer is null) return false;
                var model = operation.SemanticModel;

                // Only a local's initialiser is bound (it is part of the body being analysed); a member's initialiser is
                // read as syntax, never bound from here.
                if (operation is ILocalReferenceOperation && model is not null && model.SyntaxTree == initializer.SyntaxTree)
                {
                    operation = model.GetOperation(initializer, cancellationToken);
                    continue;
                }

                return TryTrackSyntax(initializer, encoding, through, out constant);
            }

            return false;
        }

        /// <summary>Syntax-only tracking for an initialiser in another tree: a literal, <c>u8</c> literal or a wrapper call around one.</summary>
        public static bool TryTrackSyntax(ExpressionSyntax expression, ConstantEncoding encoding, ISymbol? through, out TrackedConstant constant)
        {
            constant = default;
            for (var i = 0; i < 4; i++)
            {
                while (expression is ParenthesizedExpressionSyntax p) expression = p.Expression;
                switch (expression)
                {
                    case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression):
                        constant = new TrackedConstant(literal.Token.ValueText, literal, encoding, through);
                        return true;
                    case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.Utf8StringLiteralExpression):
                        constant = new TrackedConstant(literal.Token.ValueText, literal, ConstantEncoding.Utf8Bytes, through);
                        return true;
                    case InvocationExpressionSyntax call when call.Expression is MemberAccessExpressionSyntax member:
                        var name = member.Name.Identifier.ValueText;
                        if (name == "ToSecureString" && call.ArgumentList.Arguments.Count == 0)
                        {
                            expression = member.Expression;
                            if (encoding == ConstantEncoding.None) encoding = ConstantEncoding.SecureString;
                            continue;
                        }

                        if ((name == "GetBytes" || name == "FromBase64String") && call.ArgumentList.Arguments.Count == 1)
                        {
                            expression = call.ArgumentList.Arguments[0].Expression;
                            if (encoding == ConstantEncoding.None) encoding = name == "GetBytes" ? ConstantEncoding.Utf8Bytes : ConstantEncoding.Base64Bytes;
                            continue;
                        }

                        return false;
                    default:
                        return false;
                }
            }

            return false;
        }

        /// <summary>The local, field or property a value reads, under conversions and encoding calls (null for anything else).</summary>
        public static ISymbol? ValueSymbol(IOperation? value)
        {
            var operation = value;
            for (var step = 0; step < 8 && operation is not null; step++)
            {
                operation = Unwrap(operation);
                switch (operation)
                {
                    case IInvocationOperation invocation when TryUnwrapEncodingCall(invocation, out var inner, out _):
                        operation = inner;
                        continue;
                    case ILocalReferenceOperation local:
                        return local.Local;
                    case IFieldReferenceOperation field:
                        return field.Field;
                    case IPropertyReferenceOperation property:
                        return property.Property;
                }

                return null;
            }

            return null;
        }

        /// <summary>
        /// Cheap test, before <see cref="ConstantRoot"/>: is <paramref name="literal"/> a later term of a constant string
        /// concatenation (the right operand of <c>+</c> whose left side is constant and already holds a literal)? Such a
        /// literal never speaks for its constant expression. It reads no constant value above the literal: a constant
        /// concatenation's value is materialised per node, so climbing a long one from every term would cost its length
        /// squared. The left side is checked down at most 32 terms; a longer left-nested run of literals counts as constant.
        /// </summary>
        public static bool IsLaterTermOfConcatenation(IOperation literal)
        {
            var current = literal;
            while (current.Parent is IConversionOperation or IParenthesizedOperation) current = current.Parent;
            if (current.Parent is not IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String } parent ||
                !ReferenceEquals(parent.RightOperand, current))
                return false;

            var sawLiteral = false;
            var node = Unwrap(parent.LeftOperand);
            for (var i = 0; i < 32 && node is not null; i++)
            {
                switch (node)
                {
                    case ILiteralOperation { ConstantValue: { HasValue: true, Value: string } }:
                        return true;
                    case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String } binary:
                        var right = Unwrap(binary.RightOperand);
                        if (right is ILiteralOperation { ConstantValue: { HasValue: true, Value: string } }) sawLiteral = true;
                        else if (right is not (IFieldReferenceOperation { Field.IsConst: true } or ILocalReferenceOperation { Local.IsConst: true })) return false;
                        node = Unwrap(binary.LeftOperand);
                        continue;
                    case IFieldReferenceOperation { Field.IsConst: true }:
                    case ILocalReferenceOperation { Local.IsConst: true }:
                        return sawLiteral;
                    default:
                        return false;
                }
            }

            return sawLiteral;
        }

        /// <summary>
        /// Is <paramref name="literal"/> the first string (or u8) literal of the constant expression <paramref name="root"/>?
        /// Decided walking up from the literal (an earlier sibling holding a literal is searched last-child first, so a long
        /// left-nested concatenation answers in constant time), never by searching the root again for every literal.
        /// </summary>
        public static bool IsFirstStringLiteralOf(IOperation literal, IOperation root)
        {
            var current = literal;
            for (var i = 0; i < 64 && !ReferenceEquals(current, root); i++)
            {
                var parent = current.Parent;
                if (parent is null) return false;

                // Any earlier sibling that spells a string literal comes first.
                if (EarlierSiblingsHoldLiteral(parent, current)) return false;
                current = parent;
            }

            return ReferenceEquals(current, root);
        }

        private static bool EarlierSiblingsHoldLiteral(IOperation parent, IOperation current)
        {
            var stack = new System.Collections.Generic.Stack<IOperation>();
            foreach (var child in parent.ChildOperations)
            {
                if (ReferenceEquals(child, current)) break;
                stack.Push(child);   // the nearest earlier sibling ends on top
            }

            var budget = 4096;
            while (stack.Count > 0 && budget-- > 0)
            {
                var node = stack.Pop();
                if (node is ILiteralOperation { ConstantValue: { HasValue: true, Value: string } } or IUtf8StringOperation) return true;
                foreach (var child in node.ChildOperations) stack.Push(child);   // last child on top
            }

            return stack.Count > 0;   // out of budget: assume a literal comes first (stay silent rather than report twice)
        }

        /// <summary>Conversions and parentheses around a value.</summary>
        public static IOperation? Unwrap(IOperation? operation) => operation?.WalkDownConversionAndParentheses();

        /// <summary><c>Encoding.*.GetBytes(x)</c>, <c>Convert.FromBase64String(x)</c>, <c>x.ToSecureString()</c>.</summary>
        public static bool TryUnwrapEncodingCall(IInvocationOperation invocation, out IOperation? inner, out ConstantEncoding encoding)
        {
            inner = null;
            encoding = ConstantEncoding.None;
            var method = invocation.TargetMethod;
            if (method is null) return false;
            switch (method.Name)
            {
                case "GetBytes" when invocation.Arguments.Length == 1 && IsTextEncoding(method.ContainingType) &&
                                     method.Parameters[0].Type.SpecialType == SpecialType.System_String:
                    inner = invocation.Arguments[0].Value;
                    encoding = ConstantEncoding.Utf8Bytes;
                    return true;
                case "FromBase64String" when invocation.Arguments.Length == 1 && method.ContainingType is { Name: "Convert" } convert &&
                                             IsNamespace(convert.ContainingNamespace, "System"):
                    inner = invocation.Arguments[0].Value;
                    encoding = ConstantEncoding.Base64Bytes;
                    return true;
                case "ToSecureString" when method.IsExtensionMethod && invocation.Arguments.Length == 1:
                    inner = invocation.Arguments[0].Value;
                    encoding = ConstantEncoding.SecureString;
                    return true;
                case "ToSecureString" when invocation.Instance is not null && invocation.Arguments.Length == 0:
                    inner = invocation.Instance;
                    encoding = ConstantEncoding.SecureString;
                    return true;
            }

            return false;
        }

        private static bool IsTextEncoding(INamedTypeSymbol? type)
        {
            for (var i = 0; i < 4 && type is not null; i++, type = type.BaseType)
            {
                if (type.Name == "Encoding" && IsNamespace(type.ContainingNamespace, "System.Text")) return true;
            }

            return false;
        }

        /// <summary>True when <paramref name="ns"/> is exactly the dotted namespace <paramref name="dotted"/> (no allocation).</summary>
        public static bool IsNamespace(INamespaceSymbol? ns, string dotted) => ns.IsNamespace(dotted);

        private static bool IsGetterOnly(IPropertySymbol property) =>
            property.SetMethod is null && !property.IsAbstract && !property.IsIndexer && property.DeclaringSyntaxReferences.Length == 1;

        /// <summary>The literal (or constant expression) a const is declared with, following const-to-const in the same tree.</summary>
        private static SyntaxNode? FindConstOrigin(ISymbol symbol, SemanticModel? model, CancellationToken cancellationToken)
        {
            SyntaxNode? origin = null;
            for (var i = 0; i < MaxHops; i++)
            {
                var initializer = VariableInitializer(symbol, cancellationToken);
                if (initializer is null) return origin;
                origin = initializer;
                while (initializer is ParenthesizedExpressionSyntax p) initializer = p.Expression;
                if (initializer is IdentifierNameSyntax or MemberAccessExpressionSyntax &&
                    model is not null && model.SyntaxTree == initializer.SyntaxTree &&
                    model.GetSymbolInfo(initializer, cancellationToken).Symbol is { } next &&
                    (next is IFieldSymbol { IsConst: true } || next is ILocalSymbol { IsConst: true }))
                {
                    symbol = next;
                    continue;
                }

                return origin;
            }

            return origin;
        }

        /// <summary>The initialiser of a field, const or local declared in source (single declarator).</summary>
        public static ExpressionSyntax? VariableInitializer(ISymbol symbol, CancellationToken cancellationToken)
        {
            var refs = symbol.DeclaringSyntaxReferences;
            if (refs.Length != 1) return null;
            return refs[0].GetSyntax(cancellationToken) is VariableDeclaratorSyntax { Initializer: { } init } ? init.Value : null;
        }

        private static ExpressionSyntax? PropertyInitializer(IPropertySymbol property, CancellationToken cancellationToken)
        {
            var refs = property.DeclaringSyntaxReferences;
            if (refs.Length != 1) return null;
            if (refs[0].GetSyntax(cancellationToken) is not PropertyDeclarationSyntax declaration) return null;
            if (declaration.Initializer is { } init) return init.Value;
            if (declaration.ExpressionBody is { } body) return body.Expression;
            if (declaration.AccessorList is { } accessors && accessors.Accessors.Count == 1 &&
                accessors.Accessors[0] is { } getter && getter.IsKind(SyntaxKind.GetAccessorDeclaration))
            {
                if (getter.ExpressionBody is { } getterBody) return getterBody.Expression;
                if (getter.Body is { Statements.Count: 1 } block && block.Statements[0] is ReturnStatementSyntax { Expression: { } returned })
                    return returned;
            }

            return null;
        }

        /// <summary>The initialiser of a local that is never written again in its enclosing member (a scan of the local's
        /// own block: call it for the few locals that reach a sink, not for every local).</summary>
        public static ExpressionSyntax? UnchangedLocalInitializer(ILocalSymbol local, CancellationToken cancellationToken = default) =>
            LocalInitializer(local, cancellationToken);

        /// <summary>The initialiser of a local that is never written again in its enclosing member.</summary>
        private static ExpressionSyntax? LocalInitializer(ILocalSymbol local, CancellationToken cancellationToken)
        {
            if (local.IsRef) return null;
            var refs = local.DeclaringSyntaxReferences;
            if (refs.Length != 1) return null;
            if (refs[0].GetSyntax(cancellationToken) is not VariableDeclaratorSyntax { Initializer: { } init } declarator) return null;
            SyntaxNode? scope = declarator.Parent?.Parent is LocalDeclarationStatementSyntax ? declarator.Parent.Parent.Parent : null;
            if (scope is null) return null;

            // The names written in a block are collected once per block (memoised on the syntax node), so asking for N
            // locals of one block stays linear.
            return WrittenNames.GetValue(scope, CollectWrittenNames).Contains(local.Name) ? null : init.Value;
        }

        private static readonly ConditionalWeakTable<SyntaxNode, HashSet<string>> WrittenNames = new ConditionalWeakTable<SyntaxNode, HashSet<string>>();

        private static readonly ConditionalWeakTable<SyntaxNode, HashSet<string>>.CreateValueCallback CollectWrittenNames = scope =>
        {
            // Assigned (=, +=, …) or passed by ref/out anywhere in the block.
            var names = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (var node in scope.DescendantNodes())
            {
                switch (node)
                {
                    case AssignmentExpressionSyntax { Left: IdentifierNameSyntax assigned }:
                        names.Add(assigned.Identifier.ValueText);
                        break;
                    case ArgumentSyntax { Expression: IdentifierNameSyntax passed } argument when !argument.RefKindKeyword.IsKind(SyntaxKind.None):
                        names.Add(passed.Identifier.ValueText);
                        break;
                }
            }

            return names;
        };

        /// <summary>The topmost constant-valued expression that contains <paramref name="operation"/> (a literal inside a
        /// constant concatenation or interpolation), with conversions and parentheses included.</summary>
        public static IOperation ConstantRoot(IOperation operation)
        {
            var current = operation;
            for (var i = 0; i < 32; i++)
            {
                var parent = current.Parent;
                if (parent is null) break;
                if (parent is IConversionOperation or IParenthesizedOperation ||
                    parent is IInterpolationOperation or IInterpolatedStringTextOperation ||
                    ((parent is IBinaryOperation or IInterpolatedStringOperation) && parent.ConstantValue.HasValue))
                {
                    current = parent;
                    continue;
                }

                break;
            }

            // Do not stop on an inner piece of an interpolation: the root is the interpolated string itself.
            return current;
        }

        /// <summary>Climbs from a constant root through the wrappers of <see cref="TryUnwrapEncodingCall"/> and conversions
        /// to the value that is actually used (for example <c>Encoding.UTF8.GetBytes("…")</c>).</summary>
        public static IOperation UsedValue(IOperation root)
        {
            var current = root;
            for (var i = 0; i < 8; i++)
            {
                var parent = current.Parent;
                if (parent is IConversionOperation or IParenthesizedOperation)
                {
                    current = parent;
                    continue;
                }

                // A constant branch is used as the whole value: `live ? "…" : other`, `configuration["k"] ?? "…"`.
                if ((parent is IConditionalOperation conditional && (ReferenceEquals(conditional.WhenTrue, current) || ReferenceEquals(conditional.WhenFalse, current))) ||
                    (parent is ICoalesceOperation coalesce && ReferenceEquals(coalesce.WhenNull, current)))
                {
                    current = parent;
                    continue;
                }

                if (parent is ISwitchExpressionArmOperation { Parent: ISwitchExpressionOperation switchExpression } arm && ReferenceEquals(arm.Value, current))
                {
                    current = switchExpression;
                    continue;
                }

                if (parent is IArgumentOperation { Parent: IInvocationOperation call } && TryUnwrapEncodingCall(call, out var inner, out _) &&
                    ReferenceEquals(Unwrap(inner), Unwrap(current)))
                {
                    current = call;
                    continue;
                }

                if (parent is IInvocationOperation instanceCall && ReferenceEquals(instanceCall.Instance, current) &&
                    TryUnwrapEncodingCall(instanceCall, out _, out _))
                {
                    current = instanceCall;
                    continue;
                }

                break;
            }

            return current;
        }

        internal static bool ContainsOrdinalIgnoreCase(string text, string part) =>
            text.IndexOf(part, StringComparison.OrdinalIgnoreCase) >= 0;
    }
}
