using System.Threading.Tasks;
using Verify = SecretsAnalyzers.Tests.CSharpAnalyzerVerifier<SecretsAnalyzers.Permissions.EXK303IpWhitelistAnalyzer>;

namespace SecretsAnalyzers.Tests.Permissions
{
    /// <summary>
    /// EXK303 in every position an IP binding can sit in (issue 10, "positions every family sees"): one positive row per
    /// position and a look-alike that must stay silent (a real address list, a request that is no key-management call,
    /// a firewall or listener setting). The first argument names the position; it labels the position matrix.
    /// </summary>
    public class EXK303PositionTests
    {
        private const string Models = """

            sealed class SubApiRequest { public long Subuid { get; set; } public string Ips { get; set; } = ""; }
            sealed class SubKeyRequest { public string SubName { get; set; } = ""; public List<string> AllowedIps { get; set; } = new(); }
            sealed class FirewallRule { public List<string> AllowedIps { get; set; } = new(); }
            record IpRestrictionRequest(string Email, bool IpRestrict = true);
            """;

        private const string BinanceIpPath = "\"https://api.binance.com/sapi/v2/sub-account/subAccountApi/ipRestriction\"";

        private static Task Run(string body)
        {
            var test = new Verify.Test { TestCode = PermissionTestCode.InMethod(body) + Models };
            foreach (var stub in PermissionTestCode.Stubs) test.AddStub(stub);
            return test.RunAsync();
        }

        [Theory]
        [InlineData("positional argument", """await kucoin.SpotApi.SubAccount.CreateSubAccountApiKeyAsync("bot", "pass-phrase-1", "bot key", "General", [|"*"|]);""")]
        [InlineData("named argument", """await okx.UnifiedApi.SubAccounts.CreateSubAccountApiKeyAsync("bot1", "bot", "pass-phrase-1", ipAddresses: [|"0.0.0.0/0"|]);""")]
        [InlineData("named argument: collection expression", """await htx.SpotApi.SubAccount.CreateApiKeyAsync(otp, 42, "bot", new[] { "readOnly" }, ipAddresses: [|[]|]);""")]
        [InlineData("local initializer flowing into a key API", """var ips = "*"; await kucoin.SpotApi.SubAccount.CreateSubAccountApiKeyAsync("bot", "pass-phrase-1", "bot key", "General", [|ips|]);""")]
        [InlineData("object initializer member", """var body = new SubApiRequest { Subuid = 1001, Ips = [|"*"|] }; await http.PostAsync("https://api.bybit.com/v5/user/create-sub-api", new StringContent(body.ToString()!));""")]
        [InlineData("object initializer member: IpRestrict = false", """var p = new BinanceAPIKeyPermissions { IpRestrict = [|false|] }; await http.PostAsync(""" + BinanceIpPath + """, null);""")]
        [InlineData("object initializer member: AllowedIps = new List<string>()", """var body = new SubKeyRequest { SubName = "bot", AllowedIps = [|new List<string>()|] }; await http.PostAsync("https://api.kucoin.com/api/v1/sub/api-key", new StringContent(body.ToString()!));""")]
        [InlineData("record named argument", """var r = new IpRestrictionRequest("bot@corp.test", IpRestrict: [|false|]); await http.PostAsync(""" + BinanceIpPath + """, null);""")]
        [InlineData("with initializer member", """var r = new IpRestrictionRequest("bot@corp.test") with { IpRestrict = [|false|] }; await http.PostAsync(""" + BinanceIpPath + """, null);""")]
        [InlineData("anonymous object member", """Own.Send("/sapi/v2/sub-account/subAccountApi/ipRestriction", new { email = "bot@corp.test", ipRestrict = [|false|] });""")]
        [InlineData("dictionary { k, v }", """var form = new Dictionary<string, string> { { "email", "bot@corp.test" }, { "ipRestrict", [|"false"|] } }; await http.PostAsync(""" + BinanceIpPath + """, new FormUrlEncodedContent(form));""")]
        [InlineData("dictionary [k] = v", """var form = new Dictionary<string, string> { ["subAcct"] = "bot1", ["ip"] = [|"0.0.0.0/0"|] }; await http.PostAsync("https://www.okx.com/api/v5/users/subaccount/apikey", new FormUrlEncodedContent(form));""")]
        [InlineData("dictionary Add(k, v)", """var form = new Dictionary<string, string>(); form.Add("ips", [|"*"|]); await http.PostAsync("https://api.bybit.com/v5/user/create-sub-api", new FormUrlEncodedContent(form));""")]
        [InlineData("KeyValuePair", """var pair = new KeyValuePair<string, string>("ipWhitelist", [|"*"|]); await http.PostAsync("https://api.kucoin.com/api/v1/sub/api-key", new FormUrlEncodedContent(new[] { pair }));""")]
        [InlineData("tuple as list value (key, value)", """var form = new List<(string, string)> { ("email", "bot@corp.test"), ("ipRestrict", [|"false"|]) }; await http.PostAsync(""" + BinanceIpPath + """, null);""")]
        [InlineData("nested dictionary", """var body = new Dictionary<string, object> { ["subuid"] = 1001, ["params"] = new Dictionary<string, object> { ["ips"] = [|"*"|] } }; await http.PostAsync("https://api.bybit.com/v5/user/create-sub-api", new StringContent(body.ToString()!));""")]
        [InlineData("interpolation", """var email = "bot@corp.test"; await http.PostAsync($"https://api.binance.com/sapi/v2/sub-account/subAccountApi/ipRestriction?email={email}{|EXK303:&status=1&ipRestrict=false|}", null);""")]
        [InlineData("concatenation", """await http.PostAsync("https://api.binance.com/sapi/v2/sub-account/subAccountApi/ipRestriction?email=" + apiKey + [|"&ipRestrict=false"|], null);""")]
        public Task Reports_unbound_key(string position, string body)
        {
            _ = position;
            return Run(body);
        }

