using System.Threading.Tasks;
using F = SecretsAnalyzers.Tests.HardcodedSecrets.FormatSecrets;
using S = SecretsAnalyzers.Tests.HardcodedSecrets.ShapeSecrets;
using Verify = SecretsAnalyzers.Tests.CSharpAnalyzerVerifier<SecretsAnalyzers.HardcodedSecrets.EXK103CredentialShapeAnalyzer>;

namespace SecretsAnalyzers.Tests.HardcodedSecrets
{
    /// <summary>
    /// Issue #12 formats in EXK103: the high-confidence tier (JWT, Telegram bot token, Discord/Slack webhook URLs, Slack
    /// tokens, OANDA, Robinhood) reports in any position; the ambiguous tier (Bittrex, Poloniex, CEX.IO, FMFW, Luno,
    /// Tradier, gitleaks-style Coinbase/Kraken/KuCoin values, neutral key/secret pairs) needs its exchange or a pair.
    /// </summary>
    public class EXK103FormatTierTests
    {
        private static Task In(string ns, string type, string members)
        {
            var test = new Verify.Test
            {
                TestCode = $$"""
                    using System;
                    using System.Collections.Generic;

                    namespace {{ns}}
                    {
                        public class {{type}}
                        {
                            {{members}}
                        }
                    }
                    """,
            };
            return test.RunAsync();
        }

        [Theory]
        [InlineData("private readonly string value = {|#0:\"" + F.Jwt + "\"|};", "JSON Web Token format")]
        [InlineData("public void Go(List<string> l) => l.Add({|#0:\"" + F.Jwt + "\"|});", "JSON Web Token format")]
        [InlineData("public void Go() => Console.WriteLine({|#0:\"" + F.Telegram + "\"|});", "Telegram bot token format")]
        [InlineData("private static readonly string[] Hooks = { {|#0:\"" + F.DiscordWebhook + "\"|} };", "Discord webhook URL with its token")]
        [InlineData("public Uri Target() => new Uri({|#0:\"" + F.SlackWebhook + "\"|});", "Slack webhook URL with its token")]
        [InlineData("private readonly string value = {|#0:\"" + F.SlackToken + "\"|};", "Slack token format")]
        [InlineData("private readonly string value = {|#0:\"" + F.Oanda + "\"|};", "OANDA API token format")]
        [InlineData("private readonly string value = {|#0:\"" + F.Robinhood + "\"|};", "Robinhood Crypto API key format")]
        public Task Reports_high_confidence_formats_in_any_position(string members, string format)
        {
            var test = new Verify.Test
            {
                TestCode = "using System; using System.Collections.Generic; namespace Utilities { public class Holder { " + members + " } }",
            };
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments(format));
            return test.RunAsync();
        }

        [Theory]
        [InlineData("private readonly string value = \"" + F.JwtUnsigned + "\";")]
        [InlineData("private readonly string value = \"" + F.JwtDocumentation + "\";")]
        [InlineData("private readonly string value = \"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJib3QtNyJ9\";")]
        [InlineData("private readonly string value = \"eyJub3RhIjoiand0In0.eyJzdWIiOiJib3QtNyIsInNjb3BlIjoidHJhZGUifQ.dhLDl1yEireZbhiJxbD_ZOvDaeea21\";")]
        [InlineData("private readonly string value = \"7312945860:AAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\";")]
        [InlineData("private readonly string value = \"https://discord.com/api/webhooks/{id}/{token}\";")]
        [InlineData("private readonly string value = \"https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX\";")]
        [InlineData("private readonly string value = \"https://discord.com/channels/1187423569071234567/1187423569071234568\";")]
        [InlineData("private readonly string value = \"xoxb-your-token-here\";")]
        public Task High_confidence_look_alikes_stay_silent(string members) => In("Utilities", "Holder", members);

        [Fact]
        public Task Jwt_fixture_asserted_in_a_test_stays_silent() => new Verify.Test
        {
            TestCode = """
                using System;
                namespace Xunit { public sealed class FactAttribute : Attribute { } public static class Assert { public static void Equal(string a, string b) { } } }
                namespace Tests
                {
                    public class TokenParserTests
                    {
                        [Xunit.Fact]
                        public void Reads_subject()
                        {
                            var raw = "
                """ + F.Jwt + """
                ";
                            Xunit.Assert.Equal("bot-7", Parse(raw));
                        }

                        private static string Parse(string raw) => raw.Substring(0, 5);
                    }
                }
                """,
        }.RunAsync();

