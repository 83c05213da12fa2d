namespace SecretsAnalyzers.Tests.Stubs
{
    /// <summary>SDK stubs for the Shapes family (EXK103-EXK105), in their real namespaces with their real member names.</summary>
    public static class ShapesStubs
    {
        /// <summary>Microsoft.IdentityModel.Tokens.SymmetricSecurityKey (JWT signing keys).</summary>
        public const string IdentityModel = """
            namespace Microsoft.IdentityModel.Tokens
            {
                public abstract class SecurityKey { }
                public class SymmetricSecurityKey : SecurityKey
                {
                    public SymmetricSecurityKey(byte[] key) { Key = key; }
                    public virtual byte[] Key { get; }
                }
            }
            """;

        /// <summary>CryptoExchange.Net credentials and a Binance client, enough for exchange contexts.</summary>
        public const string Exchange = """
            namespace CryptoExchange.Net.Authentication
            {
                public abstract class ApiCredentials { }
                public class HMACCredential : ApiCredentials
                {
                    public HMACCredential(string key, string secret) { Key = key; Secret = secret; }
                    public string Key { get; set; }
                    public string Secret { get; set; }
                }
            }
            namespace Binance.Net
            {
                public class BinanceCredentials : CryptoExchange.Net.Authentication.HMACCredential
                {
                    public BinanceCredentials(string key, string secret) : base(key, secret) { }
                }
            }
            """;
    }
}
