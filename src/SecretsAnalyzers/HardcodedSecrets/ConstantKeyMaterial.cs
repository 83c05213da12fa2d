using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using SecretsAnalyzers.Internal;

namespace SecretsAnalyzers.HardcodedSecrets
{
    /// <summary>The constant expression behind a key argument, and how it is decoded.</summary>
    internal readonly struct KeyMaterial
    {
        public KeyMaterial(SyntaxNode constant, string decode, string? name)
        {
            Constant = constant;
            Decode = decode;
            Name = name;
        }

        /// <summary>The node a fix rewrites: the string literal, the u8 literal (with its ToArray call) or the byte array.</summary>
        public SyntaxNode Constant { get; }

        public string Decode { get; }

        /// <summary>The local or field the material travelled through, for lookup names.</summary>
        public string? Name { get; }

        public bool IsFound => Constant is not null;
    }

    /// <summary>
    /// Finds constant key bytes behind an operation: Encoding.*.GetBytes("…"), Convert.FromBase64String/FromHexString("…"),
    /// u8 literals, constant byte arrays and collection expressions, directly or through a local or field initialised
    /// with one. Empty keys are not key material.
    /// </summary>
    internal static class ConstantKeyMaterial
    {
        public static KeyMaterial Find(IOperation? operation, Compilation compilation, int depth = 0)
        {
            if (operation is null || depth > 3) return default;
            operation = Unwrap(operation);

            switch (operation)
            {
                case IUtf8StringOperation utf8:
                    return utf8.Value.Length > 0 ? new KeyMaterial(utf8.Syntax, ConstantEncodings.Utf8, null) : default;

                case IInvocationOperation invocation:
                    return FromInvocation(invocation, compilation, depth);

                case IArrayCreationOperation array:
                    return IsConstantByteArray(array) ? new KeyMaterial(array.Syntax, ConstantEncodings.Bytes, null) : default;

                case ILocalReferenceOperation local:
                    return Named(FromDeclaration(local.Local, operation, compilation, depth), local.Local.Name);

                case IFieldReferenceOperation field:
                    return Named(FromDeclaration(field.Field, operation, compilation, depth), field.Field.Name);
            }

            // Collection expressions ([0x1f, 0x2e, …]) have no operation node in Roslyn 4.8: read the syntax.
            if (operation.Syntax is CollectionExpressionSyntax collection && IsConstantCollection(collection))
                return new KeyMaterial(collection, ConstantEncodings.Bytes, null);
            return default;
        }

        /// <summary>A constant string (a literal, a const, or a readonly/local string initialised with a literal) and its literal node.</summary>
        public static bool TryGetConstantString(IOperation? operation, Compilation compilation, out string value, out SyntaxNode? literal, int depth = 0)
        {
            value = "";
            literal = null;
            if (operation is null || depth > 3) return false;
            operation = Unwrap(operation);
            if (operation is ILiteralOperation { ConstantValue: { HasValue: true, Value: string s } } lit)
            {
                value = s;
                literal = lit.Syntax;
                return true;
            }

            ISymbol? symbol = operation switch
            {
                ILocalReferenceOperation l => l.Local,
                IFieldReferenceOperation f => f.Field,
                _ => null,
            };
            if (symbol is not null && InitializerOf(symbol, operation, out var initializer) is { } init)
            {
                if (init is LiteralExpressionSyntax l2 && l2.IsKind(SyntaxKind.StringLiteralExpression))
                {
                    value = l2.Token.ValueText;
                    literal = l2;
                    return !IsReassigned(symbol, operation);
                }
            }

            if (operation.ConstantValue is { HasValue: true, Value: string c })
            {
                value = c;
                literal = operation.Syntax;
                return true;
            }

            return false;
        }

        private static KeyMaterial Named(KeyMaterial m, string name) => m.IsFound ? new KeyMaterial(m.Constant, m.Decode, m.Name ?? name) : m;

        private static IOperation Unwrap(IOperation operation) =>
            (operation.WalkDownConversionAndParentheses() is IArgumentOperation argument ? argument.Value : operation).WalkDownConversionAndParentheses();

