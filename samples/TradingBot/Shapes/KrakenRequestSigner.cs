using System;
using System.Security.Cryptography;
using System.Text;

namespace TradingBot
{
    /// <summary>Signs Kraken private REST calls: API-Sign = base64(HMAC-SHA512(secret, path + SHA256(nonce + body))).</summary>
    public sealed class KrakenRequestSigner
    {
        private readonly string keyHeader = "zMp1GAawTCEe6OQxLdU+ZOxyR2MwqIZu29XoqgHXN7RGKNLI5MP2rdfq";

        /// <summary>The value sent in the API-Key header.</summary>
        public string KeyHeader => keyHeader;

        public string Sign(string path, long nonce, string body)
        {
            var digest = SHA256.HashData(Encoding.UTF8.GetBytes(nonce.ToString(System.Globalization.CultureInfo.InvariantCulture) + body));
            var pathBytes = Encoding.UTF8.GetBytes(path);
            var message = new byte[pathBytes.Length + digest.Length];
            pathBytes.CopyTo(message, 0);
            digest.CopyTo(message, pathBytes.Length);

            using var hmac = new HMACSHA512(Convert.FromBase64String("7hVCdgk6VMF+qVhYja06R9KCTxDYn33pAT2xhNeCZJH7KGukR7qQyLPhEVh7sYdUO/qsABxhc6rfyVv1qC6S9g=="));
            return Convert.ToBase64String(hmac.ComputeHash(message));
        }
    }
}
