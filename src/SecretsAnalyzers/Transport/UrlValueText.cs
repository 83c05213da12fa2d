using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using SecretsAnalyzers.Internal;

namespace SecretsAnalyzers.Transport
{
    /// <summary>
    /// EXK201/EXK202: the text a value starts with, read from the operation tree without binding anything: literals,
    /// interpolations, concatenations, <c>string.Format</c>, <c>Uri.UriSchemeHttp</c>, a local or readonly field's literal
    /// initialiser, and the host that goes with a <c>UriBuilder</c> scheme.
    /// </summary>
    internal static class UrlValueText
    {
        /// <summary>
        /// The plain-URL literal that initialises a non-constant local or readonly field passed by name, when that symbol
        /// is not endpoint-named (an endpoint-named one is reported at its declaration). Syntax only: no data flow.
        /// </summary>
        internal static string? InitializerLiteral(IOperation value)
        {
            value = value.WalkDownConversion();
            ISymbol? symbol = value switch
            {
                ILocalReferenceOperation l => l.Local,
                IFieldReferenceOperation { Field.IsReadOnly: true } f => f.Field,
                _ => null,
            };
            if (symbol is null || symbol.DeclaringSyntaxReferences.Length != 1) return null;
            if (symbol.DeclaringSyntaxReferences[0].GetSyntax() is not VariableDeclaratorSyntax
                {
                    Initializer.Value: LiteralExpressionSyntax literal,
                }) return null;
            var text = literal.Token.ValueText;
            return PlainUrl.HasPlainScheme(text) && !EndpointConsumers.IsReportedAtDeclaration(symbol.Name, text) ? text : null;
        }

        internal static IOperation LeftmostOperand(IOperation value)
        {
            for (var depth = 0; depth < 32; depth++)
            {
                switch (value)
                {
                    case IBinaryOperation binary: value = binary.LeftOperand; continue;
                    case IConversionOperation conversion: value = conversion.Operand; continue;
                    case IParenthesizedOperation paren: value = paren.Operand; continue;
                }

                break;
            }

            return value;
        }

        internal static string? ConstantText(IOperation value)
        {
            value = value.WalkDownConversion();
            return value.ConstantValue is { HasValue: true, Value: string s } ? s : null;
        }

        /// <summary>Cheap syntax-free test: could the value's text start with http:// or ws://?</summary>
        internal static bool MayHoldPlainUrl(IOperation value)
        {
            for (var depth = 0; depth < 8; depth++)
            {
                switch (value)
                {
                    case IConversionOperation conversion: value = conversion.Operand; continue;
                    case IParenthesizedOperation paren: value = paren.Operand; continue;
                    case IConditionalOperation or ICoalesceOperation or ISwitchExpressionOperation: return true;
                    case IInterpolatedStringOperation interpolated:
                        return interpolated.Parts.Length > 0 &&
                               interpolated.Parts[0] is IInterpolatedStringTextOperation text &&
                               PlainUrl.HasPlainScheme(text.Text.ConstantValue.Value as string);
                    case IBinaryOperation binary when binary.OperatorKind == BinaryOperatorKind.Add:
                        if (binary.ConstantValue is { HasValue: true, Value: string folded }) return PlainUrl.HasPlainScheme(folded);
                        value = binary.LeftOperand;
                        continue;
                    case IInvocationOperation invocation when invocation.TargetMethod.Name == "Format" && invocation.Arguments.Length > 0:
                        return true;
                    case IFieldReferenceOperation field when SchemeField(field) is not null:
                        return true;                                                         // Uri.UriSchemeHttp + "://" + host
                    case IInvocationOperation builder when IsBuilderToString(builder):
                        return TryGetBuilderPrefix(builder, out var built, out _) && PlainUrl.HasPlainScheme(built);
                    case IInvocationOperation concat when IsStringConcat(concat):
                        return TryGetConcatPrefix(concat, out var joined, out _) && PlainUrl.HasPlainScheme(joined);
                    default:
                        return value.ConstantValue is { HasValue: true, Value: string s } && PlainUrl.HasPlainScheme(s);
                }
            }

            return false;
        }

