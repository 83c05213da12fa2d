using SecretsAnalyzers.Internal;

namespace SecretsAnalyzers.Tests.Internal
{
    public class SecretValuesTests
    {
        [Theory]
        [InlineData("")]
        [InlineData("   ")]
        [InlineData("<your-api-key>")]
        [InlineData("{apiKey}")]
        [InlineData("${BINANCE_API_KEY}")]
        [InlineData("%API_SECRET%")]
        [InlineData("YOUR_API_KEY")]
        [InlineData("your-api-secret")]
        [InlineData("example-secret-1234")]
        [InlineData("changeme123")]
        [InlineData("xxxxxxxxxxxxxxxxxxxxxxxx")]
        [InlineData("0000000000000000")]
        [InlineData("********")]
        [InlineData("1234567890")]
        [InlineData("abcdefghijklmnop")]
        [InlineData("BINANCE_API_SECRET")]
        [InlineData("BinanceSecret")]
        [InlineData("binance-api-secret")]
        [InlineData("Binance:ApiSecret")]
        [InlineData("X-MBX-APIKEY")]
        [InlineData("https://api.binance.com")]
        [InlineData("/etc/keys/binance.pem")]
        [InlineData("secrets/binance.json")]
        [InlineData("fake-api-key")]
        [InlineData("test_secret_123")]
        [InlineData("dummy-key-value")]
        [InlineData("short")]
        [InlineData("PK...")]
        [InlineData("bg_REPLACE_WITH_YOUR_ACTUAL_API_KEY")]
        public void Placeholders_are_not_real(string value) =>
            Assert.False(SecretValues.LooksReal(value));

        [Theory]
        [InlineData("q8Vz3LmP0wRt7YbN2cKs9HdJ4fGx6AeU1oIy5TnWvZpQrMlSkBjCh0dEa7Fg3Xi9")] // 64 alnum (Binance shape)
        [InlineData("5e3f9a0c7b21d84e6f1a2b3c")] // 24 hex (KuCoin key shape)
        [InlineData("c1f2a3b4-d5e6-4789-a0b1-c2d3e4f5a6b7")] // UUID as a KuCoin secret
        [InlineData("Tr4d1ng-B0t!2024")]
        [InlineData("FAKEq8Vz3LmP0wRt7YbN2cKs9HdJ4fGx")] // planted test key: fake prefix, random tail
        [InlineData("kQ7mZ2pX9vL4wR8tY3nB6cJ1hF5gD0sA")]
        public void Random_looking_values_are_real(string value) =>
            Assert.True(SecretValues.LooksReal(value));

        [Fact]
        public void Pem_private_key_with_body_is_real_and_placeholder_pem_is_not()
        {
            var body = "MHcCAQEEIIq7Lw2N9bVx4YpR3sT6uQ8zK1mJ5hG0fD2cB7aE9xW4oAoGCCqGSM49AwEHoUQDQgAE3kP9rT2vX8yZ1wQ4mN7bL5cH0jF6gD3sA9eK2uR8tY1pW4nB7vC0xZ5qM3lJ6hF9gD2sA8eK1u";
            Assert.True(SecretValues.LooksReal("-----BEGIN EC PRIVATE KEY-----\\n" + body + "\\n-----END EC PRIVATE KEY-----\\n"));
            Assert.False(SecretValues.LooksReal("-----BEGIN EC PRIVATE KEY-----\nYOUR PRIVATE KEY\n-----END EC PRIVATE KEY-----"));
        }

        [Fact]
        public void Mnemonic_shape_is_real_only_for_mnemonic_like_text()
        {
            Assert.True(SecretValues.LooksReal("ripple orbit canvas velvet shadow hunger pistol acid timber lunar frost mango", SecretKind.Mnemonic));
            Assert.False(SecretValues.LooksReal("Please set the api secret in your environment", SecretKind.ApiSecret));
        }

