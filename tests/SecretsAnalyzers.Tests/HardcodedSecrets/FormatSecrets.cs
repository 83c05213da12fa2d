namespace SecretsAnalyzers.Tests.HardcodedSecrets
{
    /// <summary>
    /// Fake credentials in the formats added by issue #12 (tokens, webhooks, more exchanges). Random strings generated for
    /// these tests in the published shapes; none was ever a live credential.
    /// </summary>
    internal static class FormatSecrets
    {
        public const string Jwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJib3QtNyIsInNjb3BlIjoidHJhZGUiLCJpYXQiOjE3NjcyMjU2MDB9.dhLDl1yEireZbhiJxbD_ZOvDaeea21-j_Rdmqt0I1xX";
        public const string JwtUnsigned = "eyJhbGciOiJub25lIn0.eyJzdWIiOiJib3QtNyIsInNjb3BlIjoidHJhZGUiLCJpYXQiOjE3NjcyMjU2MDB9.Ua-gxdGHPDpIBgHc-iQdKns7sV4CEOG5xSH5KyLnyiS";
        public const string JwtDocumentation = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.dnU5QIh805Bw3lDUEs5l8JTGpXkFjIZQuA-bTl0aqsl";
        public const string Telegram = "7312945860:AV-ju4rdGN7xx_WEF3CPkzXb9SjOwKNpb_o";
        public const string DiscordWebhook = "https://discord.com/api/webhooks/1187423569071234567/3l7jVratpA4Ed8QebMOnGLogM_LdvhtO4mM0X7rstjF4jXyf15aE0H0f3tdCXmWvJJD2";
        public const string SlackWebhook = "https://hooks.slack.com/services/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";
        public const string SlackToken = "xoxb-370344444941-039667911875-yg1m4aidndNxSn7w869USDs5";
        public const string Oanda = "b2f2d088e97cd00689e46b64c523a605-9ded7c3d0b4b13bdba5bdc1c2fa4f4ea";
        public const string Robinhood = "rh-api-8e0a7193-f989-4cc6-8706-eb5f18fb2077";
        public const string Bittrex = "58303lygnjqyo7n47qvpcyl2lacihj8p";
        public const string Poloniex = "K35KTZYC-NESZJ4OG-H8MC2FGJ-2525BAUT";
        public const string CoinbaseLower = "afx2-prmo4hqp0049w2kt7-8p_6y964dujiry395vtjcueasslp7bvokdwjm6crf";
        public const string KrakenLower = "r=fg26b0p/=9qxqmif8suhrkv1-ums68e0+y/15=v0/5fnnyd7eybdlb0p8xtf2869=kmp0crqq3/st7q3/u2";
        public const string Cex = "c5W6PhYC8lwqacQXUw7TUzwKsgb";
        public const string Fmfw = "4pxBBpeXEqWRBcpe3Q96nMlH6tNGEkIo";
        public const string LunoSecret = "6y4FfI_Rt_CyZNGzrvjHnZb4eeyAegsyNfhR7mltvMT";
        public const string Tradier = "KWwu1OWsdMQVRwY4gRrPNBLstD9M";
        public const string PairA = "igFx5QDfplsuN6nVemFkwJASsDV1pavGbongvIpYrZ0su8UxYFT7JU5LkdKJOdVF";
        public const string PairB = "ZpNAOe1dvfWFX4jxVHs861AQ4l5XAfA2C1O3UNH2zTvuXxDQ86zziJjw1p6arBSy";
        public const string Hex64A = "418df3a2f5291c6d515e7bff17da7fc6fffd92587f4f616d91458a140741ca41";
        public const string Hex64B = "861b577963a5750e412a59dc5053f098863aba066eaeb29989312a31d9a398eb";
    }
}
