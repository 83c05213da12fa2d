using SecretsAnalyzers.Internal;
using SecretsAnalyzers.Internal.ConfigFiles;
using SecretsAnalyzers.Permissions;

namespace SecretsAnalyzers.Tests.Internal
{
    /// <summary>What a message may print of text taken from a file: key segments, scope tokens and PEM labels.</summary>
    public class MessageVocabularyTests
    {
        [Theory]
        [InlineData("ConnectionStrings")]
        [InlineData("DefaultConnection")]
        [InlineData("BINANCE_API_SECRET")]
        [InlineData("Microsoft.AspNetCore.Hosting")]
        [InlineData("environmentVariables")]
        [InlineData("Sha256Signature")]
        [InlineData("X509Certificate2")]
        [InlineData("MyAPIKeyV2Path")]
        [InlineData("IPv4Address")]
        [InlineData("0")]
        [InlineData("12")]
        [InlineData("Binance API")]
        [InlineData("Exchanges__Binance__ApiSecret")]
        public void Names_and_indexes_are_printed(string segment)
        {
            Assert.False(ConfigKeyDisplay.IsSecretShaped(segment));
            Assert.Equal(segment, ConfigKeyDisplay.Segment(segment));
        }

        [Theory]
        [InlineData("FAKEbBRsk29cztUX1kmObfEjdpyHGfY5PBNaNKNYd7pMCapFTzdbKB1Ga8FPJsKb")]     // Binance 64
        [InlineData("zMp1GAawTCEe6OQxLdU+ZOxyR2MwqIZu29XoqgHXN7RGKNLI5MP2rdfq")]             // Kraken 56 (base64)
        [InlineData("e0b058092231fc33d2c83a51")]                                             // KuCoin hex
        [InlineData("e63e6631-ed75-4d1c-a1c5-9e573fabf7c6")]                                 // UUID
        [InlineData("39142920A945FF4ED77CC537F7451349")]                                     // OKX upper hex
        [InlineData("PKMB13BNLW91LQA03IL3")]                                                 // Alpaca key id
        [InlineData("q7Rv2LmZp9Ws")]                                                         // 12-character passphrase
        [InlineData("YOvfZUzDzVfUkkibjL")]                                                   // letters only, mixed case
        [InlineData("123456789012")]                                                         // long number
        [InlineData("fyXI8q6keblhnInXpYsPQQgd_1OWUyTC-BbE88rijjE")]                          // Bitfinex 43 url-safe
        public void Credential_shaped_segments_are_elided(string segment)
        {
            Assert.True(ConfigKeyDisplay.IsSecretShaped(segment));
            Assert.Equal("<elided>", ConfigKeyDisplay.Segment(segment));
        }

        [Fact]
        public void Path_elides_only_the_credential_segment() =>
            Assert.Equal("Exchanges:<elided>:Secret", ConfigKeyDisplay.Path("Exchanges:q7Rv2LmZp9Ws:Secret"));

        [Theory]
        [InlineData("wallet:withdrawals:create")]
        [InlineData("wallet:transactions:send")]
        [InlineData("SPOT_TRANSFER_WRITE")]
        [InlineData("InnerTransfer")]
        [InlineData("SubMemberTransferList")]
        [InlineData("withdraw")]
        [InlineData("\"AccountTransfer\"")]
        [InlineData("*")]
        [InlineData("*:*")]
        [InlineData("wallet:*")]
        [InlineData("account=all")]
        [InlineData("full_access")]
        public void Scope_vocabulary_is_printed(string token) => Assert.True(PermissionVocabulary.IsVocabulary(token));

        [Theory]
        [InlineData("InnerTransferFAKEq7Rv2LmZp9Ws")]
        [InlineData("withdraw:FAKE7Rv2")]
        [InlineData("q7Rv2LmZp9Ws_withdraw")]
        [InlineData("withdraw*")]
        [InlineData("withdraw2")]
        [InlineData("")]
        public void Glued_or_unknown_tokens_are_not_vocabulary(string token) => Assert.False(PermissionVocabulary.IsVocabulary(token));

        [Fact]
        public void Display_falls_back_to_the_grant_name()
        {
            Assert.Equal("withdraw", PermissionVocabulary.Display("withdrawFAKEq7Rv2LmZp9Ws", GrantKind.Withdraw));
            Assert.Equal("full access", PermissionVocabulary.Display("adminFAKEq7Rv2LmZp9Ws", GrantKind.Wildcard));
            Assert.Equal("AccountTransfer", PermissionVocabulary.Display("\"AccountTransfer\"", GrantKind.Transfer));
        }

        [Theory]
        [InlineData("", "PKCS#8 private key (PEM)")]
        [InlineData("RSA", "RSA private key (PEM)")]
        [InlineData("EC", "EC private key (PEM)")]
        [InlineData("OPENSSH", "OPENSSH private key (PEM)")]
        [InlineData("FAKEQ7RV2LMZP9W", "private key (PEM)")]
        [InlineData("RSA FAKE", "private key (PEM)")]
        public void Pem_labels_map_to_a_fixed_vocabulary(string label, string format) => Assert.Equal(format, CredentialShapes.PemFormat(label));
    }
}
