using System.Collections.Immutable;
using System.Linq;
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
        [InlineData("tokenA")]
        [InlineData("tokenB")]
        [InlineData("token0")]
        [InlineData("collateralToken")]
        [InlineData("GasPaymentToken")]
        [InlineData("ReceiveToken")]
        [InlineData("IndexToken")]
        [InlineData("longToken")]
        [InlineData("GetCurrencyToken")]
        [InlineData("_publicToken")]
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
        [InlineData("apiKey", "api key")]
        [InlineData("APIKey", "api key")]
        [InlineData("apikey", "api key")]
        [InlineData("secret", "secret")]
        [InlineData("HTTPServerUrl", "http server url")]
        [InlineData("apiKey2Name", "api key 2 name")]
        [InlineData("key2", "key 2")]
        [InlineData("X-MBX-APIKEY", "x mbx api key")]
        [InlineData("Binance:ApiSecret", "binance api secret")]
        [InlineData("__API__SECRET__", "api secret")]
        [InlineData("ÄpiKeyÜber", "äpi key über")]
        [InlineData("--", "")]
        public void Split_gives_lower_case_words_with_compounds_expanded(string name, string expected) =>
            Assert.Equal(expected, string.Join(" ", NameWords.Split(name)));

        [Fact]
        public void Memo_answers_are_per_model_and_in_any_order()
        {
            // A model with user secret words answers from its own memo, never from Default's (and the reverse).
            var custom = SecretNameModel.Create(ImmutableArray.Create("trading_pin"), ImmutableArray<string>.Empty);
            Assert.Equal(SecretKind.Password, SecretNameModel.Default.Classify("hotTradingPin"));
            Assert.Equal(SecretKind.ApiSecret, custom.Classify("hotTradingPin"));
            Assert.Equal(SecretKind.ApiSecret, custom.Classify("coldTradingPin"));
            Assert.Equal(SecretKind.Password, SecretNameModel.Default.Classify("coldTradingPin"));

            // The member-name and PIN answers come from the same memo entry as Classify, whichever is asked first.
            var fresh = SecretNameModel.Create(ImmutableArray.Create("trading_pin"), ImmutableArray<string>.Empty);
            Assert.False(fresh.IsSecretMemberName("binanceToken"));
            Assert.Equal(SecretKind.AccessToken, fresh.Classify("binanceToken"));
            Assert.Equal(SecretKind.AccessToken, fresh.Classify("apiToken"));
            Assert.True(fresh.IsSecretMemberName("apiToken"));
            Assert.False(fresh.IsSecretMemberName("cancellationToken"));
            Assert.True(SecretNameModel.IsPinName("WITHDRAWAL_PIN"));
            Assert.Equal(SecretKind.Password, SecretNameModel.Default.Classify("WITHDRAWAL_PIN"));
            Assert.False(SecretNameModel.IsPinName("PinCode"));
            Assert.False(SecretNameModel.IsPinName(null));
            Assert.True(fresh.IsSecretMemberName(new string('a', 122) + "ApiKey"));
            Assert.False(fresh.IsSecretMemberName(new string('a', 123) + "ApiKey"));   // longer than 128: not judged
        }

        [Fact]
        public void Memo_stays_right_after_it_fills_and_starts_over()
        {
            var model = SecretNameModel.Create(ImmutableArray<string>.Empty, ImmutableArray.Create("slot"));
            var names = Enumerable.Range(0, SecretNameModel.MaxMemoisedNames + 500)
                .Select(i => (i % 3) switch
                {
                    0 => ("apiSecret" + i, SecretKind.ApiSecret),
                    1 => ("apiKeySlot" + i, SecretKind.None),
                    _ => ("sessionToken" + i, SecretKind.AccessToken),
                })
                .ToList();
            for (var round = 0; round < 2; round++)
            {
                foreach (var (name, expected) in names) Assert.Equal(expected, model.Classify(name));
            }

            Assert.Equal(SecretKind.ApiSecret, model.Classify("apiSecret"));
            Assert.Equal(SecretKind.ApiSecret, model.Classify("apiSecret123"));
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
