using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Verify = SecretsAnalyzers.Tests.CSharpAnalyzerVerifier<SecretsAnalyzers.Permissions.EXK301PermissionScopeAnalyzer>;

namespace SecretsAnalyzers.Tests.Permissions
{
    /// <summary>
    /// EXK301/EXK302 in every position a grant can sit in (issue 10, "positions every family sees"): one positive row
    /// per position and a look-alike that must stay silent (false, a read-only or least permission, an asset model, a
    /// type that is no permission model). The first argument names the position; it labels the position matrix.
    /// </summary>
    public class EXK301PositionTests
    {
        /// <summary>Own key-permission models the member rows use, next to <see cref="PermissionTestCode.OwnTypes"/>.</summary>
        private const string Models = """

            record KeyPolicy(bool CanWithdraw = false, string Permissions = "General");
            sealed class CdpKeyPermissions { public bool View { get; set; } public bool Trade { get; set; } public bool Transfer { get; set; } }
            sealed class PaymentOptions { public bool Transfer { get; set; } public bool Instant { get; set; } }
            sealed class CoinbaseAuthorizeRequest { public string Scope { get; set; } = ""; public string Account { get; set; } = ""; }
            sealed class ReportFilter { public string Account { get; set; } = ""; public string Period { get; set; } = ""; }
            sealed class CoinInfo { public bool CanWithdraw => true; }
            sealed class AccountStatus { public AccountStatus(bool canTrade, bool canWithdraw, bool canDeposit) { } }
            sealed class ApiKeyInfo { public bool EnableWithdrawals { get; set; } public bool CanTransfer { get; set; } }
            record KeyPermissionsResponse(bool CanWithdraw, string Permissions);
            sealed class PaymentMethod { public bool AllowDeposit { get; set; } public bool AllowWithdraw { get; set; } }
            """;

        private static Task Run(string body)
        {
            var test = new Verify.Test { TestCode = PermissionTestCode.InMethod(body) + Models };
            foreach (var stub in PermissionTestCode.Stubs) test.AddStub(stub);
            return test.RunAsync();
        }

        private static Task RunMembers(string members)
        {
            var test = new Verify.Test { TestCode = PermissionTestCode.Usings + "class P\n{\n    private readonly KeyRequest _request = new KeyRequest();\n" + members + "\n}\n" + PermissionTestCode.OwnTypes + Models };
            foreach (var stub in PermissionTestCode.Stubs) test.AddStub(stub);
            return test.RunAsync();
        }

        // ---------------- statements in a method body ----------------

