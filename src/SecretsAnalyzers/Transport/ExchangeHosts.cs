using System;

namespace SecretsAnalyzers.Transport
{
    /// <summary>
    /// Host suffixes of the exchanges in catalog A1 (production, test, demo, regional and legacy hosts) and the
    /// non-default TLS ports some of them publish. Every production endpoint of these exchanges is TLS.
    /// </summary>
    internal static class ExchangeHosts
    {
        private static readonly string[] Suffixes =
        {
            "binance.com", "binance.us", "binance.vision", "binancefuture.com", "binance.je",
            "coinbase.com", "gdax.com", "kraken.com", "okx.com", "okex.com",
            "bybit.com", "bybit.com.hk", "bybit.eu", "bybit-tr.com", "bybit.kz", "bybit.ae", "bybit.id",
            "bybitgeorgia.ge", "bybitgeorgia.id", "bytick.com", "moneypartners.co.jp", "kucoin.com", "kucoin.eu",
            "bitfinex.com", "bitstamp.net", "gemini.com", "gateio.ws", "gate.io", "gate.com", "gateapi.io",
            "huobi.pro", "huobipro.com", "hbdm.com", "htx.com", "mexc.com", "bitget.com", "deribit.com", "bitmex.com",
            "alpaca.markets", "crypto.com", "3ona.co",
        };

        /// <summary>Published TLS ports other than 443 (host → port), used by the https/wss fix.</summary>
        private static readonly (string Host, int Port)[] TlsPorts =
        {
            ("stream.binance.com", 9443), ("stream.binance.us", 9443), ("stream.testnet.binance.vision", 9443),
            ("ws.okx.com", 8443), ("wseea.okx.com", 8443), ("wsus.okx.com", 8443), ("wspap.okx.com", 8443),
            ("wseeapap.okx.com", 8443), ("real.okex.com", 8443),
        };

        /// <summary>True when <paramref name="host"/> is one of the exchange hosts or a subdomain of one.</summary>
        public static bool IsExchangeHost(string? host)
        {
            if (string.IsNullOrEmpty(host)) return false;
            var h = host!.TrimEnd('.');
            foreach (var suffix in Suffixes)
            {
                if (h.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) &&
                    (h.Length == suffix.Length || h[h.Length - suffix.Length - 1] == '.'))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The published TLS port of an exchange host when it is not 443; otherwise 0.</summary>
        public static int KnownTlsPort(string? host)
        {
            if (string.IsNullOrEmpty(host)) return 0;
            var h = host!.TrimEnd('.');
            foreach (var (name, port) in TlsPorts)
            {
                if (string.Equals(h, name, StringComparison.OrdinalIgnoreCase)) return port;
            }

            return 0;
        }
    }
}
