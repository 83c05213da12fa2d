using System.Collections.Immutable;

namespace SecretsAnalyzers.Tests.Hardening
{
    /// <summary>
    /// Every secret value planted by the hardening tests, in one place. They look random on purpose (a placeholder
    /// word would make the rules ignore them); none is a real credential.
    /// </summary>
    public static class HardeningSecrets
    {
        public const string BinanceKey = "u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8dKLzdocJ2isAjIhKtJ0RlgLKOmxgJ";
        public const string BinanceSecret = "TeKdNnFRIBXuDL7DxtpYlSXpfKtHF4vUCsMehGAkWvj7FAc9QeWJKY40uvSwMFLZ";
        public const string KucoinKey = "e228f219e9cb0eb53f16947c";
        public const string KucoinSecret = "6c1f0e3a-84d2-4b7e-9f35-d20a7c9be418";
        public const string KucoinPassphrase = "qv7Rk2mZp9Lw";
        public const string OkxSecret = "CF25EC84D8DBC74254770F58904DBA41";
        public const string EthereumPrivateKey = "0xecccc3fc1626e53a13043b026c48bbf33feff9243a8f506b40928b5b7a767c76";
        public const string KrakenKey = "HFwUbbYrEqmSM9wCZ7Uw9xfogoEmvnEN5N1aE6PwZPf1Qh6yYTWmE4lB";
        public const string BitfinexSecret = "YOvfZ8UzDzV8fUkkibjL5DZPjN0MEQ7wjJJibaZUPgH";
        public const string AlpacaKeyId = "AKI1MNBQNS6PUQ80IDW370";
        public const string AlpacaSecret = "064GiIjHGb3CXlMaXZjljENUhJduRHHJEYXg4Jdp";
        public const string BybitSecret = "mrcXgGCJbW56eCuNGMGmSrCGIZEG8pSH4487";
        public const string ConfigSecret = "Zr4Nq8Vw2Kc6Hj1Lp5Tx9Bd3Fg7Ms0Yu";
        public const string PemLabelSecret = "Q7RV2LMZP9WS4KXT";

        public static readonly ImmutableArray<string> All = ImmutableArray.Create(
            BinanceKey, BinanceSecret, KucoinKey, KucoinSecret, KucoinPassphrase, OkxSecret, EthereumPrivateKey,
            KrakenKey, BitfinexSecret, AlpacaKeyId, AlpacaSecret, BybitSecret, ConfigSecret, PemLabelSecret);
    }