        [Theory]
        [InlineData("local initializer flowing into a key API", """var transfer = true; await bybit.V5Api.SubAccount.CreateSubAccountApiKeyAsync("1001", false, permissionWalletTransfer: {|EXK301:transfer|}, ipRestrictions: "203.0.113.7");""")]
        [InlineData("local initializer (scope string)", """var scope = {|EXK301:"wallet:accounts:read wallet:transactions:send"|}; Own.Authorize("abc123", scope);""")]
        [InlineData("local assignment", """string permissions; permissions = {|EXK301:"General,Transfer"|}; await kucoin.SpotApi.SubAccount.CreateSubAccountApiKeyAsync("bot", "pass-phrase-1", "bot key", permissions, "203.0.113.7");""")]
        [InlineData("member assignment", """request.CanWithdraw = {|EXK301:true|};""")]
        [InlineData("compound assignment += (scope)", """request.Scope += {|EXK301:" wallet:transactions:send"|};""")]
        [InlineData("compound assignment += (permission list)", """string perms = "General"; perms += {|EXK301:",Transfer"|}; await kucoin.SpotApi.SubAccount.CreateSubAccountApiKeyAsync("bot", "pass-phrase-1", "bot key", perms, "203.0.113.7");""")]
        [InlineData("compound assignment |= (enum flag)", """request.Permissions |= {|EXK301:ApiPermissions.Transfer|};""")]
        [InlineData("local function return (bool)", """static bool EnableWithdrawals() => {|EXK301:true|}; Console.WriteLine(EnableWithdrawals());""")]
        [InlineData("local function return (permission list)", """static string KeyPermissions() => {|EXK301:"General,Transfer"|}; Console.WriteLine(KeyPermissions());""")]
        [InlineData("lambda parameter default", """var create = (bool canTransfer = {|EXK301:true|}) => canTransfer;""")]
        [InlineData("positional argument", """await bybit.V5Api.SubAccount.CreateSubAccountApiKeyAsync("1001", false, null, null, true, {|EXK301:true|}, null, null, null, null, "203.0.113.7");""")]
        [InlineData("named argument", """Own.CreateKey("bot", canWithdraw: {|EXK301:true|});""")]
        [InlineData("record positional argument", """var policy = new KeyPolicy({|EXK301:true|});""")]
        [InlineData("record named argument", """var policy = new KeyPolicy(Permissions: {|EXK301:"General,Transfer"|}, CanWithdraw: {|EXK301:true|});""")]
        [InlineData("object initializer member (grant name)", """var p = new BinanceAPIKeyPermissions { EnableReading = true, EnableWithdrawals = {|EXK301:true|} };""")]
        [InlineData("object initializer member: Transfer = true on a key-permission model", """var p = new CdpKeyPermissions { View = true, Trade = true, Transfer = {|EXK301:true|} };""")]
        [InlineData("object initializer member: Account = \"all\"", """var r = new CoinbaseAuthorizeRequest { Scope = "wallet:accounts:read", Account = {|EXK302:"all"|} };""")]
        [InlineData("anonymous object member", """var body = new { subAccountId = "1", enableWithdrawals = {|EXK301:true|} };""")]
        [InlineData("with initializer member", """var open = new KeyPolicy() with { CanWithdraw = {|EXK301:true|} };""")]
        [InlineData("collection initializer element (enum)", """var rights = new List<ApiPermissions> { ApiPermissions.Read, {|EXK301:ApiPermissions.Withdraw|} };""")]
        [InlineData("collection initializer element (string)", """await htx.SpotApi.SubAccount.CreateApiKeyAsync(otp, 42, "bot", new List<string> { "readOnly", {|EXK301:"withdraw"|} }, new[] { "203.0.113.7" });""")]
        [InlineData("collection expression element (enum)", """ApiPermissions[] rights = [ApiPermissions.Read, {|EXK301:ApiPermissions.Withdraw|}];""")]
        [InlineData("collection expression element (string)", """await htx.SpotApi.SubAccount.CreateApiKeyAsync(otp, 42, "bot", ["readOnly", {|EXK301:"withdraw"|}], ["203.0.113.7"]);""")]
        [InlineData("array element", """var rights = new[] { KeyRights.Read, {|EXK301:KeyRights.InternalTransfer|} };""")]
        [InlineData("dictionary { k, v }", """var form = new Dictionary<string, string> { { "subAccountId", "1" }, { "canUniversalTransfer", {|EXK301:"true"|} } };""")]
        [InlineData("dictionary [k] = v (string)", """var form = new Dictionary<string, string> { ["subAcct"] = "bot1", ["perm"] = {|EXK301:"read_only,withdraw"|} };""")]
        [InlineData("dictionary [k] = v (bool)", """var query = new Dictionary<string, object> { ["subAccountId"] = "1", ["canUniversalTransfer"] = {|EXK301:true|} };""")]
        [InlineData("dictionary Add(k, v)", """var form = new Dictionary<string, string>(); form.Add("enableWithdrawals", {|EXK301:"true"|});""")]
        [InlineData("KeyValuePair", """var pair = new KeyValuePair<string, string>("canUniversalTransfer", {|EXK301:"true"|});""")]
        [InlineData("nested dictionary", """var body = new Dictionary<string, object> { ["subuid"] = 1001, ["permissions"] = new Dictionary<string, object> { ["Wallet"] = new[] { {|EXK301:"AccountTransfer"|} } } }; await http.PostAsync("https://api.bybit.com/v5/user/create-sub-api", new StringContent(body.ToString()!));""")]
        [InlineData("tuple as list value (key, value)", """var form = new List<(string, string)> { ("subAccountId", "1"), ("canUniversalTransfer", {|EXK301:"true"|}) };""")]
        [InlineData("named tuple element", """var flags = (CanTrade: true, CanWithdraw: {|EXK301:true|});""")]
        [InlineData("interpolation", """var url = $"https://login.coinbase.com/oauth2/auth?client_id={apiKey}{|EXK301:&scope=wallet:accounts:read,wallet:withdrawals:create|}";""")]
        [InlineData("concatenation", """var url = "https://login.coinbase.com/oauth2/auth?client_id=" + apiKey + {|EXK301:"&scope=wallet:withdrawals:create"|};""")]
        [InlineData("string.Format", """var url = string.Format("https://login.coinbase.com/oauth2/auth?client_id={0}&scope={1}", apiKey, {|EXK301:"wallet:withdrawals:create"|});""")]
        [InlineData("StringBuilder.Append chain", """var q = new System.Text.StringBuilder("https://api.binance.com/sapi/v1/broker/subAccountApi/permission/universalTransfer?subAccountId=1").Append({|EXK301:"&canUniversalTransfer=true"|}).ToString();""")]
        [InlineData("query dictionary in FormUrlEncodedContent", """await http.PostAsync("https://www.okx.com/api/v5/users/subaccount/apikey", new FormUrlEncodedContent(new Dictionary<string, string> { ["perm"] = {|EXK301:"read_only,withdraw"|} }));""")]
        public Task Reports_in_method_body(string position, string body)
        {
            _ = position;
            return Run(body);
        }

