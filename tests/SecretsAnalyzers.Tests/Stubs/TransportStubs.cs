namespace SecretsAnalyzers.Tests.Stubs
{
    /// <summary>
    /// Stub sources of the SDK types the transport rules recognise by metadata name, declared in their real namespaces
    /// with their real member names (catalog D1, D3–D5; RestSharp, Websocket.Client, WebSocket4Net, .NET Framework's
    /// WebRequestHandler). Add them with <c>.AddStub(TransportStubs.All)</c>.
    /// </summary>
    internal static class TransportStubs
    {
        public const string RestSharp = """
            namespace RestSharp
            {
                public class RestClientOptions
                {
                    public RestClientOptions() { }
                    public RestClientOptions(string baseUrl) { }
                    public RestClientOptions(System.Uri baseUrl) { }
                    public System.Uri? BaseUrl { get; set; }
                    public System.Net.Security.RemoteCertificateValidationCallback? RemoteCertificateValidationCallback { get; set; }
                }

                public class RestRequest
                {
                    public RestRequest(string? resource = "", Method method = Method.Get) { }
                }

                public enum Method { Get, Post }

                public class RestClient
                {
                    public RestClient(string baseUrl) { }
                    public RestClient(System.Uri baseUrl) { }
                    public RestClient(RestClientOptions options) { }
                }
            }
            """;

        public const string WebSockets = """
            namespace Websocket.Client
            {
                public class WebsocketClient
                {
                    public WebsocketClient(System.Uri url, System.Func<System.Net.WebSockets.ClientWebSocket>? clientFactory = null) { }
                }
            }

            namespace WebSocket4Net
            {
                public class WebSocket
                {
                    public WebSocket(string uri, string subProtocol = "", string origin = "") { }
                    public void Open() { }
                }
            }
            """;

        public const string CryptoExchange = """
            namespace CryptoExchange.Net.Objects
            {
                public class TradeEnvironment
                {
                    protected TradeEnvironment(string name) { Name = name; }
                    public string Name { get; }
                }
            }

            namespace Binance.Net
            {
                public class BinanceEnvironment : CryptoExchange.Net.Objects.TradeEnvironment
                {
                    private BinanceEnvironment(string name) : base(name) { }
                    public static BinanceEnvironment Live { get; } = new BinanceEnvironment("live");
                    public static BinanceEnvironment CreateCustom(string name, string spotRestAddress, string spotSocketStreamsAddress,
                        string spotSocketApiAddress, string? blvtSocketAddress, string? usdFuturesRestAddress,
                        string? usdFuturesSocketAddress, string? usdFuturesSocketApiAddress) => new BinanceEnvironment(name);
                }
            }

            namespace Binance.Net.Objects
            {
                public class BinanceApiAddresses
                {
                    public string RestClientAddress { get; set; } = "";
                    public string SocketClientStreamAddress { get; set; } = "";
                    public string SocketClientApiAddress { get; set; } = "";
                }
            }
            """;

        public const string ExchangeSharp = """
            namespace ExchangeSharp
            {
                public abstract class BaseAPI
                {
                    public string BaseUrl { get; set; } = "";
                    public string BaseUrlWebSocket { get; set; } = "";
                }

                public sealed class ExchangeBinanceAPI : BaseAPI { }
            }
            """;

        public const string Ccxt = """
            namespace ccxt
            {
                public class Exchange
                {
                    public Exchange(object? userConfig2 = null) { }
                    public object? urls { get; set; }
                    public string? hostname { get; set; }
                }

                public class binance : Exchange
                {
                    public binance(object? args = null) : base(args) { }
                }
            }
            """;

        public const string Alpaca = """
            namespace Alpaca.Markets
            {
                public sealed class AlpacaTradingClientConfiguration
                {
                    public System.Uri ApiEndpoint { get; set; } = new System.Uri("https://api.alpaca.markets");
                }
            }
            """;

        public const string WebRequestHandler = """
            namespace System.Net.Http
            {
                public class WebRequestHandler : HttpClientHandler
                {
                    public System.Net.Security.RemoteCertificateValidationCallback? ServerCertificateValidationCallback { get; set; }
                }
            }
            """;

        public const string All = RestSharp + "\n" + WebSockets + "\n" + CryptoExchange + "\n" + ExchangeSharp + "\n" + Ccxt + "\n" + Alpaca + "\n" + WebRequestHandler;
    }
}
