using System.Threading.Tasks;
using Verify = SecretsAnalyzers.Tests.CSharpAnalyzerVerifier<SecretsAnalyzers.Permissions.EXK301PermissionScopeAnalyzer>;

namespace SecretsAnalyzers.Tests.Permissions
{
    public class EXK301WithdrawOrTransferPermissionTests
    {
        private static Task Run(string body)
        {
            var test = new Verify.Test { TestCode = PermissionTestCode.InMethod(body) };
            foreach (var stub in PermissionTestCode.Stubs) test.AddStub(stub);
            return test.RunAsync();
        }

        private static Task RunSource(string source)
        {
            var test = new Verify.Test { TestCode = PermissionTestCode.Usings + source + PermissionTestCode.OwnTypes };
            foreach (var stub in PermissionTestCode.Stubs) test.AddStub(stub);
            return test.RunAsync();
        }

        private static Task RunWithMessage(string body, params Microsoft.CodeAnalysis.Testing.DiagnosticResult[] expected)
        {
            var test = new Verify.Test { TestCode = PermissionTestCode.InMethod(body) };
            foreach (var stub in PermissionTestCode.Stubs) test.AddStub(stub);
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync();
        }

        [Fact]
        public Task Message_echoes_a_vocabulary_scope_token() => RunWithMessage(
            """await kucoin.SpotApi.SubAccount.CreateSubAccountApiKeyAsync("bot", "pass-phrase-1", "bot key", permissions: {|#0:"General,Spot,InnerTransfer"|}, ipWhitelist: "203.0.113.7");""",
            Verify.Diagnostic("EXK301").WithLocation(0).WithArguments("'permissions'", "InnerTransfer"));

        [Theory]
        [InlineData("General,Spot,InnerTransferFAKEq7Rv2LmZp9Ws", "transfer")]
        [InlineData("General,FAKEq7Rv2LmZp9Ws_withdraw", "withdraw")]
        [InlineData("General,withdraw:FAKE7Rv2", "withdraw")]
        public Task Message_names_a_glued_scope_token_by_its_class(string scopes, string word) => RunWithMessage(
            "await kucoin.SpotApi.SubAccount.CreateSubAccountApiKeyAsync(\"bot\", \"pass-phrase-1\", \"bot key\", permissions: {|#0:\"" + scopes + "\"|}, ipWhitelist: \"203.0.113.7\");",
            Verify.Diagnostic("EXK301").WithLocation(0).WithArguments("'permissions'", word));