        [Theory]
        [InlineData("local initializer flowing into a key API", """var transfer = false; await bybit.V5Api.SubAccount.CreateSubAccountApiKeyAsync("1001", false, permissionWalletTransfer: transfer, ipRestrictions: "203.0.113.7"); var canWithdraw = true; Console.WriteLine(canWithdraw);""")]
        [InlineData("local initializer (scope string)", """var scope = "wallet:accounts:read wallet:transactions:read"; Own.Authorize("abc123", scope);""")]
        [InlineData("local assignment", """string permissions; permissions = "General,Spot"; await kucoin.SpotApi.SubAccount.CreateSubAccountApiKeyAsync("bot", "pass-phrase-1", "bot key", permissions, "203.0.113.7");""")]
        [InlineData("member assignment", """request.CanWithdraw = false; request.IsWithdrawal = true;""")]
        [InlineData("compound assignment += (scope)", """request.Scope += " wallet:accounts:read";""")]
        [InlineData("compound assignment += (permission list)", """string perms = "General"; perms += ",Spot"; var note = "bot"; note += ",Transfer";""")]
        [InlineData("compound assignment |= (enum flag)", """request.Permissions |= ApiPermissions.Trade; current &= ~ApiPermissions.Withdraw;""")]
        [InlineData("local function return (bool)", """static bool EnableWithdrawals() => false; Console.WriteLine(EnableWithdrawals());""")]
        [InlineData("local function return (permission list)", """static string KeyPermissions() => "General,Spot"; Console.WriteLine(KeyPermissions());""")]
        [InlineData("lambda parameter default", """var create = (bool canTransfer = false) => canTransfer;""")]
        [InlineData("positional argument", """await bybit.V5Api.SubAccount.CreateSubAccountApiKeyAsync("1001", false, null, null, true, false, null, null, null, null, "203.0.113.7");""")]
        [InlineData("named argument", """Own.CreateKey("bot", canTrade: true);""")]
        [InlineData("record positional argument", """var policy = new KeyPolicy(false);""")]
        [InlineData("record named argument", """var policy = new KeyPolicy(Permissions: "General,Spot", CanWithdraw: false);""")]
        [InlineData("positional argument of a read model's constructor", """var status = new AccountStatus(true, true, true);""")]
        [InlineData("named argument of a read model (a key's own, as the exchange reported it)", """var reported = new KeyPermissionsResponse(CanWithdraw: true, Permissions: "General,Spot");""")]
        [InlineData("object initializer member of a read model", """var info = new ApiKeyInfo { EnableWithdrawals = true, CanTransfer = true }; info.EnableWithdrawals = true;""")]
        [InlineData("object initializer member of a payment method", """var bank = new PaymentMethod { AllowDeposit = true, AllowWithdraw = true };""")]
        [InlineData("object initializer member (grant name)", """var p = new BinanceAPIKeyPermissions { EnableReading = true, EnableWithdrawals = false };""")]
        [InlineData("object initializer member: Transfer = true on a key-permission model", """var p = new PaymentOptions { Transfer = true, Instant = true };""")]
        [InlineData("object initializer member: Account = \"all\"", """var r = new ReportFilter { Account = "all", Period = "1d" }; var a = new CoinbaseAuthorizeRequest { Scope = "wallet:accounts:read", Account = "select" };""")]
        [InlineData("anonymous object member", """var body = new { subAccountId = "1", enableWithdrawals = false };""")]
        [InlineData("with initializer member", """var closed = new KeyPolicy() with { CanWithdraw = false };""")]
        [InlineData("collection initializer element (enum)", """var rights = new List<ApiPermissions> { ApiPermissions.Read, ApiPermissions.Trade }; var names = new Dictionary<ApiPermissions, string> { { ApiPermissions.Withdraw, "withdraw" } };""")]
        [InlineData("collection initializer element (string)", """await htx.SpotApi.SubAccount.CreateApiKeyAsync(otp, 42, "bot", new List<string> { "readOnly", "trade" }, new[] { "203.0.113.7" });""")]
        [InlineData("collection expression element (enum)", """ApiPermissions[] rights = [ApiPermissions.Read, ApiPermissions.Trade];""")]
        [InlineData("collection expression element (string)", """await htx.SpotApi.SubAccount.CreateApiKeyAsync(otp, 42, "bot", ["readOnly", "trade"], ["203.0.113.7"]);""")]
        [InlineData("array element", """var types = new[] { TransactionType.Deposit, TransactionType.Withdraw };""")]
        [InlineData("dictionary { k, v }", """var form = new Dictionary<string, string> { { "subAccountId", "1" }, { "canUniversalTransfer", "false" } };""")]
        [InlineData("dictionary [k] = v (string)", """var form = new Dictionary<string, string> { ["subAcct"] = "bot1", ["perm"] = "read_only,trade" };""")]
        [InlineData("dictionary [k] = v (bool)", """var query = new Dictionary<string, object> { ["subAccountId"] = "1", ["canUniversalTransfer"] = false, ["isWithdrawal"] = true };""")]
        [InlineData("dictionary Add(k, v)", """var form = new Dictionary<string, string>(); form.Add("enableWithdrawals", "false");""")]
        [InlineData("KeyValuePair", """var pair = new KeyValuePair<string, string>("canUniversalTransfer", "false");""")]
        [InlineData("nested dictionary", """var body = new Dictionary<string, object> { ["subuid"] = 1001, ["permissions"] = new Dictionary<string, object> { ["Spot"] = new[] { "SpotTrade" } } }; await http.PostAsync("https://api.bybit.com/v5/user/create-sub-api", new StringContent(body.ToString()!));""")]
        [InlineData("tuple as list value (key, value)", """var form = new List<(string, string)> { ("subAccountId", "1"), ("canUniversalTransfer", "false") };""")]
        [InlineData("named tuple element", """var flags = (CanTrade: true, CanWithdraw: false); var row = (Name: "BTC", WithdrawalEnabled: true);""")]
        [InlineData("interpolation", """var url = $"https://login.coinbase.com/oauth2/auth?client_id={apiKey}&scope=wallet:accounts:read,wallet:withdrawals:read";""")]
        [InlineData("concatenation", """var url = "https://login.coinbase.com/oauth2/auth?client_id=" + apiKey + "&scope=wallet:accounts:read";""")]
        [InlineData("string.Format", """var text = string.Format("Never grant {0} to {1}", "withdrawals", apiKey);""")]
        [InlineData("StringBuilder.Append chain", """var q = new System.Text.StringBuilder("https://api.binance.com/sapi/v1/broker/subAccountApi/permission/universalTransfer?subAccountId=1").Append("&canUniversalTransfer=false").ToString();""")]
        [InlineData("query dictionary in FormUrlEncodedContent", """await http.PostAsync("https://www.okx.com/api/v5/users/subaccount/apikey", new FormUrlEncodedContent(new Dictionary<string, string> { ["perm"] = "read_only,trade" }));""")]
        public Task Silent_in_method_body(string position, string body)
        {
            _ = position;
            return Run(body);
        }

