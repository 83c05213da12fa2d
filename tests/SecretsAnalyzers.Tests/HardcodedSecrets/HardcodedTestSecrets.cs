namespace SecretsAnalyzers.Tests.HardcodedSecrets
{
    /// <summary>
    /// Every planted secret of the hard-coded-secret tests, in one place. They are random and start with FAKE where the
    /// format allows, so repository scanners can allow-list them. None is a real credential.
    /// </summary>
    internal static class HardcodedTestSecrets
    {
        public const string Key = "FAKEu8jzPde0IgxLd6GncfBAepfJBd0K";
        public const string Secret = "FAKEh8oOOL8dKLzdocJ2isAjIhKtJ0RlgLKOmxgJTeKd";
        public const string Pass = "FAKENnFRIBXuDL7D";
        public const string Token = "FAKEfljoQoaF1LlqsajAIxNKu8iS2G8NPRVdD53X";
        public const string HexKey = "0xb975729fae923d5a4fd12aabfe228f219e9cb0eb53f16947ccf25ec84d8dbc74";
        public const string ShortClientId = "Xb7Lq2RmZ9";
        public const string Base64 = "e6JmDzAR/DVwKRxXmQ0aAJEmiRnyXZ0GEt81nWAm";
        public const string Password = "Tr4d1ng-B0t!2024";
        public const string Mnemonic = "ripple orbit canvas velvet shadow hunger pistol acid timber lunar frost mango";
        public const string Pem = "-----BEGIN EC PRIVATE KEY-----\\nMHcCAQEEIIq7Lw2N9bVx4YpR3sT6uQ8zK1mJ5hG0fD2cB7aE9xW4oAoGCCqGSM49AwEHoUQDQgAE3kP9rT2vX8yZ1wQ4mN7bL5cH0jF6gD3sA9eK2uR8tY1pW4nB7vC0xZ5qM3lJ6hF9gD2sA8eK1u\\n-----END EC PRIVATE KEY-----";
        public const string PublicPem = "-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE3kP9rT2vX8yZ1wQ4mN7bL5cH0jF6gD3sA9eK2uR8tY1pW4nB7vC0xZ5qM3lJ6hF9gD2sA8eK1u\\n-----END PUBLIC KEY-----";
        public const string WalletAddress = "0x52908400098527886E0F7030069857D2E4169EE7";
    }
}
