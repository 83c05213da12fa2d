using System.Net.Http;
using Binance.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace TradingBot
{
    /// <summary>Logging and HTTP wiring for the exchange clients.</summary>
    public static class LoggingSetup
    {
        public static IServiceCollection AddExchangeLogging(this IServiceCollection services) =>
            services.AddLogging(builder => builder.SetMinimumLevel(LogLevel.Debug));

        public static HttpClient CreateBinanceHttpClient(ILogger logger) =>
            new HttpClient(new BinanceLoggingHandler(logger));
    }
}
