using System.Collections.Generic;
using System.Threading.Tasks;
using Bybit.Net.Clients.V5;
using HTX.Net.Interfaces.Clients.SpotApi;

namespace TradingBot
{
    /// <summary>Creates the sub-account API keys the strategies run with: trade only, bound to the bot's addresses.</summary>
    public sealed class ApiKeyProvisioner
    {
        private readonly IBybitRestClientApiSubAccounts _bybit;
        private readonly IHTXRestClientSpotApiSubAccount _htx;
        private readonly IReadOnlyList<string> _egressAddresses;

        public ApiKeyProvisioner(IBybitRestClientApiSubAccounts bybit, IHTXRestClientSpotApiSubAccount htx, IReadOnlyList<string> egressAddresses)
        {
            _bybit = bybit;
            _htx = htx;
            _egressAddresses = egressAddresses;
        }

        public async Task<string> CreateBybitStrategyKeyAsync(string subAccountId)
        {
            var key = await _bybit.CreateSubAccountApiKeyAsync(
                subAccountId,
                readOnly: false,
                permissionSpotTrade: true,
                permissionWalletTransfer: false,
                ipRestrictions: string.Join(",", _egressAddresses),
                note: "grid strategy");
            return key.ApiKey;
        }

        public async Task<string> CreateHtxStrategyKeyAsync(string otpToken, long subUserId)
        {
            var key = await _htx.CreateApiKeyAsync(
                otpToken,
                subUserId,
                "grid strategy",
                new[] { "readOnly", "trade" },
                _egressAddresses);
            return key.AccessKey;
        }
    }
}
