using Microsoft.CodeAnalysis;

namespace SecretsAnalyzers.Transport
{
    /// <summary>The framework and SDK types the transport rules look at, resolved once per compilation by metadata name.</summary>
    internal sealed class TransportKnownTypes
    {
        private TransportKnownTypes(Compilation compilation)
        {
            Uri = compilation.GetTypeByMetadataName("System.Uri");
            UriBuilder = compilation.GetTypeByMetadataName("System.UriBuilder");
            WebProxy = compilation.GetTypeByMetadataName("System.Net.WebProxy");
            HttpListenerPrefixCollection = compilation.GetTypeByMetadataName("System.Net.HttpListenerPrefixCollection");
            RestClient = compilation.GetTypeByMetadataName("RestSharp.RestClient");
            RestClientOptions = compilation.GetTypeByMetadataName("RestSharp.RestClientOptions");
            RestRequest = compilation.GetTypeByMetadataName("RestSharp.RestRequest");
            WebsocketClient = compilation.GetTypeByMetadataName("Websocket.Client.WebsocketClient");
            WebSocket4Net = compilation.GetTypeByMetadataName("WebSocket4Net.WebSocket");
            SslPolicyErrors = compilation.GetTypeByMetadataName("System.Net.Security.SslPolicyErrors");
            ServicePointManager = compilation.GetTypeByMetadataName("System.Net.ServicePointManager");
            SslProtocols = compilation.GetTypeByMetadataName("System.Security.Authentication.SslProtocols");
            SecurityProtocolType = compilation.GetTypeByMetadataName("System.Net.SecurityProtocolType");
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

        public static TransportKnownTypes From(Compilation compilation) => new TransportKnownTypes(compilation);

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
