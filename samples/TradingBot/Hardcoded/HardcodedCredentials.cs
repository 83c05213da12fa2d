using System.Net.Http;
using Binance.Net;
using Kucoin.Net;
using Nethereum.Web3.Accounts;

namespace TradingBot
{
    /// <summary>Builds the exchange credentials of the bot (violations: every credential is written into the source).</summary>
    internal static class HardcodedCredentials
    {
        private const string BinanceApiSecret = "FAKEh8oOOL8dKLzdocJ2isAjIhKtJ0RlgLKOmxgJTeKd";

        public static BinanceCredentials Binance() =>
            new BinanceCredentials("FAKEu8jzPde0IgxLd6GncfBAepfJBd0K", BinanceApiSecret);

        public static KucoinCredentials Kucoin() =>
            new KucoinCredentials("FAKE5e3f9a0c7b21d84e6f1a", "FAKEc1f2a3b4d5e6a0b1c2d3e4f5a6b7", "FAKENnFRIBXuDL7D");

        public static Account Wallet() =>
            new Account("0xb975729fae923d5a4fd12aabfe228f219e9cb0eb53f16947ccf25ec84d8dbc74");

        public static void Authenticate(HttpRequestMessage request) =>
            request.Headers.Add("X-MBX-APIKEY", "FAKEu8jzPde0IgxLd6GncfBAepfJBd0K");
    }

    /// <summary>Settings bound at start-up (violations: secret-named members with real-looking defaults).</summary>
    internal sealed class HardcodedExchangeSettings
    {
        public string Exchange { get; set; } = "Bybit";

        public string ApiKeyHeaderName { get; set; } = "X-BAPI-API-KEY";

        public string ApiSecret { get; set; } = "FAKEfljoQoaF1LlqsajAIxNKu8iS2G8NPRVdD53X";

        public string Connection { get; set; } = "Exchange=Kraken;ApiKey=FAKEq8Vz3LmP0wRt7YbN2cKs9HdJ4fGx;Timeout=30";
    }
}

namespace TradingBot
{
    /// <summary>Checks the request signer against the worked example of the exchange's API documentation.</summary>
    internal static class SignatureSelfTest
    {
        // The secret of the signing example in the Binance API documentation: public, so EXK107 (Info) instead of a leak.
        private const string DocumentationApiSecret = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j";

        public static string SignDocumentationExample(System.Func<string, string, string> sign) =>
            sign(DocumentationApiSecret, "symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559");
    }
}