    /// <summary>
    /// Seed sources of the hardening tests: SDK stubs in their real namespaces and trading code with the shapes of
    /// every rule family (credentials into SDK types, plain-HTTP endpoints, certificate callbacks, permission calls,
    /// logger calls with secrets), plus look-alikes. Used as-is, mutated, cut and marked as generated.
    /// </summary>
    public static class HardeningCorpus
    {
        public const string Stubs = """
            #nullable enable
            using System;
            using System.Collections.Generic;
            using System.Net.Http;
            using System.Threading;
            using System.Threading.Tasks;

            namespace CryptoExchange.Net.Authentication
            {
                public abstract class ApiCredentials { public abstract ApiCredentials Copy(); }
                public abstract class CredentialSet : ApiCredentials { protected CredentialSet(string key) { Key = key; } public string Key { get; set; } }
                public class ApiKeyCredential : CredentialSet { public ApiKeyCredential(string key) : base(key) { } public override ApiCredentials Copy() => this; }
                public class HMACCredential : CredentialSet
                {
                    public HMACCredential(string key, string secret) : base(key) { Secret = secret; }
                    public string Secret { get; set; }
                    public override ApiCredentials Copy() => this;
                }
                public class HMACPassCredential : HMACCredential
                {
                    public HMACPassCredential(string key, string secret, string pass) : base(key, secret) { Pass = pass; }
                    public string Pass { get; set; }
                }
                public class ECDsaCredential : CredentialSet
                {
                    public ECDsaCredential(string key, string privateKey) : base(key) { PrivateKey = privateKey; }
                    public string PrivateKey { get; set; }
                    public override ApiCredentials Copy() => this;
                }
            }

            namespace CryptoExchange.Net.Objects
            {
                public class TradeEnvironment { public string Name { get; protected set; } = "live"; }
                public class WebCallResult<T> { public bool Success { get; set; } public T? Data { get; set; } }
            }

            namespace Binance.Net
            {
                using CryptoExchange.Net.Authentication;
                public class BinanceCredentials : ApiCredentials
                {
                    public BinanceCredentials(string key, string secret) { HMAC = new HMACCredential(key, secret); }
                    public BinanceCredentials(HMACCredential credential) { HMAC = credential; }
                    public HMACCredential? HMAC { get; set; }
                    public BinanceCredentials WithHMAC(string key, string secret) => this;
                    public override ApiCredentials Copy() => this;
                }
                public class BinanceEnvironment : CryptoExchange.Net.Objects.TradeEnvironment
                {
                    public static BinanceEnvironment Live { get; } = new BinanceEnvironment();
                    public static BinanceEnvironment Testnet { get; } = new BinanceEnvironment();
                    public static BinanceEnvironment CreateCustom(string name, string spotRestAddress, string spotSocketStreamAddress, string? spotSocketApiAddress = null) => new BinanceEnvironment();
                }
            }

            namespace Binance.Net.Objects.Options
            {
                public class BinanceRestOptions
                {
                    public Binance.Net.BinanceCredentials? ApiCredentials { get; set; }
                    public Binance.Net.BinanceEnvironment Environment { get; set; } = Binance.Net.BinanceEnvironment.Live;
                    public TimeSpan RequestTimeout { get; set; }
                }
                public class BinanceOptions
                {
                    public Binance.Net.BinanceCredentials? ApiCredentials { get; set; }
                    public Binance.Net.BinanceEnvironment Environment { get; set; } = Binance.Net.BinanceEnvironment.Live;
                }
            }

            namespace Binance.Net.Objects.Models.Spot
            {
                public class BinanceAPIKeyPermissions
                {
                    public bool IpRestrict { get; set; }
                    public bool EnableWithdrawals { get; set; }
                    public bool EnableInternalTransfer { get; set; }
                    public bool PermitsUniversalTransfer { get; set; }
                    public bool EnableReading { get; set; }
                    public bool EnableSpotAndMarginTrading { get; set; }
                }
            }

            namespace Binance.Net.Clients
            {
                using Binance.Net.Objects.Options;
                using Binance.Net.Objects.Models.Spot;
                using CryptoExchange.Net.Objects;
                public class BinanceRestClient : IDisposable
                {
                    public BinanceRestClient(Action<BinanceRestOptions>? optionsDelegate = null) { }
                    public static void SetDefaultOptions(Action<BinanceRestOptions> optionsDelegate) { }
                    public void SetApiCredentials(Binance.Net.BinanceCredentials credentials) { }
                    public SpotApiClient SpotApi { get; } = new SpotApiClient();
                    public GeneralApiClient GeneralApi { get; } = new GeneralApiClient();
                    public void Dispose() { }
                }
                public class SpotApiClient { public SpotAccount Account { get; } = new SpotAccount(); }
                public class SpotAccount
                {
                    public Task<WebCallResult<BinanceAPIKeyPermissions>> GetAPIKeyPermissionsAsync(CancellationToken ct = default) => Task.FromResult(new WebCallResult<BinanceAPIKeyPermissions>());
                }
                public class GeneralApiClient { public BrokerageApi Brokerage { get; } = new BrokerageApi(); public SubAccountApi SubAccount { get; } = new SubAccountApi(); }
                public class BrokerageApi
                {
                    public Task<WebCallResult<string>> CreateApiKeyForSubAccountAsync(string subAccountId, bool isSpotTradingEnabled, bool? isMarginTradingEnabled = null, bool? isFuturesTradingEnabled = null, CancellationToken ct = default) => Task.FromResult(new WebCallResult<string>());
                    public Task<WebCallResult<string>> ChangeSubAccountApiKeyPermissionAsync(string subAccountId, string apiKey, bool canTrade, bool marginTrade, bool futuresTrade, CancellationToken ct = default) => Task.FromResult(new WebCallResult<string>());
                }
                public class SubAccountApi
                {
                    public Task<WebCallResult<string>> UpdateIpRestrictionForSubAccountApiKeyAsync(string email, string apiKey, bool ipRestrict, IEnumerable<string>? ipAddresses = null, CancellationToken ct = default) => Task.FromResult(new WebCallResult<string>());
                }
            }

            namespace Binance.Common
            {
                public interface IBinanceSignatureService { string Sign(string payload); }
                public class BinanceHmac : IBinanceSignatureService { public BinanceHmac(string secret) { } public string Sign(string payload) => payload; }
                public class BinanceLoggingHandler : DelegatingHandler { public BinanceLoggingHandler(Microsoft.Extensions.Logging.ILogger logger) { } }
            }

            namespace Bybit.Net.Clients
            {
                using CryptoExchange.Net.Objects;
                public class BybitRestClient { public BybitV5Api V5Api { get; } = new BybitV5Api(); }
                public class BybitV5Api { public BybitSubAccount SubAccount { get; } = new BybitSubAccount(); public BybitAccount Account { get; } = new BybitAccount(); }
                public class BybitSubAccount
                {
                    public Task<WebCallResult<string>> CreateSubAccountApiKeyAsync(string subAccountId, bool readOnly, bool? permissionContractTradeOrder = null, bool? permissionContractTradePosition = null, bool? permissionSpotTrade = null, bool? permissionWalletTransfer = null, bool? permissionWalletSubAccountTransfer = null, bool? permissionOptionsTrade = null, bool? permissionExchangeHistory = null, bool? permissionCopyTrading = null, string? ipRestrictions = null, string? note = null, CancellationToken ct = default) => Task.FromResult(new WebCallResult<string>());
                }
                public class BybitAccount
                {
                    public Task<WebCallResult<string>> EditApiKeyAsync(bool? readOnly = null, string? ipRestrictions = null, CancellationToken ct = default) => Task.FromResult(new WebCallResult<string>());
                }
            }

            namespace Kucoin.Net
            {
                public class KucoinCredentials : CryptoExchange.Net.Authentication.HMACPassCredential
                {
                    public KucoinCredentials(string key, string secret, string pass) : base(key, secret, pass) { }
                }
            }

            namespace OKX.Net
            {
                public class OKXCredentials : CryptoExchange.Net.Authentication.HMACPassCredential
                {
                    public OKXCredentials(string key, string secret, string pass) : base(key, secret, pass) { }
                }
            }

            namespace OKX.Net.Clients
            {
                using CryptoExchange.Net.Objects;
                public class OKXRestClient { public OKXUnifiedApi UnifiedApi { get; } = new OKXUnifiedApi(); }
                public class OKXUnifiedApi { public OKXSubAccountApi SubAccount { get; } = new OKXSubAccountApi(); }
                public class OKXSubAccountApi
                {
                    public Task<WebCallResult<string>> CreateSubAccountApiKeyAsync(string subAccountName, string apiLabel, string passphrase, bool readPermission = true, bool tradePermission = false, string? ipAddresses = null, CancellationToken ct = default) => Task.FromResult(new WebCallResult<string>());
                }
            }

            namespace HTX.Net.Clients
            {
                using CryptoExchange.Net.Objects;
                public class HTXRestClient { public HTXSpotApi SpotApi { get; } = new HTXSpotApi(); }
                public class HTXSpotApi { public HTXSubAccountApi SubAccount { get; } = new HTXSubAccountApi(); }
                public class HTXSubAccountApi
                {
                    public Task<WebCallResult<string>> CreateApiKeyAsync(string otpToken, long subUserId, string note, IEnumerable<string> permissions, IEnumerable<string> ipAddresses, CancellationToken ct = default) => Task.FromResult(new WebCallResult<string>());
                }
            }

            namespace ExchangeSharp
            {
                public abstract class BaseAPI
                {
                    public System.Security.SecureString? PublicApiKey { get; set; }
                    public System.Security.SecureString? PrivateApiKey { get; set; }
                    public System.Security.SecureString? Passphrase { get; set; }
                    public string BaseUrl { get; set; } = "https://api.binance.com";
                    public string BaseUrlWebSocket { get; set; } = "wss://stream.binance.com:9443";
                    public void LoadAPIKeysUnsecure(string publicApiKey, string privateApiKey, string? passPhrase = null) { }
                    public void LoadAPIKeys(string encryptedFile) { }
                }
                public sealed class ExchangeBinanceAPI : BaseAPI { }
                public sealed class ExchangeKrakenAPI : BaseAPI { }
                public static class CryptoUtility
                {
                    public static System.Security.SecureString ToSecureString(this string s) => new System.Security.SecureString();
                    public static string ToUnsecureString(this System.Security.SecureString s) => string.Empty;
                }
            }

            namespace Nethereum.Web3.Accounts
            {
                public class Account { public Account(string privateKey, System.Numerics.BigInteger? chainId = null) { Address = ""; } public string Address { get; } }
            }

            namespace Nethereum.Signer
            {
                public class EthECKey { public EthECKey(string privateKey) { } public string GetPrivateKey() => ""; }
            }

            namespace ccxt
            {
                public class Exchange
                {
                    public Exchange(object? userConfig2 = null) { }
                    public string apiKey { get; set; } = "";
                    public string secret { get; set; } = "";
                    public string password { get; set; } = "";
                    public bool verbose { get; set; }
                }
                public class binance : Exchange { public binance(object? userConfig2 = null) : base(userConfig2) { } }
                public class okx : Exchange { public okx(object? userConfig2 = null) : base(userConfig2) { } }
            }

            namespace Alpaca.Markets
            {
                public abstract class SecurityKey { }
                public sealed class SecretKey : SecurityKey { public SecretKey(string keyId, string value) { } }
                public interface IEnvironment { Uri AlpacaTradingApi { get; } }
                public static class Environments { public static IEnvironment Live { get; } = null!; public static IEnvironment Paper { get; } = null!; }
            }
            """;

