using SecretsAnalyzers.Internal;

namespace SecretsAnalyzers.Tests.Internal
{
    /// <summary>Credentials inside strings: key=value pairs, query parameters, URL userinfo, Authorization text.</summary>
    public class EmbeddedCredentialsTests
    {
        private static bool Find(string text, out EmbeddedCredential found) =>
            EmbeddedCredentials.TryFind(text, SecretNameModel.Default, 10, 3.0, out found);

        [Theory]
        [InlineData("Server=db01;Database=fills;User Id=bot;Password=hunter2;", "Password", 7)]
        [InlineData("Host=db01; Username=bot; Password = Rb7q2Lx9", "Password", 8)]
        [InlineData("Data Source=db01;Uid=bot;Pwd=Rb7q2Lx9", "Pwd", 8)]
        [InlineData("Password=123", "Password", 3)]
        [InlineData("foo=1;password=1x", "password", 2)]
        [InlineData("--db-password=Rb7q2Lx9 --verbose", "--db-password", 8)]
        [InlineData("https://feeds.quotehub.io/v2/last?symbol=BTCUSD&api_key=Qm7Rt2Lx9Vb4Nc8Kd3Wz", "api_key", 20)]
        [InlineData("https://feeds.quotehub.io/v2/last?apikey=Qm7Rt2Lx9Vb4Nc8Kd3Wz", "apikey", 20)]
        [InlineData("https://feeds.quotehub.io/v2/last?key=Qm7Rt2Lx9Vb4Nc8Kd3Wz&symbol=ETH", "key", 20)]
        [InlineData("/oauth/callback?access_token=Zk3Lm9Qp2Rv7Wx4Tb8Nc&state=1", "access_token", 20)]
        [InlineData("wss://stream.quotehub.io/ws?token=Zk3Lm9Qp2Rv7Wx4Tb8Nc", "token", 20)]
        [InlineData("secret=Zk3Lm9Qp2Rv7Wx4Tb8Nc&nonce=17", "secret", 20)]
        [InlineData("passphrase=okx-desk7&sign=1", "passphrase", 9)]
        [InlineData("DefaultEndpointsProtocol=https;AccountName=fills;AccountKey=Zk3Lm9Qp2Rv7Wx4Tb8NcQm7Rt2Lx9==", "AccountKey", 31)]
        [InlineData("amqp://bot:Rb7q2Lx9@broker.internal:5672/", "URL password", 8)]
        [InlineData("postgres://trader:s3cr3t-B0t@10.0.0.7/fills", "URL password", 10)]
        [InlineData("Authorization: Bearer Zk3Lm9Qp2Rv7Wx4Tb8NcQm7Rt", "Bearer token", 25)]
        [InlineData("Basic Ym90OlJiN3EyTHg5", "Basic credentials", 16)]
        [InlineData("{\n    \"kucoin_token\": \"6f1e0c9d2b7a4e8f3c5d1a90\"\n}", "kucoin_token", 24)]
        [InlineData("{\"apiSecret\":\"Zk3Lm9Qp2Rv7Wx4Tb8NcQm7Rt\",\"exchange\":\"kraken\"}", "apiSecret", 25)]
        [InlineData("{\"password\": \"hunter2\"}", "password", 7)]
        [InlineData("bittrex_token: 58303lygnjqyo7n47qvpcyl2lacihj8p", "bittrex_token", 32)]
        [InlineData("db:\n  password: 'hunter2'", "password", 7)]
        [InlineData("<krakenToken>Zk3Lm9Qp2Rv7Wx4Tb8NcQm7Rt</krakenToken>", "krakenToken", 25)]
        [InlineData("  \"kucoinToken\" => \"6f1e0c9d2b7a4e8f3c5d1a90\"", "kucoinToken", 24)]
        [InlineData("KUCOIN_TOKEN ?= \"6f1e0c9d2b7a4e8f3c5d1a90\"", "KUCOIN_TOKEN", 24)]
        [InlineData("KUCOIN_TOKEN += \"6f1e0c9d2b7a4e8f3c5d1a90\"", "KUCOIN_TOKEN", 24)]
        public void Finds_the_credential_and_names_it_without_the_value(string text, string name, int length)
        {
            Assert.True(Find(text, out var found));
            Assert.Equal(name, found.Name);
            Assert.Equal(length, found.Length);
        }

        [Theory]
        [InlineData("Password=")]
        [InlineData("Password={0}")]
        [InlineData("Server={0};Password={1}")]
        [InlineData("Password=${DB_PASS}")]
        [InlineData("Password=********")]
        [InlineData("passwordpassword")]
        [InlineData("foo=1password=1")]
        [InlineData("SELECT id FROM users WHERE password = @pwd")]
        [InlineData("UPDATE users SET password = :pwd")]
        [InlineData("WHERE password = $1")]
        [InlineData("password = crypt(:p, password)")]
        [InlineData("Server=db01;Integrated Security=true;")]
        [InlineData("Server=db01;Password=Password")]
        [InlineData("grant_type=client_credentials&scope=read")]
        [InlineData("response_type=token&client_id=bot")]
        [InlineData("token_type=Bearer&expires_in=3600")]
        [InlineData("https://feeds.quotehub.io/v2/last?symbol=BTCUSD&limit=100")]
        [InlineData("https://bot@broker.internal/")]
        [InlineData("https://bot:{password}@broker.internal/")]
        [InlineData("Authorization: Bearer {0}")]
        [InlineData("Bearer ")]
        [InlineData("Use the Bearer scheme")]
        [InlineData("Basic realm=\"trading\"")]
        [InlineData("https://api.quotehub.io/v2?key=value")]
        [InlineData("a == b && key == c")]
        [InlineData("?token=0x52908400098527886E0F7030069857D2E4169EE7")]
        [InlineData("Password: required")]
        [InlineData("password: must have 8 characters")]
        [InlineData("AccessToken: {AccessToken}")]
        [InlineData("Token: expired")]
        [InlineData("{\"password\": \"{{password}}\"}")]
        [InlineData("{\"tokenType\": \"Bearer\"}")]
        [InlineData("at 12:30:45 the secret: rotated")]
        [InlineData("<password></password>")]
        [InlineData("<apiSecret>${API_SECRET}</apiSecret>")]
        [InlineData("https://api.quotehub.io:8443/v2")]
        public void Look_alikes_are_not_credentials(string text) => Assert.False(Find(text, out _));

        [Theory]
        [InlineData("bot:Rb7q2Lx9", true)]
        [InlineData("trader:hunter2", true)]
        [InlineData("bot:{0}", false)]
        [InlineData("user:", false)]
        [InlineData("key:value", false)]
        [InlineData("bot:pass word", false)]
        public void Basic_pairs_need_a_chosen_password(string pair, bool expected) =>
            Assert.Equal(expected, EmbeddedCredentials.TryFindBasicPair(pair, out _));
    }
}
