using System;
using System.Security.Cryptography;
using System.Text;

namespace TradingBot
{
    /// <summary>Builds the ES256 bearer token Coinbase Advanced Trade expects for each request.</summary>
    public sealed class CoinbaseJwtFactory
    {
        private const string KeyName = "organizations/ed3061cc-1b47-4d20-ac62-6bf293ea6120/apiKeys/c01ce459-280f-4e17-ad1b-a60d10c64e91";

        public string CreateToken(string method, string host, string path, DateTimeOffset now)
        {
            using var key = ECDsa.Create();
            key.ImportFromPem("-----BEGIN EC PRIVATE KEY-----\neogSxuUnoFKRnVnJzjBgUjUFsBBDJPeMgcyrAjalpfugTpayEF53sn5eL732X00oCHPddbvckcIGnj+zEn+585fc/qqaPW0xxC38w02mEwMQRrVGB/wAHcssfU4wvXfRREZB57AD5KJLx0jToAMKWiSUbBmJAxvwhw==\n-----END EC PRIVATE KEY-----\n");

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