        public static readonly string Credentials = $$"""
            #nullable enable
            using System;
            using System.Collections.Generic;
            using Binance.Net;
            using Binance.Net.Clients;
            using CryptoExchange.Net.Authentication;
            using ExchangeSharp;
            using Kucoin.Net;
            using OKX.Net;

            namespace TradingBot.Hardening
            {
                public static class ExchangeKeys
                {
                    public const string BinanceApiKey = "{{HardeningSecrets.BinanceKey}}";
                    private const string BinanceApiSecret = "{{HardeningSecrets.BinanceSecret}}";
                    public static readonly string KrakenApiKey = "{{HardeningSecrets.KrakenKey}}";
                    public static string BitfinexSecret { get; } = "{{HardeningSecrets.BitfinexSecret}}";

                    // Look-alikes: names, headers, config keys, hashes and ids.
                    public const string ApiKeyHeader = "X-MBX-APIKEY";
                    public const string ApiKeyConfigKey = "Binance:ApiKey";
                    public const string SecretName = "binance-api-secret";
                    public const string CommitSha = "9f2b7c41d0e6a8b3c5f1e7d9a2b4c6e8f0a1b3c5";
                    public const string PlaceholderKey = "your-api-key-here";
                    public static readonly Guid OrderId = Guid.Parse("3f2504e0-4f89-11d3-9a0c-0305e82c3301");

                    public static BinanceRestClient Create() => new BinanceRestClient(options =>
                    {
                        options.ApiCredentials = new BinanceCredentials(BinanceApiKey, BinanceApiSecret);
                        options.RequestTimeout = TimeSpan.FromSeconds(10);
                    });

                    public static ApiCredentials Kucoin() => new KucoinCredentials("{{HardeningSecrets.KucoinKey}}", "{{HardeningSecrets.KucoinSecret}}", "{{HardeningSecrets.KucoinPassphrase}}");
                    public static ApiCredentials Okx(string key, string pass) => new OKXCredentials(key, "{{HardeningSecrets.OkxSecret}}", pass);
                    public static HMACCredential Hmac() => new HMACCredential(key: "{{HardeningSecrets.BinanceKey}}", secret: BinanceApiSecret);
                    public static object Ethereum() => new Nethereum.Web3.Accounts.Account("{{HardeningSecrets.EthereumPrivateKey}}");
                    public static object Alpaca() => new Alpaca.Markets.SecretKey("{{HardeningSecrets.AlpacaKeyId}}", "{{HardeningSecrets.AlpacaSecret}}");

                    public static void Sharp(ExchangeBinanceAPI api)
                    {
                        api.LoadAPIKeysUnsecure("{{HardeningSecrets.BinanceKey}}", BinanceApiSecret);
                        api.PrivateApiKey = "{{HardeningSecrets.BybitSecret}}".ToSecureString();
                    }

                    public static ccxt.Exchange Ccxt() => new ccxt.binance(new Dictionary<string, object>
                    {
                        ["apiKey"] = BinanceApiKey,
                        ["secret"] = "{{HardeningSecrets.BinanceSecret}}",
                        ["enableRateLimit"] = true,
                    });

                    public static BinanceCredentials FromConfig(Microsoft.Extensions.Configuration.IConfiguration config) =>
                        new BinanceCredentials(config["Binance:ApiKey"] ?? string.Empty, config["Binance:ApiSecret"] ?? string.Empty);

                    public static BinanceCredentials FromEnvironment() =>
                        new BinanceCredentials(Environment.GetEnvironmentVariable("BINANCE_API_KEY") ?? "", Environment.GetEnvironmentVariable("BINANCE_API_SECRET") ?? "");

                    public static string Pem = "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIBkq8m2LrV4hN7pT1xQ9cZ3wYf6sJ0aDbE5gK8uR2nM4oAoGCCqGSM49\nAwEHoUQDQgAE3vXkP9rT2mL8qW4nZ6cY1hB5fJ0sD7gK3uR9xE2aV4oN8iM6tL1p\nQ5wZ7yC3bF9hJ2kD4sG6nR8xV0aE1uT3mW==\n-----END EC PRIVATE KEY-----\n";
                }
            }
            """;