        /// <summary>The constant text a value starts with: a literal, the first text part of an interpolated string,
        /// the left side of a concatenation, the format of string.Format, or a constant symbol.</summary>
        internal static bool TryGetPrefix(IOperation value, out string prefix, out bool complete)
        {
            prefix = "";
            complete = false;
            if (value.ConstantValue is { HasValue: true, Value: string s })
            {
                prefix = s;
                complete = true;
                return true;
            }

            if (value is IFieldReferenceOperation schemeField && SchemeField(schemeField) is { } scheme)
            {
                prefix = scheme;
                complete = true;
                return true;
            }

            switch (value)
            {
                case IConversionOperation conversion:
                    return TryGetPrefix(conversion.Operand, out prefix, out complete);
                case IParenthesizedOperation paren:
                    return TryGetPrefix(paren.Operand, out prefix, out complete);
                case IInterpolatedStringOperation interpolated when interpolated.Parts.Length > 0 &&
                                                                   interpolated.Parts[0] is IInterpolatedStringTextOperation text &&
                                                                   text.Text.ConstantValue.Value is string first:
                    prefix = first;
                    complete = interpolated.Parts.Length == 1;
                    return true;
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary when binary.Type?.SpecialType == SpecialType.System_String:
                    if (!TryGetPrefix(binary.LeftOperand, out prefix, out var leftComplete)) return false;
                    if (leftComplete && TryGetPrefix(binary.RightOperand, out var right, out var rightComplete))
                    {
                        prefix += right;
                        complete = rightComplete;
                    }

                    return true;
                case IInvocationOperation invocation when invocation.TargetMethod.Name == "Format" &&
                                                          invocation.TargetMethod.ContainingType?.SpecialType == SpecialType.System_String:
                    foreach (var a in invocation.Arguments)
                    {
                        if (a.Parameter?.Name == "format" && a.Value.ConstantValue is { HasValue: true, Value: string format })
                        {
                            var hole = format.IndexOf('{');
                            prefix = hole >= 0 ? format.Substring(0, hole) : format;
                            complete = hole < 0;
                            return true;
                        }
                    }

                    return false;
                case IInvocationOperation builder when IsBuilderToString(builder):
                    return TryGetBuilderPrefix(builder, out prefix, out complete);
                case IInvocationOperation concat when IsStringConcat(concat):
                    return TryGetConcatPrefix(concat, out prefix, out complete);
                default:
                    return false;
            }
        }

        /// <summary><c>string.Concat("http://", host, "/api")</c>.</summary>
        private static bool IsStringConcat(IInvocationOperation invocation) =>
            invocation.TargetMethod.Name == "Concat" && invocation.TargetMethod.ContainingType?.SpecialType == SpecialType.System_String;

        /// <summary>The constant text a <c>string.Concat(a, b, …)</c> starts with (a params array is read element by element).</summary>
        private static bool TryGetConcatPrefix(IInvocationOperation concat, out string prefix, out bool complete)
        {
            var parts = new List<IOperation>();
            foreach (var argument in concat.Arguments)
            {
                if (argument.ArgumentKind == ArgumentKind.ParamArray && argument.Value is IArrayCreationOperation { Initializer: { } items })
                    parts.AddRange(items.ElementValues);
                else
                    parts.Add(argument.Value);
            }

            return TryJoinPrefix(parts, out prefix, out complete);
        }

        /// <summary>The constant text that <paramref name="parts"/>, joined in order, start with.</summary>
        private static bool TryJoinPrefix(List<IOperation> parts, out string prefix, out bool complete)
        {
            prefix = "";
            complete = true;
            foreach (var part in parts)
            {
                if (!TryGetPrefix(part, out var text, out var partComplete))
                {
                    complete = false;
                    break;
                }

                prefix += text;
                if (!partComplete)
                {
                    complete = false;
                    break;
                }
            }

            return prefix.Length > 0;
        }

        /// <summary><c>sb.ToString()</c> on a <see cref="System.Text.StringBuilder"/>.</summary>
        private static bool IsBuilderToString(IInvocationOperation invocation) =>
            invocation.TargetMethod.Name == "ToString" && invocation.Arguments.IsEmpty && IsStringBuilder(invocation.Instance?.Type);

        private static bool IsStringBuilder(ITypeSymbol? type) =>
            type is { Name: "StringBuilder", ContainingNamespace: { Name: "Text", ContainingNamespace.Name: "System" } };

        /// <summary>
        /// The constant text a <c>new StringBuilder("http://…").Append(a).Append(b).ToString()</c> chain starts with: the
        /// constructor's text and the appended values in order, up to the first value that is not constant. Only the chain
        /// itself is read (a builder filled by separate statements is data flow, not a value).
        /// </summary>
        private static bool TryGetBuilderPrefix(IInvocationOperation toString, out string prefix, out bool complete)
        {
            prefix = "";
            complete = false;
            var parts = new List<IOperation>();
            var current = toString.Instance;
            for (var depth = 0; ; depth++)
            {
                if (current is null || depth > 32) return false;
                current = current.WalkDownConversionAndParentheses();
                if (current is IInvocationOperation { TargetMethod.Name: "Append", Arguments.Length: 1, Instance: { } receiver } append)
                {
                    parts.Add(append.Arguments[0].Value);
                    current = receiver;
                    continue;
                }

                if (current is IObjectCreationOperation creation && IsStringBuilder(creation.Type))
                {
                    if (creation.Arguments.Length > 0 && creation.Arguments[0].Value.Type?.SpecialType == SpecialType.System_String)
                        parts.Add(creation.Arguments[0].Value);
                    break;
                }

                return false;
            }

            parts.Reverse();
            return TryJoinPrefix(parts, out prefix, out complete);
        }

