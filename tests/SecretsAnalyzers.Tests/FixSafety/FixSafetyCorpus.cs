using System.Collections.Generic;
using System.IO;
using System.Linq;
using SecretsAnalyzers.Tests.Meta;
using SecretsAnalyzers.Tests.Permissions;
using SecretsAnalyzers.Tests.Stubs;
using static SecretsAnalyzers.Tests.HardcodedSecrets.HardcodedTestSecrets;
using S = SecretsAnalyzers.Tests.HardcodedSecrets.ShapeSecrets;

namespace SecretsAnalyzers.Tests.FixSafety
{
    /// <summary>
    /// Tricky inputs for every fixer: one snippet per class of fix bug found in review (constants used where a constant
    /// is required, multi-declarator consts, u8 spans, templates with braces in data, numbered templates, repeated scope
    /// tokens, trivia around removed statements and elements, EXK403 member shapes), plus the sample bots' sources.
    /// </summary>
    public static class FixSafetyCorpus
    {
        private static readonly string[] Hardcoded = ExchangeSdkStubs.All;
        private static readonly string[] None = System.Array.Empty<string>();
        private static readonly string[] Transport = { TransportStubs.All };
        private static readonly string[] Logging = { LoggingStubs.Ccxt, LoggingStubs.BinanceConnector, LoggingStubs.LoggingBuilder, LoggingStubs.CryptoExchange };

        private static FixSafetySnippet One(string name, string[] stubs, string text, string? editorConfig = null) =>
            new(name, new[] { (name + ".cs", text) }, stubs, editorConfig);

