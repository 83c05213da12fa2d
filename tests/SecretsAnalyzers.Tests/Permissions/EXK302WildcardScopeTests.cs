using System.Threading.Tasks;
using Verify = SecretsAnalyzers.Tests.CSharpAnalyzerVerifier<SecretsAnalyzers.Permissions.EXK301PermissionScopeAnalyzer>;

namespace SecretsAnalyzers.Tests.Permissions
{
    public class EXK302WildcardScopeTests
    {
        private static Task Run(string body, params Microsoft.CodeAnalysis.Testing.DiagnosticResult[] expected)
        {
            var test = new Verify.Test { TestCode = PermissionTestCode.InMethod(body) };
            foreach (var stub in PermissionTestCode.Stubs) test.AddStub(stub);
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync();
        }

        [Theory]
        // OAuth scopes and authorize URLs
        [InlineData("""Own.Authorize("abc123", scope: {|EXK302:"*"|});""")]
        [InlineData("""var scopes = {|EXK302:"wallet:*"|};""")]
        [InlineData("""var url = {|EXK302:"https://login.coinbase.com/oauth2/auth?response_type=code&client_id=abc123&scope=wallet:*"|};""")]
        [InlineData("""var url = {|EXK302:"https://login.coinbase.com/oauth2/auth?response_type=code&client_id=abc123&scope=wallet:accounts:read&account=all"|};""")]
        [InlineData("""var url = {|EXK302:"https://www.coinbase.com/oauth/authorize?client_id=abc123&account=all&scope=wallet:user:read"|};""")]
        [InlineData("""var scope = {|EXK302:"account:read_write trade:read_write wallet:read_write"|};""")]
        [InlineData("""var scope = {|EXK302:"block_trade:read account:read_write trade:read_write wallet:read_write"|};""")]
        [InlineData("""var scope = {|EXK302:"session:MarketMakerBot account:read_write trade:read_write wallet:read_write"|};""")]
        [InlineData("""request.Scope = {|EXK302:"full"|};""")]
        [InlineData("""const string scope = {|EXK302:"admin"|};""")]
        [InlineData("""var d = new Dictionary<string, string> { ["scope"] = {|EXK302:"*"|} };""")]
        [InlineData("""Own.Send("/oauth/token", new { grant_type = "client_credentials", scope = {|EXK302:"*:*"|} });""")]
        [InlineData("""Own.RequestScopes(new[] { "wallet:accounts:read", {|EXK302:"wallet:*"|} });""")]
        [InlineData("""Own.RequestScopes(new List<string> { {|EXK302:"all"|}, "wallet:user:read" });""")]
        // SDK permission lists and REST bodies
        [InlineData("""await kucoin.SpotApi.SubAccount.CreateSubAccountApiKeyAsync("bot", "pass-phrase-1", "bot key", permissions: {|EXK302:"General,All"|}, ipWhitelist: "203.0.113.7");""")]
        [InlineData("""await htx.SpotApi.SubAccount.CreateApiKeyAsync(otp, 42, "bot", new[] { "readOnly", {|EXK302:"*"|} }, new[] { "203.0.113.7" });""")]
        [InlineData("""await mexc.SpotApi.SubAccount.CreateSubAccountApiKeyAsync("bot1", "bot", new[] { {|EXK302:"FULL_ACCESS"|}, "SPOT_DEAL_WRITE" }, new[] { "203.0.113.7" });""")]
        [InlineData("""await http.PostAsync({|EXK302:"https://www.okx.com/api/v5/users/subaccount/apikey?subAcct=bot1&perm=all"|}, null);""")]
        [InlineData("""await http.PostAsync("https://api.kucoin.com/api/v1/sub/api-key", new StringContent({|EXK302:"{\"subName\":\"bot\",\"permission\":\"*\"}"|}));""")]
        // Own enums and flags
        [InlineData("""request.Permissions = {|EXK302:ApiPermissions.All|};""")]
        [InlineData("""Own.Apply({|EXK302:ApiPermissions.All|});""")]
        [InlineData("""request.Rights = {|EXK302:KeyRights.FullAccess|};""")]
        [InlineData("""var rights = new[] { KeyRights.Read, {|EXK302:KeyRights.Admin|} };""")]
        [InlineData("""Own.Apply(ApiPermissions.Read | {|EXK302:ApiPermissions.All|});""")]
        [InlineData("""request.FullAccess = {|EXK302:true|};""")]
        public Task Reports_wildcard(string body) => Run(body);

