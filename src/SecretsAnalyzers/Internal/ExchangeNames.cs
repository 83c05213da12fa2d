using System;
using System.Collections.Generic;

namespace SecretsAnalyzers.Internal
{
    /// <summary>Exchange words (catalog B5) and their display names, used as context signals and to name lookups.</summary>
    internal static class ExchangeNames
    {
        private static readonly Dictionary<string, string> Words = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["binance"] = "Binance", ["bnb"] = "Binance", ["coinbase"] = "Coinbase", ["cdp"] = "Coinbase",
            ["gdax"] = "Coinbase", ["kraken"] = "Kraken", ["okx"] = "OKX", ["okex"] = "OKX", ["bybit"] = "Bybit",
            ["kucoin"] = "Kucoin", ["bitfinex"] = "Bitfinex", ["bfx"] = "Bitfinex", ["bitstamp"] = "Bitstamp",
            ["gemini"] = "Gemini", ["gateio"] = "GateIo", ["htx"] = "HTX", ["huobi"] = "HTX", ["mexc"] = "Mexc",
            ["bitget"] = "Bitget", ["deribit"] = "Deribit", ["bitmex"] = "BitMEX", ["alpaca"] = "Alpaca",
            ["apca"] = "Alpaca", ["cryptocom"] = "CryptoCom", ["poloniex"] = "Poloniex", ["bittrex"] = "Bittrex",
            ["cexio"] = "CexIo", ["fmfw"] = "FMFW", ["hitbtc"] = "FMFW", ["luno"] = "Luno", ["oanda"] = "OANDA",
            ["tradier"] = "Tradier", ["robinhood"] = "Robinhood",
            ["ccxt"] = "Exchange", ["exchangesharp"] = "Exchange",
        };

        /// <summary>True when <paramref name="word"/> (one lower-case word of a split name) names an exchange.</summary>
        public static bool IsExchangeWord(string word) => Words.ContainsKey(word);

        /// <summary>The display name of the exchange a word names ("binance" → "Binance").</summary>
        public static string? TryGetDisplayName(string word) => Words.TryGetValue(word, out var name) ? name : null;

        /// <summary>
        /// The first exchange named anywhere in a dotted or camel-cased identifier (a namespace, type or member name),
        /// for example "Binance.Net.BinanceCredentials" → "Binance". Google's "Gemini" AI is not the exchange: the caller
        /// decides whether "gemini" is trusted in its context.
        /// </summary>
        public static string? FindIn(string? identifier)
        {
            if (string.IsNullOrEmpty(identifier)) return null;

            // The same names (enclosing members, types, namespaces) are asked about for every literal in them: the answer
            // stays with the string instance (an identifier's text is one instance per token).
            var found = Found.GetValue(identifier!, Compute);
            return ReferenceEquals(found, None) ? null : (string)found;
        }

        private static readonly object None = new object();
        private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string, object> Found = new();
        private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string, object>.CreateValueCallback Compute =
            identifier => (object?)ComputeFindIn(identifier) ?? None;

        private static string? ComputeFindIn(string identifier)
        {
            foreach (var word in NameWords.Split(identifier))
            {
                var name = TryGetDisplayName(word);
                if (name is not null && name != "Exchange") return name;
            }

            // "gate" alone is too common a word; accept it only as a namespace/type prefix such as GateIo.
            return identifier.IndexOf("gateio", StringComparison.OrdinalIgnoreCase) >= 0 ? "GateIo" : null;
        }
    }
}
