using System;
using System.Collections.Concurrent;
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
    /// default, options member or configuration key. One class because both rules share every sink and the URL reader;
    /// where a URL goes is <see cref="EndpointConsumers"/>, what text a value starts with is <see cref="UrlValueText"/>.
    /// </summary>
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
                start.RegisterOperationAction(c => OnAssignment(c, known, options), OperationKind.SimpleAssignment, OperationKind.CompoundAssignment);
                start.RegisterOperationAction(c => OnInitializer(c, options),
                    OperationKind.FieldInitializer, OperationKind.PropertyInitializer, OperationKind.ParameterInitializer);
                start.RegisterOperationAction(c => OnDeclarator(c, options), OperationKind.VariableDeclarator);
                start.RegisterOperationAction(c => OnReturn(c, options), OperationKind.Return);
                start.RegisterOperationAction(c => OnTuple(c, options), OperationKind.Tuple);
                start.RegisterOperationAction(c => OnLambda(c, options), OperationKind.AnonymousFunction);

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

            /// <summary>Constants and readonly fields already reported at their declaration because a consumer of their own type reads them.</summary>
            public ConcurrentDictionary<IFieldSymbol, byte> ReportedConstants { get; } =
                new ConcurrentDictionary<IFieldSymbol, byte>(SymbolEqualityComparer.Default);
        }

        /// <summary>
        /// A const or readonly field declared in source with one declarator, in the same type and file as the consumer that
        /// reads it: reported once, at its declaration, by whichever use is analysed first; later uses report nothing. The
        /// finding is the same whatever the order. A symbol-end join would cost the driver per-type completion tracking for
        /// the whole compilation (measured: +70 MB, 9x CPU on the 100k corpus), so the declaration's own initializer syntax
        /// is read instead: same type and file only, never bound. The diagnostic lies outside the member being analysed
        /// (non-local: the IDE shows it with full-solution analysis and in builds), so it carries no fix, as the use did.
        /// Uses in other types or files stay at the use.
        /// </summary>
        private static bool DeferToDeclaration(OperationAnalysisContext c, Context options, ISymbol referenced)
        {
            if (referenced is not IFieldSymbol { ContainingType: { } type } field || !(field.IsConst || field.IsReadOnly) ||
                field.DeclaringSyntaxReferences.Length != 1 || field.IsImplicitlyDeclared)
                return false;
            var declaration = field.DeclaringSyntaxReferences[0];
            if (declaration.SyntaxTree != c.Operation.Syntax.SyntaxTree ||
                !SymbolEqualityComparer.Default.Equals(c.ContainingSymbol?.ContainingType?.OriginalDefinition, type.OriginalDefinition))
                return false;
            if (declaration.GetSyntax(c.CancellationToken) is not VariableDeclaratorSyntax { Initializer.Value: { } value }) return false;
            var text = field.HasConstantValue ? field.ConstantValue as string : (value as LiteralExpressionSyntax)?.Token.Value as string;
            if (text is null || !PlainUrl.HasPlainScheme(text) || !PlainUrl.TryParse(text, complete: true, out var url)) return false;
            if (options.ReportedConstants.TryAdd(field.OriginalDefinition, 0))
            {
                Report(c.ReportDiagnostic, options, value, url, "'" + type.Name + "." + field.Name + "'", noFix: true, schemeNameForm: false);
            }

            return true;
        }

        // ---------------- sinks ----------------

        private static void OnArgument(OperationAnalysisContext c, TransportKnownTypes known, Context options)
        {
            var argument = (IArgumentOperation)c.Operation;
            if (argument.ArgumentKind == ArgumentKind.ParamArray || argument.Parameter is not { } parameter) return;
            if (parameter.Name is "schemeName" or "scheme" &&
                SymbolEqualityComparer.Default.Equals(parameter.ContainingType, known.UriBuilder))
            {
                CheckSchemeName(c, options, argument.Value, "'new UriBuilder'", UrlValueText.FindHostArgument(argument.Parent));
                return;
            }

            if (parameter.Type.SpecialType != SpecialType.System_String) return;
            if (parameter.ContainingSymbol is not IMethodSymbol method) return;               // indexer parameters are not URLs
            if (!UrlValueText.MayHoldPlainUrl(argument.Value))
            {
                // new Uri(address) where "address" is a local or readonly field initialised with a plain URL literal.
                if (UrlValueText.InitializerLiteral(argument.Value) is not { } literal) return;
                if (!EndpointConsumers.IsEndpointParameter(parameter, method, known, argument)) return;
                if (!PlainUrl.TryParse(literal, complete: true, out var viaSymbol)) return;
                if (argument.Value.WalkDownConversion() is IFieldReferenceOperation readonlyField &&
                    !UrlValueText.IsInAttributeOrNameof(argument.Value.Syntax) &&
                    DeferToDeclaration(c, options, readonlyField.Field))
                    return;
                Report(c, options, argument.Value.Syntax, viaSymbol, "'" + DisplaySink(parameter) + "'", noFix: true, schemeNameForm: false);
                return;
            }


            if (!EndpointConsumers.IsEndpointParameter(parameter, method, known, argument)) return;
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

        private static void OnAssignment(OperationAnalysisContext c, TransportKnownTypes known, Context options)
        {
            var assignment = (IAssignmentOperation)c.Operation;
            var target = assignment.Target;
            if (assignment is ICompoundAssignmentOperation compound)
            {
                // baseUrl += "http://…": only string concatenation onto a named slot.
                if (compound.OperatorKind != BinaryOperatorKind.Add || target.Type?.SpecialType != SpecialType.System_String ||
                    !UrlValueText.MayHoldPlainUrl(assignment.Value))
                    return;
            }
            else if (target is IPropertyReferenceOperation { Property.Name: "Scheme" } scheme &&
                     SymbolEqualityComparer.Default.Equals(scheme.Property.ContainingType, known.UriBuilder))
            {
                // Only UriBuilder.Scheme = "http", ccxt's urls dictionary and lists of URLs hold no URL text themselves.
                CheckSchemeName(c, options, assignment.Value, "'UriBuilder.Scheme'", UrlValueText.FindHostInitializer((ISimpleAssignmentOperation)assignment));
                return;
            }

            var holdsText = UrlValueText.MayHoldPlainUrl(assignment.Value);
            var isCollection = false;
            if (!holdsText)
            {
                var urls = IsUrlsSlot(target);
                if (!urls && !UrlValueText.IsCollection(assignment.Value)) return;
                isCollection = !urls;
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

            if (isCollection)
            {
                CheckElements(c, options, assignment.Value, fullKey ?? name, display);
                return;
            }

            if (name is null || !EndpointNames.IsEndpointName(name))
            {
                // A dictionary entry or member holding a plain URL to a known exchange host ("binance" → http://api.binance.com),
                // unless it sits inside a ccxt urls map, which the map's own assignment reads.
                if (!EndpointConsumers.IsExchangeUrlText(UrlValueText.ConstantText(assignment.Value)) || UrlValueText.IsInsideUrlsMap(assignment)) return;
                Check(c, options, assignment.Value, display, allowReference: false);
                return;
            }

            var isCcxtUrls = assignment.Value.Type?.SpecialType != SpecialType.System_String &&
                             string.Equals(name, "urls", StringComparison.OrdinalIgnoreCase);

            // A member merely named Url/Host (a data table's link, an icon) is no endpoint unless the value names an
            // exchange host; a network consumer's own property (HttpClient.BaseAddress, RestClientOptions.BaseUrl) is.
            if (!isCcxtUrls && !EndpointNames.IsStrongEndpointName(fullKey ?? name) && !EndpointConsumers.IsConsumerProperty(target, known) &&
                !EndpointConsumers.IsExchangeUrlText(UrlValueText.ConstantText(assignment.Value)))
                return;

            if (isCcxtUrls)
            {
                // ccxt: exchange.urls = new Dictionary<string, object> { ["api"] = "http://…" }.
                foreach (var inner in assignment.Value.Descendants())
                {
                    if (inner is ILiteralOperation && UrlValueText.MayHoldPlainUrl(inner) && !EndpointConsumers.IsPeopleLink(EndpointConsumers.NearestKey(inner, assignment.Value)))
                        Check(c, options, inner, display, allowReference: false);
                }

                return;
            }

            Check(c, options, assignment.Value, display, allowReference: false);
        }

        /// <summary>A ccxt <c>urls</c> member or dictionary key (<c>x.urls</c>, <c>["urls"]</c>, <c>["Exchange:urls"]</c>), without allocating.</summary>
        private static bool IsUrlsSlot(IOperation target)
        {
            var name = target switch
            {
                IPropertyReferenceOperation { Property.IsIndexer: true } i when i.Arguments.Length == 1 && i.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string k } => k,
                IPropertyReferenceOperation { Property.IsIndexer: false } p => p.Property.Name,
                IFieldReferenceOperation f => f.Field.Name,
                _ => null,
            };
            if (name is null || name.Length < 4 || string.Compare(name, name.Length - 4, "urls", 0, 4, StringComparison.OrdinalIgnoreCase) != 0) return false;
            return name.Length == 4 || name[name.Length - 5] is ':' or '.' or '/';
        }

        private static void OnInitializer(OperationAnalysisContext c, Context options)
        {
            var initializer = (ISymbolInitializerOperation)c.Operation;
            var holdsText = UrlValueText.MayHoldPlainUrl(initializer.Value);
            if (!holdsText && !UrlValueText.IsCollection(initializer.Value)) return;
            ISymbol? symbol = initializer switch
            {
                IFieldInitializerOperation f when f.InitializedFields.Length > 0 => f.InitializedFields[0],
                IPropertyInitializerOperation p when p.InitializedProperties.Length > 0 => p.InitializedProperties[0],
                IParameterInitializerOperation p => p.Parameter,
                _ => null,
            };
            if (symbol is null) return;
            var display = symbol is IParameterSymbol ? "'" + symbol.Name + "'" : "'" + symbol.ContainingType?.Name + "." + symbol.Name + "'";
            if (!holdsText)
            {
                CheckElements(c, options, initializer.Value, symbol.Name, display);
                return;
            }

            if (!EndpointConsumers.IsReportedAtDeclaration(symbol.Name, UrlValueText.ConstantText(initializer.Value))) return;
            Check(c, options, initializer.Value, display, allowReference: false);
        }

        private static void OnDeclarator(OperationAnalysisContext c, Context options)
        {
            var declarator = (IVariableDeclaratorOperation)c.Operation;
            var value = declarator.GetVariableInitializer()?.Value;
            if (value is null) return;
            if (!UrlValueText.MayHoldPlainUrl(value))
            {
                if (UrlValueText.IsCollection(value)) CheckElements(c, options, value, declarator.Symbol.Name, "'" + declarator.Symbol.Name + "'");
                return;
            }

            if (!EndpointConsumers.IsReportedAtDeclaration(declarator.Symbol.Name, UrlValueText.ConstantText(value))) return;
            Check(c, options, value, "'" + declarator.Symbol.Name + "'", allowReference: false);
        }

        private static void OnReturn(OperationAnalysisContext c, Context options)
        {
            var ret = (IReturnOperation)c.Operation;
            if (ret.ReturnedValue is not { } value || !UrlValueText.MayHoldPlainUrl(value)) return;
            IMethodSymbol? localFunction = null;
            for (var p = ret.Parent; p is not null && localFunction is null; p = p.Parent)
            {
                if (p is IAnonymousFunctionOperation) return;
                if (p is ILocalFunctionOperation local) localFunction = local.Symbol;   // string GetApiUrl() => "http://…" in a body
            }

            if ((localFunction ?? c.ContainingSymbol) is not IMethodSymbol method) return;
            var name = method.AssociatedSymbol?.Name ?? method.Name;
            if (!EndpointNames.IsStrongEndpointName(name) && !EndpointConsumers.IsExchangeUrlText(UrlValueText.ConstantText(value))) return;
            Check(c, options, value, localFunction is null ? "'" + method.ContainingType?.Name + "." + name + "'" : "'" + name + "'", allowReference: false);
        }

        /// <summary>
        /// Tuple elements: (Rest: "http://…", Ws: "ws://…"), a dictionary's (string RestUrl, string WsUrl) value. The slot is the
        /// element's name, from the tuple itself or from the named tuple type it converts to; an unnamed element counts
        /// only when it names a known exchange host.
        /// </summary>
        private static void OnTuple(OperationAnalysisContext c, Context options)
        {
            var tuple = (ITupleOperation)c.Operation;
            var own = tuple.Type as INamedTypeSymbol;
            var converted = tuple.WalkUpConversionAndParentheses().Type as INamedTypeSymbol;
            for (var i = 0; i < tuple.Elements.Length; i++)
            {
                var element = tuple.Elements[i];
                if (!UrlValueText.MayHoldPlainUrl(element)) continue;
                var name = ElementName(own, i) ?? ElementName(converted, i);
                if (!(name is not null && (EndpointNames.IsStrongEndpointName(name) || EndpointNames.IsTransportRoleName(name))) &&
                    !EndpointConsumers.IsExchangeUrlText(UrlValueText.ConstantText(element)))
                    continue;
                Check(c, options, element, "'" + (name ?? "tuple element") + "'", allowReference: false);
            }
        }

        private static string? ElementName(INamedTypeSymbol? tuple, int index) =>
            tuple is { IsTupleType: true } && index < tuple.TupleElements.Length && tuple.TupleElements[index].IsExplicitlyNamedTupleElement
                ? tuple.TupleElements[index].Name
                : null;

        /// <summary>
        /// Lambda parameter defaults: <c>(string baseUrl = "http://…") =&gt; …</c>. The driver gives no initializer operation for
        /// them, so the lambda's own parameter symbols and their default-value syntax (inside this body) are read.
        /// </summary>
        private static void OnLambda(OperationAnalysisContext c, Context options)
        {
            var lambda = (IAnonymousFunctionOperation)c.Operation;
            foreach (var parameter in lambda.Symbol.Parameters)
            {
                if (!parameter.HasExplicitDefaultValue || parameter.ExplicitDefaultValue is not string text || !PlainUrl.HasPlainScheme(text)) continue;
                if (!EndpointConsumers.IsReportedAtDeclaration(parameter.Name, text) || !PlainUrl.TryParse(text, complete: true, out var url)) continue;
                foreach (var reference in parameter.DeclaringSyntaxReferences)
                {
                    if (reference.GetSyntax(c.CancellationToken) is ParameterSyntax { Default.Value: { } defaultValue })
                        Report(c, options, defaultValue, url, "'" + parameter.Name + "'", noFix: false, schemeNameForm: false);
                }
            }
        }

        /// <summary>
        /// The elements of an array, collection initializer or collection expression stored in a named slot: each plain URL
        /// is reported when the slot is endpoint-named (ApiUrls, RestEndpoints) or the element names a known exchange host.
        /// </summary>
        private static void CheckElements(OperationAnalysisContext c, Context options, IOperation collection, string? name, string display)
        {
            var named = name is not null && EndpointNames.IsStrongEndpointName(name);
            foreach (var element in UrlValueText.Elements(collection))
            {
                if (!UrlValueText.MayHoldPlainUrl(element)) continue;
                if (!named && !EndpointConsumers.IsExchangeUrlText(UrlValueText.ConstantText(element))) continue;
                Check(c, options, element, display, allowReference: false);
            }
        }

        // ---------------- checking ----------------

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

            if (!UrlValueText.TryGetPrefix(value, out var prefix, out var complete)) return;
            if (!PlainUrl.HasPlainScheme(prefix) || !PlainUrl.TryParse(prefix, complete, out var url)) return;

            if (UrlValueText.IsInAttributeOrNameof(value.Syntax)) return;
            var noFix = false;
            if (value is IBinaryOperation && UrlValueText.LeftmostOperand(value) is { } leftmost && leftmost != value &&
                (leftmost is IFieldReferenceOperation or ILocalReferenceOperation))
            {
                // BaseUrl + "/api/v3/time": the constant's own declaration carries the finding when it is reported there.
                var referenced = leftmost is IFieldReferenceOperation lf ? (ISymbol)lf.Field : ((ILocalReferenceOperation)leftmost).Local;
                if (!referenced.DeclaringSyntaxReferences.IsEmpty && EndpointConsumers.IsReportedAtDeclaration(referenced.Name, UrlValueText.ConstantText(leftmost))) return;
                if (DeferToDeclaration(c, options, referenced)) return;
                noFix = true;
            }

            if (value is IFieldReferenceOperation or ILocalReferenceOperation)
            {
                // A constant declared elsewhere: its own declaration is reported when its name is an endpoint name.
                if (!allowReference) return;
                var referenced = value is IFieldReferenceOperation f ? (ISymbol)f.Field : ((ILocalReferenceOperation)value).Local;
                if (!referenced.DeclaringSyntaxReferences.IsEmpty && EndpointConsumers.IsReportedAtDeclaration(referenced.Name, complete ? prefix : null)) return;
                if (DeferToDeclaration(c, options, referenced)) return;
                noFix = true;
            }

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
            string sink, bool noFix, bool schemeNameForm) =>
            Report(c.ReportDiagnostic, options, node, url, sink, noFix, schemeNameForm);

        private static void Report(Action<Diagnostic> report, Context options, SyntaxNode node, PlainUrl url,
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
            report(Diagnostic.Create(rule, node.GetLocation(), severity, additionalLocations: null,
                properties.ToImmutable(), sink, url.Host ?? ComputedHost));
        }
    }
}