        public static readonly FixSafetySnippet[] Snippets =
        {
            new("const_used_as_constant_in_another_part", new[]
            {
                ("Keys.cs", $$"""
                    using CryptoExchange.Net.Authentication;

                    public static partial class Keys
                    {
                        public const string ApiSecret = "{{Secret}}";
                        public const string ApiKey = "{{Key}}";
                        public static object Credentials() => new HMACCredential(ApiKey, ApiSecret);
                    }
                    """),
                ("Uses.cs", """
                    using System;
                    using System.ComponentModel;

                    public static partial class Keys
                    {
                        public const string Tagged = "tag:" + ApiSecret;

                        [Description(ApiSecret)]
                        public static int Classify(string s, string fallback = Keys.ApiSecret)
                        {
                            switch (s)
                            {
                                case ApiSecret: return 1;
                            }

                            return s is ApiSecret ? 2 : 0;
                        }
                    }
                    """),
            }, Hardcoded),

            One("multi_declarator_const", Hardcoded, $$"""
                using CryptoExchange.Net.Authentication;

                class Bot
                {
                    // both keys of the bot
                    private const string ApiKey = "{{Key}}", ApiSecret = "{{Secret}}";

                    object Credentials() => new HMACCredential(ApiKey, ApiSecret);
                }
                """),

            One("u8_local_used_as_span", Hardcoded, $$"""
                using System;
                using System.Security.Cryptography;

                class Signer
                {
                    byte[] Sign(byte[] message)
                    {
                        var key = "{{S.Binance64}}"u8;
                        var head = key.Slice(0, 8);
                        return HMACSHA256.HashData(key, message);
                    }
                }
                """),

            One("static_class_static_readonly", Hardcoded, $$"""
                using CryptoExchange.Net.Authentication;

                static class Secrets
                {
                    public static readonly string ApiSecret = "{{Secret}}";
                    public static string Symbol => "BTCUSDT";
                    public static object Credentials(string key) => new HMACCredential(key, ApiSecret);
                }
                """),

            One("array_of_two_secrets", Hardcoded, $$"""
                using CryptoExchange.Net.Authentication;

                class Bot
                {
                    private static readonly string[] ApiKeys = { "{{Key}}", "{{Secret}}" };
                    private static readonly string[] Accounts = { "{{S.GeminiAccount}}", "{{S.GeminiMaster}}" };

                    object Credentials() => new HMACCredential(ApiKeys[0], ApiKeys[1]);
                }
                """),

            One("signing_key_const_and_use", Hardcoded, $$"""
                using System.Security.Cryptography;
                using System.Text;

                class Signer
                {
                    private const string SigningSecret = "{{S.Binance64}}";

                    byte[] Sign(byte[] m)
                    {
                        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(SigningSecret));
                        return hmac.ComputeHash(m);
                    }
                }
                """),

            One("header_value", Hardcoded, $$"""
                using System.Net.Http;

                class Client
                {
                    void Configure(HttpClient http)
                    {
                        http.DefaultRequestHeaders.Add("X-MBX-APIKEY", "{{S.Binance64}}");
                    }
                }
                """),

            One("template_with_braces_in_data", None, """
                using Microsoft.Extensions.Logging;

                class C
                {
                    void M(ILogger logger, string apiSecret, string symbol)
                    {
                        logger.LogInformation("Order {Payload} signed with {Key}", "{\"symbol\":\"BTC\"}", apiSecret);
                        logger.LogWarning(new EventId(7), "Key {Key} for {Symbol}", apiSecret, symbol);
                    }
                }
                """),

            One("numbered_template_fix_all", None, """
                using System;

                class C
                {
                    void M(string apiKey, string apiSecret, string passphrase, string symbol)
                    {
                        Console.WriteLine("{0} {1} {2} {3}", apiKey, symbol, apiSecret, passphrase);
                        var text = string.Format("k={0} s={1} p={2}", apiSecret, symbol, passphrase);
                        Console.WriteLine(text);
                    }
                }
                """),

            One("serilog_and_nlog_templates", None, """
                class C
                {
                    void M(Serilog.ILogger log, NLog.Logger nlog, string apiSecret, string passphrase, string symbol)
                    {
                        log.Information("Using {Secret} on {Symbol} with {Pass}", apiSecret, symbol, passphrase);
                        nlog.Info("Using {0} on {1}", apiSecret, symbol);
                    }
                }
                """),

            One("repeated_scope_token", PermissionTestCode.Stubs, PermissionTestCode.InMethod("""
                var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["subAcct"] = "bot1", ["perm"] = "read_only,withdraw_history,withdraw" });
                await http.PostAsync("https://www.okx.com/api/v5/users/subaccount/apikey", form);
                var url = "https://login.coinbase.com/oauth2/auth?response_type=code&subaccount=all&client_id=abc123&scope=wallet:accounts:read&account=all";
                """)),

            One("two_grants_in_one_initializer", PermissionTestCode.Stubs, PermissionTestCode.InMethod("""
                var p = new BinanceAPIKeyPermissions { EnableReading = true, EnableWithdrawals = true, EnableInternalTransfer = true };
                var rights = new[]
                {
                    KeyRights.Read, // reading
                    KeyRights.Trade, // trading
                    KeyRights.Withdraw // withdrawing
                };
                """)),

            One("exk403_member_shapes", None, """
                using System.Text;

                public class Node
                {
                    public Node? Parent { get; set; }
                    public string ApiSecret { get; set; } = "";
                    public string Symbol { get; set; } = "";
                    public override string ToString() => $"{nameof(ApiSecret)}={ApiSecret} parent={Parent?.ApiSecret} len={Parent!.ApiSecret.Length}";
                }

                public record Settings(string @params, string builder, string ApiSecret);
                """),

            One("statement_removal_trivia", Transport, """
                using System;
                using System.Net;
                using System.Net.Http;
                using System.Security.Authentication;

                class C
                {
                    HttpClient M()
                    {
                        // Talk to the exchange through the corporate proxy.
                        ServicePointManager.ServerCertificateValidationCallback = (s, c, ch, e) => true;
                        // Pin the protocol for the old gateway.
                        ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls;
                        var handler = new HttpClientHandler { ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator };
                        var other = new HttpClientHandler
                        {
                            UseProxy = false,
                            ServerCertificateCustomValidationCallback = (m, c, ch, e) => true,
                        };
                        return new HttpClient(handler);
                    }
                }
                """),

            One("lookup_in_scope_options_configuration_vault", Hardcoded, $$"""
                using System.Threading.Tasks;
                using Azure.Security.KeyVault.Secrets;
                using CryptoExchange.Net.Authentication;
                using Microsoft.Extensions.Configuration;
                using Microsoft.Extensions.Options;

                public sealed class BybitOptions { public string ApiSecret { get; set; } = ""; }

                class Bot(IOptions<BybitOptions> options, IConfiguration configuration, SecretClient secrets)
                {
                    object Sync(string key) => new HMACCredential(key, "{{Secret}}");

                    async Task<object> Async(string key)
                    {
                        await Task.Yield();
                        return new HMACCredential(key, "{{Secret}}");
                    }

                    static object Static(string key) => new HMACCredential(key, "{{Secret}}");
                }
                """, "secrets_analyzers.fix.lookup = options\n"),

            One("mask_and_exception_messages", None, """
                using System;
                using Microsoft.Extensions.Logging;

                class C
                {
                    static string Mask(string value) => value.Length > 4 ? value.Substring(0, 2) + "…" : "***";

                    void M(ILogger logger, string apiSecret, string passphrase, string symbol)
                    {
                        logger.LogInformation("Key {Key} pass {Pass} for {Symbol}", apiSecret, passphrase, symbol);
                        logger.LogInformation($"Key {apiSecret} pass {passphrase}");
                        Console.WriteLine("k=" + apiSecret + " p=" + passphrase);
                        if (symbol.Length == 0) throw new InvalidOperationException($"Key {apiSecret} rejected for {symbol}");
                        throw new ArgumentException(string.Format("{0} {1} {2}", symbol, apiSecret, passphrase));
                    }
                }
                """),

            One("sdk_request_logging", Logging, """
                using System.Net.Http;
                using Microsoft.Extensions.Logging;

                class C
                {
                    void M(ILogger logger, ILoggingBuilder builder, ccxt.Exchange exchange)
                    {
                        // verbose output for support tickets
                        exchange.verbose = true;
                        builder.SetMinimumLevel(LogLevel.Debug);
                        builder.AddFilter("Binance.Net", LogLevel.Trace);
                        var a = new HttpClient(new Binance.Common.BinanceLoggingHandler(logger));
                    }
                }
                """),

            One("plain_urls", Transport, """
                using System;
                using System.Net.Http;

                class C
                {
                    private const string Base = "http://api.binance.com";
                    HttpClient M() => new HttpClient { BaseAddress = new Uri(Base + "/api/v3/") };
                    Uri Ws() => new Uri("ws://stream.binance.com:9443/ws");
                }
                """),
        };

        /// <summary>The sample bots' sources (with the sample SDK stubs), as users would run the fixes on them.</summary>
        public static IEnumerable<FixSafetySnippet> Samples()
        {
            var stubs = Directory.GetFiles(RepositoryPaths.Combine("samples", "Stubs"), "*.cs").OrderBy(p => p).Select(File.ReadAllText).ToArray();
            foreach (var sample in new[] { "TradingBot", "SignalBot" })
            {
                var dir = RepositoryPaths.Combine("samples", sample);
                var files = Directory.GetFiles(dir, "*.cs", SearchOption.AllDirectories)
                    .Where(p => !p.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar) && !p.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar))
                    .OrderBy(p => p)
                    .Select(p => (Path.GetRelativePath(dir, p).Replace('\\', '/'), File.ReadAllText(p)))
                    .ToList();
                yield return new FixSafetySnippet("sample_" + sample, files, stubs);
            }
        }

        public static IEnumerable<FixSafetySnippet> All => Snippets.Concat(Samples());
    }
}
