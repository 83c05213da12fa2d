using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SecretsAnalyzers.Internal;

namespace SecretsAnalyzers.Transport
{
    /// <summary>
    /// EXK201/EXK202: where a URL goes. A parameter, member or key is an endpoint when a network consumer reads it (a URL
    /// parameter of HttpClient, WebRequest, websockets, RestSharp, an SDK's client or options; a consumer type's own
    /// property) or when the value names a known exchange host; proxies, browsers, images and mock setups never are.
    /// </summary>
    internal static class EndpointConsumers
    {
        internal static bool IsEndpointParameter(IParameterSymbol parameter, IMethodSymbol method, TransportKnownTypes known, IArgumentOperation argument)
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
            if (EndpointNames.IsEndpointName(parameter.Name) || EndpointNames.IsTransportRoleName(parameter.Name)) return true;
            if (method.MethodKind == MethodKind.Constructor && parameter.Ordinal == 0 && known.IsEndpointConstructorType(type)) return true;

            // Key/value pairs: dict.Add("BaseUrl", "http://…"), Environment.SetEnvironmentVariable("APCA_API_BASE_URL", "http://…").
            // new KeyValuePair<string, string>("Exchange:BaseUrl", "http://…") too.
            var pair = argument.Parent switch
            {
                IInvocationOperation invocation => invocation.Arguments,
                IObjectCreationOperation { Type.Name: "KeyValuePair" } creation => creation.Arguments,
                _ => default,
            };
            if (parameter.Ordinal == 1 && !pair.IsDefault && pair.Length >= 2)
            {
                foreach (var other in pair)
                {
                    if (other.Parameter?.Ordinal == 0 && other.Value.ConstantValue is { HasValue: true, Value: string key })
                        return EndpointNames.IsEndpointName(EndpointNames.LastSegment(key)) &&
                               (EndpointNames.IsStrongEndpointName(key.Replace(':', '_').Replace('.', '_').Replace('/', '_')) || IsExchangeUrlText(UrlValueText.ConstantText(argument.Value)));
                }
            }

            return false;
        }

        /// <summary>The dictionary key ("api", "www", "doc"…) under which a value sits inside a ccxt urls dictionary.</summary>
        internal static string? NearestKey(IOperation value, IOperation stop)
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
        internal static bool IsPeopleLink(string? key) =>
            key is not null &&
            (key.Equals("www", StringComparison.OrdinalIgnoreCase) || key.Equals("fees", StringComparison.OrdinalIgnoreCase) ||
             key.Equals("referral", StringComparison.OrdinalIgnoreCase) || key.Equals("logo", StringComparison.OrdinalIgnoreCase) ||
             key.StartsWith("doc", StringComparison.OrdinalIgnoreCase));

        /// <summary>
        /// A declaration (field, const, property, local, parameter default) is reported itself when its name is an endpoint
        /// name, or when its whole value is a plain URL to a known exchange host: nobody writes http://api.binance.com for
        /// anything but a connection.
        /// </summary>
        internal static bool IsReportedAtDeclaration(string name, string? constantValue) =>
            EndpointNames.IsStrongEndpointName(name) || IsExchangeUrlText(constantValue);

        /// <summary>A property of a network consumer type: HttpClient, RestSharp, websocket clients, an SDK's options.</summary>
        internal static bool IsConsumerProperty(IOperation target, TransportKnownTypes known)
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
        internal static bool IsNonConsumer(IMethodSymbol method)
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

        internal static readonly string[] NonConsumerMethodWords =
        {
            "Browser", "Browse", "Navigate", "Launch", "OpenUrl", "OpenUri", "OpenLink", "OpenWeb", "ShowPage", "Proxy", "Image", "Icon", "Logo",
        };

        internal static bool IsExchangeUrlText(string? text)
        {
            if (text is null || !PlainUrl.HasPlainScheme(text)) return false;
            foreach (var ch in text)
            {
                if (char.IsWhiteSpace(ch)) return false;                                     // a sentence, not a URL
            }

            return PlainUrl.TryParse(text, complete: true, out var url) && ExchangeHosts.IsExchangeHost(url.Host);
        }
    }
}
