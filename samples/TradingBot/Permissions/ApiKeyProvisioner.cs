using System.Threading.Tasks;
using Bybit.Net.Clients.V5;
using HTX.Net.Interfaces.Clients.SpotApi;

namespace TradingBot
{
    /// <summary>Creates the sub-account API keys the strategies run with.</summary>
    public sealed class ApiKeyProvisioner
    {
        private readonly IBybitRestClientApiSubAccounts _bybit;
        private readonly IHTXRestClientSpotApiSubAccount _htx;

        public ApiKeyProvisioner(IBybitRestClientApiSubAccounts bybit, IHTXRestClientSpotApiSubAccount htx)
        {
            _bybit = bybit;
            _htx = htx;
        }

        public async Task<string> CreateBybitStrategyKeyAsync(string subAccountId)
        {
            var key = await _bybit.CreateSubAccountApiKeyAsync(
                subAccountId,
                readOnly: false,
                permissionSpotTrade: true,
                permissionWalletTransfer: true,
                note: "grid strategy");
            return key.ApiKey;
        }

        public async Task<string> CreateHtxStrategyKeyAsync(string otpToken, long subUserId)
        {
            var key = await _htx.CreateApiKeyAsync(
                otpToken,
                subUserId,
                "grid strategy",
                new[] { "readOnly", "trade", "withdraw" },
                new[] { "*" });
            return key.AccessKey;
        }
    }
}
