using System.Collections.Immutable;
using SecretsAnalyzers.Tests.HardcodedSecrets;
using H = SecretsAnalyzers.Tests.Hardening.HardeningSecrets;

namespace SecretsAnalyzers.Tests.Hardening
{
    /// <summary>
    /// Planted secrets in the places a message is tempted to quote: key names, profile names, variable names, URL
    /// userinfo (with '/', '?', '#' and '\' in the password), text glued to scope tokens, and PEM labels.
    /// </summary>
    internal static class LeakPlacements
    {
        private static string Part(string secret, int start, int length) => secret.Substring(start, length);

        public static readonly string Source = $$"""
            namespace Trading.Leaks
            {
                using System;
                using System.Net.Http;
                using System.Threading.Tasks;

                public sealed class LeakyEndpoints
                {
                    private readonly HttpClient _client = new HttpClient();
                    public Task<string> Account() => _client.GetStringAsync("http://{{H.AlpacaKeyId}}:{{Part(H.BybitSecret, 0, 12)}}/{{Part(H.BybitSecret, 12, 24)}}@api.binance.com/api/v3/account");
                    public Task<string> Balance() => _client.GetStringAsync("http://{{H.KrakenKey}}/{{H.BitfinexSecret}}@api.kraken.com/0/private/Balance");
                    public Uri Stream() => new Uri("ws://{{Part(H.BinanceKey, 0, 20)}}:{{Part(H.BinanceKey, 20, 12)}}#{{Part(H.BinanceKey, 32, 32)}}@stream.binance.com:9443/ws");
                    public Uri Gateway() => new Uri(@"http://{{H.OkxSecret}}:{{Part(H.ConfigSecret, 0, 16)}}\{{Part(H.ConfigSecret, 16, 16)}}@gateway.corp.net/api");
                    public Uri Prefix(string password) => new Uri("http://{{H.KucoinPassphrase}}:" + password + "@api.binance.com");
                    public Uri Query() => new Uri("http://{{H.AlpacaSecret}}:{{H.EthereumPrivateKey}}?x@api.binance.com");
                    public string OAuthScope => "wallet:accounts:read,wallet:withdrawals:create{{H.KucoinKey}}";
                    public string WalletScope => "account:read {{H.AlpacaKeyId}}:*";
                    public void Configure(System.Collections.Generic.Dictionary<string, string> settings)
                    {
                        settings["Binance:{{H.AlpacaKeyId}}:ApiSecret"] = "{{H.ConfigSecret}}";
                        settings.Add("Kraken:{{H.KucoinKey}}:PrivateKey", "{{H.BybitSecret}}");
                    }
                    public const string LabelledPem = "-----BEGIN {{H.PemLabelSecret}} PRIVATE KEY-----\n{{ShapeSecrets.PemBody}}\n-----END {{H.PemLabelSecret}} PRIVATE KEY-----\n";
                }
            }
            """;

        public static readonly ImmutableArray<(string Path, string Text)> ConfigFiles = ImmutableArray.Create(
            ("appsettings.json", $$"""
                {
                  "Binance": {
                    "{{H.BinanceKey}}": "{{H.BinanceSecret}}",
                    "BaseUrl": "http://{{H.AlpacaKeyId}}:{{Part(H.BybitSecret, 0, 12)}}/{{Part(H.BybitSecret, 12, 24)}}@api.binance.com/api"
                  },
                  "Exchanges": { "{{H.KucoinPassphrase}}": { "ApiSecret": "{{H.ConfigSecret}}" } },
                  "Coinbase": {
                    "OAuth": { "Scope": "wallet:accounts:read,wallet:withdrawals:create{{H.KucoinKey}}" },
                    "PrivateKey": "-----BEGIN {{H.PemLabelSecret}} PRIVATE KEY-----\\n{{ShapeSecrets.PemBody}}\\n-----END {{H.PemLabelSecret}} PRIVATE KEY-----\\n"
                  },
                  "Deribit": { "Scopes": "account:read {{H.OkxSecret}}:*" },
                  "ConnectionStrings": { "Trades": "Server=db01;User Id=bot;{{H.BitfinexSecret}}Password=Zq8vLm2RtX9pKw4N;" }
                }
                """),
            ("Properties/launchSettings.json", $$"""
                {
                  "profiles": {
                    "{{H.AlpacaSecret}}": {
                      "commandName": "Project",
                      "environmentVariables": {
                        "BINANCE_API_SECRET": "{{H.BinanceSecret}}",
                        "EXCHANGE_SOCKET_URL": "ws://{{Part(H.KrakenKey, 0, 16)}}:{{Part(H.KrakenKey, 16, 14)}}/{{Part(H.KrakenKey, 30, 26)}}@stream.binance.com:9443/ws"
                      }
                    }
                  }
                }
                """),
            (".env", $$"""
                BINANCE_{{H.KucoinKey}}={{H.BinanceSecret}}
                EXCHANGE_BASE_URL=http://{{Part(H.BitfinexSecret, 0, 12)}}:{{Part(H.BitfinexSecret, 12, 20)}}?x@api.binance.com
                """),
            ("appsettings.Development.json", $$"""
                { "Kraken": { "{{H.BybitSecret}}": "{{H.KrakenKey}}" } }
                """));

        /// <summary>Findings the placements must produce, so that the leak check has something to check.</summary>
        public static readonly ImmutableArray<(string Id, string File)> ExpectedFindings = ImmutableArray.Create(
            ("EXK201", "LeakPlacements.cs"),
            ("EXK202", "LeakPlacements.cs"),
            ("EXK301", "LeakPlacements.cs"),
            ("EXK302", "LeakPlacements.cs"),
            ("EXK103", "LeakPlacements.cs"),
            ("EXK102", "LeakPlacements.cs"),
            ("EXK105", "appsettings.json"),
            ("EXK201", "appsettings.json"),
            ("EXK301", "appsettings.json"),
            ("EXK302", "appsettings.json"),
            ("EXK105", "launchSettings.json"),
            ("EXK202", "launchSettings.json"),
            ("EXK105", ".env"),
            ("EXK201", ".env"),
            ("EXK105", "appsettings.Development.json"));
    }
}
