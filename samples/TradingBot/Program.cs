using System;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace TradingBot
{
    /// <summary>Composition root: configuration, logging and the bot's services.</summary>
    public static class Program
    {
        public static async Task<int> Main(string[] args)
        {
            var configuration = new ConfigurationBuilder()
                .AddJsonFile("appsettings.json", optional: true)
                .AddEnvironmentVariables()
                .Build();

            var services = new ServiceCollection()
                .AddSingleton<IConfiguration>(configuration)
                .AddLogging(builder => builder.AddConsole())
                .Configure<BotOptions>(configuration.GetSection(BotOptions.Section));

            await using var provider = services.BuildServiceProvider();
            var logger = provider.GetRequiredService<ILogger<BotOptions>>();
            logger.LogInformation("Trading bot configured; dry run: {DryRun}", args.Length == 0);
            return 0;
        }
    }

    /// <summary>Options bound from the "Bot" section.</summary>
    public sealed class BotOptions
    {
        public const string Section = "Bot";

        public string Exchange { get; set; } = "Binance";

        public string Symbol { get; set; } = "BTCUSDT";

        public decimal MaxPositionSize { get; set; } = 0.05m;
    }
}