        [Theory]
        [InlineData("ripple orbit canvas velvet shadow hunger pistol acid timber lunar frost mango", true)]
        [InlineData("  ripple orbit  canvas velvet shadow hunger pistol acid timber lunar frost mango \n", true)]   // trimmed, double space
        [InlineData("ripple orbit canvas velvet shadow hunger pistol acid timber lunar frost mango ripple orbit canvas", true)]
        [InlineData("ripple orbit canvas velvet shadow hunger pistol acid timber lunar frost mango ripple orbit canvas velvet shadow hunger " +
                    "pistol acid timber lunar frost mango", false)]   // 24 words, each twice: too few distinct words
        [InlineData("ripple orbit canvas velvet shadow hunger pistol acid timber lunar frost", false)]          // 11 words
        [InlineData("ripple orbit canvas velvet shadow hunger pistol acid timber lunar frost Mango", false)]    // upper case
        [InlineData("ripple orbit canvas velvet shadow hunger pistol acid timber lunar frost mangoesss", false)] // 9 letters
        [InlineData("ripple orbit canvas velvet shadow hunger pistol acid timber lunar frost\tmango", false)]  // tab inside
        [InlineData("ripple orbit canvas velvet shadow hunger pistol acid timber lunar fr mango", false)]      // 2 letters
        [InlineData("ripple ripple ripple ripple ripple ripple ripple ripple ripple ripple ripple ripple", false)] // one word repeated
        [InlineData("", false)]
        public void Mnemonic_shape_counts_words_letters_and_repeats(string value, bool expected) =>
            Assert.Equal(expected, SecretValues.LooksLikeMnemonic(value));

        [Fact]
        public void Entropy_of_uniform_and_constant_strings()
        {
            Assert.Equal(0, SecretValues.ShannonEntropy("aaaa"));
            Assert.Equal(2, SecretValues.ShannonEntropy("abcd"), 6);
        }

        [Theory]
        [InlineData("vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A", "the Binance API documentation (example API key)")]
        [InlineData("NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j", "the Binance API documentation (example secret)")]
        public void Published_binance_example_pair_is_recognised(string value, string origin)
        {
            Assert.True(SecretValues.IsPublicExampleKey(value, out var found));
            Assert.Equal(origin, found);
            Assert.DoesNotContain(value.Substring(0, 6), found);
        }

        [Theory]
        [InlineData("Xb7Lq2RmZ9")] // a 10-character client id (Deribit's format) passes the default minimum length
        [InlineData("0xb975729fae923d5a4fd12aabfe228f219e9cb0eb53f16947ccf25ec84d8dbc74")] // hex private key
        public void Short_and_hex_keys_are_real(string value) => Assert.True(SecretValues.LooksReal(value));

        [Theory]
        [InlineData("123")]
        [InlineData("456")]
        [InlineData("key")]
        [InlineData("secret")]
        [InlineData("API_KEY_NAME")]
        [InlineData("PKxxxxxxxxxxxxxxxx")]
        public void Sample_literals_of_sdk_tests_are_not_real(string value) => Assert.False(SecretValues.LooksReal(value));

        [Fact]
        public void Public_example_key_is_recognised_by_fingerprint_only()
        {
            Assert.False(SecretValues.IsPublicExampleKey(new string('a', 64), out _));
            Assert.False(SecretValues.IsPublicExampleKey("q8Vz3LmP0wRt7YbN2cKs9HdJ4fGx6AeU1oIy5TnWvZpQrMlSkBjCh0dEa7Fg3Xi9", out _));
        }

        [Fact]
        public void Public_example_key_check_is_right_on_every_thread_and_every_length()
        {
            // One hasher and buffer per thread: interleave lengths and non-ASCII text (UTF-8 longer than the string) on several threads.
            System.Threading.Tasks.Parallel.For(0, 64, i =>
            {
                Assert.True(SecretValues.IsPublicExampleKey("vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A", out var origin));
                Assert.Equal("the Binance API documentation (example API key)", origin);
                Assert.False(SecretValues.IsPublicExampleKey(new string('\u20ac', 64), out _));
                Assert.False(SecretValues.IsPublicExampleKey("Xb7Lq2RmZ" + (i % 10), out _));
                Assert.True(SecretValues.IsPublicExampleKey("NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j", out origin));
                Assert.Equal("the Binance API documentation (example secret)", origin);
            });
        }
    }
}
