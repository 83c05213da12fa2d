using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using SecretsAnalyzers.Internal;
using SecretsAnalyzers.Options;

namespace SecretsAnalyzers.HardcodedSecrets
{
    /// <summary>The secret-named position a literal sits in and whether its value looks real for that name (EXK102).</summary>
    internal static partial class HardcodedSecretSites
    {
        /// <summary>
        /// The value rule of a secret-named position: password-class names (password, passwd, pwd, passphrase, pass, PIN)
        /// accept any chosen value that is not a placeholder or label; other names need a real-looking value (length and
        /// entropy from the EXK102 options); a token is never a blockchain address.
        /// </summary>
        private static bool LooksRealForName(string value, string name, SecretKind kind, bool chosenOnly, SecretsOptions options)
        {
            // A bare "pass" is also a compiler or test pass (pass = "second"): it needs a generated-looking value.
            var barePass = string.Equals(name.Trim('_', '@'), "pass", StringComparison.OrdinalIgnoreCase);
            if ((kind == SecretKind.Password || kind == SecretKind.Passphrase) && !barePass)
                return SecretValues.LooksLikeChosenPassword(value, name, SecretNameModel.IsPinName(name));
            if (chosenOnly) return false;
            if (kind == SecretKind.AccessToken && EmbeddedCredentials.LooksLikeAddress(value)) return false;
            var minLength = options.GetInt(RuleIds.EXK102, SecretsOptions.MinLengthKey, DefaultNameMinLength);
            var minEntropy = options.GetDouble(RuleIds.EXK102, SecretsOptions.MinEntropyKey, DefaultNameMinEntropy);
            return SecretValues.LooksReal(value, kind, minLength, minEntropy);
        }

        /// <summary>
        /// A password equal to another constant argument of the same call, its user name: a default pair
        /// (<c>new NetworkCredential("anonymous", "anonymous")</c>, <c>("guest", "guest")</c>), as <c>admin:admin</c> is.
        /// </summary>
        private static bool RepeatsAnotherArgument(IOperation used, string value)
        {
            if (!used.TryGetCallArguments(out var argument, out var arguments)) return false;
            foreach (var other in arguments)
            {
                if (other != argument && other.Value.ConstantValue is { HasValue: true, Value: string text } &&
                    string.Equals(text.Trim(), value.Trim(), StringComparison.OrdinalIgnoreCase))
                    return true;
            }

            return false;
        }

        /// <summary>Cheap gate for values <see cref="MaybeSecret"/> rejects: a possible chosen password (no spaces) or a string that may embed one.</summary>
        private static bool MaybeChosenOrEmbedded(string value) =>
            value.Length >= 1 && (value.Length <= 128 && !SecretValues.HasWhitespace(value) || EmbeddedCredentials.MayContain(value));

