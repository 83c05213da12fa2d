namespace SecretsAnalyzers.Tests.Stubs
{
    /// <summary>SDK and library types the logging rules recognise, declared in their real namespaces with real member names.</summary>
    public static class LoggingStubs
    {
        /// <summary>CryptoExchange.Net credentials (catalog D1) and a per-exchange subclass.</summary>
        public const string CryptoExchange = """
            namespace CryptoExchange.Net.Authentication
            {
                public abstract class ApiCredentials { }
                public class HMACCredential : ApiCredentials
                {
                    public HMACCredential(string key, string secret) { Key = key; Secret = secret; }
                    public string Key { get; set; }
                    public string Secret { get; set; }
                }
                public class HMACPassCredential : HMACCredential
                {
                    public HMACPassCredential(string key, string secret, string pass) : base(key, secret) { Pass = pass; }
                    public string Pass { get; set; }
                }
            }
            namespace CryptoExchange.Net.Objects
            {
                public class TradeEnvironment { }
            }
            namespace Kucoin.Net
            {
                public class KucoinCredentials : CryptoExchange.Net.Authentication.HMACPassCredential
                {
                    public KucoinCredentials(string key, string secret, string pass) : base(key, secret, pass) { }
                }
            }
            """;

        /// <summary>ccxt C# (catalog D4).</summary>
        public const string Ccxt = """
            namespace ccxt
            {
                public class Exchange
                {
                    public Exchange(object userConfig2 = null) { }
                    public string apiKey;
                    public string secret;
                    public string password;
                    public string privateKey;
                    public bool verbose;
                }
                public class binance : Exchange { public binance(object userConfig2 = null) : base(userConfig2) { } }
                public class okx : Exchange { public okx(object userConfig2 = null) : base(userConfig2) { } }
            }
            """;

        /// <summary>ExchangeSharp (catalog D3) and Nethereum (catalog D8).</summary>
        public const string ExchangeSharpAndNethereum = """
            namespace ExchangeSharp
            {
                public static class CryptoUtility
                {
                    public static string ToUnsecureString(this System.Security.SecureString s) => "";
                }
                public abstract class BaseAPI
                {
                    public System.Security.SecureString PrivateApiKey { get; set; }
                    public System.Security.SecureString PublicApiKey { get; set; }
                }
            }
            namespace Nethereum.Signer
            {
                public class EthECKey
                {
                    public EthECKey(string privateKey) { }
                    public string GetPrivateKey() => "";
                    public string GetPublicAddress() => "";
                }
            }
            """;

        /// <summary>Binance official connector logging handler (catalog D7).</summary>
        public const string BinanceConnector = """
            namespace Binance.Common
            {
                public class BinanceLoggingHandler : System.Net.Http.DelegatingHandler
                {
                    public BinanceLoggingHandler(Microsoft.Extensions.Logging.ILogger logger) { }
                }
            }
            namespace Binance.Spot
            {
                public class Market { public Market(System.Net.Http.HttpClient httpClient) { } }
                public class SpotAccountTrade { public SpotAccountTrade(System.Net.Http.HttpClient httpClient, string apiKey, string apiSecret) { } }
            }
            """;

        /// <summary>Serilog's fluent minimum-level configuration and its bridge into Microsoft.Extensions.Logging.</summary>
        public const string SerilogBridge = """
            namespace Serilog.Events { public enum LogEventLevel { Verbose, Debug, Information, Warning, Error, Fatal } }
            namespace Serilog.Configuration
            {
                public class LoggerMinimumLevelConfiguration
                {
                    public Serilog.LoggerConfiguration Verbose() => new Serilog.LoggerConfiguration();
                    public Serilog.LoggerConfiguration Debug() => new Serilog.LoggerConfiguration();
                    public Serilog.LoggerConfiguration Information() => new Serilog.LoggerConfiguration();
                    public Serilog.LoggerConfiguration Is(Serilog.Events.LogEventLevel minimumLevel) => new Serilog.LoggerConfiguration();
                    public Serilog.LoggerConfiguration Override(string source, Serilog.Events.LogEventLevel minimumLevel) => new Serilog.LoggerConfiguration();
                }
            }
            namespace Serilog
            {
                public class LoggerConfiguration { public Serilog.Configuration.LoggerMinimumLevelConfiguration MinimumLevel => new Serilog.Configuration.LoggerMinimumLevelConfiguration(); }
            }
            namespace Microsoft.Extensions.Logging
            {
                public static class SerilogLoggingBuilderExtensions
                {
                    public static ILoggingBuilder AddSerilog(this ILoggingBuilder builder) => builder;
                }
            }
            """;

        /// <summary>Microsoft.Extensions.Logging (the implementation package) builder extensions.</summary>
        public const string LoggingBuilder = """
            namespace Microsoft.Extensions.Logging
            {
                public static class LoggingBuilderExtensions
                {
                    public static ILoggingBuilder SetMinimumLevel(this ILoggingBuilder builder, LogLevel level) => builder;
                }
                public static class FilterLoggingBuilderExtensions
                {
                    public static ILoggingBuilder AddFilter(this ILoggingBuilder builder, string category, LogLevel level) => builder;
                    public static ILoggingBuilder AddFilter(this ILoggingBuilder builder, System.Func<string, string, LogLevel, bool> filter) => builder;
                }
            }
            """;

        /// <summary>Application Insights and the telemetry [LogProperties] attribute.</summary>
        public const string Telemetry = """
            namespace Microsoft.ApplicationInsights
            {
                public class TelemetryClient
                {
                    public void TrackEvent(string eventName, System.Collections.Generic.IDictionary<string, string> properties = null,
                        System.Collections.Generic.IDictionary<string, double> metrics = null) { }
                    public void TrackTrace(string message) { }
                }
            }
            namespace Microsoft.Extensions.Logging
            {
                [System.AttributeUsage(System.AttributeTargets.Parameter)]
                public sealed class LogPropertiesAttribute : System.Attribute { }
            }
            """;
    }
}
