using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using SecretsAnalyzers.Internal;

namespace SecretsAnalyzers.Logging
{
    /// <summary>One secret found inside a sink's argument: where to squiggle and how to name it (never its value).</summary>
    internal readonly struct SecretHit
    {
        public SecretHit(IOperation at, string description)
        {
            At = at;
            Description = description;
        }

        /// <summary>The smallest operation of the sink's own expression that carries the secret.</summary>
        public IOperation At { get; }

        public string Description { get; }
    }

    /// <summary>
    /// Intra-method taint over IOperation for one operation block. Built lazily when the block's first sink is found,
    /// so methods without a sink cost nothing. What each local may hold is computed once for the block (see
    /// <see cref="LocalTable"/>) and read by every sink; request headers are indexed by owner once. Follows locals
    /// (initializers, assignments, StringBuilder appends), ?:, ??, switch expressions, concatenation, interpolation,
    /// string.Format/Join/Concat, StringBuilder, ToString() and string transforms; stops at sanitizers (short
    /// prefixes/suffixes, hashes, Length, bool checks, mask methods). With <see cref="HelperSummaries"/> it also sees
    /// through helpers of the same type (symbol end) or of the compilation (compilation end); with seeds it follows parameters to compute a helper's own summary.
    /// </summary>
    internal sealed class SecretFlow
    {
        /// <summary>How deep one expression is followed (locals are looked up in the table, not followed).</summary>
        private const int MaxDepth = 6;

        private readonly SecretSources _sources;
        private readonly SecretNameModel _names;
        private readonly ImmutableArray<string> _maskMethods;
        private readonly BodyRecord _body;
        private readonly HelperSummaries? _helpers;
        private readonly Dictionary<IParameterSymbol, int>? _seeds;
        private readonly object _gate = new object();
        private LocalTable? _table;
        private Dictionary<ISymbol, string?>? _signed;
        private HashSet<ISymbol>? _signedInProgress;

        /// <param name="helpers">Summaries of the helpers declared in the same type, once all its bodies were visited, or of every recorded helper of the compilation at its end; null while visiting.</param>
        /// <param name="seeds">Parameters to follow as if each held a secret (computing the block's own summary), by ordinal.</param>
        /// <param name="body">The body followed; the index of its locals' values is kept on it, shared by every flow of the body.</param>
        public SecretFlow(SecretSources sources, SecretNameModel names, ImmutableArray<string> maskMethods, BodyRecord body,
            HelperSummaries? helpers = null, Dictionary<IParameterSymbol, int>? seeds = null)
        {
            _sources = sources;
            _names = names;
            _maskMethods = maskMethods;
            _body = body;
            _helpers = helpers;
            _seeds = seeds;
        }

        public ImmutableArray<string> MaskMethods => _maskMethods;

        /// <summary>True when parameters are followed as seeds (a helper's own summary is being computed).</summary>
        public bool HasSeeds => _seeds is not null;

        /// <summary>The description a seeded parameter carries while a summary is computed; never reported.</summary>
        internal static string ParameterMarker(int ordinal) => "\u0000parameter " + ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture);

        internal static bool TryParameterMarker(string description, out int ordinal)
        {
            ordinal = -1;
            const string Prefix = "\u0000parameter ";
            return description.StartsWith(Prefix, StringComparison.Ordinal) &&
                   int.TryParse(description.Substring(Prefix.Length), System.Globalization.NumberStyles.None,
                       System.Globalization.CultureInfo.InvariantCulture, out ordinal);
        }

        public SecretSources Sources => _sources;

        public SecretNameModel Names => _names;

        /// <summary>The secrets carried by <paramref name="value"/> when it is formatted into text (a log message, an exception message, a URL).</summary>
        public void Collect(IOperation? value, List<SecretHit> hits, bool urlMode = false)
        {
            lock (_gate) Collect(value, hits, 0, urlMode);
        }

