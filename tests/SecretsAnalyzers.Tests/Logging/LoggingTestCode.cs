namespace SecretsAnalyzers.Tests.Logging
{
    /// <summary>Shared test scaffolding for the EXK4xx tests: one method body is wrapped into a class with typical parameters.</summary>
    internal static class LoggingTestCode
    {
        public const string Usings = """
            using System;
            using System.Diagnostics;
            using System.IO;
            using System.Net;
            using System.Net.Http;
            using System.Runtime.InteropServices;
            using System.Security;
            using System.Security.Cryptography;
            using System.Text;
            using System.Text.Json;
            using System.Threading.Tasks;
            using Microsoft.Extensions.Configuration;
            using Microsoft.Extensions.Logging;
            using Microsoft.Extensions.Options;

            """;

        public const string Types = """

            public class ExchangeOptions
            {
                public string ApiKey { get; set; }
                public string ApiSecret { get; set; }
                public string Passphrase { get; set; }
                public string KeyLabel { get; set; }
                public string Symbol { get; set; }
            }

            public record Credentials(string ApiKey, string ApiSecret);
            public record Order(string Id, decimal Quantity);

            public static class KeyFormatter
            {
                public static string ToDisplaySecret(string value) => value.Substring(0, 3) + "***";
                public static string MaskSecret(string value) => value.Substring(0, 3) + "***";
            }

            """;

        /// <summary>Wraps <paramref name="body"/> into <c>C.M(...)</c>; the parameters name their role.</summary>
        public static string Method(string body, string extraParameters = "", string extraMembers = "") =>
            Usings + Types + """
            public partial class C
            {
                private readonly string _apiSecret = Environment.GetEnvironmentVariable("EXCHANGE_API_SECRET") ?? "";
                private readonly HttpClient _http = new HttpClient();

                private string LoadKey()
                {
                    var value = Environment.GetEnvironmentVariable("KRAKEN_PRIVATE_KEY");
                    return value;
                }

                private string GetApiSecret() => _apiSecret;

                private static string Sign(string payload, string secret) =>
                    Convert.ToHexString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(payload)));

                private static void Use(object value) { }

            """ + extraMembers + """

                public async Task M(ILogger logger, IConfiguration configuration, IOptions<ExchangeOptions> options, string apiSecret,
                    string passphrase, string symbol, string orderId, string apiKeyId, string passwordPolicy, SecureString securePassphrase,
                    char[] password, byte[] secretKey, Credentials credentials, Order order, bool flag, int mode
            """ + extraParameters + """
            )
                {
                    await Task.Yield();
            """ + body + """

                }
            }
            """;

        /// <summary>A synchronous variant for spans (which async methods cannot hold).</summary>
        public static string SyncMethod(string body, string parameters) =>
            Usings + Types + """
            public class C
            {
                public void M(ILogger logger, 
            """ + parameters + """
            )
                {
            """ + body + """

                }
            }
            """;
    }
}
