using System.IO;
using System.Net.Security;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;

namespace TradingBot
{
    /// <summary>Start-up connectivity: the OS chooses the TLS version and the certificate is validated (pinned for FIX).</summary>
    public static class LegacyConnectivity
    {
        private const string FixGatewayThumbprint = "3B1EFD3A66EA28B16697394703A72CA340A05BD5";

        public static void Configure()
        {
        }

        public static SslStream OpenFixSession(Stream network, string host)
        {
            var ssl = new SslStream(network, false, ValidateFixGateway);
            ssl.AuthenticateAsClient(host, null, SslProtocols.None, false);
            return ssl;
        }

        public static RestSharp.RestClient CreateBybitClient() =>
            new RestSharp.RestClient(new RestSharp.RestClientOptions("https://api.bybit.com"));

        public static WebSocket4Net.WebSocket CreateMexcSocket() => new WebSocket4Net.WebSocket("wss://wbs-api.mexc.com/ws");

        public static bool IsLegacyProtocol(SslProtocols protocols) =>
            protocols != SslProtocols.None && (protocols & (SslProtocols.Tls12 | SslProtocols.Tls13)) == 0;

        private static bool ValidateFixGateway(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors) =>
            errors == SslPolicyErrors.None ||
            (errors == SslPolicyErrors.RemoteCertificateChainErrors && certificate?.GetCertHashString() == FixGatewayThumbprint);
    }
}