        private void Collect(IOperation? op, List<SecretHit> hits, int depth, bool urlMode)
        {
            if (op is null || depth > MaxDepth) return;
            if (op.ConstantValue.HasValue) return;
            if (op is IInvalidOperation) return;

            switch (op)
            {
                case IConversionOperation conversion:
                    Collect(conversion.Operand, hits, depth + 1, urlMode);
                    return;
                case IParenthesizedOperation parenthesized:
                    Collect(parenthesized.Operand, hits, depth + 1, urlMode);
                    return;
                case IInterpolatedStringHandlerCreationOperation handler:
                    // sb.Append($"k={secret}"), Debug.Assert(ok, $"…{secret}"): an interpolated string handler around the text.
                    Collect(handler.Content, hits, depth + 1, urlMode);
                    return;
                case IInterpolatedStringOperation interpolated:
                    string? previousText = null;
                    foreach (var part in interpolated.Parts)
                    {
                        switch (part)
                        {
                            case IInterpolatedStringTextOperation text:
                                previousText = text.Text.ConstantValue.Value as string;
                                break;
                            case IInterpolationOperation hole:
                                if (!(urlMode && IsPublicKeyIdParameter(previousText))) Collect(hole.Expression, hits, depth + 1, urlMode);
                                previousText = null;
                                break;
                            case IInterpolatedStringAppendOperation { AppendCall: IInvocationOperation append }:
                                // A handler's AppendLiteral("…") / AppendFormatted(value[, alignment][, format]).
                                if (append.Arguments.Length == 0) break;
                                var first = append.Arguments[0].Value;
                                if (part.Kind == OperationKind.InterpolatedStringAppendLiteral)
                                {
                                    previousText = first.ConstantValue.Value as string;
                                    break;
                                }

                                if (!(urlMode && IsPublicKeyIdParameter(previousText))) Collect(first, hits, depth + 1, urlMode);
                                previousText = null;
                                break;
                        }
                    }

                    return;
                case ITupleOperation tuple:
                    foreach (var element in tuple.Elements) Collect(element, hits, depth + 1, urlMode);
                    return;
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary when binary.Type?.SpecialType == SpecialType.System_String:
                    Collect(binary.LeftOperand, hits, depth + 1, urlMode);
                    if (!(urlMode && IsPublicKeyIdParameter(RightmostText(binary.LeftOperand))))
                        Collect(binary.RightOperand, hits, depth + 1, urlMode);
                    return;
                case IConditionalOperation { WhenFalse: not null } conditional:
                    Collect(conditional.WhenTrue, hits, depth + 1, urlMode);
                    Collect(conditional.WhenFalse, hits, depth + 1, urlMode);
                    return;
                case ICoalesceOperation coalesce:
                    Collect(coalesce.Value, hits, depth + 1, urlMode);
                    Collect(coalesce.WhenNull, hits, depth + 1, urlMode);
                    return;
                case ISwitchExpressionOperation switchExpression:
                    foreach (var arm in switchExpression.Arms) Collect(arm.Value, hits, depth + 1, urlMode);
                    return;
                case IArrayCreationOperation array:
                    if (array.Initializer is not null)
                    {
                        foreach (var element in array.Initializer.ElementValues) Collect(element, hits, depth + 1, urlMode);
                    }

                    return;
                case IAnonymousObjectCreationOperation anonymous:
                    foreach (var init in anonymous.Initializers)
                    {
                        if (init is ISimpleAssignmentOperation assignment) Collect(assignment.Value, hits, depth + 1, urlMode);
                    }

                    return;
                case IObjectCreationOperation creation when creation.Initializer is not null && !IsStringLike(creation.Type):
                    CollectInitializer(creation.Initializer, hits, depth, urlMode);
                    AddIfPrints(op, hits);
                    return;
                case IObjectCreationOperation telemetry when telemetry.Initializer is null && IsDiagnosticsPayload(telemetry.Type):
                    // new ActivityEvent("login", tags: new ActivityTagsCollection { … }), new KeyValuePair<string, object?>("k", v)
                    foreach (var argument in telemetry.Arguments) Collect(argument.Value, hits, depth + 1, urlMode);
                    return;
                case IInvocationOperation invocation when IsStringComposition(invocation):
                    foreach (var argument in invocation.Arguments) Collect(argument.Value, hits, depth + 1, urlMode);
                    return;
            }

            if (_sources.IsCleanType(op.Type)) return;
            var description = Opaque(op, depth);
            if (description is not null) hits.Add(new SecretHit(op, description));
        }

        private void CollectInitializer(IObjectOrCollectionInitializerOperation initializer, List<SecretHit> hits, int depth, bool urlMode)
        {
            foreach (var init in initializer.Initializers)
            {
                switch (init)
                {
                    case ISimpleAssignmentOperation assignment:
                        Collect(assignment.Value, hits, depth + 1, urlMode);
                        break;
                    case IInvocationOperation add:
                        foreach (var argument in add.Arguments) Collect(argument.Value, hits, depth + 1, urlMode);
                        break;
                }
            }
        }

        private void AddIfPrints(IOperation op, List<SecretHit> hits)
        {
            var printing = _sources.Printing(op.Type, _names);
            if (printing is not null) hits.Add(new SecretHit(op, PrintingDescription(op.Type!, printing)));
        }

        private static string PrintingDescription(ITypeSymbol type, SecretPrinting printing) =>
            "'" + type.Name + "' (its ToString prints '" + printing.Members[0].Name + "')";

        /// <summary>A secret description when <paramref name="op"/>, as a whole, is or carries a secret; null otherwise.</summary>
        public string? Opaque(IOperation? op)
        {
            if (op is null) return null;
            lock (_gate) return Opaque(op, 0);
        }