        public const string Transport = """
            #nullable enable
            using System;
            using System.Net;
            using System.Net.Http;
            using System.Net.Security;
            using System.Net.WebSockets;
            using System.Security.Authentication;
            using System.Threading;
            using System.Threading.Tasks;
            using Binance.Net;

            namespace TradingBot.Hardening
            {
                public sealed class MarketDataTransport
                {
                    private const string LegacyRest = "http://api.binance.com/api/v3/ticker/price";
                    private const string SecureRest = "https://api.binance.com/api/v3/ticker/price";
                    private const string LocalNode = "http://localhost:8545/";
                    private const string DocsLink = "http://example.org/docs";

                    public HttpClient CreateInsecure()
                    {
                        var handler = new HttpClientHandler
                        {
                            ServerCertificateCustomValidationCallback = (message, certificate, chain, errors) => true,
                        };
                        return new HttpClient(handler) { BaseAddress = new Uri("http://api.kraken.com/0/public/") };
                    }

                    public HttpClient CreateDangerous() => new HttpClient(new HttpClientHandler
                    {
                        ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator,
                        SslProtocols = SslProtocols.Tls,
                    });

                    public HttpClient CreateChecked() => new HttpClient(new HttpClientHandler
                    {
                        ServerCertificateCustomValidationCallback = (m, c, ch, errors) => errors == SslPolicyErrors.None,
                    });

                    public void GlobalBypass()
                    {
                        ServicePointManager.ServerCertificateValidationCallback += (sender, cert, chain, errors) => true;
                        var sockets = new SocketsHttpHandler();
                        sockets.SslOptions.RemoteCertificateValidationCallback = delegate { return true; };
                    }

                    public async Task StreamAsync(CancellationToken ct)
                    {
                        using var socket = new ClientWebSocket();
                        await socket.ConnectAsync(new Uri("ws://stream.binance.com:9443/ws/btcusdt@trade"), ct);
                        await socket.ConnectAsync(new Uri("wss://stream.binance.com:9443/ws/ethusdt@trade"), ct);
                    }

                    public async Task<string> FetchAsync(HttpClient http, CancellationToken ct)
                    {
                        var a = await http.GetStringAsync(LegacyRest, ct);
                        var b = await http.GetStringAsync(SecureRest, ct);
                        var c = await http.GetStringAsync(LocalNode + "status", ct);
                        var d = await http.GetStringAsync($"http://api.bybit.com/v5/market/tickers?category={"spot"}", ct);
                        return a + b + c + d + DocsLink;
                    }

                    public BinanceEnvironment Custom() => BinanceEnvironment.CreateCustom("proxy", "http://api.binance.com", "ws://stream.binance.com:9443");

                    public void Sharp(ExchangeSharp.ExchangeBinanceAPI api)
                    {
                        api.BaseUrl = "http://api.binance.com";
                        api.BaseUrlWebSocket = "ws://stream.binance.com:9443";
                    }
                }
            }
            """;