        private static KeyMaterial FromInvocation(IInvocationOperation invocation, Compilation compilation, int depth)
        {
            var method = invocation.TargetMethod;
            switch (method.Name)
            {
                case "GetBytes" when invocation.Arguments.Length == 1 && method.ContainingType.DerivesFrom("Encoding", "System.Text"):
                    return FromString(invocation.Arguments[0].Value, compilation, ConstantEncodings.Utf8, depth);
                case "FromBase64String" when IsConvert(method.ContainingType):
                    return FromString(invocation.Arguments.FirstOrDefault()?.Value, compilation, ConstantEncodings.Base64, depth);
                case "FromHexString" when IsConvert(method.ContainingType):
                    return FromString(invocation.Arguments.FirstOrDefault()?.Value, compilation, ConstantEncodings.Hex, depth);
                case "ToArray" when invocation.Instance is { } instance && Unwrap(instance) is IUtf8StringOperation u8:
                    return u8.Value.Length > 0 ? new KeyMaterial(invocation.Syntax, ConstantEncodings.Utf8, null) : default;
            }

            return default;
        }

        private static KeyMaterial FromString(IOperation? argument, Compilation compilation, string decode, int depth)
        {
            if (!TryGetConstantString(argument, compilation, out var value, out var literal, depth + 1) || literal is null) return default;
            if (value.Trim().Length == 0) return default;   // an empty key is not key material
            if (IsPublishedProtocolKey(value)) return default;
            return new KeyMaterial(literal, decode, NameOf(argument));
        }

        /// <summary>
        /// HMAC keys that a published standard fixes for everyone: BIP-32's master-key derivation "Bitcoin seed", SLIP-10's
        /// "ed25519 seed" and "Nist256p1 seed". They label a derivation, they protect nothing.
        /// </summary>
        private static bool IsPublishedProtocolKey(string value) =>
            value is "Bitcoin seed" or "ed25519 seed" or "Nist256p1 seed" or "curve25519 seed";

        private static string? NameOf(IOperation? argument)
        {
            if (argument is null) return null;
            var inner = Unwrap(argument);
            return inner switch
            {
                ILocalReferenceOperation l => l.Local.Name,
                IFieldReferenceOperation f => f.Field.Name,
                _ => null,
            };
        }

        private static KeyMaterial FromDeclaration(ISymbol symbol, IOperation reference, Compilation compilation, int depth)
        {
            var init = InitializerOf(symbol, reference, out var model);
            if (init is null || IsReassigned(symbol, reference)) return default;
            if (init is CollectionExpressionSyntax collection)
                return IsConstantCollection(collection) ? new KeyMaterial(collection, ConstantEncodings.Bytes, null) : default;

            // Only a local's initialiser is bound: it is part of the body being analysed. A field's initialiser belongs to
            // another member and is read as syntax, never bound from inside this callback.
            if (symbol is not ILocalSymbol) return FromSyntax(init);
            if (model is null || init.SyntaxTree != model.SyntaxTree) return default;
            return Find(model.GetOperation(init), compilation, depth + 1);
        }

        /// <summary>
        /// Key material spelled in a field initialiser, read without binding: a <c>u8</c> literal (with or without
        /// <c>ToArray()</c>), <c>Encoding.X.GetBytes("…")</c>, <c>Convert.FromBase64String("…")</c> /
        /// <c>Convert.FromHexString("…")</c>, or a byte array of literals.
        /// </summary>
        private static KeyMaterial FromSyntax(ExpressionSyntax init)
        {
            while (init is ParenthesizedExpressionSyntax paren) init = paren.Expression;
            switch (init)
            {
                case LiteralExpressionSyntax u8 when u8.IsKind(SyntaxKind.Utf8StringLiteralExpression):
                    return u8.Token.ValueText.Length > 0 ? new KeyMaterial(u8, ConstantEncodings.Utf8, null) : default;
                case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access, ArgumentList.Arguments: var arguments } invocation:
                    var method = access.Name.Identifier.ValueText;
                    if (method == "ToArray" && arguments.Count == 0 && access.Expression is LiteralExpressionSyntax inner &&
                        inner.IsKind(SyntaxKind.Utf8StringLiteralExpression))
                        return inner.Token.ValueText.Length > 0 ? new KeyMaterial(invocation, ConstantEncodings.Utf8, null) : default;
                    if (arguments.Count != 1 || arguments[0].Expression is not LiteralExpressionSyntax literal ||
                        !literal.IsKind(SyntaxKind.StringLiteralExpression) || literal.Token.ValueText.Trim().Length == 0)
                        return default;
                    var receiver = access.Expression;
                    if (method == "GetBytes" && IsEncodingSyntax(receiver)) return new KeyMaterial(literal, ConstantEncodings.Utf8, null);
                    if (receiver.RightmostName() != "Convert") return default;
                    if (method == "FromBase64String") return new KeyMaterial(literal, ConstantEncodings.Base64, null);
                    if (method == "FromHexString") return new KeyMaterial(literal, ConstantEncodings.Hex, null);
                    return default;
                case ArrayCreationExpressionSyntax { Type.ElementType: PredefinedTypeSyntax element, Initializer: { } initializer }
                    when element.Keyword.IsKind(SyntaxKind.ByteKeyword) && IsLiteralList(initializer.Expressions):
                    return new KeyMaterial(init, ConstantEncodings.Bytes, null);
                default:
                    return default;
            }
        }

