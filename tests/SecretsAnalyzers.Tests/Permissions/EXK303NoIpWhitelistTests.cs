using System.Threading.Tasks;
using Verify = SecretsAnalyzers.Tests.CSharpAnalyzerVerifier<SecretsAnalyzers.Permissions.EXK303IpWhitelistAnalyzer>;

namespace SecretsAnalyzers.Tests.Permissions
{
    public class EXK303NoIpWhitelistTests
    {
        private static Task Run(string body, params Microsoft.CodeAnalysis.Testing.DiagnosticResult[] expected)
        {
            var test = new Verify.Test { TestCode = PermissionTestCode.InMethod(body) };
            foreach (var stub in PermissionTestCode.Stubs) test.AddStub(stub);
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync();
        }

        private static Task RunSource(string source)
        {
            var test = new Verify.Test { TestCode = PermissionTestCode.Usings + source + PermissionTestCode.OwnTypes };
            foreach (var stub in PermissionTestCode.Stubs) test.AddStub(stub);
            return test.RunAsync();
        }

        [Theory]
        // Bybit.Net
        [InlineData("""await bybit.V5Api.SubAccount.[|CreateSubAccountApiKeyAsync|]("1001", false, permissionSpotTrade: true);""")]
        [InlineData("""await bybit.V5Api.SubAccount.CreateSubAccountApiKeyAsync("1001", false, permissionSpotTrade: true, ipRestrictions: [|null|]);""")]
        [InlineData("""await bybit.V5Api.SubAccount.CreateSubAccountApiKeyAsync("1001", false, ipRestrictions: [|""|]);""")]
        [InlineData("""await bybit.V5Api.SubAccount.CreateSubAccountApiKeyAsync("1001", false, ipRestrictions: [|"*"|]);""")]
        [InlineData("""await bybit.V5Api.SubAccount.CreateSubAccountApiKeyAsync("1001", false, ipRestrictions: [|"0.0.0.0/0"|]);""")]
        [InlineData("""await bybit.V5Api.SubAccount.EditSubAccountApiKeyAsync(apiKey, ipRestrictions: [|"*"|]);""")]
        [InlineData("""await bybit.V5Api.Account.EditApiKeyAsync(readOnly: false, ipRestrictions: [|""|]);""")]
        // Kucoin.Net
        [InlineData("""await kucoin.SpotApi.SubAccount.[|CreateSubAccountApiKeyAsync|]("bot", "pass-phrase-1", "bot key", "General,Spot");""")]
        [InlineData("""await kucoin.SpotApi.SubAccount.CreateSubAccountApiKeyAsync("bot", "pass-phrase-1", "bot key", "General", [|null|]);""")]
        [InlineData("""await kucoin.SpotApi.SubAccount.EditSubAccountApiKeyAsync("bot", apiKey, "pass-phrase-1", ipWhitelist: [|"*"|]);""")]
        // HTX.Net
        [InlineData("""await htx.SpotApi.SubAccount.CreateApiKeyAsync(otp, 42, "bot", new[] { "readOnly", "trade" }, [|null|]);""")]
        [InlineData("""await htx.SpotApi.SubAccount.CreateApiKeyAsync(otp, 42, "bot", new[] { "readOnly", "trade" }, [|new string[0]|]);""")]
        [InlineData("""await htx.SpotApi.SubAccount.CreateApiKeyAsync(otp, 42, "bot", new[] { "readOnly", "trade" }, [|Array.Empty<string>()|]);""")]
        [InlineData("""await htx.SpotApi.SubAccount.CreateApiKeyAsync(otp, 42, "bot", new[] { "readOnly" }, [|new List<string>()|]);""")]
        [InlineData("""await htx.SpotApi.SubAccount.EditApiKeyAsync(42, apiKey, "bot", new[] { "readOnly" }, [|new[] { "0.0.0.0/0" }|]);""")]
        // Mexc.Net and OKX.Net
        [InlineData("""await mexc.SpotApi.SubAccount.[|CreateSubAccountApiKeyAsync|]("bot1", "bot", new[] { "SPOT_DEAL_WRITE" });""")]
        [InlineData("""await mexc.SpotApi.SubAccount.CreateSubAccountApiKeyAsync("bot1", "bot", new[] { "SPOT_DEAL_WRITE" }, [|new string[] { }|]);""")]
        [InlineData("""await okx.UnifiedApi.SubAccounts.[|CreateSubAccountApiKeyAsync|]("bot1", "bot", "pass-phrase-1", tradePermission: true);""")]
        [InlineData("""await okx.UnifiedApi.SubAccounts.CreateSubAccountApiKeyAsync("bot1", "bot", "pass-phrase-1", ipAddresses: [|"0.0.0.0/0"|]);""")]
        [InlineData("""await okx.UnifiedApi.SubAccounts.ResetSubAccountApiKeyAsync("bot1", apiKey, ipAddresses: [|""|]);""")]
        // Binance.Net
        [InlineData("""await binance.GeneralApi.SubAccount.UpdateIpRestrictionForSubAccountApiKeyAsync("bot@corp.test", apiKey, [|false|]);""")]
        [InlineData("""await binance.GeneralApi.SubAccount.[|RemoveIpRestrictionForSubAccountApiKeyAsync|]("bot@corp.test", apiKey, new[] { "203.0.113.7" });""")]
        // Raw REST requests
        [InlineData("""await http.PostAsync([|"https://api.binance.com/sapi/v2/sub-account/subAccountApi/ipRestriction?email=bot%40corp.test&subAccountApiKey=k&status=1&ipRestrict=false"|], null);""")]
        [InlineData("""await http.PostAsync("https://api.bybit.com/v5/user/create-sub-api", new StringContent([|"{\"subuid\":1001,\"readOnly\":0,\"ips\":\"*\"}"|]));""")]
        [InlineData("""await http.DeleteAsync([|"https://api.binance.com/sapi/v1/sub-account/subAccountApi/ipRestriction/ipList?email=bot%40corp.test&ipAddress=203.0.113.7"|]);""")]
        [InlineData("""var form = new Dictionary<string, string> { ["subAcct"] = "bot1", ["ip"] = [|"0.0.0.0/0"|] }; await http.PostAsync("https://www.okx.com/api/v5/users/subaccount/apikey", new FormUrlEncodedContent(form));""")]
        [InlineData("""Own.Send("/sapi/v2/sub-account/subAccountApi/ipRestriction", new { email = "bot@corp.test", ipRestrict = [|false|] });""")]
        [InlineData("""await http.PostAsync("https://api.bybit.com/v5/user/create-sub-api", new StringContent([|"{\"subuid\":1001,\"readOnly\":0,\"ips\":[]}"|]));""")]
        [InlineData("""var json = [|"{\"subAcct\":\"bot1\",\"ip\":\"\"}"|]; await http.PostAsync("https://www.okx.com/api/v5/users/subaccount/apikey", new StringContent(json));""")]
        [InlineData("""await http.PostAsync("https://api.binance.com/sapi/v2/sub-account/subAccountApi/ipRestriction", new StringContent([|"{\"email\":\"bot@corp.test\",\"ipRestrict\": false}"|]));""")]
        public Task Reports_unbound_key(string body) => Run(body);