        public const string Permissions = """
            #nullable enable
            using System;
            using System.Threading.Tasks;
            using Binance.Net.Clients;
            using Bybit.Net.Clients;
            using HTX.Net.Clients;
            using OKX.Net.Clients;

            namespace TradingBot.Hardening
            {
                public sealed class KeyProvisioning
                {
                    public const string CoinbaseAuthorizeUrl = "https://login.coinbase.com/oauth2/auth?response_type=code&client_id=abc&scope=wallet:accounts:read,wallet:transactions:send,wallet:withdrawals:create&account=all";
                    public const string ReadOnlyScopes = "wallet:accounts:read,wallet:user:read";

                    public async Task ProvisionAsync(BinanceRestClient binance, BybitRestClient bybit, OKXRestClient okx, HTXRestClient htx)
                    {
                        await binance.GeneralApi.Brokerage.CreateApiKeyForSubAccountAsync("sub-1", true, isMarginTradingEnabled: true, isFuturesTradingEnabled: true);
                        await binance.GeneralApi.SubAccount.UpdateIpRestrictionForSubAccountApiKeyAsync("desk@corp.invalid", "key-id", false);
                        await bybit.V5Api.SubAccount.CreateSubAccountApiKeyAsync("sub-2", false, permissionSpotTrade: true, permissionWalletTransfer: true, permissionWalletSubAccountTransfer: true);
                        await bybit.V5Api.SubAccount.CreateSubAccountApiKeyAsync("sub-3", true, ipRestrictions: "10.0.0.1");
                        await bybit.V5Api.Account.EditApiKeyAsync(readOnly: false);
                        await okx.UnifiedApi.SubAccount.CreateSubAccountApiKeyAsync("sub-4", "bot", "{{passphrase}}", readPermission: true, tradePermission: true);
                        await htx.SpotApi.SubAccount.CreateApiKeyAsync("123456", 42, "bot", new[] { "readOnly", "trade", "withdraw" }, Array.Empty<string>());
                    }

                    public async Task<bool> CheckAsync(BinanceRestClient binance)
                    {
                        var permissions = await binance.SpotApi.Account.GetAPIKeyPermissionsAsync();
                        if (permissions.Data is { EnableWithdrawals: true } p && !p.IpRestrict)
                            return false;
                        return permissions.Data?.PermitsUniversalTransfer == false;
                    }
                }
            }
            """;