        [Theory]
        // SDK key-management calls (catalog C)
        [InlineData("""await bybit.V5Api.SubAccount.CreateSubAccountApiKeyAsync("1001", false, permissionSpotTrade: true, permissionWalletTransfer: {|EXK301:true|}, ipRestrictions: "203.0.113.7");""")]
        [InlineData("""await bybit.V5Api.SubAccount.CreateSubAccountApiKeyAsync("1001", false, permissionWalletSubAccountTransfer: {|EXK301:true|}, ipRestrictions: "203.0.113.7");""")]
        [InlineData("""await bybit.V5Api.SubAccount.CreateSubAccountApiKeyAsync("1001", false, null, null, true, {|EXK301:true|}, null, null, null, null, "203.0.113.7");""")]
        [InlineData("""await bybit.V5Api.SubAccount.EditSubAccountApiKeyAsync(apiKey, permissionWalletTransfer: {|EXK301:true|}, permissionWalletSubAccountTransfer: {|EXK301:true|});""")]
        [InlineData("""await bybit.V5Api.Account.EditApiKeyAsync(readOnly: false, ipRestrictions: "203.0.113.7", permissionWalletTransfer: {|EXK301:true|});""")]
        [InlineData("""await kucoin.SpotApi.SubAccount.CreateSubAccountApiKeyAsync("bot", "pass-phrase-1", "bot key", permissions: {|EXK301:"General,Spot,InnerTransfer"|}, ipWhitelist: "203.0.113.7");""")]
        [InlineData("""await kucoin.SpotApi.SubAccount.EditSubAccountApiKeyAsync("bot", apiKey, "pass-phrase-1", {|EXK301:"General,Transfer"|}, "203.0.113.7");""")]
        [InlineData("""await htx.SpotApi.SubAccount.CreateApiKeyAsync(otp, 42, "bot", new[] { "readOnly", "trade", {|EXK301:"withdraw"|} }, new[] { "203.0.113.7" });""")]
        [InlineData("""await htx.SpotApi.SubAccount.EditApiKeyAsync(42, apiKey, "bot", new List<string> { "readOnly", {|EXK301:"withdraw"|} }, new[] { "203.0.113.7" });""")]
        [InlineData("""await mexc.SpotApi.SubAccount.CreateSubAccountApiKeyAsync("bot1", "bot", new[] { "SPOT_ACCOUNT_READ", {|EXK301:"SPOT_TRANSFER_WRITE"|} }, new[] { "203.0.113.7" });""")]
        [InlineData("""await mexc.SpotApi.SubAccount.CreateSubAccountApiKeyAsync("bot1", "bot", new[] { "SPOT_DEAL_WRITE", {|EXK301:"SPOT_WITHDRAW_WRITE"|} }, new[] { "203.0.113.7" });""")]
        // Raw REST requests to key-management endpoints
        [InlineData("""await http.PostAsync({|EXK301:"https://api.binance.com/sapi/v1/broker/subAccountApi/permission/universalTransfer?subAccountId=1&subAccountApiKey=k&canUniversalTransfer=true"|}, null);""")]
        [InlineData("""var body = {|EXK301:"{\"subuid\":1001,\"readOnly\":0,\"permissions\":{\"Wallet\":[\"AccountTransfer\"]}}"|}; await http.PostAsync("https://api.bybit.com/v5/user/create-sub-api", new StringContent(body));""")]
        [InlineData("""var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["subAcct"] = "bot1", ["perm"] = {|EXK301:"read_only,withdraw"|} }); await http.PostAsync("https://www.okx.com/api/v5/users/subaccount/apikey", form);""")]
        [InlineData("""var form = new Dictionary<string, string> { { "subAccountId", "1" }, { "canUniversalTransfer", {|EXK301:"true"|} } }; await http.PostAsync("/sapi/v1/broker/subAccountApi/permission/universalTransfer", new FormUrlEncodedContent(form));""")]
        [InlineData("""Own.Send("/sapi/v1/broker/subAccountApi/permission/universalTransfer", new { subAccountId = "1", canUniversalTransfer = {|EXK301:true|} });""")]
        [InlineData("""await http.PostAsync("https://api.huobi.pro/v2/sub-user/api-key-generation", new StringContent({|EXK301:"{\"subUid\":42,\"note\":\"bot\",\"permission\":\"readOnly,trade,withdraw\"}"|}));""")]
        // OAuth scopes
        [InlineData("""var url = {|EXK301:"https://login.coinbase.com/oauth2/auth?response_type=code&client_id=abc123&scope=wallet:accounts:read,wallet:withdrawals:create"|};""")]
        [InlineData("""const string scopes = {|EXK301:"wallet:user:read wallet:transactions:transfer"|};""")]
        [InlineData("""Own.Authorize("abc123", scope: {|EXK301:"wallet:accounts:read wallet:transactions:send"|});""")]
        [InlineData("""Own.Authorize("abc123", scope: {|EXK301:"exchange:write_order transfer:read_transfer transfer:write_crypto_withdrawal"|});""")]
        [InlineData("""var scope = {|EXK301:"account:read trade:read_write wallet:read_write"|};""")]
        [InlineData("""var scope = {|EXK301:"orders:read crypto:send"|};""")]
        [InlineData("""var scopes = new[] { "Query Funds", {|EXK301:"Withdraw Funds"|} };""")]
        [InlineData("""var permissions = new[] { "orders:write", {|EXK301:"withdraw"|} };""")]
        [InlineData("""request.Scope = {|EXK301:"wallet:accounts:read,wallet:withdrawals:create"|};""")]
        [InlineData("""Own.Send("/v5/user/create-sub-api", new { subuid = 1001, readOnly = 0, permissions = new { Spot = new[] { "SpotTrade" }, Wallet = new[] { {|EXK301:"AccountTransfer"|} } } });""")]
        [InlineData("""var auth = {|EXK301:"{\"method\":\"public/auth\",\"params\":{\"grant_type\":\"client_credentials\",\"scope\":\"trade:read_write wallet:read_write\"}}"|};""")]
        // The project's own flags and enums
        [InlineData("""var p = new BinanceAPIKeyPermissions { EnableReading = true, EnableWithdrawals = {|EXK301:true|} };""")]
        [InlineData("""var p = new BinanceAPIKeyPermissions { PermitsUniversalTransfer = {|EXK301:true|}, EnableInternalTransfer = {|EXK301:true|} };""")]
        [InlineData("""request.CanWithdraw = {|EXK301:true|};""")]
        [InlineData("""Own.CreateKey("bot", canWithdraw: {|EXK301:true|});""")]
        [InlineData("""request.Permissions = ApiPermissions.Read | {|EXK301:ApiPermissions.Withdraw|};""")]
        [InlineData("""request.Permissions |= {|EXK301:ApiPermissions.Transfer|};""")]
        [InlineData("""Own.Apply(ApiPermissions.Read | ApiPermissions.Trade | {|EXK301:ApiPermissions.Withdraw|});""")]
        [InlineData("""var rights = new[] { KeyRights.Read, {|EXK301:KeyRights.InternalTransfer|} };""")]
        [InlineData("""request.Rights = {|EXK301:KeyRights.Withdraw|};""")]
        [InlineData("""var p = ApiPermissions.Trade | {|EXK301:ApiPermissions.Withdraw|};""")]
        public Task Reports_grant(string body) => Run(body);

