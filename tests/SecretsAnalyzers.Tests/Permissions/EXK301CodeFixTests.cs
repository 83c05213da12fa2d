using System.Threading.Tasks;
using Verify = SecretsAnalyzers.Tests.CSharpCodeFixVerifier<SecretsAnalyzers.Permissions.EXK301PermissionScopeAnalyzer, SecretsAnalyzers.CodeFixes.Permissions.EXK301RemoveTransferPermissionCodeFix>;

namespace SecretsAnalyzers.Tests.Permissions
{
    public class EXK301CodeFixTests
    {
        private static Task Fix(string before, string after, int? fixAllIterations = null)
        {
            var test = new Verify.Test
            {
                TestCode = PermissionTestCode.InMethod(before),
                FixedCode = PermissionTestCode.InMethod(after),
                CodeActionEquivalenceKey = "EXK301.RemoveGrant",
            };
            if (fixAllIterations is { } n)
            {
                test.NumberOfFixAllIterations = n;
                test.NumberOfFixAllInDocumentIterations = n;
                test.NumberOfFixAllInProjectIterations = n;
            }

            foreach (var stub in PermissionTestCode.Stubs) test.AddStub(stub);
            return test.RunAsync();
        }

        [Fact]
        public Task Sets_sdk_grant_argument_to_false() => Fix(
            """await bybit.V5Api.SubAccount.CreateSubAccountApiKeyAsync("1001", false, permissionSpotTrade: true, permissionWalletTransfer: {|EXK301:true|}, ipRestrictions: "203.0.113.7");""",
            """await bybit.V5Api.SubAccount.CreateSubAccountApiKeyAsync("1001", false, permissionSpotTrade: true, permissionWalletTransfer: false, ipRestrictions: "203.0.113.7");""");

        [Fact]
        public Task Sets_grants_in_new_positions_to_false() => Fix(
            """
            var create = (bool canTransfer = {|EXK301:true|}) => canTransfer;
            var flags = (CanTrade: true, CanWithdraw: {|EXK301:true|});
            static bool EnableWithdrawals() => {|EXK301:true|};
            var query = new Dictionary<string, object> { ["canUniversalTransfer"] = {|EXK301:true|} };
            """,
            """
            var create = (bool canTransfer = false) => canTransfer;
            var flags = (CanTrade: true, CanWithdraw: false);
            static bool EnableWithdrawals() => false;
            var query = new Dictionary<string, object> { ["canUniversalTransfer"] = false };
            """);

        [Fact]
        public Task Offers_no_fix_for_a_local_that_carries_the_grant()
        {
            var source = PermissionTestCode.InMethod("""var transfer = true; await bybit.V5Api.SubAccount.CreateSubAccountApiKeyAsync("1001", false, permissionWalletTransfer: {|EXK301:transfer|}, ipRestrictions: "203.0.113.7");""");
            var test = new Verify.Test { TestCode = source, FixedCode = source };
            foreach (var stub in PermissionTestCode.Stubs) test.AddStub(stub);
            return test.RunAsync();
        }

        [Fact]
        public Task Sets_own_member_to_false() => Fix(
            """var p = new BinanceAPIKeyPermissions { EnableReading = true, EnableWithdrawals = {|EXK301:true|} };""",
            """var p = new BinanceAPIKeyPermissions { EnableReading = true, EnableWithdrawals = false };""");

        [Fact]
        public Task Removes_permission_from_comma_list() => Fix(
            """await kucoin.SpotApi.SubAccount.CreateSubAccountApiKeyAsync("bot", "pass-phrase-1", "bot key", permissions: {|EXK301:"General,Spot,InnerTransfer"|}, ipWhitelist: "203.0.113.7");""",
            """await kucoin.SpotApi.SubAccount.CreateSubAccountApiKeyAsync("bot", "pass-phrase-1", "bot key", permissions: "General,Spot", ipWhitelist: "203.0.113.7");""");

