using System;
using System.Threading.Tasks;
using Mexc.Net.Interfaces.Clients.SpotApi;

namespace SignalBot
{
    /// <summary>Watches balances and open orders and prints a signal; it never trades or moves funds.</summary>
    public sealed class PortfolioWatcher
    {
        private readonly IMexcRestClientSpotApiAccount _account;
        private readonly IMexcRestClientSpotApiTrading _trading;

        public PortfolioWatcher(IMexcRestClientSpotApiAccount account, IMexcRestClientSpotApiTrading trading)
        {
            _account = account;
            _trading = trading;
        }

        public async Task<string> SignalAsync(decimal rebalanceAbove)
        {
            var account = await _account.GetAccountInfoAsync();
            var open = await _trading.GetOpenOrdersAsync("BTCUSDT");
            return account.FreeUsdt > rebalanceAbove && open.Length == 0 ? "rebalance" : "hold";
        }
    }

    public static class Program
    {
        public static int Main()
        {
            Console.WriteLine("SignalBot: wire an IMexcRestClientSpotApiAccount to run the watcher.");
            return 0;
        }
    }
}
