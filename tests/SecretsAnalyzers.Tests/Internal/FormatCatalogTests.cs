using SecretsAnalyzers.Internal;
using F = SecretsAnalyzers.Tests.HardcodedSecrets.FormatSecrets;

namespace SecretsAnalyzers.Tests.Internal
{
    /// <summary>The high-confidence formats of issue #12, matched without any context.</summary>
    public class FormatCatalogTests
    {
        [Theory]
        [InlineData(F.Jwt, "JSON Web Token format")]
        [InlineData(F.Telegram, "Telegram bot token format")]
        [InlineData(F.DiscordWebhook, "Discord webhook URL with its token")]
        [InlineData(F.SlackWebhook, "Slack webhook URL with its token")]
        [InlineData(F.SlackToken, "Slack token format")]
        [InlineData(F.Oanda, "OANDA API token format")]
        [InlineData(F.Robinhood, "Robinhood Crypto API key format")]
        public void Self_identifying_formats_match_anywhere(string value, string format)
        {
            var match = CredentialShapes.MatchSelfIdentifying(value);
            Assert.True(match.IsMatch);
            Assert.Equal(format, match.Format);
        }

        [Theory]
        [InlineData(F.JwtUnsigned)]
        [InlineData(F.JwtDocumentation)]
        [InlineData(F.Bittrex)]
        [InlineData(F.Poloniex)]
        [InlineData(F.PairA)]
        public void Ambiguous_and_example_values_do_not_match_alone(string value) =>
            Assert.False(CredentialShapes.MatchSelfIdentifying(value).IsMatch);
    }
}
