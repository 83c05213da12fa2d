using System.Threading.Tasks;
using Verify = SecretsAnalyzers.Tests.CSharpCodeFixVerifier<SecretsAnalyzers.Permissions.EXK301PermissionScopeAnalyzer, SecretsAnalyzers.CodeFixes.Permissions.EXK302RemoveWildcardScopeCodeFix>;

namespace SecretsAnalyzers.Tests.Permissions
{
    public class EXK302CodeFixTests
    {
        private static Task Fix(string before, string after)
        {
            var test = new Verify.Test
            {
                TestCode = PermissionTestCode.InMethod(before),
                FixedCode = PermissionTestCode.InMethod(after),
                CodeActionEquivalenceKey = "EXK302.RemoveWildcard",
            };
            foreach (var stub in PermissionTestCode.Stubs) test.AddStub(stub);
            return test.RunAsync();
        }

        [Fact]
        public Task Removes_wildcard_element() => Fix(
            """Own.RequestScopes(new[] { "wallet:accounts:read", {|EXK302:"wallet:*"|} });""",
            """Own.RequestScopes(new[] { "wallet:accounts:read" });""");

        [Fact]
        public Task Narrows_coinbase_account_all_to_select() => Fix(
            """var url = {|EXK302:"https://login.coinbase.com/oauth2/auth?response_type=code&client_id=abc123&scope=wallet:accounts:read&account=all"|};""",
            """var url = "https://login.coinbase.com/oauth2/auth?response_type=code&client_id=abc123&scope=wallet:accounts:read&account=select";""");

        [Fact]
        public Task Narrows_an_account_all_member_to_select() => Fix(
            """var query = new Dictionary<string, string> { ["scope"] = "wallet:accounts:read", ["account"] = {|EXK302:"all"|} };""",
            """var query = new Dictionary<string, string> { ["scope"] = "wallet:accounts:read", ["account"] = "select" };""");

        [Fact]
        public Task Narrows_deribit_wallet_read_write() => Fix(
            """var scope = {|EXK302:"account:read_write trade:read_write wallet:read_write"|};""",
            """var scope = "account:read_write trade:read_write wallet:read";""");

        [Fact]
        public Task Removes_wildcard_from_permission_list() => Fix(
            """await kucoin.SpotApi.SubAccount.CreateSubAccountApiKeyAsync("bot", "pass-phrase-1", "bot key", permissions: {|EXK302:"General,All"|}, ipWhitelist: "203.0.113.7");""",
            """await kucoin.SpotApi.SubAccount.CreateSubAccountApiKeyAsync("bot", "pass-phrase-1", "bot key", permissions: "General", ipWhitelist: "203.0.113.7");""");

        [Fact]
        public Task Removes_full_access_flag_and_sets_member_false() => Fix(
            """
            request.Permissions = ApiPermissions.Trade | {|EXK302:ApiPermissions.All|};
            request.FullAccess = {|EXK302:true|};
            """,
            """
            request.Permissions = ApiPermissions.Trade;
            request.FullAccess = false;
            """);

        [Fact]
        public Task Offers_no_fix_for_a_lone_wildcard()
        {
            var source = PermissionTestCode.InMethod("""Own.Authorize("abc123", scope: {|EXK302:"*"|});""");
            var test = new Verify.Test { TestCode = source, FixedCode = source };
            foreach (var stub in PermissionTestCode.Stubs) test.AddStub(stub);
            return test.RunAsync();
        }
    }
}