        /// <summary>The secret name of the position <paramref name="used"/> is written into, if any.</summary>
        private static bool TryGetSecretName(IOperation used, out string name, out ISymbol? symbol, out bool canFix, CancellationToken cancellationToken, int depth = 0)
        {
            name = "";
            symbol = null;
            canFix = true;
            var parent = used.ConsumerSkippingConversions();

            // An element of an array, a collection initialiser or a collection expression: the collection's position names it.
            if (CollectionAround(used, parent) is { } collection)
            {
                canFix = false;
                return depth < 4 && TryGetSecretName(collection, out name, out symbol, out _, cancellationToken, depth + 1);
            }

            switch (parent)
            {
                case IFieldInitializerOperation field when field.InitializedFields.Length >= 1:
                    symbol = field.InitializedFields[0];
                    break;
                case IPropertyInitializerOperation property when property.InitializedProperties.Length >= 1:
                    symbol = property.InitializedProperties[0];
                    break;
                case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                    symbol = declarator.Symbol;
                    break;
                case IParameterInitializerOperation parameterInit:
                    symbol = parameterInit.Parameter;
                    canFix = false;
                    break;
                case IReturnOperation ret:
                    symbol = SymbolValueIndex.InitializedSymbol(used, cancellationToken);
                    // string GetApiSecret() => "…";
                    if (symbol is null && SymbolValueIndex.IsSingleExpressionGetter(ret) && used.SemanticModel is { } model &&
                        model.GetEnclosingSymbol(ret.Syntax.SpanStart, cancellationToken) is IMethodSymbol { MethodKind: MethodKind.Ordinary or MethodKind.LocalFunction } method)
                        symbol = method;
                    break;
                case IArgumentOperation { Parameter: { } parameter } argument:
                    // Dictionary entry { "secret", "…" } / dict.Add("apiSecret", "…") / new KeyValuePair<,>("passphrase", "…") /
                    // Environment.SetEnvironmentVariable("BINANCE_API_SECRET", "…"): the constant key names the value.
                    if (KeyOfPair(argument, parameter) is { } key)
                    {
                        name = key;
                        return true;
                    }

                    // A comparison with a secret-named value: Equals, string.Equals, FixedTimeEquals, SequenceEqual.
                    if (argument.Parent is IInvocationOperation comparison && IsComparisonMethod(comparison.TargetMethod))
                    {
                        canFix = false;
                        symbol = ComparedSymbol(comparison, argument);
                        break;
                    }

                    symbol = parameter;
                    break;
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } binary:
                    // webhookPassphrase == "…": a hard-coded check of a secret is a hard-coded secret.
                    canFix = false;
                    symbol = ReferencedSymbol(ReferenceEquals(binary.LeftOperand.WalkDownConversion(), used.WalkDownConversion()) ? binary.RightOperand : binary.LeftOperand);
                    break;
                case IPatternOperation or ISingleValueCaseClauseOperation:
                    // passphrase is "…", passphrase switch { "…" => … }, case "…":
                    canFix = false;
                    symbol = ReferencedSymbol(PatternSubject(parent));
                    break;
                case ITupleOperation tuple:
                    canFix = false;
                    if (TupleElementName(tuple, used) is { } element)
                    {
                        name = element;
                        return true;
                    }

                    return false;
                case ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Add } append when ReferenceEquals(SinkValue(used), append.Value):
                    // _apiSecret += "…"
                    canFix = false;
                    symbol = ReferencedSymbol(append.Target);
                    break;
                case ISimpleAssignmentOperation assignment when ReferenceEquals(SinkValue(used), assignment.Value):
                    if (assignment.Target is IPropertyReferenceOperation { Property.IsIndexer: true } indexer)
                    {
                        if (indexer.Arguments.Length == 1 && indexer.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string entry })
                        {
                            name = entry;
                            return true;
                        }

                        return false;
                    }