        // ---------------- members of a type ----------------

        [Theory]
        [InlineData("field initializer", """public bool AllowWithdrawals = {|EXK301:true|};""")]
        [InlineData("property initializer", """public bool CanTransfer { get; init; } = {|EXK301:true|};""")]
        [InlineData("const (scope string)", """public const string Scopes = {|EXK301:"wallet:accounts:read,wallet:transactions:send"|};""")]
        [InlineData("get => accessor", """public bool EnableWithdrawals { get => {|EXK301:true|}; }""")]
        [InlineData("expression-bodied property", """public bool EnableInternalTransfer => {|EXK301:true|};""")]
        [InlineData("set accessor body", """public bool Unlocked { set { if (value) _request.CanWithdraw = {|EXK301:true|}; } }""")]
        [InlineData("return of a named method (bool)", """public bool AllowTransfer() { return {|EXK301:true|}; }""")]
        [InlineData("return of a named method (permission list)", """public string Permissions() => {|EXK301:"General,Transfer"|};""")]
        [InlineData("method parameter default", """public Task CreateBotKeyAsync(bool enableWithdrawals = {|EXK301:true|}) => Task.CompletedTask;""")]
        [InlineData("method parameter default (permission list)", """public void CreateKey(string permissions = {|EXK301:"General,Transfer"|}) { }""")]
        [InlineData("constructor parameter default", """public P(bool canTransfer = {|EXK301:true|}) { }""")]
        [InlineData("primary constructor parameter default", """sealed class Policy(bool canWithdraw = {|EXK301:true|}) { public bool CanWithdraw => canWithdraw; }""")]
        [InlineData("record parameter default", """record Grant(bool CanWithdraw = {|EXK301:true|}, string Scope = {|EXK301:"wallet:accounts:read,wallet:withdrawals:create"|});""")]
        [InlineData("const bool used in a call: reported once, at the declaration", """const bool AllowTransfer = {|EXK301:true|}; Task A(BybitRestClient bybit) => bybit.V5Api.SubAccount.CreateSubAccountApiKeyAsync("1001", false, permissionWalletTransfer: AllowTransfer, ipRestrictions: "203.0.113.7"); void B() => Own.CreateKey("bot", canWithdraw: AllowTransfer);""")]
        [InlineData("const scope used in two calls: reported once, at the declaration", """const string KeyScopes = {|EXK301:"wallet:accounts:read wallet:transactions:send"|}; void A() => Own.Authorize("id1", KeyScopes); void B() => Own.Authorize("id2", KeyScopes);""")]
        public Task Reports_in_member(string position, string members)
        {
            _ = position;
            return RunMembers(members);
        }

