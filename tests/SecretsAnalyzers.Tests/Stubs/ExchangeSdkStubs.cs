namespace SecretsAnalyzers.Tests.Stubs
{
    /// <summary>
    /// Exchange SDK shapes (catalog D1–D8) as stub sources, declared in their real namespaces with real member names.
    /// Bodies are empty: only the metadata names matter to the analyzers.
    /// </summary>
    public static class ExchangeSdkStubs
    {
        /// <summary>CryptoExchange.Net (current and older generations) and the Binance.Net / Kucoin.Net packages.</summary>
        public const string CryptoExchangeNet = """
            namespace CryptoExchange.Net.Authentication
            {
                public class ApiCredentials
                {
                    public ApiCredentials() { }
                    public ApiCredentials(string key, string secret, string? pass = null) { }
                    public static ApiCredentials HmacCredentials(string apiKey, string apiSecret, string? pass = null) => new ApiCredentials();
                    public static ApiCredentials RsaPemCredentials(string apiKey, string privateKey) => new ApiCredentials();
                    public static ApiCredentials ReadFromFile(string path) => new ApiCredentials();
                }
                public class HMACCredential : ApiCredentials
                {
                    public HMACCredential() { }
                    public HMACCredential(string key, string secret) { }
                    public string Key { get; set; } = "";
                    public string Secret { get; set; } = "";
                }
                public class HMACPassCredential : HMACCredential
                {
                    public HMACPassCredential(string key, string secret, string pass) { }
                    public string Pass { get; set; } = "";
                }
                public class RSAPemCredential : ApiCredentials
                {
                    public RSAPemCredential(string key, string privateKey) { }
                }
            }
            namespace Binance.Net
            {
                using CryptoExchange.Net.Authentication;
                public class BinanceCredentials : ApiCredentials
                {
                    public BinanceCredentials() { }
                    public BinanceCredentials(string key, string secret) { }
                    public BinanceCredentials(HMACCredential credential) { }
                    public BinanceCredentials WithHMAC(string key, string secret) => this;
                    public BinanceCredentials WithRSAPem(string key, string privateKey) => this;
                }
                public class BinanceClient
                {
                    public void SetApiCredentials(string apiKey, string apiSecret) { }
                }
            }
            namespace Binance.Net.Objects.Options
            {
                public class BinanceRestOptions
                {
                    public Binance.Net.BinanceCredentials? ApiCredentials { get; set; }
                }
            }
            namespace Binance.Net.Clients
            {
                public class BinanceRestClient
                {
                    public BinanceRestClient(System.Action<Binance.Net.Objects.Options.BinanceRestOptions>? optionsDelegate = null) { }
                    public void SetApiCredentials(Binance.Net.BinanceCredentials credentials) { }
                }
            }
            namespace Kucoin.Net
            {
                public class KucoinCredentials : CryptoExchange.Net.Authentication.HMACPassCredential
                {
                    public KucoinCredentials(string key, string secret, string pass) : base(key, secret, pass) { }
                }
            }
            """;

        /// <summary>ExchangeSharp (D3).</summary>
        public const string ExchangeSharp = """
            namespace ExchangeSharp
            {
                public abstract class BaseAPI
                {
                    public System.Security.SecureString? PublicApiKey { get; set; }
                    public System.Security.SecureString? PrivateApiKey { get; set; }
                    public System.Security.SecureString? Passphrase { get; set; }
                    public void LoadAPIKeysUnsecure(string publicApiKey, string privateApiKey, string? passPhrase = null) { }
                    public void LoadAPIKeys(string encryptedFile) { }
                }
                public abstract class ExchangeAPI : BaseAPI { }
                public sealed class ExchangeBinanceAPI : ExchangeAPI { }
                public static class CryptoUtility
                {
                    public static System.Security.SecureString ToSecureString(this string unsecure) => new System.Security.SecureString();
                }
            }
            """;

        /// <summary>ccxt C# (D4).</summary>
        public const string Ccxt = """
            namespace ccxt
            {
                public partial class Exchange
                {
                    public Exchange(object? userConfig2 = null) { }
                    public string apiKey { get; set; } = "";
                    public string secret { get; set; } = "";
                    public string password { get; set; } = "";
                    public string uid { get; set; } = "";
                    public string privateKey { get; set; } = "";
                    public string hostname { get; set; } = "";
                    public static Exchange DynamicallyCreateInstance(string id, object? config = null, bool isWs = false) => new Exchange(config);
                }
                public partial class binance : Exchange { public binance(object? args = null) : base(args) { } }
                public partial class okx : Exchange { public okx(object? args = null) : base(args) { } }
            }
            """;

        /// <summary>Alpaca.Markets (D5), the Coinbase SDKs (D6) and the Binance connector (D7).</summary>
        public const string Brokers = """
            namespace Alpaca.Markets
            {
                public abstract class SecurityKey { }
                public sealed class SecretKey : SecurityKey { public SecretKey(string keyId, string value) { } }
                public sealed class OAuthKey : SecurityKey { public OAuthKey(string value) { } }
            }
            namespace Coinbase.AdvancedTrade
            {
                public class CoinbaseClient { public CoinbaseClient(string apiKey, string apiSecret, int websocketBufferSize = 5242880) { } }
            }
            namespace Coinbase.Pro
            {
                public class Config
                {
                    public string ApiKey { get; set; } = "";
                    public string Secret { get; set; } = "";
                    public string Passphrase { get; set; } = "";
                    public string ApiUrl { get; set; } = "";
                }
                public class CoinbaseProClient { public CoinbaseProClient(Config? config = null) { } }
            }
            namespace CoinbasePro.Network.Authentication
            {
                public class Authenticator { public Authenticator(string apiKey, string unsignedSignature, string passphrase) { } }
            }
            namespace Binance.Spot
            {
                public abstract class SpotService
                {
                    protected SpotService(System.Net.Http.HttpClient httpClient, string baseUrl, string? apiKey, string? apiSecret) { }
                }
                public class SpotAccountTrade : SpotService
                {
                    public SpotAccountTrade(System.Net.Http.HttpClient httpClient, string baseUrl = "https://api.binance.com", string? apiKey = null, string? apiSecret = null)
                        : base(httpClient, baseUrl, apiKey, apiSecret) { }
                }
            }
            namespace Binance.Common
            {
                public interface IBinanceSignatureService { }
                public class BinanceHmac : IBinanceSignatureService { public BinanceHmac(string secret) { } }
                public class BinanceRsa : IBinanceSignatureService
                {
                    public BinanceRsa(string pem) { }
                    public BinanceRsa(string pem, string password) { }
                }
            }
            """;

        /// <summary>Nethereum (D8).</summary>
        public const string Nethereum = """
            namespace Nethereum.Web3.Accounts
            {
                public class Account
                {
                    public Account(string privateKey, System.Numerics.BigInteger? chainId = null) { }
                    public Account(byte[] privateKey, System.Numerics.BigInteger? chainId = null) { }
                    public static Account LoadFromKeyStore(string json, string password, System.Numerics.BigInteger? chainId = null) => new Account("");
                }
            }
            namespace Nethereum.Web3.Accounts.Managed
            {
                public class ManagedAccount { public ManagedAccount(string accountAddress, string password) { } }
            }
            namespace Nethereum.Signer
            {
                public class EthECKey
                {
                    public EthECKey(string privateKey) { }
                    public string GetPrivateKey() => "";
                }
            }
            namespace Nethereum.HdWallet
            {
                public class Wallet { public Wallet(string words, string seedPassword, string path = "m/44'/60'/0'/0/x") { } }
            }
            """;

        public static readonly string[] All = { CryptoExchangeNet, ExchangeSharp, Ccxt, Brokers, Nethereum };
    }
}
