using SecretsAnalyzers.Internal;

namespace SecretsAnalyzers.Tests.Internal
{
    public class SecretNameModelTests
    {
        [Theory]
        [InlineData("apiKey", SecretKind.ApiKey)]
        [InlineData("ApiKey", SecretKind.ApiKey)]
        [InlineData("API_KEY", SecretKind.ApiKey)]
        [InlineData("api-key", SecretKind.ApiKey)]
        [InlineData("APIKEY", SecretKind.ApiKey)]
        [InlineData("Binance:ApiSecret", SecretKind.ApiSecret)]
        [InlineData("binance.api_secret", SecretKind.ApiSecret)]
        [InlineData("_secretKey", SecretKind.ApiSecret)]
        [InlineData("PrivateApiKey", SecretKind.ApiKey)]
        [InlineData("PublicApiKey", SecretKind.ApiKey)]
        [InlineData("privateKeyPem", SecretKind.PrivateKey)]
        [InlineData("apiPass", SecretKind.Passphrase)]
        [InlineData("Pass", SecretKind.Passphrase)]
        [InlineData("passPhrase", SecretKind.Passphrase)]
        [InlineData("OK-ACCESS-PASSPHRASE", SecretKind.Passphrase)]
        [InlineData("X-MBX-APIKEY", SecretKind.ApiKey)]
        [InlineData("OK-ACCESS-KEY", SecretKind.ApiKey)]
        [InlineData("dbPassword", SecretKind.Password)]
        [InlineData("pwd", SecretKind.Password)]
        [InlineData("clientSecret", SecretKind.ClientSecret)]
        [InlineData("signingKeyBytes", SecretKind.SigningKey)]
        [InlineData("accessToken", SecretKind.AccessToken)]
        [InlineData("mnemonic", SecretKind.Mnemonic)]
        [InlineData("seedPhrase", SecretKind.Mnemonic)]
        [InlineData("binanceKey", SecretKind.ApiKey)]
        [InlineData("apiSecret2", SecretKind.ApiSecret)]
        public void Secret_names_are_recognised(string name, object expected) =>
            Assert.Equal((SecretKind)expected, SecretNameModel.Default.Classify(name));

        [Theory]
        [InlineData("keyId")]
        [InlineData("apiKeyHeaderName")]
        [InlineData("ApiKeyHeaderName")]
        [InlineData("secretName")]
        [InlineData("SecretName")]
        [InlineData("publicKey")]
        [InlineData("tokenUrl")]
        [InlineData("passwordPolicy")]
        [InlineData("key")]
        [InlineData("Key")]
        [InlineData("cancellationToken")]
        [InlineData("passCount")]
        [InlineData("bypass")]
        [InlineData("secretClient")]
        [InlineData("SecretsProvider")]
        [InlineData("apiKeyPath")]
        [InlineData("ApiKeyEnvVar")]
        [InlineData("passwordHash")]
        [InlineData("primaryKey")]
        [InlineData("sortKey")]
        [InlineData("")]
        public void Labels_and_ordinary_names_are_not_secrets(string name) =>
            Assert.Equal(SecretKind.None, SecretNameModel.Default.Classify(name));

        [Fact]
        public void User_words_extend_the_model()
        {
            var model = SecretNameModel.Create(
                System.Collections.Immutable.ImmutableArray.Create("trading_pin"),
                System.Collections.Immutable.ImmutableArray.Create("slot"));
            Assert.Equal(SecretKind.ApiSecret, model.Classify("accountTradingPin"));
            Assert.Equal(SecretKind.None, model.Classify("apiKeySlot"));
            Assert.Equal(SecretKind.ApiKey, model.Classify("apiKey"));
        }

        [Theory]
        [InlineData("Binance", "apiSecret", "Binance:ApiSecret", "BINANCE_API_SECRET", "binance-api-secret")]
        [InlineData("Binance", "BinanceApiKey", "Binance:ApiKey", "BINANCE_API_KEY", "binance-api-key")]
        [InlineData(null, "_passphrase", "Exchange:Passphrase", "EXCHANGE_PASSPHRASE", "exchange-passphrase")]
        [InlineData("Kucoin", "pass", "Kucoin:Pass", "KUCOIN_PASS", "kucoin-pass")]
        public void Lookup_names_follow_exchange_and_symbol(string? exchange, string name, string config, string env, string vault)
        {
            var names = LookupNames.For(exchange, name, SecretNameModel.Default.Classify(name));
            Assert.Equal(config, names.ConfigKey);
            Assert.Equal(env, names.EnvVar);
            Assert.Equal(vault, names.VaultName);
        }
    }
}