        [Fact]
        public Task Reports_own_members_initialised_to_true() => RunSource("""
            class KeyPolicy
            {
                public bool CanWithdraw { get; set; } = {|EXK301:true|};
                public bool AllowWithdrawals = {|EXK301:true|};
                public bool CanTransfer { get; init; } = {|EXK301:true|};
                public ApiPermissions Permissions { get; } = ApiPermissions.Trade | {|EXK301:ApiPermissions.Withdraw|};
                public const string Scopes = {|EXK301:"wallet:accounts:read,wallet:transactions:send"|};
                public string OAuthScope => {|EXK301:"wallet:accounts:read wallet:withdrawals:create"|};
                public ApiPermissions Default() { return ApiPermissions.Read | {|EXK301:ApiPermissions.Transfer|}; }
            }
            """);

        [Fact]
        public Task Reports_each_grant_in_a_list_once() => Run("""
            var body = {|EXK301:{|EXK301:"{\"permissions\":{\"Wallet\":[\"AccountTransfer\",\"SubMemberTransfer\"]}}"|}|};
            await http.PostAsync("https://api.bybit.com/v5/user/update-sub-api", new StringContent(body));
            """);

        [Theory]
        // Reading and checking permissions
        [InlineData("""var perms = await binance.SpotApi.Account.GetAPIKeyPermissionsAsync(); if (perms.Data.EnableWithdrawals) throw new InvalidOperationException("withdrawals enabled");""")]
        [InlineData("""var info = await bybit.V5Api.Account.GetApiKeyInfoAsync();""")]
        [InlineData("""var info = await htx.SpotApi.SubAccount.GetApiKeyInfoAsync(42, apiKey);""")]
        [InlineData("""var perms = await binance.SpotApi.Account.GetAPIKeyPermissionsAsync(); bool risky = perms.Data.EnableWithdrawals == true || perms.Data.PermitsUniversalTransfer;""")]
        [InlineData("""var perms = await binance.SpotApi.Account.GetAPIKeyPermissionsAsync(); var canWithdraw = perms.Data.EnableWithdrawals;""")]
        // false and read/trade grants
        [InlineData("""await bybit.V5Api.SubAccount.CreateSubAccountApiKeyAsync("1001", false, permissionSpotTrade: true, permissionWalletTransfer: false, ipRestrictions: "203.0.113.7");""")]
        [InlineData("""var p = new BinanceAPIKeyPermissions { EnableReading = true, EnableSpotAndMarginTrading = true, EnableWithdrawals = false };""")]
        [InlineData("""request.CanWithdraw = false;""")]
        [InlineData("""await kucoin.SpotApi.SubAccount.CreateSubAccountApiKeyAsync("bot", "pass-phrase-1", "bot key", permissions: "General,Spot", ipWhitelist: "203.0.113.7");""")]
        [InlineData("""await htx.SpotApi.SubAccount.CreateApiKeyAsync(otp, 42, "bot", new[] { "readOnly", "trade" }, new[] { "203.0.113.7" });""")]
        [InlineData("""await mexc.SpotApi.SubAccount.CreateSubAccountApiKeyAsync("bot1", "bot", new[] { "SPOT_ACCOUNT_READ", "SPOT_DEAL_WRITE", "SPOT_TRANSFER_READ" }, new[] { "203.0.113.7" });""")]
        [InlineData("""await okx.UnifiedApi.SubAccounts.CreateSubAccountApiKeyAsync("bot1", "bot", "pass-phrase-1", readPermission: true, tradePermission: true, ipAddresses: "203.0.113.7");""")]
        [InlineData("""var url = "https://login.coinbase.com/oauth2/auth?response_type=code&client_id=abc123&scope=wallet:accounts:read,wallet:transactions:read,wallet:buys:create";""")]
        [InlineData("""var scope = "account:read trade:read_write wallet:read";""")]
        [InlineData("""const string scopes = "wallet:withdrawals:read wallet:transactions:read";""")]
        [InlineData("""const string scopes = "funding:read_profile exchange:write_order transfer:read_transfer";""")]
        [InlineData("""const string TransferHeader = "Eng:Transfer_" + "Ru:Перейти_"; const string Withdraw = "Eng:Withdraw_Ru:Вывести_";""")]
        [InlineData("""var reply = "{\"subuid\":1001,\"readOnly\":0,\"permissions\":{\"Wallet\":[\"AccountTransfer\"]}}"; var answer = new HttpResponseMessage { Content = new StringContent(reply) }; Console.WriteLine("https://api.bybit.com/v5/user/create-sub-api" + answer.StatusCode);""")]
        // Documentation strings and unrelated requests
        [InlineData("""Console.WriteLine("Never grant wallet:withdrawals:create to the bot key");""")]
        [InlineData("""const string help = "Disable withdrawals (enableWithdrawals=false) before running the bot";""")]
        [InlineData("""var note = "Set canUniversalTransfer=true only for the treasury key";""")]
        [InlineData("""await http.PostAsync("https://api.binance.com/sapi/v1/asset/transfer?type=MAIN_FUNDING&asset=USDT&amount=1", null);""")]
        [InlineData("""await http.PostAsync("https://api.binance.com/sapi/v1/broker/subAccountApi/permission/universalTransfer?subAccountId=1&canUniversalTransfer=false", null);""")]
        [InlineData("""await http.PostAsync("https://api.bybit.com/v5/user/create-sub-api", new StringContent("{\"subuid\":1001,\"readOnly\":0,\"permissions\":{\"Wallet\":[],\"Spot\":[\"SpotTrade\"]}}"));""")]
        // Enum comparisons, removals and non-permission enums
        [InlineData("""if (current.HasFlag(ApiPermissions.Withdraw)) throw new InvalidOperationException();""")]
        [InlineData("""if ((current & ApiPermissions.Transfer) != 0) throw new InvalidOperationException();""")]
        [InlineData("""current &= ~ApiPermissions.Withdraw;""")]
        [InlineData("""switch (request.Rights) { case KeyRights.Withdraw: break; }""")]
        [InlineData("""var t = TransactionType.Withdraw;""")]
        [InlineData("""request.IsWithdrawal = true;""")]
        [InlineData("""var summary = new { Wallet = new[] { "AccountTransfer" } };""")]
        [InlineData("""var auth = "{\"method\":\"public/auth\",\"params\":{\"grant_type\":\"client_credentials\",\"scope\":\"account:read trade:read_write\"}}";""")]
        [InlineData("""var canWithdraw = true; Console.WriteLine(canWithdraw);""")]
        [InlineData("""Own.CreateKey("bot", canTrade: true);""")]
        [InlineData("""request.Permissions = ApiPermissions.Read | ApiPermissions.Trade;""")]
        [InlineData("""var map = new Dictionary<ApiPermissions, string> { { ApiPermissions.Withdraw, "withdraw" }, { ApiPermissions.Transfer, "transfer" } };""")]
        [InlineData("""var map = new Dictionary<ApiPermissions, string> { [ApiPermissions.Withdraw] = "withdraw" };""")]
        [InlineData("""var parsed = Parse("withdraw"); static ApiPermissions Parse(string s) { if (s == "withdraw") return ApiPermissions.Withdraw; return ApiPermissions.None; }""")]
        [InlineData("""var granted = new HashSet<ApiPermissions>(); if (granted.Contains(ApiPermissions.Withdraw)) throw new InvalidOperationException();""")]
        [InlineData("""var label = ApiPermissions.Withdraw.ToString();""")]
        // Coinbase notification event names (what happened), not scopes; a token response (what was granted) in a mock
        [InlineData("""const string WalletWithdrawalCreated = "wallet:withdrawal:created"; const string Canceled = "wallet:withdrawal:canceled";""")]
        [InlineData("""var reply = "{\"access_token\":\"aaa\",\"token_type\":\"bearer\",\"scope\":\"wallet:accounts:read wallet:withdrawals:create\"}";""")]
        public Task No_diagnostic(string body) => Run(body);