        public static readonly string Logging = $$"""
            #nullable enable
            using System;
            using System.Diagnostics;
            using System.Net.Http;
            using Binance.Net;
            using CryptoExchange.Net.Authentication;
            using Microsoft.Extensions.Logging;

            namespace TradingBot.Hardening
            {
                public sealed class OrderLogger
                {
                    private readonly ILogger<OrderLogger> _logger;
                    private readonly string _apiSecret = "{{HardeningSecrets.ConfigSecret}}";
                    public OrderLogger(ILogger<OrderLogger> logger) => _logger = logger;

                    public void Log(HMACCredential credential, BinanceCredentials binance, string apiKey, string passphrase, string symbol, decimal price, HttpRequestMessage request)
                    {
                        _logger.LogInformation("Signing with {Secret}", credential.Secret);
                        _logger.LogDebug($"key={apiKey} pass={passphrase}");
                        _logger.LogWarning("Credentials {@Credentials}", binance);
                        _logger.LogError("Secret was " + _apiSecret);
                        _logger.LogTrace("Request {Request}", request.ToString());
                        _logger.LogInformation("Headers {Headers}", request.Headers);
                        _logger.Log(LogLevel.Information, "Key {Key}", credential.Key);
                        Console.WriteLine("secret: " + credential.Secret);
                        Console.Error.WriteLine($"pass={passphrase}");
                        Debug.WriteLine(apiKey);
                        Trace.TraceInformation("key {0}", apiKey);

                        // Look-alikes that must stay silent.
                        _logger.LogInformation("Placed order for {Symbol} at {Price}", symbol, price);
                        _logger.LogInformation("Key configured: {HasKey}, length {Length}", !string.IsNullOrEmpty(apiKey), apiKey.Length);
                        _logger.LogDebug("Using config key {ConfigKey}", "Binance:ApiSecret");
                        Console.WriteLine($"{symbol} {price}");
                    }

                    public void LogWithSerilog(Serilog.ILogger log, HMACCredential credential)
                    {
                        log.Information("Secret {Secret}", credential.Secret);
                        Serilog.Log.Debug("Creds {@Creds}", credential);
                    }

                    public void Nethereum(Nethereum.Signer.EthECKey key) => _logger.LogInformation("pk {Key}", key.GetPrivateKey());

                    public void Sharp(ExchangeSharp.ExchangeBinanceAPI api) => Console.WriteLine(ExchangeSharp.CryptoUtility.ToUnsecureString(api.PrivateApiKey!));

                    public void Verbose(ccxt.Exchange exchange) { exchange.verbose = true; }

                    public HttpClient Client() => new HttpClient(new Binance.Common.BinanceLoggingHandler(_logger));
                }
            }
            """;