        private string? Opaque(IOperation op, int depth)
        {
            if (depth > MaxDepth || op.ConstantValue.HasValue) return null;
            if (_sources.IsCleanType(op.Type) && op is not IInterpolatedStringHandlerCreationOperation) return null;   // a handler is a struct around the text
            switch (op)
            {
                case IConversionOperation conversion:
                    return Opaque(conversion.Operand, depth + 1);
                case IParenthesizedOperation parenthesized:
                    return Opaque(parenthesized.Operand, depth + 1);
                case IAwaitOperation awaited:
                    return Opaque(awaited.Operation, depth + 1);
                case IInterpolatedStringOperation:
                case IInterpolatedStringHandlerCreationOperation:
                case IBinaryOperation:
                case IConditionalOperation:
                case ICoalesceOperation:
                case ISwitchExpressionOperation:
                case IArrayCreationOperation:
                case ITupleOperation:
                case IAnonymousObjectCreationOperation:
                case IObjectCreationOperation { Initializer: not null } when !IsStringLike(op.Type):
                    // A local holding a composite built with a secret (a tuple, a collection or dictionary initialiser, an
                    // anonymous object) carries it to wherever the local is logged.
                    var inner = new List<SecretHit>(1);
                    Collect(op, inner, depth + 1, false);
                    return inner.Count > 0 ? inner[0].Description : null;
                case ILocalReferenceOperation local:
                    return FromLocal(local);
                case IParameterReferenceOperation parameter:
                    if (_seeds is not null && _seeds.TryGetValue(parameter.Parameter.OriginalDefinition, out var seed)) return ParameterMarker(seed);
                    if (_sources.IsSecretNamedSymbol(parameter.Parameter, parameter.Type, _names) && !IsNumberText(op, parameter.Parameter))
                        return Named(parameter.Parameter.Name);
                    return PrintsOrNull(op);
                case IFieldReferenceOperation field:
                    if (_sources.IsSecretNamedSymbol(field.Field, field.Type, _names)) return Named(field.Field.Name);
                    return _sources.KnownCredentialMember(field.Field) is { } knownField ? Named(knownField) : PrintsOrNull(op);
                case IPropertyReferenceOperation property:
                    return FromProperty(property, depth);
                case IInvocationOperation invocation:
                    return FromInvocation(invocation, depth);
                case IObjectCreationOperation creation:
                    if (IsStringLike(creation.Type))
                    {
                        foreach (var argument in creation.Arguments)
                        {
                            var d = Opaque(argument.Value, depth + 1);
                            if (d is not null) return d;
                        }
                    }

                    return PrintsOrNull(op);
                case IArrayElementReferenceOperation:
                    return null;
            }

            if (op.Syntax is ElementAccessExpressionSyntax { ArgumentList.Arguments.Count: 1 } elementAccess &&
                elementAccess.ArgumentList.Arguments[0].Expression is RangeExpressionSyntax range)
            {
                if (IsShortRange(range)) return null;
                foreach (var child in op.ChildOperations)
                {
                    var d = Opaque(child, depth + 1);
                    if (d is not null) return d;
                }
            }

            return null;
        }

        private string? PrintsOrNull(IOperation op)
        {
            var printing = _sources.Printing(op.Type, _names);
            return printing is null ? SignedRequest(op) : PrintingDescription(op.Type!, printing);
        }

        /// <summary>
        /// An HttpRequestMessage, its Headers or an HttpClient's DefaultRequestHeaders that received a secret header in this
        /// method (<c>request.Headers.Add("X-MBX-APIKEY", apiKey)</c>): its ToString prints every header.
        /// </summary>
        private string? SignedRequest(IOperation op)
        {
            var type = op.Type;
            if (type is null) return null;
            if (!(type.Name == "HttpRequestMessage" && LoggingKnownTypes.NamespaceIs(type, "System.Net.Http") ||
                  (type.Name == "HttpRequestHeaders" || type.Name == "HttpHeaders") && LoggingKnownTypes.NamespaceIs(type, "System.Net.Http.Headers")))
                return null;
            var owner = HeaderOwner(op);
            if (owner is null || Table().Index.HeaderValues is not { } headers || !headers.TryGetValue(owner, out var values)) return null;
            if (_signed is not null && _signed.TryGetValue(owner, out var known)) return known;

            // A header value can be the request itself (request.ToString()): an owner being judged counts as clean.
            _signedInProgress ??= new HashSet<ISymbol>(SymbolEqualityComparer.Default);
            if (!_signedInProgress.Add(owner)) return null;
            string? result = null;
            try
            {
                foreach (var value in values)
                {
                    if (Opaque(value, 1) is not null)
                    {
                        result = "'" + owner.Name + "' (its headers carry a secret)";
                        break;
                    }
                }
            }
            finally
            {
                _signedInProgress.Remove(owner);
            }

            // Memoised only outside the judging of locals: while a group is judged, a header local may still turn secret.
            if (_table is { Judging: false } && _signedInProgress.Count == 0)
            {
                _signed ??= new Dictionary<ISymbol, string?>(SymbolEqualityComparer.Default);
                _signed[owner] = result;
            }

            return result;
        }

        /// <summary>The local, parameter, field or property that owns a request or its headers: request.Headers → request.</summary>
        private static ISymbol? HeaderOwner(IOperation? op)
        {
            op = op?.WalkDownConversion();
            if (op is IPropertyReferenceOperation { Property.Name: "Headers" or "DefaultRequestHeaders" } headers && headers.Instance is not null)
                op = headers.Instance.WalkDownConversion();
            return op switch
            {
                ILocalReferenceOperation l => l.Local,
                IParameterReferenceOperation p => p.Parameter,
                IFieldReferenceOperation f => f.Field,
                IPropertyReferenceOperation p => p.Property,
                _ => null,
            };
        }

