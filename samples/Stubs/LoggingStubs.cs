// Stand-ins for the exchange SDK types the logging rules (EXK4xx) recognise, declared in their real namespaces.
using System.Net.Http;
using Microsoft.Extensions.Logging;

namespace Binance.Common
{
    /// <summary>Binance official connector: logs every request, API-key header included, at Information level.</summary>
    public class BinanceLoggingHandler : DelegatingHandler
    {
        public BinanceLoggingHandler(ILogger logger)
        {
            Logger = logger;
        }

        public ILogger Logger { get; }
    }
}

namespace CryptoExchange.Net
{
    /// <summary>CryptoExchange.Net helper class: its presence marks a project that uses CryptoExchange.Net clients.</summary>
    public static class ExchangeHelpers
    {
        public static decimal RoundDown(decimal value, int decimals)
        {
            var factor = 1m;
            for (var i = 0; i < decimals; i++) factor *= 10m;
            return decimal.Floor(value * factor) / factor;
        }
    }
}
