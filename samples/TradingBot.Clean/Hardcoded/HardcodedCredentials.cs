using System;
using System.Net.Http;
using Binance.Net;
using Kucoin.Net;
using Nethereum.Web3.Accounts;

namespace TradingBot
{
    /// <summary>Builds the exchange credentials of the bot from environment variables (the fixed twin).</summary>
    internal static class HardcodedCredentials
    {
        private static readonly string BinanceApiSecret = Required("BINANCE_API_SECRET");

        public static BinanceCredentials Binance() =>
            new BinanceCredentials(Required("BINANCE_API_KEY"), BinanceApiSecret);

        public static KucoinCredentials Kucoin() =>
            new KucoinCredentials(Required("KUCOIN_API_KEY"), Required("KUCOIN_API_SECRET"), Required("KUCOIN_PASSPHRASE"));

        public static Account Wallet() =>
            new Account(Required("ETHEREUM_PRIVATE_KEY"));

        public static void Authenticate(HttpRequestMessage request) =>
            request.Headers.Add("X-MBX-APIKEY", Required("BINANCE_API_KEY"));

        private static string Required(string name) =>
            Environment.GetEnvironmentVariable(name) ?? throw new InvalidOperationException("Environment variable '" + name + "' is not set.");
    }

    /// <summary>Settings bound at start-up; secrets come from the environment.</summary>
    internal sealed class HardcodedExchangeSettings
    {
        public string Exchange { get; set; } = "Bybit";

        public string ApiKeyHeaderName { get; set; } = "X-BAPI-API-KEY";

        public string ApiSecret { get; set; } = Environment.GetEnvironmentVariable("BYBIT_API_SECRET") ?? "";

        public string Connection { get; set; } = "Exchange=Kraken;Timeout=30";
    }
}

namespace TradingBot
{
    /// <summary>Checks the request signer against the worked example of the exchange's API documentation.</summary>
    internal static class SignatureSelfTest
    {
        public static string SignDocumentationExample(System.Func<string, string, string> sign, string documentationSecret) =>
            sign(documentationSecret, "symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559");
    }
}
