namespace SecretsAnalyzers.Tests.HardcodedSecrets
{
    /// <summary>
    /// Every fake credential planted by the Shapes tests, in one place. They are random strings in the exact published
    /// formats (catalog A3), generated for these tests; none was ever a live key.
    /// </summary>
    internal static class ShapeSecrets
    {
        public const string Binance64 = "FAKEbBRsk29cztUX1kmObfEjdpyHGfY5PBNaNKNYd7pMCapFTzdbKB1Ga8FPJsKb";
        public const string Binance64B = "FAKEMnY0LcUwE4BoMMc8b6ZGZkWBvKQXfVzUrrrUaR46drUvLinbJC6RQuFlBnDo";
        public const string Kraken56 = "zMp1GAawTCEe6OQxLdU+ZOxyR2MwqIZu29XoqgHXN7RGKNLI5MP2rdfq";
        public const string Kraken88 = "7hVCdgk6VMF+qVhYja06R9KCTxDYn33pAT2xhNeCZJH7KGukR7qQyLPhEVh7sYdUO/qsABxhc6rfyVv1qC6S9g==";
        public const string Kraken88B = "r12Jn66MPCS1LJih6JqmwT4gXPFQVnpigFPfG3GDihACUeBkx3GnSBxK6EhFYCznjf2LSKNmI37nEiD0Bz6EPA==";
        public const string GeminiAccount = "account-iDvDlr3qBiwBNPBACZMz";
        public const string GeminiMaster = "master-la6MkXpsaCoKaEF7UV2P";
        public const string GeminiSecret = "UBKiCUbyMJcxDWo7hq5onH1ap2Iy";
        public const string Bitget = "bg_f6db2b80bd42b93c496ef0de87773f36";
        public const string Mexc = "mx0vl7TY3DjN6ozzQ9";
        public const string CdpKeyName = "organizations/ed3061cc-1b47-4d20-ac62-6bf293ea6120/apiKeys/c01ce459-280f-4e17-ad1b-a60d10c64e91";
        public const string KucoinKey = "e0b058092231fc33d2c83a51";
        public const string Uuid = "e63e6631-ed75-4d1c-a1c5-9e573fabf7c6";
        public const string Uuid2 = "29f9eda2-5d13-4496-8b1b-1574d01292ec";
        public const string OkxSecret = "39142920A945FF4ED77CC537F7451349";
        public const string Bitfinex = "fyXI8q6keblhnInXpYsPQQgd_1OWUyTC-BbE88rijjE";
        public const string BitmexKey = "2FdKmpSx5b-p7CXJ4rcChlSx";
        public const string BitmexSecret = "NAVPLof96KC7RHXLaZOUfW2naW_mOIxEUPMuq8G_tUx5Ldns";
        public const string AlpacaKey = "PKMB13BNLW91LQA03IL3";
        public const string AlpacaSecret = "ZqbyN5muNwNroWEsgj7qHo90HzkbacCQTLrKdsmv";
        public const string EthKey = "0x4fd69da20040c2a3499ea2c852df37976b3f98902852e3b95fbbb596b242f497";
        public const string Generic = "zJRs7TI9Xf-mUxYkHrq-FmNGwDBq7QhN";
        public const string Generic40 = "snQL4KTTzrpZBzoUQ9N5UbaLOS5OAvP7dxamzpvL";
        public const string Sha256Hex = "cc7d9bab0aca5b346770793b973cdc5b70764c6e6a7e436728c27f7e53534ae1";
        public const string BybitSecret = "J0Zx6maUhHTz9SvKRidQZhUsBZc3QaMhf5b2";
        public const string Htx = "qtkqg2um-9nk1lv68-sk5kdi8o-8bg04";
        public const string Mnemonic = "orbit crane velvet jungle tackle pencil refuse acoustic mirror blade tornado ripple";

        /// <summary>A body of 164 random base64 characters.</summary>
        public const string PemBody = "eogSxuUnoFKRnVnJzjBgUjUFsBBDJPeMgcyrAjalpfugTpayEF53sn5eL732X00oCHPddbvckcIGnj+zEn+585fc/qqaPW0xxC38w02mEwMQRrVGB/wAHcssfU4wvXfRREZB57AD5KJLx0jToAMKWiSUbBmJAxvwhw==";

        /// <summary>A one-line EC PEM with escaped newlines, as it appears in JSON and C# regular strings.</summary>
        public const string EcPemEscaped = @"-----BEGIN EC PRIVATE KEY-----\n" + PemBody + @"\n-----END EC PRIVATE KEY-----\n";
    }
}
