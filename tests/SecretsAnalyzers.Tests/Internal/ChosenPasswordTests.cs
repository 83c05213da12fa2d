using SecretsAnalyzers.Internal;

namespace SecretsAnalyzers.Tests.Internal
{
    /// <summary>Password-class values: any chosen value is a secret; prompts, labels and templates are not.</summary>
    public class ChosenPasswordTests
    {
        [Theory]
        [InlineData("hunter")]
        [InlineData("admin")]
        [InlineData("guest1")]
        [InlineData("Tr4d1ng!")]
        [InlineData("qwe")]
        [InlineData("p@ss")]
        [InlineData("s3cr3t-B0t")]
        [InlineData("a{Zq9$x}")]
        [InlineData("$3cretPa$$")]
        [InlineData("100%sure")]
        [InlineData("123456")]
        [InlineData("q")]
        [InlineData("7")]
        public void Chosen_values_are_secrets(string value) =>
            Assert.True(SecretValues.LooksLikeChosenPassword(value, "DbPassword"));

        [Theory]
        [InlineData("")]
        [InlineData(" ")]
        [InlineData("x")]
        [InlineData("*")]
        [InlineData("-")]
        [InlineData("Password:")]
        [InlineData("Enter your passphrase")]
        [InlineData("Password is required")]
        [InlineData("DbPassword")]
        [InlineData("db_password")]
        [InlineData("{0}")]
        [InlineData("pwd={0}")]
        [InlineData("{Password}")]
        [InlineData("${DB_PASSWORD}")]
        [InlineData("{{ db_password }}")]
        [InlineData("%DB_PASS%")]
        [InlineData("$(DbPass)")]
        [InlineData("<password>")]
        [InlineData("Login.Password")]
        [InlineData("Resources:Auth:Pwd")]
        [InlineData("DB_PASS")]
        [InlineData("********")]
        [InlineData("changeme")]
        [InlineData("your-password")]
        [InlineData("null")]
        [InlineData("secret")]
        [InlineData("FakePass1")]
        [InlineData("https://vault.local/pwd")]
        public void Prompts_labels_and_placeholders_are_not(string value) =>
            Assert.False(SecretValues.LooksLikeChosenPassword(value, "DbPassword"));

        [Theory]
        [InlineData("4829", true)]
        [InlineData("73915062", true)]
        [InlineData("0000", false)]
        [InlineData("12", false)]
        [InlineData("D4", false)]
        [InlineData("GPIO17", false)]
        public void Pins_are_numbers(string value, bool expected) =>
            Assert.Equal(expected, SecretValues.LooksLikeChosenPassword(value, "withdrawalPin", pin: true));

        [Theory]
        [InlineData("{Name}", true)]
        [InlineData("{0}", true)]
        [InlineData("{0:X2}", true)]
        [InlineData("key-{apiKeyName}-v2", true)]
        [InlineData("${VAR}", true)]
        [InlineData("${{ secrets.BINANCE_SECRET }}", true)]
        [InlineData("{{ var }}", true)]
        [InlineData("%VAR%", true)]
        [InlineData("$API_SECRET", true)]
        [InlineData("<your api key>", true)]
        [InlineData("[API_KEY]", true)]
        [InlineData("@SECRET@", true)]
        [InlineData("q9{Zk$2}Lm", false)]
        [InlineData("Xb7${q!}9", false)]
        [InlineData("$9kLm2qZ", false)]
        [InlineData("50%off%", false)]
        [InlineData("{\"k\":1}", false)]
        [InlineData("<RSAKeyValue><Modulus>", false)]
        public void Templates_need_identifiers_inside_their_braces(string value, bool expected) =>
            Assert.Equal(expected, SecretValues.IsTemplate(value));
    }
}
