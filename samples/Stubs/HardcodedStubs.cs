// SDK shapes used by the hard-coded-secret samples (EXK1xx), in their real namespaces with real member names.
// Every type is partial so that another family's stub of the same SDK type can merge with it.
namespace CryptoExchange.Net.Authentication
{
    public partial class ApiCredentials
    {
    }

    public partial class HMACCredential : ApiCredentials
    {
        public HMACCredential(string key, string secret)
        {
            Key = key;
            Secret = secret;
        }

        public string Key { get; set; }

        public string Secret { get; set; }
    }

    public partial class HMACPassCredential : HMACCredential
    {
        public HMACPassCredential(string key, string secret, string pass)
            : base(key, secret) => Pass = pass;

        public string Pass { get; set; }
    }
}

namespace Binance.Net
{
    public partial class BinanceCredentials : CryptoExchange.Net.Authentication.ApiCredentials
    {
        public BinanceCredentials(string key, string secret)
        {
        }
    }
}

namespace Kucoin.Net
{
    public partial class KucoinCredentials : CryptoExchange.Net.Authentication.HMACPassCredential
    {
        public KucoinCredentials(string key, string secret, string pass)
            : base(key, secret, pass)
        {
        }
    }
}

namespace Nethereum.Web3.Accounts
{
    public partial class Account
    {
        public Account(string privateKey, System.Numerics.BigInteger? chainId = null) => Address = "";

        public string Address { get; }
    }
}
