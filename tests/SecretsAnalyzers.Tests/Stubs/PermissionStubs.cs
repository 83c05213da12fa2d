namespace SecretsAnalyzers.Tests.Stubs
{
    /// <summary>
    /// Exchange SDK stubs for the permission rules (catalog C and D): key-management methods with their real
    /// parameter names, and the trading/wallet calls that EXK304–EXK306 classify. Declared in the SDKs' real
    /// namespaces with their real member names; bodies are empty.
    /// </summary>
    public static class PermissionStubs
    {
        public const string CryptoExchange = """
            #nullable enable
            namespace CryptoExchange.Net.Objects
            {
                public class WebCallResult { public bool Success { get; set; } }
                public class WebCallResult<T> : WebCallResult { public T Data { get; set; } = default!; }
            }
            """;

        public const string Bybit = """
            #nullable enable
            using System.Collections.Generic;
            using System.Threading;
            using System.Threading.Tasks;
            using CryptoExchange.Net.Objects;

            namespace Bybit.Net.Objects.Models.V5
            {
                public class BybitApiKeyInfo { public bool Readonly { get; set; } public string[] Ips { get; set; } = System.Array.Empty<string>(); }
                public class BybitOrderId { public string OrderId { get; set; } = ""; }
                public class BybitBalance { }
            }

            namespace Bybit.Net.Enums
            {
                public enum Category { Spot, Linear, Inverse, Option }
                public enum OrderSide { Buy, Sell }
                public enum NewOrderType { Market, Limit }
                public enum AccountType { Unified, Contract, Spot, Fund }
            }

            namespace Bybit.Net.Clients.V5
            {
                using Bybit.Net.Enums;
                using Bybit.Net.Objects.Models.V5;

                public interface IBybitRestClientApiSubAccounts
                {
                    Task<WebCallResult<BybitApiKeyInfo>> CreateSubAccountApiKeyAsync(
                        string subAccountId, bool readOnly, bool? permissionContractTradeOrder = null, bool? permissionContractTradePosition = null,
                        bool? permissionSpotTrade = null, bool? permissionWalletTransfer = null, bool? permissionWalletSubAccountTransfer = null,
                        bool? permissionOptionsTrade = null, bool? permissionExchangeHistory = null, bool? permissionCopyTrading = null,
                        string? ipRestrictions = null, string? note = null, CancellationToken ct = default);

                    Task<WebCallResult<BybitApiKeyInfo>> EditSubAccountApiKeyAsync(
                        string? apiKey = null, bool? readOnly = null, string? ipRestrictions = null, bool? permissionContractTradeOrder = null,
                        bool? permissionContractTradePosition = null, bool? permissionSpotTrade = null, bool? permissionWalletTransfer = null,
                        bool? permissionWalletSubAccountTransfer = null, bool? permissionOptionsTrade = null, bool? permissionCopyTrading = null,
                        bool? permissionExchangeHistory = null, CancellationToken ct = default);
                }

                public interface IBybitRestClientApiAccount
                {
                    Task<WebCallResult<BybitApiKeyInfo>> GetApiKeyInfoAsync(CancellationToken ct = default);
                    Task<WebCallResult<BybitBalance>> GetBalancesAsync(AccountType accountType, string? asset = null, CancellationToken ct = default);
                    Task<WebCallResult<BybitApiKeyInfo>> EditApiKeyAsync(bool? readOnly = null, string? ipRestrictions = null, bool? permissionContractTradeOrder = null,
                        bool? permissionContractTradePosition = null, bool? permissionSpotTrade = null, bool? permissionWalletTransfer = null,
                        bool? permissionWalletSubAccountTransfer = null, bool? permissionOptionsTrade = null, CancellationToken ct = default);
                    Task<WebCallResult<BybitOrderId>> WithdrawAsync(string asset, string toAddress, decimal quantity, string? network = null, CancellationToken ct = default);
                    Task<WebCallResult<BybitOrderId>> CreateInternalTransferAsync(string asset, decimal quantity, AccountType fromAccount, AccountType toAccount, CancellationToken ct = default);
                }

                public interface IBybitRestClientApiTrading
                {
                    Task<WebCallResult<BybitOrderId>> PlaceOrderAsync(Category category, string symbol, OrderSide side, NewOrderType type, decimal quantity, decimal? price = null, CancellationToken ct = default);
                    Task<WebCallResult<BybitOrderId>> CancelOrderAsync(Category category, string symbol, string? orderId = null, CancellationToken ct = default);
                    Task<WebCallResult<BybitOrderId>> GetOrdersAsync(Category category, string? symbol = null, CancellationToken ct = default);
                }

                public interface IBybitRestClientApi
                {
                    IBybitRestClientApiAccount Account { get; }
                    IBybitRestClientApiSubAccounts SubAccount { get; }
                    IBybitRestClientApiTrading Trading { get; }
                }
            }

            namespace Bybit.Net.Clients
            {
                public class BybitRestClient
                {
                    public Bybit.Net.Clients.V5.IBybitRestClientApi V5Api { get; } = null!;
                }
            }
            """;

        public const string Binance = """
            #nullable enable
            using System.Collections.Generic;
            using System.Threading;
            using System.Threading.Tasks;
            using CryptoExchange.Net.Objects;

            namespace Binance.Net.Objects.Models.Spot
            {
                public class BinanceAPIKeyPermissions
                {
                    public bool IpRestrict { get; set; }
                    public bool EnableReading { get; set; }
                    public bool EnableSpotAndMarginTrading { get; set; }
                    public bool EnableWithdrawals { get; set; }
                    public bool EnableInternalTransfer { get; set; }
                    public bool PermitsUniversalTransfer { get; set; }
                }
                public class BinancePlacedOrder { public long Id { get; set; } }
                public class BinanceAccountInfo { }
                public class BinanceTick { public decimal LastPrice { get; set; } }
                public class BinanceWithdrawalPlaced { public string Id { get; set; } = ""; }
                public class BinanceTransaction { public long Id { get; set; } }
                public class BinanceIpRestriction { public string[] IpList { get; set; } = System.Array.Empty<string>(); }
                public class BinanceBrokerageApiKeyCreateResult { public string ApiKey { get; set; } = ""; }
            }

            namespace Binance.Net.Enums
            {
                public enum OrderSide { Buy, Sell }
                public enum SpotOrderType { Limit, Market }
                public enum UniversalTransferType { MainToFunding, FundingToMain }
            }

            namespace Binance.Net.Interfaces.Clients.SpotApi
            {
                using Binance.Net.Enums;
                using Binance.Net.Objects.Models.Spot;

                public interface IBinanceRestClientSpotApiTrading
                {
                    Task<WebCallResult<BinancePlacedOrder>> PlaceOrderAsync(string symbol, OrderSide side, SpotOrderType type, decimal? quantity = null, decimal? price = null, CancellationToken ct = default);
                    Task<WebCallResult<BinancePlacedOrder>> CancelOrderAsync(string symbol, long? orderId = null, CancellationToken ct = default);
                    Task<WebCallResult<BinancePlacedOrder[]>> GetOpenOrdersAsync(string? symbol = null, CancellationToken ct = default);
                }

                public interface IBinanceRestClientSpotApiAccount
                {
                    Task<WebCallResult<BinanceAccountInfo>> GetAccountInfoAsync(bool? omitZeroBalances = null, CancellationToken ct = default);
                    Task<WebCallResult<BinanceAPIKeyPermissions>> GetAPIKeyPermissionsAsync(CancellationToken ct = default);
                    Task<WebCallResult<BinanceWithdrawalPlaced>> WithdrawAsync(string asset, string address, decimal quantity, CancellationToken ct = default);
                    Task<WebCallResult<BinanceTransaction>> TransferAsync(UniversalTransferType type, string asset, decimal quantity, CancellationToken ct = default);
                }

                public interface IBinanceRestClientSpotApiExchangeData
                {
                    Task<WebCallResult<BinanceTick>> GetTickerAsync(string symbol, CancellationToken ct = default);
                }

                public interface IBinanceRestClientSpotApi
                {
                    IBinanceRestClientSpotApiAccount Account { get; }
                    IBinanceRestClientSpotApiTrading Trading { get; }
                    IBinanceRestClientSpotApiExchangeData ExchangeData { get; }
                }
            }

            namespace Binance.Net.Interfaces.Clients.GeneralApi
            {
                using Binance.Net.Objects.Models.Spot;

                public interface IBinanceRestClientGeneralApiSubAccount
                {
                    Task<WebCallResult<BinanceIpRestriction>> UpdateIpRestrictionForSubAccountApiKeyAsync(string email, string apiKey, bool ipRestrict, IEnumerable<string>? ipAddresses = null, CancellationToken ct = default);
                    Task<WebCallResult<BinanceIpRestriction>> RemoveIpRestrictionForSubAccountApiKeyAsync(string email, string apiKey, IEnumerable<string>? ipAddresses = null, CancellationToken ct = default);
                    Task<WebCallResult<BinanceIpRestriction>> GetIpRestrictionForSubAccountApiKeyAsync(string email, string apiKey, CancellationToken ct = default);
                }

                public interface IBinanceRestClientGeneralApiBrokerage
                {
                    Task<WebCallResult<BinanceBrokerageApiKeyCreateResult>> CreateApiKeyForSubAccountAsync(string subAccountId, bool isSpotTradingEnabled, bool? isMarginTradingEnabled = null, bool? isFuturesTradingEnabled = null, CancellationToken ct = default);
                    Task<WebCallResult<BinanceBrokerageApiKeyCreateResult>> ChangeSubAccountApiKeyPermissionAsync(string subAccountId, string apiKey, bool isSpotTradingEnabled, bool isMarginTradingEnabled, bool isFuturesTradingEnabled, CancellationToken ct = default);
                }

                public interface IBinanceRestClientGeneralApi
                {
                    IBinanceRestClientGeneralApiSubAccount SubAccount { get; }
                    IBinanceRestClientGeneralApiBrokerage Brokerage { get; }
                }
            }

            namespace Binance.Net.Clients
            {
                public class BinanceRestClient
                {
                    public Binance.Net.Interfaces.Clients.SpotApi.IBinanceRestClientSpotApi SpotApi { get; } = null!;
                    public Binance.Net.Interfaces.Clients.GeneralApi.IBinanceRestClientGeneralApi GeneralApi { get; } = null!;
                }
            }
            """;

        public const string Kucoin = """
            #nullable enable
            using System.Threading;
            using System.Threading.Tasks;
            using CryptoExchange.Net.Objects;

            namespace Kucoin.Net.Interfaces.Clients.SpotApi
            {
                public class KucoinSubAccountApiKey { public string ApiKey { get; set; } = ""; }

                public interface IKucoinRestClientSpotApiSubAccount
                {
                    Task<WebCallResult<KucoinSubAccountApiKey>> CreateSubAccountApiKeyAsync(string subAccountName, string passphrase, string remark, string? permissions = null, string? ipWhitelist = null, string? expire = null, CancellationToken ct = default);
                    Task<WebCallResult<KucoinSubAccountApiKey>> EditSubAccountApiKeyAsync(string subAccountName, string apiKey, string passphrase, string? permissions = null, string? ipWhitelist = null, string? expire = null, CancellationToken ct = default);
                }

                public interface IKucoinRestClientSpotApi
                {
                    IKucoinRestClientSpotApiSubAccount SubAccount { get; }
                }
            }

            namespace Kucoin.Net.Clients
            {
                public class KucoinRestClient
                {
                    public Kucoin.Net.Interfaces.Clients.SpotApi.IKucoinRestClientSpotApi SpotApi { get; } = null!;
                }
            }
            """;

        public const string Htx = """
            #nullable enable
            using System.Collections.Generic;
            using System.Threading;
            using System.Threading.Tasks;
            using CryptoExchange.Net.Objects;

            namespace HTX.Net.Interfaces.Clients.SpotApi
            {
                public class HTXApiKeyInfo { public string AccessKey { get; set; } = ""; }

                public interface IHTXRestClientSpotApiSubAccount
                {
                    Task<WebCallResult<HTXApiKeyInfo>> CreateApiKeyAsync(string otpToken, long subUserId, string note, IEnumerable<string> permissions, IEnumerable<string> ipAddresses, CancellationToken ct = default);
                    Task<WebCallResult<HTXApiKeyInfo>> EditApiKeyAsync(long subUserId, string apiKey, string note, IEnumerable<string> permissions, IEnumerable<string> ipAddresses, CancellationToken ct = default);
                    Task<WebCallResult<HTXApiKeyInfo[]>> GetApiKeyInfoAsync(long userId, string? apiKey = null, CancellationToken ct = default);
                }

                public interface IHTXRestClientSpotApi
                {
                    IHTXRestClientSpotApiSubAccount SubAccount { get; }
                }
            }

            namespace HTX.Net.Clients
            {
                public class HTXRestClient
                {
                    public HTX.Net.Interfaces.Clients.SpotApi.IHTXRestClientSpotApi SpotApi { get; } = null!;
                }
            }
            """;

        public const string Mexc = """
            #nullable enable
            using System.Threading;
            using System.Threading.Tasks;
            using CryptoExchange.Net.Objects;

            namespace Mexc.Net.Interfaces.Clients.SpotApi
            {
                public class MexcSubAccountApiKey { public string ApiKey { get; set; } = ""; }

                public interface IMexcRestClientSpotApiSubAccount
                {
                    Task<WebCallResult<MexcSubAccountApiKey>> CreateSubAccountApiKeyAsync(string subAccount, string note, string[] permissions, string[]? ipAddresses = null, CancellationToken ct = default);
                }

                public interface IMexcRestClientSpotApi
                {
                    IMexcRestClientSpotApiSubAccount SubAccount { get; }
                }
            }

            namespace Mexc.Net.Clients
            {
                public class MexcRestClient
                {
                    public Mexc.Net.Interfaces.Clients.SpotApi.IMexcRestClientSpotApi SpotApi { get; } = null!;
                }
            }
            """;

        public const string Okx = """
            #nullable enable
            using System.Threading;
            using System.Threading.Tasks;
            using CryptoExchange.Net.Objects;

            namespace OKX.Net.Interfaces.Clients.UnifiedApi
            {
                public class OKXSubAccountApiKey { public string ApiKey { get; set; } = ""; }

                public interface IOKXRestClientUnifiedApiSubAccount
                {
                    Task<WebCallResult<OKXSubAccountApiKey>> CreateSubAccountApiKeyAsync(string subAccountName, string apiLabel, string passphrase, bool readPermission = true, bool tradePermission = false, string? ipAddresses = null, CancellationToken ct = default);
                    Task<WebCallResult<OKXSubAccountApiKey>> ResetSubAccountApiKeyAsync(string subAccountName, string apiKey, string? apiLabel = null, bool? readPermission = null, bool? tradePermission = null, string? ipAddresses = null, CancellationToken ct = default);
                }

                public interface IOKXRestClientUnifiedApi
                {
                    IOKXRestClientUnifiedApiSubAccount SubAccounts { get; }
                }
            }

            namespace OKX.Net.Clients
            {
                public class OKXRestClient
                {
                    public OKX.Net.Interfaces.Clients.UnifiedApi.IOKXRestClientUnifiedApi UnifiedApi { get; } = null!;
                }
            }
            """;

        public const string ExchangeSharp = """
            #nullable enable
            using System.Collections.Generic;
            using System.Threading.Tasks;

            namespace ExchangeSharp
            {
                public class ExchangeOrderRequest { public string MarketSymbol { get; set; } = ""; public decimal Amount { get; set; } public decimal Price { get; set; } public bool IsBuy { get; set; } }
                public class ExchangeOrderResult { public string OrderId { get; set; } = ""; }
                public class ExchangeWithdrawalRequest { public string Currency { get; set; } = ""; public string Address { get; set; } = ""; public decimal Amount { get; set; } }
                public class ExchangeWithdrawalResponse { public bool Success { get; set; } }
                public class ExchangeTicker { public decimal Last { get; set; } }

                public interface IExchangeAPI
                {
                    Task<ExchangeOrderResult> PlaceOrderAsync(ExchangeOrderRequest order);
                    Task CancelOrderAsync(string orderId, string? marketSymbol = null, bool isClientOrderId = false);
                    Task<ExchangeWithdrawalResponse> WithdrawAsync(ExchangeWithdrawalRequest withdrawalRequest);
                    Task<Dictionary<string, decimal>> GetAmountsAsync();
                    Task<ExchangeTicker> GetTickerAsync(string marketSymbol);
                    Task<IEnumerable<ExchangeOrderResult>> GetOpenOrderDetailsAsync(string? marketSymbol = null);
                }

                public abstract class ExchangeAPI : IExchangeAPI
                {
                    public static Task<IExchangeAPI> GetExchangeAPIAsync<T>() where T : ExchangeAPI => Task.FromResult<IExchangeAPI>(null!);
                    public Task<ExchangeOrderResult> PlaceOrderAsync(ExchangeOrderRequest order) => Task.FromResult(new ExchangeOrderResult());
                    public Task CancelOrderAsync(string orderId, string? marketSymbol = null, bool isClientOrderId = false) => Task.CompletedTask;
                    public Task<ExchangeWithdrawalResponse> WithdrawAsync(ExchangeWithdrawalRequest withdrawalRequest) => Task.FromResult(new ExchangeWithdrawalResponse());
                    public Task<Dictionary<string, decimal>> GetAmountsAsync() => Task.FromResult(new Dictionary<string, decimal>());
                    public Task<ExchangeTicker> GetTickerAsync(string marketSymbol) => Task.FromResult(new ExchangeTicker());
                    public Task<IEnumerable<ExchangeOrderResult>> GetOpenOrderDetailsAsync(string? marketSymbol = null) => Task.FromResult<IEnumerable<ExchangeOrderResult>>(new ExchangeOrderResult[0]);
                }

                public sealed class ExchangeBinanceAPI : ExchangeAPI { }
            }
            """;

        public const string Ccxt = """
            using System.Threading.Tasks;

            namespace ccxt
            {
                public class Exchange
                {
                    public Exchange(object userConfig2 = null) { }
                    public Task<object> fetchBalance(object parameters = null) => Task.FromResult<object>(null);
                    public Task<object> fetchTicker(string symbol, object parameters = null) => Task.FromResult<object>(null);
                    public Task<object> fetchOpenOrders(string symbol = null, object since = null, object limit = null, object parameters = null) => Task.FromResult<object>(null);
                    public Task<object> createOrder(string symbol, string type, string side, object amount, object price = null, object parameters = null) => Task.FromResult<object>(null);
                    public Task<object> cancelOrder(string id, string symbol = null, object parameters = null) => Task.FromResult<object>(null);
                    public Task<object> withdraw(string code, object amount, object address, object tag = null, object parameters = null) => Task.FromResult<object>(null);
                    public Task<object> transfer(string code, object amount, string fromAccount, string toAccount, object parameters = null) => Task.FromResult<object>(null);
                }

                public class binance : Exchange
                {
                    public binance(object args = null) : base(args) { }
                }
            }
            """;
    }
}