        [Theory]
        [InlineData("field initializer", """public bool AllowWithdrawals = false;""")]
        [InlineData("property initializer", """public bool CanTransfer { get; init; } = false;""")]
        [InlineData("const (scope string)", """public const string Scopes = "wallet:accounts:read,wallet:transactions:read";""")]
        [InlineData("get => accessor", """public bool EnableWithdrawals { get => false; }""")]
        [InlineData("expression-bodied property", """public bool EnableInternalTransfer => _request.CanWithdraw; public CoinInfo Coin => new CoinInfo();""")]
        [InlineData("set accessor body", """public bool Locked { set { if (value) _request.CanWithdraw = false; } }""")]
        [InlineData("return of a named method (bool)", """public bool AllowTransfer(decimal amount) { return amount < 10; } public bool AllowWithdrawals() => false; public bool CanWithdraw(decimal amount) { if (amount > 10) return true; return false; } public Func<bool> EnableTransfer => () => true;""")]
        [InlineData("return of a named method (permission list)", """public string Permissions() => "General,Spot";""")]
        [InlineData("method parameter default", """public Task CreateBotKeyAsync(bool enableWithdrawals = false) => Task.CompletedTask;""")]
        [InlineData("method parameter default (permission list)", """public void CreateKey(string permissions = "General,Spot") { }""")]
        [InlineData("constructor parameter default", """public P(bool canTransfer = false) { }""")]
        [InlineData("primary constructor parameter default", """sealed class CoinNetwork(bool withdrawEnable = true) { public bool WithdrawEnable => withdrawEnable; }""")]
        [InlineData("record parameter default", """record AssetBalance(bool CanWithdraw = true, string Scope = "wallet:accounts:read");""")]
        [InlineData("const bool used in a call: reported once, at the declaration", """const bool AllowTransfer = false; void B() => Own.CreateKey("bot", canWithdraw: AllowTransfer);""")]
        [InlineData("const scope used in two calls: reported once, at the declaration", """const string KeyScopes = "wallet:accounts:read"; void A() => Own.Authorize("id1", KeyScopes); void B() => Own.Authorize("id2", KeyScopes);""")]
        public Task Silent_in_member(string position, string members)
        {
            _ = position;
            return RunMembers(members);
        }

        // ---------------- top-level statements ----------------

        [Fact]
        public Task Reports_in_top_level_statements()
        {
            var test = new Verify.Test
            {
                TestCode = PermissionTestCode.Usings + """
                    Own.CreateKey("bot", canWithdraw: {|EXK301:true|});
                    var scope = {|EXK301:"wallet:accounts:read,wallet:withdrawals:create"|};
                    Own.Authorize("abc123", scope);
                    Own.CreateKey("bot", canTrade: true);
                    """ + PermissionTestCode.OwnTypes,
            };
            test.TestState.OutputKind = OutputKind.ConsoleApplication;
            foreach (var stub in PermissionTestCode.Stubs) test.AddStub(stub);
            return test.RunAsync();
        }
    }
}
