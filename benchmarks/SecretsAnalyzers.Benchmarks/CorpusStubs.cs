namespace SecretsAnalyzers.Benchmarks
{
    /// <summary>
    /// Source stubs emitted into every generated corpus: exchange SDKs and Microsoft.Extensions abstractions, declared
    /// in their real namespaces with their real member names (the analyzers recognise them by metadata name), so the
    /// corpus compiles against the .NET 8 reference assemblies alone.
    /// </summary>
    internal static class CorpusStubs
    {
        public const string Extensions = """
            #nullable enable
            using System;
            using System.Collections.Generic;

            namespace Microsoft.Extensions.Logging
            {
                public enum LogLevel { Trace, Debug, Information, Warning, Error, Critical, None }
                public readonly struct EventId
                {
                    public EventId(int id, string? name = null) { Id = id; Name = name; }
                    public int Id { get; }
                    public string? Name { get; }
                }
                public interface ILogger
                {
                    void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter);
                    bool IsEnabled(LogLevel logLevel);
                    IDisposable? BeginScope<TState>(TState state) where TState : notnull;
                }
                public interface ILogger<out TCategoryName> : ILogger { }
                public interface ILoggerFactory : IDisposable { ILogger CreateLogger(string categoryName); }
                public static class LoggerExtensions
                {
                    public static void LogTrace(this ILogger logger, string? message, params object?[] args) { }
                    public static void LogDebug(this ILogger logger, string? message, params object?[] args) { }
                    public static void LogInformation(this ILogger logger, string? message, params object?[] args) { }
                    public static void LogWarning(this ILogger logger, string? message, params object?[] args) { }
                    public static void LogWarning(this ILogger logger, Exception? exception, string? message, params object?[] args) { }
                    public static void LogError(this ILogger logger, string? message, params object?[] args) { }
                    public static void LogError(this ILogger logger, Exception? exception, string? message, params object?[] args) { }
                    public static void LogCritical(this ILogger logger, string? message, params object?[] args) { }
                    public static void Log(this ILogger logger, LogLevel logLevel, string? message, params object?[] args) { }
                }
            }

            namespace Microsoft.Extensions.Configuration
            {
                public interface IConfiguration
                {
                    string? this[string key] { get; set; }
                    IConfigurationSection GetSection(string key);
                    IEnumerable<IConfigurationSection> GetChildren();
                }
                public interface IConfigurationSection : IConfiguration
                {
                    string Key { get; }
                    string Path { get; }
                    string? Value { get; set; }
                }
                public static class ConfigurationBinder
                {
                    public static T? Get<T>(this IConfiguration configuration) => default;
                    public static T? GetValue<T>(this IConfiguration configuration, string key) => default;
                }
            }

            namespace Microsoft.Extensions.Options
            {
                public interface IOptions<out TOptions> where TOptions : class { TOptions Value { get; } }
                public interface IOptionsMonitor<out TOptions> { TOptions CurrentValue { get; } }
            }

            namespace Microsoft.Extensions.DependencyInjection
            {
                public interface IServiceCollection : IList<ServiceDescriptor> { }
                public sealed class ServiceDescriptor { }
                public static class ServiceCollectionServiceExtensions
                {
                    public static IServiceCollection AddSingleton<TService, TImplementation>(this IServiceCollection services) where TService : class where TImplementation : class, TService => services;
                    public static IServiceCollection AddSingleton<TService>(this IServiceCollection services, Func<IServiceProvider, TService> factory) where TService : class => services;
                    public static IServiceCollection AddScoped<TService, TImplementation>(this IServiceCollection services) where TService : class where TImplementation : class, TService => services;
                    public static IServiceCollection AddTransient<TService>(this IServiceCollection services) where TService : class => services;
                }
                public static class OptionsConfigurationServiceCollectionExtensions
                {
                    public static IServiceCollection Configure<TOptions>(this IServiceCollection services, Microsoft.Extensions.Configuration.IConfiguration config) where TOptions : class => services;
                }
                public static class HttpClientFactoryServiceCollectionExtensions
                {
                    public static IServiceCollection AddHttpClient<TClient>(this IServiceCollection services) where TClient : class => services;
                }
            }
            """;

        public const string Exchanges = """
            #nullable enable
            using System;
            using System.Collections.Generic;
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
            }

            namespace CryptoExchange.Net.Objects
            {
                public class TradeEnvironment { public string Name { get; } = "live"; }
                public class WebCallResult<T> { public bool Success { get; set; } public T? Data { get; set; } }
            }

            namespace Binance.Net
            {
                using CryptoExchange.Net.Authentication;
                public class BinanceCredentials : ApiCredentials
                {
                    public BinanceCredentials(string key, string secret) { HMAC = new HMACCredential(key, secret); }
                    public HMACCredential? HMAC { get; set; }
                    public override ApiCredentials Copy() => this;
                }
                public class BinanceEnvironment : CryptoExchange.Net.Objects.TradeEnvironment
                {
                    public static BinanceEnvironment Live { get; } = new BinanceEnvironment();
                    public static BinanceEnvironment Testnet { get; } = new BinanceEnvironment();
                    public static BinanceEnvironment CreateCustom(string name, string spotRestAddress, string spotSocketStreamAddress) => new BinanceEnvironment();
                }
            }

            namespace Binance.Net.Objects.Options
            {
                public class BinanceRestOptions
                {
                    public Binance.Net.BinanceCredentials? ApiCredentials { get; set; }
                    public Binance.Net.BinanceEnvironment Environment { get; set; } = Binance.Net.BinanceEnvironment.Live;
                    public TimeSpan RequestTimeout { get; set; }
                    public bool OutputOriginalData { get; set; }
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
                    public SpotApiClient SpotApi { get; } = new SpotApiClient();
                    public GeneralApiClient GeneralApi { get; } = new GeneralApiClient();
                    public void Dispose() { }
                }
                public class SpotApiClient { public SpotAccount Account { get; } = new SpotAccount(); public SpotTrading Trading { get; } = new SpotTrading(); }
                public class SpotAccount
                {
                    public Task<WebCallResult<BinanceAPIKeyPermissions>> GetAPIKeyPermissionsAsync(CancellationToken ct = default) => Task.FromResult(new WebCallResult<BinanceAPIKeyPermissions>());
                }
                public class SpotTrading
                {
                    public Task<WebCallResult<long>> PlaceOrderAsync(string symbol, decimal quantity, decimal? price = null, CancellationToken ct = default) => Task.FromResult(new WebCallResult<long>());
                }
                public class GeneralApiClient { public BrokerageApi Brokerage { get; } = new BrokerageApi(); }
                public class BrokerageApi
                {
                    public Task<WebCallResult<string>> CreateApiKeyForSubAccountAsync(string subAccountId, bool isSpotTradingEnabled, bool? isMarginTradingEnabled = null, bool? isFuturesTradingEnabled = null, CancellationToken ct = default) => Task.FromResult(new WebCallResult<string>());
                }
            }

            namespace Bybit.Net.Clients
            {
                using CryptoExchange.Net.Objects;
                public class BybitRestClient { public BybitV5Api V5Api { get; } = new BybitV5Api(); }
                public class BybitV5Api { public BybitSubAccount SubAccount { get; } = new BybitSubAccount(); }
                public class BybitSubAccount
                {
                    public Task<WebCallResult<string>> CreateSubAccountApiKeyAsync(string subAccountId, bool readOnly, bool? permissionContractTradeOrder = null, bool? permissionContractTradePosition = null, bool? permissionSpotTrade = null, bool? permissionWalletTransfer = null, bool? permissionWalletSubAccountTransfer = null, string? ipRestrictions = null, string? note = null, CancellationToken ct = default) => Task.FromResult(new WebCallResult<string>());
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

            namespace ExchangeSharp
            {
                public abstract class BaseAPI
                {
                    public System.Security.SecureString? PublicApiKey { get; set; }
                    public System.Security.SecureString? PrivateApiKey { get; set; }
                    public string BaseUrl { get; set; } = "https://api.example.invalid";
                    public void LoadAPIKeysUnsecure(string publicApiKey, string privateApiKey, string? passPhrase = null) { }
                    public void LoadAPIKeys(string encryptedFile) { }
                }
                public sealed class ExchangeBinanceAPI : BaseAPI { }
                public sealed class ExchangeKrakenAPI : BaseAPI { }
            }

            namespace Nethereum.Web3.Accounts
            {
                public class Account { public Account(string privateKey, System.Numerics.BigInteger? chainId = null) { Address = ""; } public string Address { get; } }
            }
            """;
    }
}
