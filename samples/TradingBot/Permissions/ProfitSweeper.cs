using System.Threading.Tasks;
using Mexc.Net.Interfaces.Clients.SpotApi;

namespace TradingBot
{
    /// <summary>Takes profit on MEXC and sweeps it to cold storage.</summary>
    public sealed class ProfitSweeper
    {
        private readonly IMexcRestClientSpotApiAccount _account;
        private readonly IMexcRestClientSpotApiTrading _trading;

        public ProfitSweeper(IMexcRestClientSpotApiAccount account, IMexcRestClientSpotApiTrading trading)
        {
            _account = account;
            _trading = trading;
        }

        public async Task SweepAsync(string coldWalletAddress, decimal keepUsdt)
        {
            var account = await _account.GetAccountInfoAsync();
            await _trading.PlaceOrderAsync("BTCUSDT", "SELL", "MARKET", quantity: 0.01m);
            var excess = account.FreeUsdt - keepUsdt;
            if (excess > 0)
            {
                await _account.WithdrawAsync("USDT", coldWalletAddress, excess, network: "TRC20");
            }
        }
    }
}