        /// <summary><c>Encoding.UTF8</c>, <c>System.Text.Encoding.ASCII</c>, <c>new UTF8Encoding(false)</c>…</summary>
        private static bool IsEncodingSyntax(ExpressionSyntax receiver) => receiver switch
        {
            MemberAccessExpressionSyntax { Expression: var type } => type.RightmostName() == "Encoding",
            ObjectCreationExpressionSyntax { Type: var type } => type.RightmostName().EndsWith("Encoding", StringComparison.Ordinal),
            _ => false,
        };

        private static bool IsLiteralList(SeparatedSyntaxList<ExpressionSyntax> elements)
        {
            if (elements.Count == 0) return false;
            foreach (var e in elements)
            {
                if (!(e is LiteralExpressionSyntax || e is CastExpressionSyntax { Expression: LiteralExpressionSyntax })) return false;
            }

            return true;
        }

        /// <summary>The initializer of a local or field declared in source (any tree), with a semantic model for its tree when
        /// it is the reference's own tree (no <c>Compilation.GetSemanticModel</c> in analyzers).</summary>
        private static ExpressionSyntax? InitializerOf(ISymbol symbol, IOperation reference, out SemanticModel? model)
        {
            model = null;
            if (symbol.DeclaringSyntaxReferences.Length != 1) return null;
            var syntax = symbol.DeclaringSyntaxReferences[0].GetSyntax();
            if (syntax is not VariableDeclaratorSyntax { Initializer: { } initializer }) return null;
            if (symbol is IFieldSymbol { IsConst: false, IsReadOnly: false } field && !field.IsStatic && field.DeclaredAccessibility != Accessibility.Private) return null;
            if (reference.SemanticModel is { } m && m.SyntaxTree == syntax.SyntaxTree) model = m;
            return initializer.Value;
        }

        /// <summary>A local assigned after its declaration (cheap syntactic scan of the enclosing body) no longer holds its initializer.</summary>
        private static bool IsReassigned(ISymbol symbol, IOperation reference)
        {
            if (symbol is not ILocalSymbol) return false;
            var body = reference.Syntax.FirstAncestorOrSelf<SyntaxNode>(n => n is BaseMethodDeclarationSyntax || n is LocalFunctionStatementSyntax || n is AnonymousFunctionExpressionSyntax || n is AccessorDeclarationSyntax);
            if (body is null) return false;
            foreach (var assignment in body.DescendantNodes().OfType<AssignmentExpressionSyntax>())
            {
                if (assignment.Left is IdentifierNameSyntax id && id.Identifier.ValueText == symbol.Name) return true;
            }

            return false;
        }

        private static bool IsConstantByteArray(IArrayCreationOperation array)
        {
            if (array.Initializer is not { } initializer) return false;   // new byte[32]: zeros, not a key someone chose
            if (initializer.ElementValues.Length == 0) return false;
            foreach (var element in initializer.ElementValues)
            {
                if (!element.ConstantValue.HasValue) return false;
            }

            return array.Type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Byte };
        }

        private static bool IsConstantCollection(CollectionExpressionSyntax collection)
        {
            if (collection.Elements.Count == 0) return false;
            foreach (var element in collection.Elements)
            {
                if (element is not ExpressionElementSyntax { Expression: var e } ||
                    !(e is LiteralExpressionSyntax || e is CastExpressionSyntax { Expression: LiteralExpressionSyntax }))
                    return false;
            }

            return true;
        }

        private static bool IsConvert(INamedTypeSymbol? type) =>
            type is { Name: "Convert", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } };

    }
}
