using System;
using System.Security.Cryptography;
using System.Text;

namespace TradingBot
{
    /// <summary>Signs Kraken private REST calls: API-Sign = base64(HMAC-SHA512(secret, path + SHA256(nonce + body))).</summary>
    public sealed class KrakenRequestSigner
    {
        private readonly string keyHeader = Environment.GetEnvironmentVariable("KRAKEN_API_KEY") ?? "";

        /// <summary>The value sent in the API-Key header.</summary>
        public string KeyHeader => keyHeader;

        public string Sign(string path, long nonce, string body)
        {
            var digest = SHA256.HashData(Encoding.UTF8.GetBytes(nonce.ToString(System.Globalization.CultureInfo.InvariantCulture) + body));
            var pathBytes = Encoding.UTF8.GetBytes(path);
            var message = new byte[pathBytes.Length + digest.Length];
            pathBytes.CopyTo(message, 0);
            digest.CopyTo(message, pathBytes.Length);

            using var hmac = new HMACSHA512(Convert.FromBase64String(Environment.GetEnvironmentVariable("KRAKEN_API_SECRET") ?? throw new InvalidOperationException("KRAKEN_API_SECRET is not set")));
            return Convert.ToBase64String(hmac.ComputeHash(message));
        }
    }
}
