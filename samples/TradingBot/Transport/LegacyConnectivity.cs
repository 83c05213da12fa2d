using System.IO;
using System.Net;
using System.Net.Security;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;

namespace TradingBot
{
    /// <summary>Start-up tweaks copied from an old .NET Framework bot: forced TLS versions and a DEBUG-only bypass.</summary>
    public static class LegacyConnectivity
    {
#pragma warning disable SYSLIB0014 // ServicePointManager is obsolete: this is the legacy code the sample shows
        public static void Configure()
        {
            ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls | SecurityProtocolType.Tls11 | SecurityProtocolType.Tls12;
#if DEBUG
            ServicePointManager.ServerCertificateValidationCallback += AcceptAnyCertificate;
#endif
        }
#pragma warning restore SYSLIB0014

        public static SslStream OpenFixSession(Stream network, string host)
        {
            var ssl = new SslStream(network, false, (sender, certificate, chain, errors) => true);
            ssl.AuthenticateAsClient(host, null, SslProtocols.Tls11, false);
            return ssl;
        }

        public static RestSharp.RestClient CreateBybitClient() =>
            new RestSharp.RestClient(new RestSharp.RestClientOptions("http://api.bybit.com"));

        public static WebSocket4Net.WebSocket CreateMexcSocket() => new WebSocket4Net.WebSocket("ws://wbs-api.mexc.com/ws");

        private static bool AcceptAnyCertificate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors) => true;
    }
}
