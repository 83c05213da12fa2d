using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SecretsAnalyzers.Internal;
using SecretsAnalyzers.Options;

namespace SecretsAnalyzers.Transport
{
    /// <summary>
    /// EXK201 (http://) and EXK202 (ws://): a plain-text URL to a non-loopback host reaches an endpoint, i.e. a URL
    /// parameter of any call (new Uri, HttpClient.GetAsync(requestUri), WebRequest.Create, RestClient(baseUrl),
    /// CreateCustom(restAddress…), WebSocket(uri)…), or an endpoint-named field, const, property, local, parameter
    /// default, options member or configuration key. One class because both rules share every sink and the URL reader.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class EXK201PlainHttpAnalyzer : DiagnosticAnalyzer
    {
        internal const string AllowedHostsKey = OptionKeys.AllowedHosts;
        internal const string SchemeProperty = "Scheme";
        internal const string PortProperty = "Port";
        internal const string FormProperty = "Form";
        internal const string SchemeNameForm = "SchemeName";
        internal const string ComputedHost = "(computed host)";

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.EXK201PlainHttpEndpoint, Descriptors.EXK202PlainWebSocketEndpoint);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                var known = TransportKnownTypes.From(start.Compilation);
                var options = new Context(new SecretsOptionsCache(start.Options), ProjectContext.IsTestProject(start.Compilation));
                start.RegisterOperationAction(c => OnArgument(c, known, options), OperationKind.Argument);
                start.RegisterOperationAction(c => OnAssignment(c, known, options), OperationKind.SimpleAssignment);
                start.RegisterOperationAction(c => OnInitializer(c, options),
                    OperationKind.FieldInitializer, OperationKind.PropertyInitializer, OperationKind.ParameterInitializer);
                start.RegisterOperationAction(c => OnDeclarator(c, options), OperationKind.VariableDeclarator);
                start.RegisterOperationAction(c => OnReturn(c, options), OperationKind.Return);
            });
        }

        /// <summary>Per-compilation state: the options cache and whether this is a test project (one severity level lower).</summary>
        private sealed class Context
        {
            public Context(SecretsOptionsCache options, bool isTestProject)
            {
                Options = options;
                IsTestProject = isTestProject;
            }

            public SecretsOptionsCache Options { get; }

            public bool IsTestProject { get; }
        }

        // ---------------- sinks ----------------

        private static void OnArgument(OperationAnalysisContext c, TransportKnownTypes known, Context options)
        {
            var argument = (IArgumentOperation)c.Operation;
            if (argument.ArgumentKind == ArgumentKind.ParamArray || argument.Parameter is not { } parameter) return;
            if (parameter.Name == "schemeName" &&
                SymbolEqualityComparer.Default.Equals(parameter.ContainingType, known.UriBuilder))
            {
                CheckSchemeName(c, options, argument.Value, "'new UriBuilder'", FindHostArgument(argument.Parent));
                return;
            }

            if (parameter.Type.SpecialType != SpecialType.System_String) return;
            if (parameter.ContainingSymbol is not IMethodSymbol method) return;               // indexer parameters are not URLs
            if (!MayHoldPlainUrl(argument.Value))
            {
                // new Uri(address) where "address" is a local or readonly field initialised with a plain URL literal.
                if (InitializerLiteral(argument.Value) is not { } literal) return;
                if (!IsEndpointParameter(parameter, method, known, argument)) return;
                if (!PlainUrl.TryParse(literal, complete: true, out var viaSymbol)) return;
                Report(c, options, argument.Value.Syntax, viaSymbol, "'" + DisplaySink(parameter) + "'", noFix: true, schemeNameForm: false);
                return;
            }


            if (!IsEndpointParameter(parameter, method, known, argument)) return;
            Check(c, options, argument.Value, "'" + DisplaySink(parameter) + "'", allowReference: true);
        }

        private static string DisplaySink(IParameterSymbol parameter)
        {
            if (parameter.ContainingSymbol is not IMethodSymbol method) return parameter.Name;
            var type = method.ContainingType;
            return method.MethodKind == MethodKind.Constructor
                ? "new " + (type?.Name ?? "object")
                : (type?.Name is { Length: > 0 } t ? t + "." : "") + method.Name;
        }

        /// <summary>
        /// The plain-URL literal that initialises a non-constant local or readonly field passed by name, when that symbol
        /// is not endpoint-named (an endpoint-named one is reported at its declaration). Syntax only: no data flow.
        /// </summary>
        private static string? InitializerLiteral(IOperation value)
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
            return PlainUrl.HasPlainScheme(text) && !IsReportedAtDeclaration(symbol.Name, text) ? text : null;
        }

        private static bool IsEndpointParameter(IParameterSymbol parameter, IMethodSymbol method, TransportKnownTypes known, IArgumentOperation argument)
        {
            var type = method.ContainingType;
            if (type is null) return false;
            if (type.SpecialType == SpecialType.System_String) return false;
            if (SymbolEqualityComparer.Default.Equals(type, known.Uri) &&
                method.MethodKind != MethodKind.Constructor && method.Name != "TryCreate")
                return false;                                                              // IsWellFormedUriString, Compare…
            if (SymbolEqualityComparer.Default.Equals(type, known.WebProxy) ||
                SymbolEqualityComparer.Default.Equals(type, known.HttpListenerPrefixCollection) ||
                method.Name == "UseUrls")
                return false;                                                              // proxies and server bindings
            if (type.IsInNamespace("System.Xml")) return false;   // namespace URIs, schema locations, DTDs: XmlNamespaceManager.AddNamespace(prefix, uri)…

            if (IsNonConsumer(method)) return false;                                         // ApiProxy(host…), OpenBrowser(url), mocks
            if (EndpointNames.IsEndpointName(parameter.Name)) return true;
            if (method.MethodKind == MethodKind.Constructor && parameter.Ordinal == 0 && known.IsEndpointConstructorType(type)) return true;

            // Key/value pairs: dict.Add("BaseUrl", "http://…"), Environment.SetEnvironmentVariable("APCA_API_BASE_URL", "http://…").
            if (parameter.Ordinal == 1 && argument.Parent is IInvocationOperation invocation && invocation.Arguments.Length >= 2)
            {
                foreach (var other in invocation.Arguments)
                {
                    if (other.Parameter?.Ordinal == 0 && other.Value.ConstantValue is { HasValue: true, Value: string key })
                        return EndpointNames.IsEndpointName(EndpointNames.LastSegment(key)) &&
                               (EndpointNames.IsStrongEndpointName(key.Replace(':', '_').Replace('.', '_').Replace('/', '_')) || IsExchangeUrlText(ConstantText(argument.Value)));
                }
            }

            return false;
        }

        private static void OnAssignment(OperationAnalysisContext c, TransportKnownTypes known, Context options)
        {
            var assignment = (ISimpleAssignmentOperation)c.Operation;
            var target = assignment.Target;
            // Only UriBuilder.Scheme = "http" and ccxt's urls dictionary hold no URL text themselves.
            if (target is IPropertyReferenceOperation { Property.Name: "Scheme" } scheme &&
                SymbolEqualityComparer.Default.Equals(scheme.Property.ContainingType, known.UriBuilder))
            {
                CheckSchemeName(c, options, assignment.Value, "'UriBuilder.Scheme'", FindHostInitializer(assignment));
                return;
            }

            if (!MayHoldPlainUrl(assignment.Value))
            {

                var member = target switch
                {
                    IPropertyReferenceOperation p => p.Property.Name,
                    IFieldReferenceOperation f => f.Field.Name,
                    _ => null,
                };
                if (!string.Equals(member, "urls", StringComparison.OrdinalIgnoreCase)) return;
            }

            string? name;
            string? fullKey = null;
            string display;
            switch (target)
            {
                case IPropertyReferenceOperation { Property.IsIndexer: true } indexer:
                    name = null;
                    foreach (var a in indexer.Arguments)
                    {
                        if (a.Value.ConstantValue is { HasValue: true, Value: string key })
                        {
                            name = EndpointNames.LastSegment(key);
                            fullKey = key.Replace(':', '_').Replace('.', '_').Replace('/', '_');
                        }
                    }

                    display = "'" + (name ?? "indexer") + "'";
                    break;
                case IPropertyReferenceOperation property:
                    name = property.Property.Name;
                    display = "'" + property.Property.ContainingType?.Name + "." + name + "'";
                    break;
                case IFieldReferenceOperation field:
                    name = field.Field.Name;
                    display = "'" + field.Field.ContainingType?.Name + "." + name + "'";
                    break;
                case ILocalReferenceOperation local:
                    name = local.Local.Name;
                    display = "'" + name + "'";
                    break;
                default:
                    return;
            }

            if (name is null || !EndpointNames.IsEndpointName(name)) return;
            var isCcxtUrls = assignment.Value.Type?.SpecialType != SpecialType.System_String &&
                             string.Equals(name, "urls", StringComparison.OrdinalIgnoreCase);

            // A member merely named Url/Host (a data table's link, an icon) is no endpoint unless the value names an
            // exchange host; a network consumer's own property (HttpClient.BaseAddress, RestClientOptions.BaseUrl) is.
            if (!isCcxtUrls && !EndpointNames.IsStrongEndpointName(fullKey ?? name) && !IsConsumerProperty(target, known) &&
                !IsExchangeUrlText(ConstantText(assignment.Value)))
                return;

            if (isCcxtUrls)
            {
                // ccxt: exchange.urls = new Dictionary<string, object> { ["api"] = "http://…" }.
                foreach (var inner in assignment.Value.Descendants())
                {
                    if (inner is ILiteralOperation && MayHoldPlainUrl(inner) && !IsPeopleLink(NearestKey(inner, assignment.Value)))
                        Check(c, options, inner, display, allowReference: false);
                }

                return;
            }

            Check(c, options, assignment.Value, display, allowReference: false);
        }

        /// <summary>The dictionary key ("api", "www", "doc"…) under which a value sits inside a ccxt urls dictionary.</summary>
        private static string? NearestKey(IOperation value, IOperation stop)
        {
            for (var op = value.Parent; op is not null && op != stop; op = op.Parent)
            {
                switch (op)
                {
                    case IInvocationOperation { TargetMethod.Name: "Add", Arguments.Length: >= 2 } add
                        when add.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string key }:
                        return key;
                    case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } indexer }
                        when indexer.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string key }:
                        return key;
                }
            }

            return null;
        }

        /// <summary>ccxt urls entries meant for people: the website, docs, fee pages, referral links and the logo.</summary>
        private static bool IsPeopleLink(string? key) =>
            key is not null &&
            (key.Equals("www", StringComparison.OrdinalIgnoreCase) || key.Equals("fees", StringComparison.OrdinalIgnoreCase) ||
             key.Equals("referral", StringComparison.OrdinalIgnoreCase) || key.Equals("logo", StringComparison.OrdinalIgnoreCase) ||
             key.StartsWith("doc", StringComparison.OrdinalIgnoreCase));

        private static void OnInitializer(OperationAnalysisContext c, Context options)
        {
            var initializer = (ISymbolInitializerOperation)c.Operation;
            if (!MayHoldPlainUrl(initializer.Value)) return;
            ISymbol? symbol = initializer switch
            {
                IFieldInitializerOperation f when f.InitializedFields.Length > 0 => f.InitializedFields[0],
                IPropertyInitializerOperation p when p.InitializedProperties.Length > 0 => p.InitializedProperties[0],
                IParameterInitializerOperation p => p.Parameter,
                _ => null,
            };
            if (symbol is null || !IsReportedAtDeclaration(symbol.Name, ConstantText(initializer.Value))) return;
            var display = symbol is IParameterSymbol ? "'" + symbol.Name + "'" : "'" + symbol.ContainingType?.Name + "." + symbol.Name + "'";
            Check(c, options, initializer.Value, display, allowReference: false);
        }

        private static void OnDeclarator(OperationAnalysisContext c, Context options)
        {
            var declarator = (IVariableDeclaratorOperation)c.Operation;
            var value = declarator.GetVariableInitializer()?.Value;
            if (value is null || !MayHoldPlainUrl(value)) return;
            if (!IsReportedAtDeclaration(declarator.Symbol.Name, ConstantText(value))) return;
            Check(c, options, value, "'" + declarator.Symbol.Name + "'", allowReference: false);
        }

        private static void OnReturn(OperationAnalysisContext c, Context options)
        {
            var ret = (IReturnOperation)c.Operation;
            if (ret.ReturnedValue is not { } value || !MayHoldPlainUrl(value)) return;
            for (var p = ret.Parent; p is not null; p = p.Parent)
            {
                if (p is IAnonymousFunctionOperation or ILocalFunctionOperation) return;
            }

            if (c.ContainingSymbol is not IMethodSymbol method) return;
            var name = method.AssociatedSymbol?.Name ?? method.Name;
            if (!EndpointNames.IsStrongEndpointName(name) && !IsExchangeUrlText(ConstantText(value))) return;
            Check(c, options, value, "'" + method.ContainingType?.Name + "." + name + "'", allowReference: false);
        }

        // ---------------- checking ----------------

        /// <summary>
        /// A declaration (field, const, property, local, parameter default) is reported itself when its name is an endpoint
        /// name, or when its whole value is a plain URL to a known exchange host: nobody writes http://api.binance.com for
        /// anything but a connection.
        /// </summary>
        private static bool IsReportedAtDeclaration(string name, string? constantValue) =>
            EndpointNames.IsStrongEndpointName(name) || IsExchangeUrlText(constantValue);

        /// <summary>A property of a network consumer type: HttpClient, RestSharp, websocket clients, an SDK's options.</summary>
        private static bool IsConsumerProperty(IOperation target, TransportKnownTypes known)
        {
            if (target is not IPropertyReferenceOperation { Property.ContainingType: { } type }) return false;
            if (known.IsEndpointConstructorType(type)) return true;
            var ns = type.NamespaceOf();   // memoised per namespace; "" for the global one, which no test below matches either
            return ns.StartsWith("System.Net", StringComparison.Ordinal) || ns.StartsWith("RestSharp", StringComparison.Ordinal) ||
                   ns.StartsWith("Websocket", StringComparison.Ordinal) || ns.StartsWith("ExchangeSharp", StringComparison.Ordinal) ||
                   ns.StartsWith("ccxt", StringComparison.Ordinal) || ns.StartsWith("Alpaca", StringComparison.Ordinal) ||
                   ns.EndsWith(".Objects", StringComparison.Ordinal) && ns.IndexOf(".Net", StringComparison.Ordinal) > 0;
        }

        /// <summary>
        /// Calls that take a URL but connect to nothing the bot's keys travel to: proxies, browsers and shell launches,
        /// images and links, and mocking frameworks' request setups.
        /// </summary>
        private static bool IsNonConsumer(IMethodSymbol method)
        {
            var type = method.ContainingType;
            var typeName = type?.Name ?? "";
            if (typeName.IndexOf("Proxy", StringComparison.Ordinal) >= 0 || typeName.StartsWith("Mock", StringComparison.Ordinal) ||
                typeName.StartsWith("Fake", StringComparison.Ordinal) || typeName.StartsWith("Stub", StringComparison.Ordinal) ||
                typeName == "Process" || typeName == "ProcessStartInfo" || typeName.IndexOf("Browser", StringComparison.Ordinal) >= 0 ||
                typeName.IndexOf("Image", StringComparison.Ordinal) >= 0 || typeName.IndexOf("Icon", StringComparison.Ordinal) >= 0 ||
                typeName.IndexOf("Hyperlink", StringComparison.Ordinal) >= 0)
                return true;
            var name = method.Name;
            foreach (var word in NonConsumerMethodWords)
            {
                if (name.IndexOf(word, StringComparison.Ordinal) >= 0) return true;
            }

            return name == "When" || name == "Expect" || name == "SetupRequest" || name == "Setup";
        }

        private static readonly string[] NonConsumerMethodWords =
        {
            "Browser", "Browse", "Navigate", "Launch", "OpenUrl", "OpenUri", "OpenLink", "OpenWeb", "ShowPage", "Proxy", "Image", "Icon", "Logo",
        };

        private static bool IsExchangeUrlText(string? text)
        {
            if (text is null || !PlainUrl.HasPlainScheme(text)) return false;
            foreach (var ch in text)
            {
                if (char.IsWhiteSpace(ch)) return false;                                     // a sentence, not a URL
            }

            return PlainUrl.TryParse(text, complete: true, out var url) && ExchangeHosts.IsExchangeHost(url.Host);
        }

        private static IOperation LeftmostOperand(IOperation value)
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

        private static string? ConstantText(IOperation value)
        {
            value = value.WalkDownConversion();
            return value.ConstantValue is { HasValue: true, Value: string s } ? s : null;
        }

        /// <summary>Cheap syntax-free test: could the value's text start with http:// or ws://?</summary>
        private static bool MayHoldPlainUrl(IOperation value)
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
                    default:
                        return value.ConstantValue is { HasValue: true, Value: string s } && PlainUrl.HasPlainScheme(s);
                }
            }

            return false;
        }

        private static void Check(OperationAnalysisContext c, Context options, IOperation value, string sink, bool allowReference, int depth = 0)
        {
            if (depth > 6) return;
            switch (value)
            {
                case IConversionOperation conversion:
                    Check(c, options, conversion.Operand, sink, allowReference, depth + 1);
                    return;
                case IParenthesizedOperation paren:
                    Check(c, options, paren.Operand, sink, allowReference, depth + 1);
                    return;
                case IConditionalOperation conditional:
                    Check(c, options, conditional.WhenTrue, sink, allowReference, depth + 1);
                    if (conditional.WhenFalse is { } whenFalse) Check(c, options, whenFalse, sink, allowReference, depth + 1);
                    return;
                case ICoalesceOperation coalesce:
                    Check(c, options, coalesce.WhenNull, sink, allowReference, depth + 1);
                    return;
                case ISwitchExpressionOperation switchExpression:
                    foreach (var arm in switchExpression.Arms) Check(c, options, arm.Value, sink, allowReference, depth + 1);
                    return;
            }

            if (!TryGetPrefix(value, out var prefix, out var complete)) return;
            if (!PlainUrl.HasPlainScheme(prefix) || !PlainUrl.TryParse(prefix, complete, out var url)) return;

            var noFix = false;
            if (value is IBinaryOperation && LeftmostOperand(value) is { } leftmost && leftmost != value &&
                (leftmost is IFieldReferenceOperation or ILocalReferenceOperation))
            {
                // BaseUrl + "/api/v3/time": the constant's own declaration carries the finding when it is reported there.
                var referenced = leftmost is IFieldReferenceOperation lf ? (ISymbol)lf.Field : ((ILocalReferenceOperation)leftmost).Local;
                if (!referenced.DeclaringSyntaxReferences.IsEmpty && IsReportedAtDeclaration(referenced.Name, ConstantText(leftmost))) return;
                noFix = true;
            }

            if (value is IFieldReferenceOperation or ILocalReferenceOperation)
            {
                // A constant declared elsewhere: its own declaration is reported when its name is an endpoint name.
                if (!allowReference) return;
                var referenced = value is IFieldReferenceOperation f ? (ISymbol)f.Field : ((ILocalReferenceOperation)value).Local;
                if (!referenced.DeclaringSyntaxReferences.IsEmpty && IsReportedAtDeclaration(referenced.Name, complete ? prefix : null)) return;
                noFix = true;
            }

            if (IsInAttributeOrNameof(value.Syntax)) return;
            Report(c, options, value.Syntax, url, sink, noFix, schemeNameForm: false);
        }

        private static void CheckSchemeName(OperationAnalysisContext c, Context options, IOperation value, string sink, IOperation? hostValue)
        {
            value = value.WalkDownConversion();
            string? scheme = value.ConstantValue is { HasValue: true, Value: string constant } ? constant : null;
            if (value is IFieldReferenceOperation { Field: { ContainingType.Name: "Uri" } field })
                scheme = field.Name == "UriSchemeHttp" ? "http" : field.Name == "UriSchemeWs" ? "ws" : null;
            if (scheme is null) return;
            bool ws;
            if (scheme.Equals("http", StringComparison.OrdinalIgnoreCase)) ws = false;
            else if (scheme.Equals("ws", StringComparison.OrdinalIgnoreCase)) ws = true;
            else return;
            var host = hostValue?.ConstantValue is { HasValue: true, Value: string h } && h.Length > 0 ? h : null;
            if (!PlainUrl.TryParse((ws ? "ws://" : "http://") + (host ?? ""), complete: host is not null, out var url)) return;
            Report(c, options, value.Syntax, url, sink, noFix: false, schemeNameForm: true);
        }

        private static void Report(OperationAnalysisContext c, Context options, SyntaxNode node, PlainUrl url,
            string sink, bool noFix, bool schemeNameForm)
        {
            var rule = url.IsWebSocket ? Descriptors.EXK202PlainWebSocketEndpoint : Descriptors.EXK201PlainHttpEndpoint;
            var exchange = false;
            if (url.Host is { } host)
            {
                if (PlainUrl.IsLoopback(host) || PlainUrl.IsNonEndpointHost(host)) return;
                if (PlainUrl.IsAllowed(host, options.Options.For(node.SyntaxTree).GetList(rule.Id, AllowedHostsKey))) return;
                exchange = ExchangeHosts.IsExchangeHost(host);
            }

            var properties = ImmutableDictionary.CreateBuilder<string, string?>();
            properties[SchemeProperty] = url.IsWebSocket ? "ws" : "http";
            if (schemeNameForm) properties[FormProperty] = SchemeNameForm;
            if (noFix) properties[FixProperties.NoFix] = "true";
            var tlsPort = ExchangeHosts.KnownTlsPort(url.Host);
            if (tlsPort > 0 && url.Port != tlsPort) properties[PortProperty] = tlsPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
            else if (tlsPort == 0 && url.Port == 80) properties[PortProperty] = "";

            var severity = exchange ? DiagnosticSeverity.Error : rule.DefaultSeverity;
            if (options.IsTestProject) severity = ProjectContext.Lower(severity);
            c.ReportDiagnostic(Diagnostic.Create(rule, node.GetLocation(), severity, additionalLocations: null,
                properties.ToImmutable(), sink, url.Host ?? ComputedHost));
        }

        /// <summary>The constant text a value starts with: a literal, the first text part of an interpolated string,
        /// the left side of a concatenation, the format of string.Format, or a constant symbol.</summary>
        private static bool TryGetPrefix(IOperation value, out string prefix, out bool complete)
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
                default:
                    return false;
            }
        }

        /// <summary>"http" / "ws" for <c>Uri.UriSchemeHttp</c> / <c>Uri.UriSchemeWs</c> (static readonly, not constants).</summary>
        private static string? SchemeField(IFieldReferenceOperation field) =>
            field.Field is { ContainingType.Name: "Uri", ContainingType.ContainingNamespace.Name: "System" } f
                ? f.Name == "UriSchemeHttp" ? "http" : f.Name == "UriSchemeWs" ? "ws" : null
                : null;

        private static bool IsInAttributeOrNameof(SyntaxNode node)
        {
            for (var n = node.Parent; n is not null; n = n.Parent)
            {
                if (n is AttributeArgumentSyntax) return true;
                if (n is StatementSyntax or MemberDeclarationSyntax) return false;
            }

            return false;
        }

        private static IOperation? FindHostArgument(IOperation? creation)
        {
            if (creation is not IObjectCreationOperation create) return null;
            foreach (var a in create.Arguments)
            {
                if (a.Parameter?.Name == "hostName") return a.Value;
            }

            return null;
        }

        private static IOperation? FindHostInitializer(ISimpleAssignmentOperation schemeAssignment)
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