        public const string Startup = """
            #nullable enable
            using System;
            using Binance.Net;
            using Binance.Net.Clients;
            using Microsoft.Extensions.Configuration;
            using Microsoft.Extensions.DependencyInjection;
            using Microsoft.Extensions.Options;

            namespace TradingBot.Hardening
            {
                public sealed class ExchangeOptions
                {
                    public string ApiKey { get; set; } = string.Empty;
                    public string ApiSecret { get; set; } = string.Empty;
                    public string BaseUrl { get; set; } = "https://api.binance.com";
                }

                public static class Startup
                {
                    public static IServiceCollection AddTrading(this IServiceCollection services, IConfiguration configuration)
                    {
                        services.Configure<ExchangeOptions>(o => configuration.GetSection("Binance").Bind(o));
                        services.AddSingleton(sp =>
                        {
                            var options = sp.GetRequiredService<IOptions<ExchangeOptions>>().Value;
                            return new BinanceRestClient(o => o.ApiCredentials = new BinanceCredentials(options.ApiKey, options.ApiSecret));
                        });
                        return services;
                    }
                }
            }
            """;

        public static readonly string Generated = $$"""
            // <auto-generated>
            //     This code was generated by a tool.
            // </auto-generated>
            #nullable enable
            namespace TradingBot.Hardening.Properties
            {
                internal sealed partial class Settings
                {
                    public string BinanceApiSecret => "{{HardeningSecrets.BinanceSecret}}";
                    public string Endpoint => "http://api.binance.com";
                    public CryptoExchange.Net.Authentication.HMACCredential Credential => new("{{HardeningSecrets.BinanceKey}}", BinanceApiSecret);
                }
            }
            """;

        public static readonly string AppSettings = $$"""
            {
              "Binance": { "ApiKey": "{{HardeningSecrets.BinanceKey}}", "ApiSecret": "{{HardeningSecrets.ConfigSecret}}", "BaseUrl": "http://api.binance.com" },
              "Kucoin": { "ApiKey": "", "ApiSecret": "your-secret-here", "Passphrase": "{{HardeningSecrets.KucoinPassphrase}}" },
              "Logging": { "LogLevel": { "Default": "Information", "CryptoExchange": "Trace" } }
            }
            """;

        /// <summary>The seed files: (path, text). The stubs come first.</summary>
        public static ImmutableArray<(string Path, string Text)> Files { get; } = ImmutableArray.Create(
            ("Stubs/ExchangeStubs.cs", Stubs),
            ("Trading/ExchangeKeys.cs", Credentials),
            ("Trading/MarketDataTransport.cs", Transport),
            ("Trading/KeyProvisioning.cs", Permissions),
            ("Trading/OrderLogger.cs", Logging),
            ("Trading/Startup.cs", Startup),
            ("Trading/Properties/Settings.Designer.cs", Generated));
    }
}
