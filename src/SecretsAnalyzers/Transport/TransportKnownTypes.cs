using Microsoft.CodeAnalysis;
using SecretsAnalyzers.Internal;

namespace SecretsAnalyzers.Transport
{
    /// <summary>The framework and SDK types the transport rules look at, resolved once per compilation by metadata name.</summary>
    internal sealed class TransportKnownTypes
    {
        private TransportKnownTypes(KnownTypes known)
        {
            Uri = known.Get("System.Uri");
            UriBuilder = known.Get("System.UriBuilder");
            WebProxy = known.Get("System.Net.WebProxy");
            HttpListenerPrefixCollection = known.Get("System.Net.HttpListenerPrefixCollection");
            RestClient = known.Get("RestSharp.RestClient");
            RestClientOptions = known.Get("RestSharp.RestClientOptions");
            RestRequest = known.Get("RestSharp.RestRequest");
            WebsocketClient = known.Get("Websocket.Client.WebsocketClient");
            WebSocket4Net = known.Get("WebSocket4Net.WebSocket");
            SslPolicyErrors = known.Get("System.Net.Security.SslPolicyErrors");
            ServicePointManager = known.Get("System.Net.ServicePointManager");
            SslProtocols = known.Get("System.Security.Authentication.SslProtocols");
            SecurityProtocolType = known.Get("System.Net.SecurityProtocolType");
        }

        public INamedTypeSymbol? Uri { get; }
        public INamedTypeSymbol? UriBuilder { get; }
        public INamedTypeSymbol? WebProxy { get; }
        public INamedTypeSymbol? HttpListenerPrefixCollection { get; }
        public INamedTypeSymbol? RestClient { get; }
        public INamedTypeSymbol? RestClientOptions { get; }
        public INamedTypeSymbol? RestRequest { get; }
        public INamedTypeSymbol? WebsocketClient { get; }
        public INamedTypeSymbol? WebSocket4Net { get; }
        public INamedTypeSymbol? SslPolicyErrors { get; }
        public INamedTypeSymbol? ServicePointManager { get; }
        public INamedTypeSymbol? SslProtocols { get; }
        public INamedTypeSymbol? SecurityProtocolType { get; }

        public static TransportKnownTypes From(Compilation compilation) => KnownTypes.GetOrCreate(compilation).View(k => new TransportKnownTypes(k));

        /// <summary>SDK types whose constructor's first parameter is the endpoint, whatever it is called
        /// (RestSharp RestClient/RestClientOptions/RestRequest, Websocket.Client, WebSocket4Net).</summary>
        public bool IsEndpointConstructorType(INamedTypeSymbol? type) =>
            type is not null &&
            (SymbolEqualityComparer.Default.Equals(type, RestClient) ||
             SymbolEqualityComparer.Default.Equals(type, RestClientOptions) ||
             SymbolEqualityComparer.Default.Equals(type, RestRequest) ||
             SymbolEqualityComparer.Default.Equals(type, WebsocketClient) ||
             SymbolEqualityComparer.Default.Equals(type, WebSocket4Net));

        /// <summary>A delegate type whose Invoke returns bool and takes an SslPolicyErrors: a certificate validation callback.</summary>
        public bool IsCertificateCallback(ITypeSymbol? type)
        {
            if (SslPolicyErrors is null || type is not INamedTypeSymbol { TypeKind: TypeKind.Delegate } named) return false;
            var invoke = named.DelegateInvokeMethod;
            if (invoke is null || invoke.ReturnType.SpecialType != SpecialType.System_Boolean) return false;
            foreach (var p in invoke.Parameters)
            {
                if (SymbolEqualityComparer.Default.Equals(p.Type, SslPolicyErrors)) return true;
            }

            return false;
        }

        /// <summary>SslProtocols or SecurityProtocolType (or a nullable of either).</summary>
        public bool IsProtocolEnum(ITypeSymbol? type)
        {
            if (type is null) return false;
            if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable &&
                nullable.TypeArguments.Length == 1)
                type = nullable.TypeArguments[0];
            return SymbolEqualityComparer.Default.Equals(type, SslProtocols) ||
                   SymbolEqualityComparer.Default.Equals(type, SecurityProtocolType);
        }
    }
}
