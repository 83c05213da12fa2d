using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using SecretsAnalyzers.Internal;
using SecretsAnalyzers.Internal.ConfigFiles;
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

        /// <summary>Cheap gate for values <see cref="MaybeSecret"/> rejects: a possible chosen password (no spaces) or a string that may embed one.</summary>
        private static bool MaybeChosenOrEmbedded(string value) =>
            value.Length >= 1 && (value.Length <= 128 && !SecretValues.HasWhitespace(value) || EmbeddedCredentials.MayContain(value));

        /// <summary>The secret name of the position <paramref name="used"/> is written into, if any.</summary>
        private static bool TryGetSecretName(IOperation used, out string name, out ISymbol? symbol, out bool canFix, CancellationToken cancellationToken)
        {
            name = "";
            symbol = null;
            canFix = true;
            var parent = used.ConsumerSkippingConversions();
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
                    // Dictionary entry { "secret", "…" } / dict.Add("apiSecret", "…").
                    if (argument.Parent is IInvocationOperation { TargetMethod.Name: "Add" or "TryAdd" } add && add.Arguments.Length == 2 &&
                        parameter.Ordinal == 1 && add.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string key })
                    {
                        name = key;
                        return true;
                    }

                    symbol = parameter;
                    break;
                case ISimpleAssignmentOperation assignment when ReferenceEquals(SinkValue(used), assignment.Value):
                    switch (assignment.Target)
                    {
                        case IPropertyReferenceOperation { Property.IsIndexer: true } indexer:
                            if (indexer.Arguments.Length == 1 && indexer.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string entry })
                            {
                                name = entry;
                                return true;
                            }

                            return false;
                        case IPropertyReferenceOperation property:
                            symbol = property.Property;
                            break;
                        case IFieldReferenceOperation field:
                            symbol = field.Field;
                            break;
                        case ILocalReferenceOperation local:
                            symbol = local.Local;
                            break;
                        case IParameterReferenceOperation p:
                            symbol = p.Parameter;
                            break;
                    }

                    break;
            }

            if (symbol is null || string.IsNullOrEmpty(symbol.Name)) return false;
            name = symbol.Name;
            return true;
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
