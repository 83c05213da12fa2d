using System.Threading.Tasks;
using Mexc.Net.Interfaces.Clients.SpotApi;

namespace TradingBot
{
    /// <summary>Takes profit on MEXC; moving funds to cold storage is done by hand with a separate key.</summary>
    public sealed class ProfitSweeper
    {
        private readonly IMexcRestClientSpotApiAccount _account;
        private readonly IMexcRestClientSpotApiTrading _trading;

        public ProfitSweeper(IMexcRestClientSpotApiAccount account, IMexcRestClientSpotApiTrading trading)
        {
            _account = account;
            _trading = trading;
        }

        public async Task<decimal> TakeProfitAsync(decimal keepUsdt)
        {
            var account = await _account.GetAccountInfoAsync();
            await _trading.PlaceOrderAsync("BTCUSDT", "SELL", "MARKET", quantity: 0.01m);
            return account.FreeUsdt - keepUsdt;
        }
    }
}
