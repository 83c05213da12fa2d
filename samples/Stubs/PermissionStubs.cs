// Exchange SDK stubs for the permission samples (catalog C and D): key-management and wallet/trading interfaces,
// declared in the SDKs' real namespaces with their real member names. Bodies are not needed: the samples only compile.
#nullable enable
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Bybit.Net.Objects.Models.V5
{
    public sealed class BybitApiKeyInfo
    {
        public string ApiKey { get; set; } = "";
        public bool Readonly { get; set; }
        public string[] Ips { get; set; } = System.Array.Empty<string>();
    }
}

namespace Bybit.Net.Clients.V5
{
    using Bybit.Net.Objects.Models.V5;

    public interface IBybitRestClientApiSubAccounts
    {
        Task<BybitApiKeyInfo> CreateSubAccountApiKeyAsync(
            string subAccountId, bool readOnly, bool? permissionContractTradeOrder = null, bool? permissionContractTradePosition = null,
            bool? permissionSpotTrade = null, bool? permissionWalletTransfer = null, bool? permissionWalletSubAccountTransfer = null,
            bool? permissionOptionsTrade = null, bool? permissionExchangeHistory = null, bool? permissionCopyTrading = null,
            string? ipRestrictions = null, string? note = null, CancellationToken ct = default);

        Task<BybitApiKeyInfo> EditSubAccountApiKeyAsync(
            string? apiKey = null, bool? readOnly = null, string? ipRestrictions = null, bool? permissionContractTradeOrder = null,
            bool? permissionContractTradePosition = null, bool? permissionSpotTrade = null, bool? permissionWalletTransfer = null,
            bool? permissionWalletSubAccountTransfer = null, bool? permissionOptionsTrade = null, bool? permissionCopyTrading = null,
            bool? permissionExchangeHistory = null, CancellationToken ct = default);
    }
}

namespace HTX.Net.Interfaces.Clients.SpotApi
{
    public sealed class HTXApiKeyInfo
    {
        public string AccessKey { get; set; } = "";
    }

    public interface IHTXRestClientSpotApiSubAccount
    {
        Task<HTXApiKeyInfo> CreateApiKeyAsync(string otpToken, long subUserId, string note, IEnumerable<string> permissions, IEnumerable<string> ipAddresses, CancellationToken ct = default);
        Task<HTXApiKeyInfo> EditApiKeyAsync(long subUserId, string apiKey, string note, IEnumerable<string> permissions, IEnumerable<string> ipAddresses, CancellationToken ct = default);
    }
}

namespace Mexc.Net.Objects.Models.Spot
{
    public sealed class MexcAccountInfo
    {
        public decimal FreeUsdt { get; set; }
    }

    public sealed class MexcOrder
    {
        public string OrderId { get; set; } = "";
    }

    public sealed class MexcWithdrawResult
    {
        public string Id { get; set; } = "";
    }
}

namespace Mexc.Net.Interfaces.Clients.SpotApi
{
    using Mexc.Net.Objects.Models.Spot;

    public interface IMexcRestClientSpotApiAccount
    {
        Task<MexcAccountInfo> GetAccountInfoAsync(CancellationToken ct = default);
        Task<MexcWithdrawResult> WithdrawAsync(string asset, string address, decimal quantity, string? network = null, CancellationToken ct = default);
    }

    public interface IMexcRestClientSpotApiTrading
    {
        Task<MexcOrder> PlaceOrderAsync(string symbol, string side, string type, decimal? quantity = null, decimal? price = null, CancellationToken ct = default);
        Task<MexcOrder> CancelOrderAsync(string symbol, string? orderId = null, CancellationToken ct = default);
        Task<MexcOrder[]> GetOpenOrdersAsync(string? symbol = null, CancellationToken ct = default);
    }
}
