using System.Net.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace TradingBot
{
    /// <summary>Logging and HTTP wiring for the exchange clients.</summary>
    public static class LoggingSetup
    {
        public static IServiceCollection AddExchangeLogging(this IServiceCollection services) =>
            services.AddLogging(builder => builder.SetMinimumLevel(LogLevel.Information));

        public static HttpClient CreateBinanceHttpClient() =>
            new HttpClient(new HttpClientHandler());
    }
}
