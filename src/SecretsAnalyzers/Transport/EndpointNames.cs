using System;
using System.Collections.Generic;
using SecretsAnalyzers.Internal;

namespace SecretsAnalyzers.Transport
{
    /// <summary>
    /// Names of members, parameters and configuration keys that hold a network endpoint: BaseUrl, BaseAddress,
    /// Endpoint, Host, ApiUrl, RestUrl, WsUrl, SocketUrl, StreamUrl, RestClientAddress, requestUri… Names of links
    /// meant for people (help, docs, license, icon…), XML namespaces and proxies are not endpoints.
    /// </summary>
    internal static class EndpointNames
    {
        private static readonly HashSet<string> EndpointWords = new HashSet<string>(StringComparer.Ordinal)
        {
            "url", "urls", "uri", "uris", "endpoint", "endpoints", "host", "hostname", "hosts", "address", "addresses",
            "baseurl", "baseuri", "baseaddress", "apiurl", "resturl", "wsurl", "socketurl", "streamurl", "server",
        };

        private static readonly HashSet<string> NotEndpointWords = new HashSet<string>(StringComparer.Ordinal)
        {
            "help", "doc", "docs", "documentation", "license", "licence", "project", "repository", "repo", "icon",
            "image", "img", "logo", "avatar", "homepage", "website", "terms", "privacy", "support", "schema",
            "namespace", "ns", "xmlns", "proxy", "callback", "redirect", "return", "referer", "referrer", "issue",
            "issues", "tracker", "faq", "wiki", "blog", "twitter", "github", "telegram", "discord", "share",
            "email", "mail", "wallet", "ip", "mac", "deposit", "withdraw", "withdrawal", "contract", "listen",
            "listening", "application", "prefix", "prefixes", "bind", "display", "message", "text", "title",
            "description", "link", "template",
        };

        /// <summary>True when <paramref name="name"/> names an endpoint (see the class summary).</summary>
        public static bool IsEndpointName(string? name)
        {
            if (string.IsNullOrEmpty(name)) return false;
            var words = NameWords.Split(name!);
            var endpoint = false;
            foreach (var word in words)
            {
                if (NotEndpointWords.Contains(word)) return false;
                if (EndpointWords.Contains(word) ||
                    word.EndsWith("url", StringComparison.Ordinal) || word.EndsWith("uri", StringComparison.Ordinal) ||
                    word.EndsWith("endpoint", StringComparison.Ordinal))
                {
                    endpoint = true;
                }
            }

            return endpoint;
        }

        private static readonly HashSet<string> WeakEndpointWords = new HashSet<string>(StringComparer.Ordinal)
        {
            "url", "urls", "uri", "uris", "host", "hostname", "hosts", "address", "addresses", "location", "target", "full",
            "my", "the", "default", "new", "old", "current", "final", "raw", "abs", "absolute", "relative", "request", "page",
        };

        private static readonly HashSet<string> TransportWords = new HashSet<string>(StringComparer.Ordinal)
        {
            "api", "rest", "ws", "wss", "websocket", "websockets", "socket", "sockets", "stream", "streams", "base", "server",
            "endpoint", "endpoints", "gateway", "feed", "rpc", "node", "exchange", "broker", "brokerage", "trading", "trade",
            "market", "http", "https", "service", "backend", "grpc", "public", "private", "spot", "futures", "margin",
            "testnet", "sandbox", "live", "paper", "production", "prod", "data", "ticker", "order", "orders", "account",
        };

        /// <summary>
        /// True when <paramref name="name"/> names a network endpoint by itself: an endpoint name with a transport
        /// qualifier (<c>BaseUrl</c>, <c>ApiUrl</c>, <c>RestClientAddress</c>, <c>WsUrl</c>, <c>ServerUrl</c>,
        /// <c>Endpoint</c>, <c>BinanceHost</c>). A member merely named <c>Url</c>, <c>Uri</c>, <c>Host</c> or
        /// <c>Address</c> is not: icon and link URLs in data tables are named so too; such a value counts only where it
        /// reaches a network consumer.
        /// </summary>
        public static bool IsStrongEndpointName(string? name)
        {
            if (!IsEndpointName(name)) return false;
            foreach (var word in NameWords.Split(name!))
            {
                if (WeakEndpointWords.Contains(word)) continue;
                if (TransportWords.Contains(word) || ExchangeNames.IsExchangeWord(word)) return true;
                if (word.EndsWith("endpoint", StringComparison.Ordinal)) return true;
                if (word.Length > 3 && (word.EndsWith("url", StringComparison.Ordinal) || word.EndsWith("uri", StringComparison.Ordinal)) &&
                    EndpointWords.Contains(word)) return true;                                   // baseurl, apiurl, resturl, wsurl…
            }

            return false;
        }

        private static readonly HashSet<string> RoleCoreWords = new HashSet<string>(StringComparer.Ordinal)
        {
            "rest", "ws", "wss", "websocket", "websockets", "socket", "sockets", "stream", "streams", "api", "rpc", "grpc", "gateway",
        };

        private static readonly HashSet<string> RoleQualifierWords = new HashSet<string>(StringComparer.Ordinal)
        {
            "spot", "futures", "margin", "public", "private", "testnet", "sandbox", "live", "paper", "prod", "production", "main",
            "user", "market", "trade", "trading", "usd", "coin", "linear", "inverse", "options", "v1", "v2", "v3", "v5",
        };

        /// <summary>
        /// True when <paramref name="name"/> names a connection role and nothing else: <c>Rest</c>, <c>Ws</c>,
        /// <c>Socket</c>, <c>Api</c>, <c>SpotRest</c>, <c>FuturesSocket</c>, <c>PublicWs</c>. Asked only about a
        /// parameter or tuple element that receives a plain URL: such a slot holds nothing but an endpoint.
        /// </summary>
        public static bool IsTransportRoleName(string? name)
        {
            if (string.IsNullOrEmpty(name)) return false;
            var core = false;
            foreach (var word in NameWords.Split(name!))
            {
                if (RoleCoreWords.Contains(word)) core = true;
                else if (!RoleQualifierWords.Contains(word)) return false;
            }

            return core;
        }

        /// <summary>The last segment of a configuration key ("Binance:BaseUrl" → "BaseUrl").</summary>
        public static string LastSegment(string key)
        {
            var i = key.LastIndexOfAny(Separators);
            return i >= 0 ? key.Substring(i + 1) : key;
        }

        private static readonly char[] Separators = { ':', '.', '/' };
    }
}
