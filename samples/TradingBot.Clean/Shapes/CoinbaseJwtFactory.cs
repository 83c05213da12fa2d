using System;
using System.Security.Cryptography;
using System.Text;

namespace TradingBot
{
    /// <summary>Builds the ES256 bearer token Coinbase Advanced Trade expects for each request.</summary>
    public sealed class CoinbaseJwtFactory
    {
        private static readonly string KeyName = Environment.GetEnvironmentVariable("COINBASE_API_KEY_NAME") ?? "";

        public string CreateToken(string method, string host, string path, DateTimeOffset now)
        {
            using var key = ECDsa.Create();
            key.ImportFromPem(Environment.GetEnvironmentVariable("COINBASE_PRIVATE_KEY") ?? throw new InvalidOperationException("COINBASE_PRIVATE_KEY is not set"));

            var header = Base64Url("{\"alg\":\"ES256\",\"kid\":\"" + KeyName + "\",\"typ\":\"JWT\"}");
            var claims = Base64Url("{\"iss\":\"cdp\",\"sub\":\"" + KeyName + "\",\"nbf\":" + now.ToUnixTimeSeconds() +
                                   ",\"exp\":" + (now.ToUnixTimeSeconds() + 120) + ",\"uri\":\"" + method + " " + host + path + "\"}");
            var signature = key.SignData(Encoding.ASCII.GetBytes(header + "." + claims), HashAlgorithmName.SHA256);
            return header + "." + claims + "." + Base64Url(signature);
        }

        private static string Base64Url(string text) => Base64Url(Encoding.UTF8.GetBytes(text));

        private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }
}