        [Fact]
        public Task No_diagnostic_on_asset_network_and_balance_models() => RunSource("""
            class ExchangeCurrency { public bool WithdrawalEnabled { get; set; } public bool DepositEnabled { get; set; } }
            class CoinNetwork { public bool WithdrawEnable; public CoinNetwork(bool withdrawEnable) { WithdrawEnable = withdrawEnable; } }
            class AssetBalance { public bool CanWithdraw { get; init; } = true; public bool CanTransfer = true; }
            class Loader
            {
                object Parse(bool open)
                {
                    var currency = new ExchangeCurrency { WithdrawalEnabled = true, DepositEnabled = open };
                    currency.WithdrawalEnabled = true;
                    var network = new CoinNetwork(withdrawEnable: true);
                    network.WithdrawEnable = true;
                    return new object[] { currency, network };
                }
            }
            """);

        [Fact]
        public Task Reports_key_models_that_mention_an_asset() => RunSource("""
            class ApiKeyAssetPermission { public bool CanWithdraw { get; set; } public ApiKeyAssetPermission(bool canTransfer) { } }
            class SubAccountKey { public bool EnableWithdrawals = {|EXK301:true|}; }
            class Loader
            {
                object Make() => new object[]
                {
                    new ApiKeyAssetPermission(canTransfer: {|EXK301:true|}) { CanWithdraw = {|EXK301:true|} },
                    new SubAccountKey(),
                };
            }
            """);

        [Fact]
        public Task No_diagnostic_for_the_enum_declaration_itself() => RunSource("""
            class Empty { }
            """);
    }
}
