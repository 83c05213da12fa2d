using System.Threading.Tasks;
using static SecretsAnalyzers.Tests.HardcodedSecrets.HardcodedTestSecrets;
using Verify = SecretsAnalyzers.Tests.CSharpAnalyzerVerifier<SecretsAnalyzers.HardcodedSecrets.EXK101HardcodedCredentialAnalyzer>;

namespace SecretsAnalyzers.Tests.HardcodedSecrets
{
    /// <summary>EXK107 is reported by the EXK101 analyzer instead of EXK101/EXK102 for published documentation example keys.</summary>
    public class EXK107PublicExampleKeyTests
    {
        // The signing example pair published in the Binance API documentation (public, carries no access).
        private const string BinanceDocKey = "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A";
        private const string BinanceDocSecret = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j";

        // The private key of the Kraken REST API documentation's signing example (public, carries no access).
        private const string KrakenDocPrivateKey = "kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg==";

        [Fact]
        public Task Example_pair_at_a_sink_is_EXK107_not_EXK101()
        {
            var test = EXK101HardcodedCredentialTests.Create($$"""object M() => new BinanceCredentials({|#0:"{{BinanceDocKey}}"|}, {|#1:"{{BinanceDocSecret}}"|});""");
            test.ExpectedDiagnostics.Add(Verify.Diagnostic("EXK107").WithLocation(0).WithArguments("parameter 'key' of 'BinanceCredentials'", "the Binance API documentation (example API key)"));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic("EXK107").WithLocation(1).WithArguments("parameter 'secret' of 'BinanceCredentials'", "the Binance API documentation (example secret)"));
            return test.RunAsync();
        }

        // The first Hardhat/Anvil development account (funded by every local node from the published "test … junk" mnemonic).
        private const string HardhatAccount0 = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";

        [Fact]
        public Task Hardhat_default_account_key_is_EXK107_with_and_without_0x()
        {
            var test = EXK101HardcodedCredentialTests.Create($$"""private const string PrivateKey = {|#0:"0x{{HardhatAccount0}}"|}; private const string OwnerPrivateKey = {|#1:"{{HardhatAccount0}}"|};""");
            test.ExpectedDiagnostics.Add(Verify.Diagnostic("EXK107").WithLocation(0).WithArguments("'PrivateKey'", "the Hardhat and Anvil default development accounts (private key #0)"));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic("EXK107").WithLocation(1).WithArguments("'OwnerPrivateKey'", "the Hardhat and Anvil default development accounts (private key #0)"));
            return test.RunAsync();
        }

        [Fact]
        public Task Kraken_documentation_private_key_is_EXK107()
        {
            var test = EXK101HardcodedCredentialTests.Create($$"""private const string KrakenPrivateKey = {|#0:"{{KrakenDocPrivateKey}}"|};""");
            test.ExpectedDiagnostics.Add(Verify.Diagnostic("EXK107").WithLocation(0).WithArguments("'KrakenPrivateKey'", "the Kraken API documentation (example private key)"));
            return test.RunAsync();
        }

        [Fact]
        public Task Example_key_in_secret_named_field_is_EXK107() =>
            EXK101HardcodedCredentialTests.Create($$"""private const string BinanceApiSecret = {|EXK107:"{{BinanceDocSecret}}"|};""").RunAsync();

        [Fact]
        public Task Example_key_through_a_const_is_EXK107_on_the_literal() =>
            EXK101HardcodedCredentialTests.Create($$"""private const string S = {|EXK107:"{{BinanceDocSecret}}"|}; object M() => new HMACCredential({|EXK101:"{{Key}}"|}, S);""").RunAsync();

        [Fact]
        public Task Example_key_in_an_unrelated_position_is_silent() =>
            EXK101HardcodedCredentialTests.Create($$"""void M() => Console.WriteLine("{{BinanceDocKey}}");""").RunAsync();
    }
}