        // ---------------------------------------------------------------- ambiguous tier: needs the exchange or a pair

        [Theory]
        [InlineData("Bots", "Wallets", "private readonly string bittrexAccess = [|\"" + F.Bittrex + "\"|];")]
        [InlineData("Bots", "PoloniexClient", "private readonly string primary = [|\"" + F.Poloniex + "\"|];")]
        [InlineData("Bots", "Wallets", "private readonly string coinbaseAccess = [|\"" + F.CoinbaseLower + "\"|];")]
        [InlineData("Bots", "Wallets", "private readonly string krakenAccess = [|\"" + F.KrakenLower + "\"|];")]
        [InlineData("Bots", "Wallets", "private readonly string kucoinPrivate = [|\"" + S.Uuid + "\"|];")]
        [InlineData("Bots", "CexIoBot", "public void Go() => Login([|\"" + F.Cex + "\"|]); void Login(string value) { }")]
        [InlineData("Bots", "FmfwBot", "public void Go() => Login([|\"" + F.Fmfw + "\"|]); void Login(string value) { }")]
        [InlineData("Bots", "LunoBot", "private readonly string primary = [|\"" + F.LunoSecret + "\"|];")]
        [InlineData("Bots", "TradierBot", "public void Go() => Login([|\"" + F.Tradier + "\"|]); void Login(string value) { }")]
        [InlineData("Bots", "OandaFeed", "private readonly string primary = [|\"" + F.Oanda + "\"|];")]
        [InlineData("Bots", "Settings", "private const string A = [|\"" + F.PairA + "\"|]; private const string B = [|\"" + F.PairB + "\"|];")]
        [InlineData("Bots", "Settings", "private const string A = [|\"" + F.PairA + "\"|], B = [|\"" + F.PairB + "\"|];")]
        [InlineData("Bots", "Settings", "class Cfg { public string A = \"\"; public string B = \"\"; } object M() => new Cfg { A = [|\"" + F.PairA + "\"|], B = [|\"" + F.PairB + "\"|] };")]
        [InlineData("Bots", "Settings", "void M() { var a = [|\"" + F.PairA + "\"|]; var b = [|\"" + F.PairB + "\"|]; Console.WriteLine(a + b); }")]
        public Task Reports_ambiguous_formats_with_their_context(string ns, string type, string members) => In(ns, type, members);

        [Theory]
        [InlineData("Bots", "Wallets", "private readonly string cacheKey = \"" + F.Bittrex + "\";")]
        [InlineData("Bots", "Licensing", "private readonly string primary = \"" + F.Poloniex + "\";")]
        [InlineData("Bots", "Wallets", "private readonly string kucoinAccountUuid = \"" + S.Uuid + "\";")]
        [InlineData("Bots", "Wallets", "private readonly string kucoinOrderId = \"" + S.Uuid + "\";")]
        [InlineData("Bots", "CexIoBot", "private readonly string label = \"" + F.Cex + "\";")]
        [InlineData("Bots", "TradierBot", "private readonly string label = \"" + F.Tradier + "\";")]
        [InlineData("Bots", "Settings", "private const string A = \"" + F.PairA + "\";")]
        [InlineData("Bots", "Settings", "private const string A = \"" + F.PairA + "\"; private const string B = \"" + F.PairA + "\";")]
        [InlineData("Bots", "Chain", "private const string TxA = \"" + F.Hex64A + "\"; private const string TxB = \"" + F.Hex64B + "\";")]
        [InlineData("Bots", "Chain", "private const string A = \"0x" + F.Hex64A + "\"; private const string B = \"0x" + F.Hex64B + "\";")]
        [InlineData("Bots", "Orders", "private const string OrderIdA = \"" + F.PairA + "\"; private const string OrderIdB = \"" + F.PairB + "\";")]
        [InlineData("Bots", "Orders", "private const string A = \"" + S.Uuid + "\"; private const string B = \"" + S.Uuid2 + "\";")]
        [InlineData("Bots", "Settings", "private const string A = \"" + F.PairA + "\"; private const int N = 3; private const string B = \"" + F.PairB + "\";")]
        public Task Ambiguous_look_alikes_stay_silent(string ns, string type, string members) => In(ns, type, members);
    }
}