        private static string Named(string name) => "Secret '" + name + "'";

        private string? FromLocal(ILocalReferenceOperation local)
        {
            var symbol = local.Local;
            if (TryGetTaint(symbol, out var description))
                return description.Length == 0 ? null : description;
            if (_sources.IsSecretNamedSymbol(symbol, symbol.Type, _names) && !IsNumberText(local, symbol)) return Named(symbol.Name);
            return PrintsOrNull(local);
        }

        private Dictionary<ISymbol, bool>? _numberTexts;

        /// <summary>
        /// A bare <c>token</c> that its body parses as a number (<c>long.TryParse(token, …)</c>) is a broker's instrument
        /// token, not a credential: a secret is never a number. Looked up only for such names, once per symbol per flow.
        /// </summary>
        private bool IsNumberText(IOperation reference, ISymbol symbol)
        {
            if (!SecretSources.IsBareToken(symbol.Name)) return false;
            _numberTexts ??= new Dictionary<ISymbol, bool>(SymbolEqualityComparer.Default);
            if (_numberTexts.TryGetValue(symbol, out var known)) return known;
            var parsed = false;
            foreach (var operation in reference.Root().Descendants())
            {
                if (operation is IInvocationOperation { TargetMethod.Name: "Parse" or "TryParse", Arguments.Length: > 0 } parse &&
                    IsNumericType(parse.TargetMethod.ContainingType) &&
                    parse.Arguments[0].Value.WalkDownConversion() switch
                    {
                        ILocalReferenceOperation l => SymbolEqualityComparer.Default.Equals(l.Local, symbol),
                        IParameterReferenceOperation p => SymbolEqualityComparer.Default.Equals(p.Parameter, symbol),
                        _ => false,
                    })
                {
                    parsed = true;
                    break;
                }
            }

            _numberTexts[symbol] = parsed;
            return parsed;
        }

        private static bool IsNumericType(ITypeSymbol? type) => type?.SpecialType is SpecialType.System_Int16 or SpecialType.System_Int32 or
            SpecialType.System_Int64 or SpecialType.System_UInt16 or SpecialType.System_UInt32 or SpecialType.System_UInt64 or
            SpecialType.System_Decimal or SpecialType.System_Double or SpecialType.System_Single;

        /// <summary>A secret-named local that only ever holds constants that are not secrets ("", a header name, a placeholder).</summary>
        private static bool OnlyHarmlessConstants(List<IOperation>? values)
        {
            if (values is null || values.Count == 0) return false;
            foreach (var value in values)
            {
                if (!value.ConstantValue.HasValue) return false;
                if (value.ConstantValue.Value is string s && SecretValues.LooksReal(s)) return false;
            }

            return true;
        }

        private string? FromProperty(IPropertyReferenceOperation property, int depth)
        {
            var symbol = property.Property;
            if (symbol.IsIndexer)
            {
                // configuration["Binance:ApiSecret"] and section["ApiSecret"]
                if (property.Arguments.Length == 1 &&
                    property.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string key } && _names.IsSecretName(key))
                {
                    if (IsConfiguration(property.Instance?.Type)) return "Secret configuration value '" + key + "'";

                    // dictionary["apiSecret"], ccxt config["secret"], json["api_secret"]
                    var valueType = property.Type;
                    if (valueType is not null && (valueType.SpecialType == SpecialType.System_String || valueType.SpecialType == SpecialType.System_Object ||
                                                  valueType.Name == "JsonNode" || valueType.Name == "JToken" || valueType.Name == "JsonElement"))
                        return "Secret entry '" + key + "'";
                }

                return null;
            }

            if (_sources.IsSecretNamedSymbol(symbol, property.Type, _names)) return Named(symbol.Name);
            if (_sources.KnownCredentialMember(symbol) is { } known) return Named(known);

            // configuration.GetSection("Binance:ApiSecret").Value
            if (symbol.Name == "Value" && IsConfiguration(symbol.ContainingType) &&
                property.Instance is IInvocationOperation { TargetMethod.Name: "GetSection" } section &&
                ConstantStringArgument(section) is { } sectionKey && _names.IsSecretName(sectionKey))
                return "Secret configuration value '" + sectionKey + "'";