        [Theory]
        [InlineData("positional argument", """await kucoin.SpotApi.SubAccount.CreateSubAccountApiKeyAsync("bot", "pass-phrase-1", "bot key", "General", "203.0.113.7");""")]
        [InlineData("named argument", """await okx.UnifiedApi.SubAccounts.CreateSubAccountApiKeyAsync("bot1", "bot", "pass-phrase-1", ipAddresses: "203.0.113.7");""")]
        [InlineData("named argument: collection expression", """await htx.SpotApi.SubAccount.CreateApiKeyAsync(otp, 42, "bot", new[] { "readOnly" }, ipAddresses: ["203.0.113.7"]);""")]
        [InlineData("local initializer flowing into a key API", """var ips = "203.0.113.7"; await kucoin.SpotApi.SubAccount.CreateSubAccountApiKeyAsync("bot", "pass-phrase-1", "bot key", "General", ips); var pattern = "*"; Console.WriteLine(pattern);""")]
        [InlineData("object initializer member", """var body = new SubApiRequest { Subuid = 1001, Ips = "203.0.113.7" }; await http.PostAsync("https://api.bybit.com/v5/user/create-sub-api", new StringContent(body.ToString()!));""")]
        [InlineData("object initializer member: IpRestrict = false", """var p = new BinanceAPIKeyPermissions { IpRestrict = false }; Console.WriteLine(p.IpRestrict);""")]
        [InlineData("object initializer member: AllowedIps = new List<string>()", """var body = new SubKeyRequest { SubName = "bot", AllowedIps = new List<string> { "203.0.113.7" } }; await http.PostAsync("https://api.kucoin.com/api/v1/sub/api-key", new StringContent(body.ToString()!));""")]
        [InlineData("record named argument", """var r = new IpRestrictionRequest("bot@corp.test", IpRestrict: true); await http.PostAsync(""" + BinanceIpPath + """, null);""")]
        [InlineData("with initializer member", """var r = new IpRestrictionRequest("bot@corp.test") with { IpRestrict = false }; Console.WriteLine(r);""")]
        [InlineData("anonymous object member", """var config = new { ipRestrict = false };""")]
        [InlineData("dictionary { k, v }", """var form = new Dictionary<string, string> { { "email", "bot@corp.test" }, { "ipRestrict", "true" } }; await http.PostAsync(""" + BinanceIpPath + """, new FormUrlEncodedContent(form));""")]
        [InlineData("dictionary [k] = v", """var firewall = new Dictionary<string, string> { ["ip"] = "0.0.0.0/0" };""")]
        [InlineData("dictionary Add(k, v)", """var form = new Dictionary<string, string>(); form.Add("ips", "203.0.113.7"); await http.PostAsync("https://api.bybit.com/v5/user/create-sub-api", new FormUrlEncodedContent(form));""")]
        [InlineData("KeyValuePair", """var pair = new KeyValuePair<string, string>("ipWhitelist", "*"); Console.WriteLine(pair);""")]
        [InlineData("tuple as list value (key, value)", """var form = new List<(string, string)> { ("email", "bot@corp.test"), ("ipRestrict", "true") }; await http.PostAsync(""" + BinanceIpPath + """, null);""")]
        [InlineData("nested dictionary", """var body = new Dictionary<string, object> { ["subuid"] = 1001, ["params"] = new Dictionary<string, object> { ["ips"] = "203.0.113.7" } }; await http.PostAsync("https://api.bybit.com/v5/user/create-sub-api", new StringContent(body.ToString()!));""")]
        [InlineData("interpolation", """var email = "bot@corp.test"; await http.PostAsync($"https://api.binance.com/sapi/v2/sub-account/subAccountApi/ipRestriction?email={email}&status=2&ipRestrict=true&ipAddress=203.0.113.7", null);""")]
        [InlineData("concatenation", """Console.WriteLine("Set " + "ipRestrict=false" + " only for testing");""")]
        public Task Silent(string position, string body)
        {
            _ = position;
            return Run(body);
        }

        // The key endpoint is looked for in the same block (as for literals): an empty list in a block that sends nothing
        // to a key-management endpoint is a firewall or listener setting.
        [Fact]
        public Task Silent_for_an_empty_address_list_away_from_key_management() =>
            Run("""var rule = new FirewallRule { AllowedIps = new List<string>() }; var open = new Dictionary<string, object> { ["ips"] = new string[0] };""");
    }
}