        // The fix properties would have to carry the token's text; text glued to a scope is never put there, so no fix.
        [Fact]
        public Task No_fix_for_a_scope_token_with_text_glued_to_it() => Fix(
            """await kucoin.SpotApi.SubAccount.CreateSubAccountApiKeyAsync("bot", "pass-phrase-1", "bot key", permissions: {|EXK301:"General,Spot,InnerTransferFAKEq7Rv2LmZp9Ws"|}, ipWhitelist: "203.0.113.7");""",
            """await kucoin.SpotApi.SubAccount.CreateSubAccountApiKeyAsync("bot", "pass-phrase-1", "bot key", permissions: {|EXK301:"General,Spot,InnerTransferFAKEq7Rv2LmZp9Ws"|}, ipWhitelist: "203.0.113.7");""");

        [Fact]
        public Task Removes_permission_element_from_array() => Fix(
            """await htx.SpotApi.SubAccount.CreateApiKeyAsync(otp, 42, "bot", new[] { "readOnly", "trade", {|EXK301:"withdraw"|} }, new[] { "203.0.113.7" });""",
            """await htx.SpotApi.SubAccount.CreateApiKeyAsync(otp, 42, "bot", new[] { "readOnly", "trade" }, new[] { "203.0.113.7" });""");

        [Fact]
        public Task Removes_flag_from_combination() => Fix(
            """request.Permissions = ApiPermissions.Read | ApiPermissions.Trade | {|EXK301:ApiPermissions.Withdraw|};""",
            """request.Permissions = ApiPermissions.Read | ApiPermissions.Trade;""");

        [Fact]
        public Task Removes_scope_from_authorize_url() => Fix(
            """var url = {|EXK301:"https://login.coinbase.com/oauth2/auth?response_type=code&client_id=abc123&scope=wallet:accounts:read,wallet:withdrawals:create"|};""",
            """var url = "https://login.coinbase.com/oauth2/auth?response_type=code&client_id=abc123&scope=wallet:accounts:read";""");

        [Fact]
        public Task Turns_off_rest_query_grant() => Fix(
            """await http.PostAsync({|EXK301:"https://api.binance.com/sapi/v1/broker/subAccountApi/permission/universalTransfer?subAccountId=1&canUniversalTransfer=true"|}, null);""",
            """await http.PostAsync("https://api.binance.com/sapi/v1/broker/subAccountApi/permission/universalTransfer?subAccountId=1&canUniversalTransfer=false", null);""");

        [Fact]
        public Task Removes_wallet_permission_from_json_body() => Fix(
            """var body = {|EXK301:"{\"subuid\":1001,\"permissions\":{\"Spot\":[\"SpotTrade\"],\"Wallet\":[\"AccountTransfer\"]}}"|}; await http.PostAsync("https://api.bybit.com/v5/user/create-sub-api", new StringContent(body));""",
            """var body = "{\"subuid\":1001,\"permissions\":{\"Spot\":[\"SpotTrade\"],\"Wallet\":[]}}"; await http.PostAsync("https://api.bybit.com/v5/user/create-sub-api", new StringContent(body));""");

        [Fact]
        public Task Fix_all_turns_off_every_grant_in_the_document() => Fix(
            """
            await bybit.V5Api.SubAccount.EditSubAccountApiKeyAsync(apiKey, permissionWalletTransfer: {|EXK301:true|}, permissionWalletSubAccountTransfer: {|EXK301:true|});
            request.CanWithdraw = {|EXK301:true|};
            Own.Apply(ApiPermissions.Read | {|EXK301:ApiPermissions.Transfer|});
            var rights = new[] { KeyRights.Read, KeyRights.Trade, {|EXK301:KeyRights.Withdraw|} };
            """,
            """
            await bybit.V5Api.SubAccount.EditSubAccountApiKeyAsync(apiKey, permissionWalletTransfer: false, permissionWalletSubAccountTransfer: false);
            request.CanWithdraw = false;
            Own.Apply(ApiPermissions.Read);
            var rights = new[] { KeyRights.Read, KeyRights.Trade };
            """);

        [Fact]
        public Task Fix_all_removes_several_scopes_from_one_string() => Fix(
            """const string scopes = {|EXK301:{|EXK301:"wallet:transactions:send wallet:accounts:read wallet:withdrawals:create"|}|};""",
            """const string scopes = "wallet:accounts:read";""");
    }
}
