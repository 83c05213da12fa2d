using System;
using System.Security.Cryptography;
using System.Text;

namespace TradingBot
{
    /// <summary>Signs Bybit v5 requests: X-BAPI-SIGN = hex(HMAC-SHA256(secret, timestamp + apiKey + recvWindow + payload)).</summary>
    public sealed class BybitRequestSigner
    {
        private readonly byte[] _secret;

        public BybitRequestSigner(string apiSecret) => _secret = Encoding.UTF8.GetBytes(apiSecret);

        public string Sign(string preimage) =>
            Convert.ToHexString(HMACSHA256.HashData(_secret, Encoding.UTF8.GetBytes(preimage))).ToLowerInvariant();
    }

    /// <summary>Builds the signer: the secret travels through the constructor into the HMAC key (read from the environment).</summary>
    public static class BybitSetup
    {
        public static BybitRequestSigner CreateSigner() => new BybitRequestSigner(Environment.GetEnvironmentVariable("BYBIT_API_SECRET") ?? throw new InvalidOperationException("BYBIT_API_SECRET is not set"));
    }
}