        [Fact]
        public Task Message_names_the_parameter() => Run(
            """await bybit.V5Api.SubAccount.CreateSubAccountApiKeyAsync("1001", false, ipRestrictions: {|#0:"*"|});""",
            Verify.Diagnostic().WithLocation(0).WithArguments("'CreateSubAccountApiKeyAsync'", "'ipRestrictions' allows every address"));

        [Theory]
        [InlineData("""await bybit.V5Api.SubAccount.CreateSubAccountApiKeyAsync("1001", false, ipRestrictions: "203.0.113.7,198.51.100.4");""")]
        [InlineData("""await bybit.V5Api.SubAccount.EditSubAccountApiKeyAsync(apiKey, permissionSpotTrade: true);""")]
        [InlineData("""await bybit.V5Api.SubAccount.EditSubAccountApiKeyAsync(apiKey, ipRestrictions: null);""")]
        [InlineData("""await bybit.V5Api.Account.EditApiKeyAsync(readOnly: true);""")]
        [InlineData("""await bybit.V5Api.Account.GetApiKeyInfoAsync();""")]
        [InlineData("""await kucoin.SpotApi.SubAccount.CreateSubAccountApiKeyAsync("bot", "pass-phrase-1", "bot key", "General", "203.0.113.7");""")]
        [InlineData("""await kucoin.SpotApi.SubAccount.EditSubAccountApiKeyAsync("bot", apiKey, "pass-phrase-1", "General");""")]
        [InlineData("""await htx.SpotApi.SubAccount.CreateApiKeyAsync(otp, 42, "bot", new[] { "readOnly" }, new[] { "203.0.113.7" });""")]
        [InlineData("""await htx.SpotApi.SubAccount.CreateApiKeyAsync(otp, 42, "bot", new[] { "readOnly" }, new List<string> { "203.0.113.7" });""")]
        [InlineData("""var ips = LoadIps(); await htx.SpotApi.SubAccount.CreateApiKeyAsync(otp, 42, "bot", new[] { "readOnly" }, ips); static string[] LoadIps() => new[] { "203.0.113.7" };""")]
        [InlineData("""await htx.SpotApi.SubAccount.GetApiKeyInfoAsync(42, apiKey);""")]
        [InlineData("""await mexc.SpotApi.SubAccount.CreateSubAccountApiKeyAsync("bot1", "bot", new[] { "SPOT_DEAL_WRITE" }, new[] { "203.0.113.7" });""")]
        [InlineData("""await okx.UnifiedApi.SubAccounts.CreateSubAccountApiKeyAsync("bot1", "bot", "pass-phrase-1", ipAddresses: "203.0.113.7");""")]
        [InlineData("""await okx.UnifiedApi.SubAccounts.ResetSubAccountApiKeyAsync("bot1", apiKey, tradePermission: true);""")]
        [InlineData("""await binance.GeneralApi.SubAccount.UpdateIpRestrictionForSubAccountApiKeyAsync("bot@corp.test", apiKey, true, new[] { "203.0.113.7" });""")]
        [InlineData("""await binance.GeneralApi.SubAccount.GetIpRestrictionForSubAccountApiKeyAsync("bot@corp.test", apiKey);""")]
        [InlineData("""await binance.GeneralApi.Brokerage.CreateApiKeyForSubAccountAsync("1", true);""")]
        [InlineData("""await http.PostAsync("https://api.binance.com/sapi/v2/sub-account/subAccountApi/ipRestriction?email=bot%40corp.test&status=2&ipRestrict=true&ipAddress=203.0.113.7", null);""")]
        [InlineData("""await http.PostAsync("https://api.bybit.com/v5/user/create-sub-api", new StringContent("{\"subuid\":1001,\"readOnly\":0,\"ips\":\"203.0.113.7\"}"));""")]
        [InlineData("""var firewall = new Dictionary<string, string> { ["ip"] = "0.0.0.0/0" };""")]
        [InlineData("""var listen = "0.0.0.0";""")]
        [InlineData("""Console.WriteLine("Set ipRestrict=false only for testing");""")]
        [InlineData("""var config = new { ipRestrict = false };""")]
        [InlineData("""var pattern = "*";""")]
        [InlineData("""await http.PostAsync("https://api.binance.com/sapi/v1/sub-account/subAccountApi/ipRestriction/ipList?email=bot%40corp.test&ipAddress=203.0.113.7", null);""")]
        [InlineData("""using var req = new HttpRequestMessage(HttpMethod.Post, "/sapi/v1/sub-account/subAccountApi/ipRestriction/ipList?ipAddress=203.0.113.7"); await http.SendAsync(req);""")]
        [InlineData("""const string RemovePath = "/sapi/v1/sub-account/subAccountApi/ipRestriction/ipList"; Console.WriteLine(RemovePath.Length);""")]
        public Task No_diagnostic(string body) => Run(body);

