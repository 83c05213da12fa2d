using SecretsAnalyzers.Internal;

namespace SecretsAnalyzers.Tests.Internal
{
    /// <summary>The vocabulary of issue #12: token, auth, credential(s), creds, bearer, jwt, PIN, TOTP/2FA seeds, webhook and signature keys, and the labels that stay labels.</summary>
    public class SecretVocabularyTests
    {
        [Theory]
        [InlineData("token", SecretKind.AccessToken)]
        [InlineData("Token", SecretKind.AccessToken)]
        [InlineData("_token", SecretKind.AccessToken)]
        [InlineData("authToken", SecretKind.AccessToken)]
        [InlineData("accessToken", SecretKind.AccessToken)]
        [InlineData("bearerToken", SecretKind.AccessToken)]
        [InlineData("idToken", SecretKind.AccessToken)]
        [InlineData("IdToken", SecretKind.AccessToken)]
        [InlineData("refreshToken", SecretKind.AccessToken)]
        [InlineData("sessiontoken", SecretKind.AccessToken)]
        [InlineData("TELEGRAM_BOT_TOKEN", SecretKind.AccessToken)]
        [InlineData("botToken", SecretKind.AccessToken)]
        [InlineData("DiscordWebhookToken", SecretKind.AccessToken)]
        [InlineData("deribitToken", SecretKind.AccessToken)]
        [InlineData("CoinbaseToken", SecretKind.AccessToken)]
        [InlineData("auth", SecretKind.AccessToken)]
        [InlineData("basicAuth", SecretKind.AccessToken)]
        [InlineData("bearer", SecretKind.AccessToken)]
        [InlineData("jwt", SecretKind.AccessToken)]
        [InlineData("ServiceJwt", SecretKind.AccessToken)]
        [InlineData("credential", SecretKind.ApiSecret)]
        [InlineData("Credentials", SecretKind.ApiSecret)]
        [InlineData("smtpCreds", SecretKind.ApiSecret)]
        [InlineData("withdrawalPin", SecretKind.Password)]
        [InlineData("TRADING_PIN", SecretKind.Password)]
        [InlineData("totpSecret", SecretKind.ApiSecret)]
        [InlineData("totpSeed", SecretKind.ApiSecret)]
        [InlineData("TwoFactorSeed", SecretKind.ApiSecret)]
        [InlineData("2faSeed", SecretKind.ApiSecret)]
        [InlineData("twofa", SecretKind.ApiSecret)]
        [InlineData("otpKey", SecretKind.ApiSecret)]
        [InlineData("webhookSecret", SecretKind.ApiSecret)]
        [InlineData("signatureKey", SecretKind.SigningKey)]
        [InlineData("myPassword4", SecretKind.Password)]
        public void Issue_vocabulary_is_secret(string name, object expected) =>
            Assert.Equal((SecretKind)expected, SecretNameModel.Default.Classify(name));

        [Theory]
        [InlineData("tokenUrl")]
        [InlineData("TokenType")]
        [InlineData("csrfTokenHeader")]
        [InlineData("credentialsPath")]
        [InlineData("authScheme")]
        [InlineData("tokenEndpoint")]
        [InlineData("TokenCount")]
        [InlineData("cancellationToken")]
        [InlineData("nextPageToken")]
        [InlineData("continuationToken")]
        [InlineData("csrfToken")]
        [InlineData("deviceToken")]
        [InlineData("tokenAddress")]
        [InlineData("tokenSymbol")]
        [InlineData("TokenDecimals")]
        [InlineData("usdtErc20Token")]
        [InlineData("tokenId")]
        [InlineData("tokenIssuer")]
        [InlineData("jwtAudience")]
        [InlineData("authMethod")]
        [InlineData("authUser")]
        [InlineData("credentialType")]
        [InlineData("pinned")]
        [InlineData("spinCount")]
        [InlineData("PasswordChar")]
        [InlineData("pinCode")]
        [InlineData("PinCode")]
        [InlineData("signature")]
        [InlineData("seed")]
        [InlineData("randomSeed")]
        public void Labels_stay_labels(string name) =>
            Assert.Equal(SecretKind.None, SecretNameModel.Default.Classify(name));

        [Theory]
        [InlineData("withdrawalPin", true)]
        [InlineData("PIN", true)]
        [InlineData("pinCode", false)]
        [InlineData("tradingPinValue", true)]
        [InlineData("password", false)]
        [InlineData("spin", false)]
        public void Pin_names_are_recognised(string name, bool expected) =>
            Assert.Equal(expected, SecretNameModel.IsPinName(name));

        [Theory]
        [InlineData("AccessToken", true)]
        [InlineData("RefreshToken", true)]
        [InlineData("ApiKey", true)]
        [InlineData("Password", true)]
        [InlineData("Token", false)]
        [InlineData("BinanceToken", false)]
        [InlineData("TokenValue", false)]
        [InlineData("TokenSymbol", false)]
        public void Member_names_need_more_than_a_bare_token(string name, bool expected) =>
            Assert.Equal(expected, SecretNameModel.Default.IsSecretMemberName(name));
    }
}