        [Fact]
        public Task Reports_wildcard_in_own_declarations()
        {
            var test = new Verify.Test
            {
                TestCode = PermissionTestCode.Usings + """
                    class KeyPolicy
                    {
                        public bool AllPermissions { get; set; } = {|EXK302:true|};
                        public const string Scopes = {|EXK302:"wallet:*"|};
                        public KeyRights DefaultRights { get; set; } = {|EXK302:KeyRights.FullAccess|};
                        public ApiScope Scope = {|EXK302:ApiScope.Everything|};
                    }
                    """ + PermissionTestCode.OwnTypes,
            };
            foreach (var stub in PermissionTestCode.Stubs) test.AddStub(stub);
            return test.RunAsync();
        }

        [Fact]
        public Task Message_names_the_wildcard() => Run(
            """var scopes = {|#0:"wallet:accounts:read,wallet:*"|};""",
            Verify.Diagnostic("EXK302").WithLocation(0).WithArguments("'scopes'", "wallet:*"));

        [Fact]
        public Task Message_never_repeats_a_lone_flagged_value() => Run(
            """Own.Authorize("abc123", scope: {|#0:"wallet:*"|});""",
            Verify.Diagnostic("EXK302").WithLocation(0).WithArguments("'scope'", "full access"));

        [Theory]
        [InlineData("""Own.Authorize("abc123", scope: "wallet:accounts:read");""")]
        [InlineData("""var scopes = "wallet:accounts:read wallet:buys:create wallet:sells:create";""")]
        [InlineData("""var scope = "account:read trade:read_write";""")]
        [InlineData("""var url = "https://login.coinbase.com/oauth2/auth?response_type=code&client_id=abc123&scope=wallet:accounts:read&account=select";""")]
        [InlineData("""request.Scope = "read";""")]
        [InlineData("""const string scope = "trade";""")]
        [InlineData("""Own.RequestScopes(new[] { "wallet:accounts:read" });""")]
        [InlineData("""var filter = "all";""")]
        [InlineData("""var roles = "admin";""")]
        [InlineData("""Console.WriteLine("Select all scopes you need, never *");""")]
        [InlineData("""var query = "SELECT * FROM orders";""")]
        [InlineData("""var files = System.IO.Directory.GetFiles(".", "*.json");""")]
        [InlineData("""var search = "https://example.org/search?q=all&page=2";""")]
        [InlineData("""request.Permissions = ApiPermissions.Read | ApiPermissions.Trade;""")]
        [InlineData("""if (current == ApiPermissions.All) throw new InvalidOperationException();""")]
        [InlineData("""if (current.HasFlag(ApiPermissions.All)) throw new InvalidOperationException();""")]
        [InlineData("""var v = Visibility.All;""")]
        [InlineData("""request.FullAccess = false;""")]
        [InlineData("""request.IsAdmin = true;""")]
        [InlineData("""await kucoin.SpotApi.SubAccount.CreateSubAccountApiKeyAsync("bot", "pass-phrase-1", "bot key", permissions: "General,Spot", ipWhitelist: "203.0.113.7");""")]
        [InlineData("""await htx.SpotApi.SubAccount.CreateApiKeyAsync(otp, 42, "bot", new[] { "readOnly", "trade" }, new[] { "203.0.113.7" });""")]
        [InlineData("""var info = await bybit.V5Api.Account.GetApiKeyInfoAsync();""")]
        [InlineData("""var parts = "a,b".Split(','); var all = string.Join("*", parts);""")]
        [InlineData("""var sb = new System.Text.StringBuilder(); sb.AppendLine("\n*Analysis:*"); sb.AppendLine($"*Error:* {apiKey.Length}"); var t = "*Price:* 42";""")]
        [InlineData("""var parts = new List<string>(); parts.Add("accessionNo:*"); var query = string.Join(" AND ", parts);""")]
        [InlineData("""var tokenResponse = "{\"access_token\":\"aaa\",\"token_type\":\"bearer\",\"expires_in\":7200,\"scope\":\"all\"}";""")]
        public Task No_diagnostic(string body) => Run(body);
    }
}