        [Fact]
        public Task No_diagnostic_for_path_constants_wrappers_and_mock_setups() => RunSource("""
            static class Paths
            {
                public const string IpList = "sapi/v1/sub-account/subAccountApi/ipRestriction/ipList";
                public static readonly string IpListV2 = "/sapi/v1/sub-account/subAccountApi/ipRestriction/ipList";
            }
            class Wrapper
            {
                private readonly HttpClient _http = new HttpClient();
                public Task<HttpResponseMessage> RemoveIpsAsync(string email, IEnumerable<string> ipAddresses) =>
                    _http.DeleteAsync("/sapi/v1/sub-account/subAccountApi/ipRestriction/ipList?email=" + email + "&ipAddress=" + string.Join(",", ipAddresses));
            }
            class Mock<T> { public void Setup(Func<T, Task> call) { } }
            class FakeSetup
            {
                void Arrange(Mock<BinanceRestClient> mock) =>
                    mock.Setup(c => c.GeneralApi.SubAccount.RemoveIpRestrictionForSubAccountApiKeyAsync("bot@corp.test", "k", new[] { "203.0.113.7" }));
            }
            class FakeHandler { public FakeHandler SetupSendAsync(string path, HttpMethod method) => this; public void ReturnsAsync(HttpResponseMessage m) { } }
            class MockedReplies
            {
                void Arrange(FakeHandler handler)
                {
                    var responseContent = "{\"ipRestrict\":\"true\",\"ipList\":[\"\"],\"updateTime\":1636369557189}";
                    handler.SetupSendAsync("/sapi/v1/sub-account/subAccountApi/ipRestriction/ipList", HttpMethod.Delete)
                        .ReturnsAsync(new HttpResponseMessage { Content = new StringContent(responseContent) });
                }
            }
            """);
    }
}