        /// <summary>An array, a collection with an initializer, or a collection expression: values stored as a list.</summary>
        internal static bool IsCollection(IOperation value)
        {
            value = value.WalkDownConversion();
            return value is IArrayCreationOperation { Initializer: not null } ||
                   value is IObjectCreationOperation { Initializer: IObjectOrCollectionInitializerOperation { Initializers.Length: > 0 } } ||
                   value.Syntax is CollectionExpressionSyntax;
        }

        /// <summary>
        /// The elements of <see cref="IsCollection"/>: array elements, single-argument <c>Add</c> calls of a collection
        /// initializer, the elements of a collection expression (read as child operations: Roslyn 4.8 has no collection
        /// expression operation of its own). Dictionary entries are not elements: their key names the slot.
        /// </summary>
        internal static IEnumerable<IOperation> Elements(IOperation value)
        {
            value = value.WalkDownConversion();
            switch (value)
            {
                case IArrayCreationOperation { Initializer: { } array }:
                    foreach (var element in array.ElementValues) yield return element;
                    break;
                case IObjectCreationOperation { Initializer: IObjectOrCollectionInitializerOperation initializer }:
                    foreach (var member in initializer.Initializers)
                    {
                        if (member is IInvocationOperation { Arguments.Length: 1 } add) yield return add.Arguments[0].Value;
                    }

                    break;
                default:
                    if (value.Syntax is CollectionExpressionSyntax)
                    {
                        foreach (var child in value.ChildOperations) yield return child;
                    }

                    break;
            }
        }

        /// <summary>True when <paramref name="assignment"/> is an entry of a ccxt <c>urls</c> map (nested at any depth up to 8).</summary>
        internal static bool IsInsideUrlsMap(IOperation assignment)
        {
            var depth = 0;
            for (var p = assignment.Parent; p is not null && depth < 16; p = p.Parent, depth++)
            {
                if (p is IAssignmentOperation outer)
                {
                    var name = outer.Target switch
                    {
                        IPropertyReferenceOperation { Property.IsIndexer: true } i when i.Arguments.Length == 1 && i.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string k } => k,
                        IPropertyReferenceOperation property => property.Property.Name,
                        IFieldReferenceOperation field => field.Field.Name,
                        _ => null,
                    };
                    if (string.Equals(name, "urls", StringComparison.OrdinalIgnoreCase)) return true;
                }
            }

            return false;
        }

        /// <summary>"http" / "ws" for <c>Uri.UriSchemeHttp</c> / <c>Uri.UriSchemeWs</c> (static readonly, not constants).</summary>
        internal static string? SchemeField(IFieldReferenceOperation field) =>
            field.Field is { ContainingType.Name: "Uri", ContainingType.ContainingNamespace.Name: "System" } f
                ? f.Name == "UriSchemeHttp" ? "http" : f.Name == "UriSchemeWs" ? "ws" : null
                : null;

        internal static bool IsInAttributeOrNameof(SyntaxNode node)
        {
            for (var n = node.Parent; n is not null; n = n.Parent)
            {
                if (n is AttributeArgumentSyntax) return true;
                if (n is StatementSyntax or MemberDeclarationSyntax) return false;
            }

            return false;
        }

        internal static IOperation? FindHostArgument(IOperation? creation)
        {
            if (creation is not IObjectCreationOperation create) return null;
            foreach (var a in create.Arguments)
            {
                if (a.Parameter?.Name is "hostName" or "host") return a.Value;
            }

            return null;
        }

        internal static IOperation? FindHostInitializer(ISimpleAssignmentOperation schemeAssignment)
        {
            if (schemeAssignment.Parent is not IObjectOrCollectionInitializerOperation initializer) return null;
            foreach (var member in initializer.Initializers)
            {
                if (member is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "Host" } } host)
                    return host.Value;
            }

            if (initializer.Parent is IObjectCreationOperation creation) return FindHostArgument(creation);
            return null;
        }
    }
}
