// Stand-in for the CryptoExchange.Net credential type (declared in its real namespace, as the other samples do).
namespace CryptoExchange.Net.Authentication
{
    public class HMACCredential
    {
        public HMACCredential(string key, string secret)
        {
            Key = key;
            Secret = secret;
        }

        public string Key { get; }

        public string Secret { get; }
    }
}
