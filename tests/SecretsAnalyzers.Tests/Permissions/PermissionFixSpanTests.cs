using System.Threading.Tasks;
using Verify301 = SecretsAnalyzers.Tests.CSharpCodeFixVerifier<SecretsAnalyzers.Permissions.EXK301PermissionScopeAnalyzer, SecretsAnalyzers.CodeFixes.Permissions.EXK301RemoveTransferPermissionCodeFix>;
using Verify302 = SecretsAnalyzers.Tests.CSharpCodeFixVerifier<SecretsAnalyzers.Permissions.EXK301PermissionScopeAnalyzer, SecretsAnalyzers.CodeFixes.Permissions.EXK302RemoveWildcardScopeCodeFix>;

namespace SecretsAnalyzers.Tests.Permissions
{
    /// <summary>
    /// The permission fixes edit the reported token where it is, not its first textual match; Fix All removes every
    /// grant of one string or initializer; removing the last element keeps the comment of the element before it.
    /// </summary>
    public class PermissionFixSpanTests
    {
        private static Task Fix301(string before, string after)
        {
            var test = new Verify301.Test
            {
                TestCode = PermissionTestCode.InMethod(before),
                FixedCode = PermissionTestCode.InMethod(after),
                CodeActionEquivalenceKey = "EXK301.RemoveGrant",
            };
            foreach (var stub in PermissionTestCode.Stubs) test.AddStub(stub);
            return test.RunAsync();
        }

        [Fact]
        public Task Removes_the_reported_token_not_a_longer_token_that_contains_it() => Fix301(
            """var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["subAcct"] = "bot1", ["perm"] = {|EXK301:"read_only,withdraw_history,withdraw"|} }); await http.PostAsync("https://www.okx.com/api/v5/users/subaccount/apikey", form);""",
            """var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["subAcct"] = "bot1", ["perm"] = "read_only,withdraw_history" }); await http.PostAsync("https://www.okx.com/api/v5/users/subaccount/apikey", form);""");

        [Fact]
        public Task Fix_all_removes_two_grants_of_one_string() => Fix301(
            """await kucoin.SpotApi.SubAccount.CreateSubAccountApiKeyAsync("bot", "pass-phrase-1", "bot key", permissions: {|EXK301:{|EXK301:"General,Withdrawal,Spot,InnerTransfer"|}|}, ipWhitelist: "203.0.113.7");""",
            """await kucoin.SpotApi.SubAccount.CreateSubAccountApiKeyAsync("bot", "pass-phrase-1", "bot key", permissions: "General,Spot", ipWhitelist: "203.0.113.7");""");

        [Fact]
        public Task Fix_all_removes_two_elements_of_one_initializer() => Fix301(
            """var rights = new[] { KeyRights.Read, {|EXK301:KeyRights.Withdraw|}, KeyRights.Trade, {|EXK301:KeyRights.InternalTransfer|} };""",
            """var rights = new[] { KeyRights.Read, KeyRights.Trade };""");

        [Fact]
        public Task Fix_all_turns_off_two_grants_of_one_object_initializer() => Fix301(
            """var p = new BinanceAPIKeyPermissions { EnableReading = true, EnableWithdrawals = {|EXK301:true|}, EnableInternalTransfer = {|EXK301:true|} };""",
            """var p = new BinanceAPIKeyPermissions { EnableReading = true, EnableWithdrawals = false, EnableInternalTransfer = false };""");

        [Fact]
        public Task Removing_the_last_element_keeps_the_previous_elements_comment() => Fix301(
            """
            var rights = new[]
            {
                KeyRights.Read, // reading
                KeyRights.Trade, // trading
                {|EXK301:KeyRights.Withdraw|} // withdrawing
            };
            """,
            """
            var rights = new[]
            {
                KeyRights.Read, // reading
                KeyRights.Trade // trading
            };
            """);

        [Fact]
        public Task Changes_account_all_not_subaccount_all()
        {
            var test = new Verify302.Test
            {
                TestCode = PermissionTestCode.InMethod(
                    """var url = {|EXK302:"https://login.coinbase.com/oauth2/auth?response_type=code&subaccount=all&client_id=abc123&scope=wallet:accounts:read&account=all"|};"""),
                FixedCode = PermissionTestCode.InMethod(
                    """var url = "https://login.coinbase.com/oauth2/auth?response_type=code&subaccount=all&client_id=abc123&scope=wallet:accounts:read&account=select";"""),
                CodeActionEquivalenceKey = "EXK302.RemoveWildcard",
            };
            foreach (var stub in PermissionTestCode.Stubs) test.AddStub(stub);
            return test.RunAsync();
        }
    }
}