                    symbol = ReferencedSymbol(assignment.Target);
                    break;
            }

            if (symbol is null || string.IsNullOrEmpty(symbol.Name)) return false;
            name = symbol.Name;
            return true;
        }

        /// <summary>The array creation, collection initialiser or collection expression <paramref name="used"/> is an element of.</summary>
        private static IOperation? CollectionAround(IOperation used, IOperation? parent)
        {
            switch (parent)
            {
                case IArrayInitializerOperation initializer:
                    IOperation? current = initializer;
                    while (current is IArrayInitializerOperation) current = current.Parent;
                    return current as IArrayCreationOperation;
                case IArgumentOperation { Parent: IInvocationOperation { IsImplicit: true, Arguments.Length: 1 } add } when
                    add.Parent is IObjectOrCollectionInitializerOperation { Parent: IObjectCreationOperation creation }:
                    return creation;                                                           // new List<string> { "…" }
                case { Kind: OperationKind.None } when parent.Syntax is CollectionExpressionSyntax:
                    return parent;                                                             // ["…"] (no operation node in Roslyn 4.8)
                default:
                    return used.Syntax.Parent is ExpressionElementSyntax { Parent: CollectionExpressionSyntax } && parent?.Syntax is CollectionExpressionSyntax
                        ? parent
                        : null;
            }
        }

        /// <summary>The constant key of a key/value pair argument: dict.Add(k, v), TryAdd, new KeyValuePair(k, v),
        /// KeyValuePair.Create(k, v), SetEnvironmentVariable(name, value), headers.Add(name, value).</summary>
        private static string? KeyOfPair(IArgumentOperation argument, IParameterSymbol parameter)
        {
            if (parameter.Ordinal != 1) return null;
            var arguments = argument.Parent switch
            {
                IInvocationOperation invocation => invocation.Arguments,
                IObjectCreationOperation creation => creation.Arguments,
                _ => default,
            };
            if (arguments.IsDefault || arguments.Length != 2) return null;
            var method = parameter.ContainingSymbol as IMethodSymbol;
            var pair = method?.Name is "Add" or "TryAdd" ||
                       method?.ContainingType is { Name: "KeyValuePair" } ||
                       parameter.Name is "value" or "values" && method?.Parameters[0].Name is "key" or "name" or "variable" or "header" or "headerName";
            if (!pair) return null;
            foreach (var other in arguments)
            {
                if (other.Parameter?.Ordinal == 0) return other.Value.ConstantValue is { HasValue: true, Value: string key } ? key : null;
            }

            return null;
        }

        private static bool IsComparisonMethod(IMethodSymbol method) =>
            method.Name is "Equals" or "FixedTimeEquals" or "SequenceEqual" or "CompareOrdinal";

        /// <summary>The symbol on the other side of a comparison call: the instance of <c>a.Equals(b)</c>, or the other of
        /// the first two arguments of <c>string.Equals(a, b)</c> / <c>FixedTimeEquals(a, b)</c>.</summary>
        private static ISymbol? ComparedSymbol(IInvocationOperation comparison, IArgumentOperation argument)
        {
            if (comparison.Instance is { } instance && !comparison.TargetMethod.IsExtensionMethod) return ReferencedSymbol(instance);
            foreach (var other in comparison.Arguments)
            {
                if (!ReferenceEquals(other, argument) && other.Parameter?.Ordinal is 0 or 1) return ReferencedSymbol(other.Value);
            }

            return null;
        }

        /// <summary>The value a pattern or case label is matched against.</summary>
        private static IOperation? PatternSubject(IOperation? pattern)
        {
            for (var current = pattern; current is not null; current = current.Parent)
            {
                switch (current)
                {
                    case IIsPatternOperation isPattern: return isPattern.Value;
                    case ISwitchExpressionOperation switchExpression: return switchExpression.Value;
                    case ISwitchOperation switchStatement: return switchStatement.Value;
                    case IPatternOperation or ISwitchExpressionArmOperation or ICaseClauseOperation or ISwitchCaseOperation: continue;
                    default: return null;
                }
            }

            return null;
        }

        /// <summary>A local, parameter, field or property behind conversions and encoding calls (GetBytes(secret)).</summary>
        private static ISymbol? ReferencedSymbol(IOperation? operation)
        {
            for (var i = 0; i < 4 && operation is not null; i++)
            {
                operation = operation.WalkDownConversion();
                switch (operation)
                {
                    case ILocalReferenceOperation local: return local.Local;
                    case IParameterReferenceOperation parameter: return parameter.Parameter;
                    case IFieldReferenceOperation field: return field.Field;
                    case IPropertyReferenceOperation { Property.IsIndexer: false } property: return property.Property;
                    case IInvocationOperation call when ConstantTracker.TryUnwrapEncodingCall(call, out var inner, out _):
                        operation = inner;
                        continue;
                    default: return null;
                }
            }

            return null;
        }

        /// <summary>
        /// The name of the tuple element <paramref name="used"/> is: the variable it is deconstructed into
        /// (<c>var (key, apiSecret) = (…, "…")</c>), else an explicit element name of the tuple's converted or own type
        /// (<c>(ApiKey: …, ApiSecret: "…")</c>, a <c>(string Key, string Secret)</c> return or dictionary value).
        /// </summary>
        private static string? TupleElementName(ITupleOperation tuple, IOperation used)
        {
            var index = SymbolValueIndex.ElementIndex(tuple, used);
            if (index < 0) return null;
            if (SymbolValueIndex.DeconstructionTarget(tuple, index) is { } target) return ReferencedSymbol(target)?.Name;

            var outer = tuple.WalkUpConversionAndParentheses();
            foreach (var type in new[] { outer.Type, tuple.Type })
            {
                if (type is INamedTypeSymbol { IsTupleType: true } named && index < named.TupleElements.Length &&
                    named.TupleElements[index] is { IsExplicitlyNamedTupleElement: true } field)
                    return field.Name;
            }

            return null;
        }

        private static bool IsExcludedName(string name, ISymbol? symbol, SecretsOptions options)
        {
            var excluded = options.GetList(RuleIds.EXK102, SecretsOptions.ExcludedSymbolNamesKey);
            if (excluded.IsDefaultOrEmpty) return false;
            foreach (var e in excluded)
            {
                if (string.Equals(e, name, StringComparison.OrdinalIgnoreCase)) return true;
                if (symbol?.ContainingType is { } type && string.Equals(e, type.Name, StringComparison.OrdinalIgnoreCase)) return true;
            }

            return false;
        }
    }
}
