using System.Threading.Tasks;
using Verify = SecretsAnalyzers.Tests.CSharpAnalyzerVerifier<SecretsAnalyzers.Permissions.EXK301PermissionScopeAnalyzer>;

namespace SecretsAnalyzers.Tests.Permissions
{
    /// <summary>EXK301/EXK302 in appsettings*.json: the same permission keys and scopes as in code.</summary>
    public class EXK301ConfigFileTests
    {
        private static Task Run(string json, string path = "/0/appsettings.json", params Microsoft.CodeAnalysis.Testing.DiagnosticResult[] expected)
        {
            var test = new Verify.Test { TestCode = "class Program { static void Main() { } }" };
            test.TestState.AdditionalFiles.Add((path, json));
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync();
        }

        [Fact]
        public Task Message_never_echoes_a_glued_token_or_a_credential_shaped_key() => Run(
            """{ "Coinbase": { "FAKEq7Rv2LmZp9Ws": { "Scope": "{|#0:wallet:accounts:read,wallet:withdrawals:createFAKEq7Rv2LmZp9Ws|}" } } }""", "/0/appsettings.json",
            Verify.Diagnostic("EXK301").WithLocation(0).WithArguments("'Coinbase:<elided>:Scope'", "withdraw"));

        [Fact]
        public Task Message_echoes_a_vocabulary_token_and_a_plain_key_path() => Run(
            """{ "Coinbase": { "OAuth": { "Scope": "{|#0:wallet:accounts:read,wallet:withdrawals:create|}" } } }""", "/0/appsettings.json",
            Verify.Diagnostic("EXK301").WithLocation(0).WithArguments("'Coinbase:OAuth:Scope'", "wallet:withdrawals:create"));

        [Theory]
        [InlineData("""{ "Binance": { "KeyPolicy": { "EnableWithdrawals": {|EXK301:true|} } } }""")]
        [InlineData("""{ "Exchange": { "CanWithdraw": {|EXK301:true|}, "CanTrade": true } }""")]
        [InlineData("""{ "Exchange": { "PermitsUniversalTransfer": "{|EXK301:true|}" } }""")]
        [InlineData("""{ "Bybit": { "SubAccountKey": { "permissionWalletTransfer": {|EXK301:true|} } } }""")]
        [InlineData("""{ "Coinbase": { "OAuth": { "Scope": "{|EXK301:wallet:accounts:read,wallet:withdrawals:create|}" } } }""")]
        [InlineData("""{ "Coinbase": { "Scopes": [ "wallet:accounts:read", "{|EXK301:wallet:transactions:send|}" ] } }""")]
        [InlineData("""{ "Coinbase": { "AuthorizeUrl": "{|EXK301:https://login.coinbase.com/oauth2/auth?client_id=abc123&scope=wallet:user:read,wallet:transactions:transfer|}" } }""")]
        [InlineData("""{ "Kucoin": { "SubAccountKey": { "Permissions": "{|EXK301:General,Spot,InnerTransfer|}" } } }""")]
        [InlineData("""{ "Htx": { "Permissions": [ "readOnly", "trade", "{|EXK301:withdraw|}" ] } }""")]
        [InlineData("""{ "Deribit": { "Scope": "{|EXK301:account:read trade:read_write wallet:read_write|}" } }""")]
        // EXK302 in the same places
        [InlineData("""{ "Coinbase": { "Scopes": [ "wallet:accounts:read", "{|EXK302:wallet:*|}" ] } }""")]
        [InlineData("""{ "Coinbase": { "AuthorizeUrl": "{|EXK302:https://login.coinbase.com/oauth2/auth?client_id=abc123&scope=wallet:user:read&account=all|}" } }""")]
        [InlineData("""{ "Exchange": { "Scope": "{|EXK302:*|}" } }""")]
        [InlineData("""{ "Exchange": { "FullAccess": {|EXK302:true|} } }""")]
        [InlineData("""{ "Deribit": { "Scope": "{|EXK302:account:read_write trade:read_write wallet:read_write|}" } }""")]
        public Task Reports_grant_in_appsettings(string json) => Run(json);

        [Fact]
        public Task Reports_in_environment_specific_appsettings() =>
            Run("""{ "Exchange": { "AllowWithdrawals": {|EXK301:true|} } }""", "/0/appsettings.Production.json");

        [Theory]
        [InlineData("""{ "Binance": { "KeyPolicy": { "EnableWithdrawals": false, "EnableReading": true } } }""")]
        [InlineData("""{ "Exchange": { "CanWithdraw": "false" } }""")]
        [InlineData("""{ "Coinbase": { "OAuth": { "Scope": "wallet:accounts:read,wallet:buys:create" } } }""")]
        [InlineData("""{ "Coinbase": { "Scopes": [ "wallet:accounts:read", "wallet:withdrawals:read" ] } }""")]
        [InlineData("""{ "Coinbase": { "AuthorizeUrl": "https://login.coinbase.com/oauth2/auth?client_id=abc123&scope=wallet:user:read&account=select" } }""")]
        [InlineData("""{ "Kucoin": { "Permissions": "General,Spot" } }""")]
        [InlineData("""{ "Wallet": { "WithdrawalAddress": "TXYZ1234567890abcdefghijklmnopqrst", "TransferFee": 1 } }""")]
        [InlineData("""{ "Logging": { "LogLevel": { "Default": "Information", "Microsoft": "Warning" } } }""")]
        [InlineData("""{ "Ui": { "ShowAll": true, "Filter": "all" } }""")]
        [InlineData("""{ "Help": "Never grant wallet:withdrawals:create to the bot key" }""")]
        [InlineData("""{ "Transactions": { "IsWithdrawal": true } }""")]
        [InlineData("""{ "Deribit": { "Scope": "account:read trade:read_write" } }""")]
        public Task No_diagnostic_in_appsettings(string json) => Run(json);

        [Fact]
        public Task Ignores_other_json_files() =>
            Run("""{ "Exchange": { "CanWithdraw": true, "Scope": "*" } }""", "/0/config/policy.json");

        [Fact]
        public Task Survives_malformed_json() =>
            Run("""{ "Exchange": { "CanWithdraw": {|EXK301:true|}, "Scope": "wallet:*""", "/0/appsettings.json");
    }
}
