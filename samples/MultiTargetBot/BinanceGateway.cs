using System.Net.Http;
using CryptoExchange.Net.Authentication;

namespace MultiTargetBot
{
    /// <summary>Hard-coded keys that `dotnet format analyzers --diagnostics EXK101` moves to environment variables.</summary>
    public sealed class BinanceGateway
    {
        // The trading key pair (fake values).
        private const string ApiSecret = "FAKEh8oOOL8dKLzdocJ2isAjIhKtJ0RlgLKOmxgJTeKd";

        public HMACCredential Credentials(string apiKey) => new HMACCredential(apiKey, ApiSecret);

        public void Configure(HttpClient http)
        {
            // Binance reads the key from this header.
            http.DefaultRequestHeaders.Add("X-MBX-APIKEY", "FAKEu8jzPde0IgxLd6GncfBAepfJBd0K");
        }
    }
}