            // NetworkCredential.Password is caught by name; StringBuilder length etc. are clean by type.
            return PrintsOrNull(property);
        }

        private string? FromInvocation(IInvocationOperation invocation, int depth)
        {
            var method = invocation.TargetMethod;
            if (SecretSources.IsSanitizer(method, _maskMethods)) return null;
            var receiver = invocation.Instance ?? (method.IsExtensionMethod && invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null);
            var containing = method.ContainingType;
            var name = method.Name;

            // Short prefixes and suffixes are masks, not secrets.
            if (IsShortSlice(invocation, method)) return null;

            // Sources that are calls.
            switch (name)
            {
                case "GetEnvironmentVariable" when LoggingKnownTypes.Is(containing, _sources.Known.Environment):
                    return ConstantStringArgument(invocation) is { } variable && _names.IsSecretName(variable)
                        ? "Secret environment variable '" + variable + "'"
                        : null;
                case "GetValue" when IsConfigurationExtension(containing):
                case "GetSection" when IsConfigurationExtension(containing) || IsConfiguration(containing):
                    return ConstantStringArgument(invocation) is { } configKey && _names.IsSecretName(configKey) && IsStringLike(invocation.Type)
                        ? "Secret configuration value '" + configKey + "'"
                        : null;
                case "GetConnectionString" when IsConfigurationExtension(containing):
                    return "Connection string '" + (ConstantStringArgument(invocation) ?? "?") + "'";
                case "ToUnsecureString":
                    return "Unprotected SecureString (ToUnsecureString)";
                case "GetPrivateKey" when IsStringLike(invocation.Type):
                    return "Private key (GetPrivateKey)";
                case "SecureStringToBSTR": case "SecureStringToGlobalAllocUnicode": case "SecureStringToGlobalAllocAnsi":
                case "SecureStringToCoTaskMemUnicode": case "SecureStringToCoTaskMemAnsi":
                    return LoggingKnownTypes.Is(containing, _sources.Known.Marshal) ? "Unprotected SecureString (Marshal)" : null;
                case "Serialize": case "SerializeObject": case "SerializeToUtf8Bytes":
                    if (LoggingKnownTypes.InNamespace(containing, "System.Text.Json") || LoggingKnownTypes.InNamespace(containing, "Newtonsoft.Json"))
                    {
                        foreach (var argument in invocation.Arguments)
                        {
                            if (argument.Value.ConstantValue.HasValue) continue;
                            var member = _sources.SerializedSecretMember(argument.Value.WalkDownConversion().Type, _names);
                            if (member is not null) return "Serialized object with secret member '" + member + "'";
                            var d = Opaque(argument.Value, depth + 1);
                            if (d is not null) return d;
                            break;
                        }
                    }

                    return null;
            }

            // Transforms that keep the secret's text: string/char/span helpers, Convert, Encoding, StringBuilder, Marshal.PtrToString*.
            if (IsTextTransform(method))
            {
                if (receiver is not null)
                {
                    var d = Opaque(receiver, depth + 1);
                    if (d is not null) return d;
                }

                foreach (var argument in invocation.Arguments)
                {
                    if (ReferenceEquals(argument.Value, receiver)) continue;
                    // message.Replace(apiKey, "***"): the text replaced is what the result no longer holds (a redaction).
                    if (name == "Replace" && argument.Parameter is { Ordinal: 0 } && receiver is not null) continue;
                    var d = Opaque(argument.Value, depth + 1);
                    if (d is not null) return d;
                }

                return null;
            }

            if (name == "ToString" && receiver is not null)
            {
                var d = Opaque(receiver, depth + 1);
                if (d is not null) return d;
                var printing = _sources.Printing(receiver.Type, _names);
                return printing is null ? null : PrintingDescription(receiver.Type!, printing);
            }

            // Secret-named methods (LoadApiSecret(), GetPassword()) and one-level summaries of same-compilation helpers.
            if (_sources.IsSecretCapable(invocation.Type) && _names.IsSecretName(name)) return "Secret returned by '" + name + "()'";
            if (SymbolEqualityComparer.Default.Equals(method.ContainingAssembly, _sources.Known.Compilation.Assembly))
            {
                var summary = _sources.HelperSummary(method, _names);
                if (summary is not null) return summary;
            }

            // Helpers of the same type, summarised from their own bodies: a secret they return, or an argument they pass through.
            if (_helpers is not null && _helpers.Get(method) is { } helper)
            {
                if (helper.Returns is not null) return helper.Returns;
                foreach (var argument in invocation.Arguments)
                {
                    if (argument.Parameter is null || !helper.ReturnsParameter(argument.Parameter.Ordinal)) continue;
                    var d = Opaque(argument.Value, depth + 1);
                    if (d is not null) return d;
                }
            }

            return PrintsOrNull(invocation);
        }

        private bool IsTextTransform(IMethodSymbol method)
        {
            var containing = method.ContainingType;
            if (containing is null) return false;
            switch (containing.SpecialType)
            {
                case SpecialType.System_String:
                    return method.Name != "IsNullOrEmpty" && method.Name != "IsNullOrWhiteSpace";
            }

            if (LoggingKnownTypes.Is(containing, _sources.Known.StringBuilder)) return true;
            if (LoggingKnownTypes.Is(containing, _sources.Known.Marshal)) return method.Name.StartsWith("PtrToString", StringComparison.Ordinal);
            switch (containing.Name)
            {
                case "Convert": return LoggingKnownTypes.NamespaceIs(containing, "System") && (method.Name.StartsWith("To", StringComparison.Ordinal) || method.Name.StartsWith("From", StringComparison.Ordinal));
                case "Encoding": case "UTF8Encoding": case "ASCIIEncoding": case "UnicodeEncoding":
                    return LoggingKnownTypes.NamespaceIs(containing, "System.Text") && (method.Name == "GetString" || method.Name == "GetBytes" || method.Name == "GetChars");
                case "MemoryExtensions": return LoggingKnownTypes.NamespaceIs(containing, "System");
                case "Enumerable": return LoggingKnownTypes.NamespaceIs(containing, "System.Linq") && (method.Name == "ToArray" || method.Name == "Reverse");
                case "WebUtility": case "HttpUtility": case "Uri":
                    return method.Name.IndexOf("Encode", StringComparison.Ordinal) >= 0 || method.Name.IndexOf("Escape", StringComparison.Ordinal) >= 0;
            }

            if (containing.IsGenericType && (LoggingKnownTypes.Is(containing, _sources.Known.ReadOnlySpan) || LoggingKnownTypes.Is(containing, _sources.Known.Span) ||
                                             LoggingKnownTypes.Is(containing, _sources.Known.ReadOnlyMemory) || LoggingKnownTypes.Is(containing, _sources.Known.Memory)))
                return true;
            return false;
        }

        private static bool IsDiagnosticsPayload(ITypeSymbol? type) =>
            type is not null && (type.Name == "KeyValuePair" && LoggingKnownTypes.NamespaceIs(type, "System.Collections.Generic") ||
                                 (type.Name == "ActivityEvent" || type.Name == "ActivityLink" || type.Name == "ActivityTagsCollection" || type.Name == "TagList") &&
                                 LoggingKnownTypes.NamespaceIs(type, "System.Diagnostics"));

        private static bool IsStringComposition(IInvocationOperation invocation)
        {
            var method = invocation.TargetMethod;
            return method.IsStatic && method.ContainingType?.SpecialType == SpecialType.System_String &&
                   (method.Name == "Format" || method.Name == "Concat" || method.Name == "Join");
        }

        private bool IsStringLike(ITypeSymbol? type) =>
            type is not null && (type.SpecialType == SpecialType.System_String || LoggingKnownTypes.Is(type, _sources.Known.StringBuilder) ||
                                 _sources.IsSecretCapable(type));

        private bool IsConfiguration(ITypeSymbol? type) =>
            type is not null && (LoggingKnownTypes.Implements(type, _sources.Known.IConfiguration) ||
                                 LoggingKnownTypes.InNamespace(type, "Microsoft.Extensions.Configuration") &&
                                 (type.Name == "IConfiguration" || type.Name == "IConfigurationSection" || type.Name == "IConfigurationRoot"));

        private static bool IsConfigurationExtension(ITypeSymbol? type) =>
            type is not null && LoggingKnownTypes.InNamespace(type, "Microsoft.Extensions.Configuration") &&
            (type.Name == "ConfigurationBinder" || type.Name == "ConfigurationExtensions" || type.Name == "ConfigurationRootExtensions" ||
             type.Name == "IConfiguration" || type.Name == "IConfigurationSection");

        private static string? ConstantStringArgument(IInvocationOperation invocation)
        {
            foreach (var argument in invocation.Arguments)
            {
                if (argument.Value.ConstantValue is { HasValue: true, Value: string s }) return s;
            }

            return null;
        }

        /// <summary>Substring(0, n), AsSpan(0, n), Slice(0, n), Substring(s.Length - n) with n ≤ 4: a masked prefix or suffix.</summary>
        private static bool IsShortSlice(IInvocationOperation invocation, IMethodSymbol method)
        {
            var name = method.Name;
            if (name != "Substring" && name != "AsSpan" && name != "Slice" && name != "AsMemory" && name != "Remove" && name != "Take" && name != "TakeLast")
                return false;
            var args = invocation.Arguments;
            var offset = method.IsExtensionMethod ? 1 : 0;
            var count = args.Length - offset;
            if (name == "Take" || name == "TakeLast") return count == 1 && IsSmallConstant(args[offset].Value);
            if (count == 2) return IsSmallConstant(args[offset + 1].Value);
            if (count == 1 && name != "Remove")
            {
                // s.Substring(s.Length - 4)
                return args[offset].Value.WalkDownConversion() is IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract } minus &&
                       minus.LeftOperand is IPropertyReferenceOperation { Property.Name: "Length" } && IsSmallConstant(minus.RightOperand);
            }

            return false;
        }

        private static bool IsSmallConstant(IOperation op) =>
            op.ConstantValue is { HasValue: true, Value: int n } && n >= 0 && n <= 4;

        private static bool IsShortRange(RangeExpressionSyntax range)
        {
            // s[..4], s[0..4], s[^4..]
            static bool Small(ExpressionSyntax? e, bool fromEnd)
            {
                if (e is PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.IndexExpression } hat)
                    return fromEnd && hat.Operand is LiteralExpressionSyntax l && l.Token.Value is int n && n <= 4;
                return !fromEnd && e is LiteralExpressionSyntax lit && lit.Token.Value is int m && m <= 4;
            }

            var left = range.LeftOperand;
            var right = range.RightOperand;
            if ((left is null || left is LiteralExpressionSyntax { Token.Value: 0 }) && Small(right, false)) return true;
            if (right is null && Small(left, true)) return true;
            return false;
        }

        private static readonly char[] QueryDelimiters = { '?', '&', '/' };

        /// <summary>"…&amp;AccessKeyId=" or "?client_id=": a query parameter whose value is a public key id by protocol (HTX).</summary>
        private static bool IsPublicKeyIdParameter(string? previousText)
        {
            if (string.IsNullOrEmpty(previousText) || !previousText!.EndsWith("=", StringComparison.Ordinal)) return false;
            var start = previousText.LastIndexOfAny(QueryDelimiters);
            var parameter = previousText.Substring(start + 1, previousText.Length - start - 2);
            var words = NameWords.Split(parameter);
            if (words.Count == 0) return false;
            var last = words[words.Count - 1];
            return last == "id" || parameter.Equals("AccessKeyId", StringComparison.OrdinalIgnoreCase);
        }

        private static string? RightmostText(IOperation op)
        {
            op = op.WalkDownConversion();
            if (op.ConstantValue is { HasValue: true, Value: string s }) return s;
            if (op is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } b) return RightmostText(b.RightOperand);
            if (op is IInterpolatedStringOperation i && i.Parts.Length > 0 && i.Parts[i.Parts.Length - 1] is IInterpolatedStringTextOperation t)
                return t.Text.ConstantValue.Value as string;
            return null;
        }

        // ---------------- Local taint (values indexed once per block, each local judged once, on demand) ----------------

        /// <summary>
        /// What each local of the block may hold. The values every local is given (initializer, assignment, StringBuilder
        /// append) are indexed by one walk of the block, on the first sink that reads a local; a local is judged when a sink
        /// first reads it, together with the locals its values read (transitively): every value is judged with the locals
        /// it reads looked up in the table, never re-walked, and a worklist re-judges a local only when a local it reads
        /// turns secret. So a chain of locals, each reassigned many times, costs its size once, every sink of the block
        /// reads the same answers, and locals no sink reads are never judged.
        /// </summary>
        private sealed class LocalTable
        {
            /// <summary>Per judged local: a secret description, or "" for a secret-named local that only holds harmless constants.</summary>
            public readonly Dictionary<ILocalSymbol, string> Taint = new Dictionary<ILocalSymbol, string>(SymbolEqualityComparer.Default);

            /// <summary>The locals whose entry in <see cref="Taint"/> is final (absent: it holds no secret).</summary>
            public readonly HashSet<ILocalSymbol> Judged = new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default);

            public LocalTable(LocalIndex index) => Index = index;

            /// <summary>The body's local values, shared with its other flows.</summary>
            public readonly LocalIndex Index;

            /// <summary>True while a group of locals is being judged: their entries are partial.</summary>
            public bool Judging;
        }

        /// <summary>
        /// The values each local of a body is given and the header values added to each request owner: read from the body
        /// alone (not from names, seeds or summaries), so one index serves every flow of the body (the visit, the joins at
        /// symbol end and compilation end, its summary as a helper). Read-only once built.
        /// </summary>
        internal sealed class LocalIndex
        {
            /// <summary>Per local, the values it is given, in block order; the index is the order of its first value.</summary>
            public readonly Dictionary<ILocalSymbol, (int Order, List<IOperation> Values)> Values =
                new Dictionary<ILocalSymbol, (int, List<IOperation>)>(SymbolEqualityComparer.Default);

            /// <summary>Header values added to a request, its Headers or an HttpClient's DefaultRequestHeaders, by owner (null: none).</summary>
            public Dictionary<ISymbol, List<IOperation>>? HeaderValues;
        }

        private LocalTable Table()
        {
            if (_table is not null) return _table;
            var index = _body.LocalIndex;
            if (index is null)
            {
                index = new LocalIndex();
                Index(index);
                index = System.Threading.Interlocked.CompareExchange(ref _body.LocalIndex, index, null) ?? index;
            }

            return _table = new LocalTable(index);
        }

        /// <summary>The taint of <paramref name="local"/>, judging it (and the locals it reads) first if no sink read it yet.</summary>
        private bool TryGetTaint(ILocalSymbol local, out string description)
        {
            var table = Table();
            if (!table.Judged.Contains(local) && !table.Judging)
            {
                table.Judging = true;
                try
                {
                    Judge(table, local);
                }
                finally
                {
                    table.Judging = false;
                }
            }

            return table.Taint.TryGetValue(local, out description!);
        }

        private void Index(LocalIndex table)
        {
            void Add(ILocalSymbol local, IOperation? value)
            {
                if (value is null) return;
                if (!table.Values.TryGetValue(local, out var entry))
                {
                    entry = (table.Values.Count, new List<IOperation>(1));
                    table.Values[local] = entry;
                }

                entry.Values.Add(value);
            }

            foreach (var block in _body.Blocks)
            {
                foreach (var op in OperationWalk.AndSelf(block))
                {
                    switch (op)
                    {
                        case IVariableDeclaratorOperation declarator:
                            Add(declarator.Symbol, declarator.Initializer?.Value ?? (declarator.Parent as IVariableDeclarationOperation)?.Initializer?.Value);
                            break;
                        case IAssignmentOperation { Target: ILocalReferenceOperation target } assignment:
                            Add(target.Local, assignment.Value);
                            break;
                        case IInvocationOperation invocation when LoggingKnownTypes.Is(invocation.TargetMethod.ContainingType, _sources.Known.StringBuilder) &&
                                                                  (invocation.TargetMethod.Name.StartsWith("Append", StringComparison.Ordinal) ||
                                                                   invocation.TargetMethod.Name == "Insert"):
                            var receiver = invocation.Instance;
                            while (receiver is IInvocationOperation inner && LoggingKnownTypes.Is(inner.TargetMethod.ContainingType, _sources.Known.StringBuilder))
                                receiver = inner.Instance;
                            if (receiver is ILocalReferenceOperation sbLocal)
                            {
                                foreach (var argument in invocation.Arguments) Add(sbLocal.Local, argument.Value);
                            }

                            break;
                        case IInvocationOperation add when add.Arguments.Length >= 2 &&
                                                           (add.TargetMethod.Name == "Add" || add.TargetMethod.Name == "TryAddWithoutValidation") &&
                                                           LoggingKnownTypes.InNamespace(add.TargetMethod.ContainingType, "System.Net.Http.Headers"):
                            if (HeaderOwner(add.Instance) is { } owner)
                            {
                                table.HeaderValues ??= new Dictionary<ISymbol, List<IOperation>>(SymbolEqualityComparer.Default);
                                if (!table.HeaderValues.TryGetValue(owner, out var headerValues)) table.HeaderValues[owner] = headerValues = new List<IOperation>(1);
                                for (var i = 1; i < add.Arguments.Length; i++) headerValues.Add(add.Arguments[i].Value);
                            }

                            break;
                    }
                }
            }
        }

        /// <summary>
        /// Judges <paramref name="root"/> and every local its values read, transitively (a header value counts as read by
        /// every local, since a request's text carries its headers): secret-named locals by name (unless they only ever hold
        /// harmless constants), the others by their values, in block order, to a fixed point.
        /// </summary>
        private void Judge(LocalTable table, ILocalSymbol root)
        {
            var index = table.Index;
            var group = new List<(int Order, ILocalSymbol Local)>();
            var inGroup = new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default);
            var readers = new Dictionary<ILocalSymbol, List<ILocalSymbol>>(SymbolEqualityComparer.Default);
            var toVisit = new Stack<ILocalSymbol>();
            toVisit.Push(root);
            if (index.HeaderValues is { } headers)
            {
                foreach (var values in headers.Values)
                {
                    foreach (var value in values) PushReads(value, null, toVisit, readers);
                }
            }

            while (toVisit.Count > 0)
            {
                var local = toVisit.Pop();
                if (table.Judged.Contains(local) || !inGroup.Add(local)) continue;
                if (!index.Values.TryGetValue(local, out var entry)) continue;
                if (_sources.IsSecretNamedSymbol(local, local.Type, _names))
                {
                    // Judged by name (unless it only ever holds harmless constants), before any value is judged.
                    table.Taint[local] = OnlyHarmlessConstants(entry.Values) ? "" : Named(local.Name);
                    continue;
                }

                group.Add((entry.Order, local));
                foreach (var value in entry.Values) PushReads(value, local, toVisit, readers);
            }

            // The others by their values, in block order, to a fixed point.
            group.Sort((a, b) => a.Order.CompareTo(b.Order));
            var pending = new Queue<ILocalSymbol>();
            var queued = new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default);
            foreach (var (_, local) in group)
            {
                pending.Enqueue(local);
                queued.Add(local);
            }

            while (pending.Count > 0)
            {
                var local = pending.Dequeue();
                queued.Remove(local);
                if (table.Taint.ContainsKey(local)) continue;
                string? found = null;
                foreach (var value in index.Values[local].Values)
                {
                    found = Opaque(value, 1);
                    if (found is not null) break;
                }

                if (found is null) continue;
                table.Taint[local] = found;
                if (!readers.TryGetValue(local, out var dependents)) continue;
                foreach (var dependent in dependents)
                {
                    if (!table.Taint.ContainsKey(dependent) && inGroup.Contains(dependent) && queued.Add(dependent)) pending.Enqueue(dependent);
                }
            }

            foreach (var local in inGroup) table.Judged.Add(local);
        }

        /// <summary>Every local <paramref name="value"/> reads, to be judged; <paramref name="reader"/> (when given) is judged again when one turns secret.</summary>
        private static void PushReads(IOperation value, ILocalSymbol? reader, Stack<ILocalSymbol> toVisit, Dictionary<ILocalSymbol, List<ILocalSymbol>> readers)
        {
            foreach (var read in OperationWalk.AndSelf(value))
            {
                if (read is not ILocalReferenceOperation { IsDeclaration: false } reference) continue;
                toVisit.Push(reference.Local);
                if (reader is null) continue;
                if (!readers.TryGetValue(reference.Local, out var list)) readers[reference.Local] = list = new List<ILocalSymbol>(1);
                if (list.Count == 0 || !SymbolEqualityComparer.Default.Equals(list[list.Count - 1], reader)) list.Add(reader);
            }
        }
    }
}
