using System;
using System.Net.Http;
using System.Net.WebSockets;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace TradingBot
{
    /// <summary>REST and stream access to the exchange over TLS with the platform's certificate validation.</summary>
    public sealed class MarketDataClient : IDisposable
    {
        public const string RestBaseUrl = "https://api.binance.com";

        public const string StreamUrl = "wss://stream.binance.com:9443/ws";

        /// <summary>Local simulator used by integration runs (loopback is never reported): http://localhost:8090/.</summary>
        public const string SimulatorUrl = "http://localhost:8090/";

        private const string AtomNamespace = "http://www.w3.org/2005/Atom";

        private readonly HttpClient _http;
        private readonly ILogger _logger;

        public MarketDataClient(ILogger logger)
        {
            _logger = logger;
            _http = new HttpClient(new HttpClientHandler()) { BaseAddress = new Uri(RestBaseUrl) };
        }

        public Task<string> GetTickerAsync(string symbol, CancellationToken cancellationToken) =>
            _http.GetStringAsync($"https://api.binance.com/api/v3/ticker/price?symbol={symbol}", cancellationToken);

        public Task<string> GetGatewayStatusAsync(CancellationToken cancellationToken) =>
            _http.GetStringAsync("https://gateway.tradingdesk.net/status", cancellationToken);

        public Task<string> GetSimulatorStatusAsync(CancellationToken cancellationToken) =>
            _http.GetStringAsync(new Uri(new Uri("http://127.0.0.1:8090/"), "status"), cancellationToken);

        public bool IsPlainText(string url)
        {
            var plain = url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("ws://", StringComparison.OrdinalIgnoreCase);
            if (plain) _logger.LogWarning("Refusing plain-text endpoint; use https:// or wss:// instead of http://");
            return plain || url.Contains(AtomNamespace, StringComparison.Ordinal);
        }

        public async Task<ClientWebSocket> OpenTradeStreamAsync(string symbol, CancellationToken cancellationToken)
        {
            var socket = new ClientWebSocket();
            await socket.ConnectAsync(new Uri("wss://stream.binance.com:9443/ws/" + symbol.ToLowerInvariant() + "@trade"), cancellationToken);
            return socket;
        }

        public void Dispose() => _http.Dispose();
    }
}
