using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using SecretsAnalyzers.Tests.Stubs;
using Verify = SecretsAnalyzers.Tests.CSharpAnalyzerVerifier<SecretsAnalyzers.Transport.EXK201PlainHttpAnalyzer>;

namespace SecretsAnalyzers.Tests.Transport
{
    /// <summary>EXK201 (http://) through every sink, and the look-alikes that are not endpoints.</summary>
    public class EXK201PlainHttpTests
    {
        internal const string Usings = """
            using System;
            using System.Collections.Generic;
            using System.Net;
            using System.Net.Http;
            using System.Net.WebSockets;
            using System.Threading;
            using System.Threading.Tasks;
            using Microsoft.Extensions.Logging;

            """;

        internal static string InMethod(string body) => Usings + """
            class C
            {
                async Task M(HttpClient client, ILogger logger, string host, string path, string url)
                {
            """ + "\n" + body + """

                    await Task.CompletedTask;
                }
            }
            """;

        internal static string InClass(string members) => Usings + "class C\n{\n" + members + "\n}\n";

        internal static Task Run(string source, string? editorConfig = null, params DiagnosticResult[] expected)
        {
            var test = new Verify.Test { TestCode = source };
            test.AddStub(TransportStubs.All);
            if (editorConfig is not null) test.WithEditorConfig(editorConfig);
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync();
        }

        // ---------------- positives: sinks ----------------

        [Theory]
        [InlineData("""var u = new Uri({|EXK201:"http://gateway.corp.net/api"|});""")]
        [InlineData("""var u = new Uri({|EXK201:"HTTP://gateway.corp.net/api"|}, UriKind.Absolute);""")]
        [InlineData("""var b = new UriBuilder({|EXK201:"http://gateway.corp.net/api"|});""")]
        [InlineData("""var b = new UriBuilder({|EXK201:"http"|}, "gateway.corp.net");""")]
        [InlineData("""var b = new UriBuilder { Scheme = {|EXK201:Uri.UriSchemeHttp|}, Host = "gateway.corp.net" };""")]
        [InlineData("""await client.GetAsync({|EXK201:"http://gateway.corp.net/api/v3/time"|});""")]
        [InlineData("""await client.PostAsync({|EXK201:"http://gateway.corp.net/order"|}, null);""")]
        [InlineData("""await client.PutAsync({|EXK201:"http://gateway.corp.net/order"|}, null);""")]
        [InlineData("""await client.DeleteAsync({|EXK201:"http://gateway.corp.net/order"|});""")]
        [InlineData("""await client.GetStringAsync({|EXK201:"http://gateway.corp.net/ticker"|});""")]
        [InlineData("""await client.GetByteArrayAsync({|EXK201:"http://gateway.corp.net/ticker"|});""")]
        [InlineData("""await client.GetStreamAsync({|EXK201:"http://gateway.corp.net/ticker"|});""")]
        [InlineData("""await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, {|EXK201:"http://gateway.corp.net/ticker"|}));""")]
        [InlineData("""client.BaseAddress = new Uri({|EXK201:"http://gateway.corp.net/"|});""")]
        [InlineData("""var r = WebRequest.Create({|EXK201:"http://gateway.corp.net/ticker"|});""")]
        [InlineData("""var c = new RestSharp.RestClient({|EXK201:"http://gateway.corp.net"|});""")]
        [InlineData("""var o = new RestSharp.RestClientOptions({|EXK201:"http://gateway.corp.net"|});""")]
        [InlineData("""var r = new RestSharp.RestRequest({|EXK201:"http://gateway.corp.net/api/v3/order"|}, RestSharp.Method.Post);""")]
        [InlineData("""var o = new RestSharp.RestClientOptions { BaseUrl = new Uri({|EXK201:"http://gateway.corp.net"|}) };""")]
        [InlineData("""var e = Binance.Net.BinanceEnvironment.CreateCustom("local", {|EXK201:"http://gateway.corp.net"|}, "wss://stream.corp.net", "wss://api.corp.net", null, null, null, null);""")]
        [InlineData("""var a = new Binance.Net.Objects.BinanceApiAddresses { RestClientAddress = {|EXK201:"http://gateway.corp.net"|} };""")]
        [InlineData("""var api = new ExchangeSharp.ExchangeBinanceAPI(); api.BaseUrl = {|EXK201:"http://gateway.corp.net"|};""")]
        [InlineData("""var x = new ccxt.binance(); x.urls = new Dictionary<string, object> { ["api"] = {|EXK201:"http://gateway.corp.net"|} };""")]
        [InlineData("""var cfg = new Alpaca.Markets.AlpacaTradingClientConfiguration { ApiEndpoint = new Uri({|EXK201:"http://gateway.corp.net"|}) };""")]
        [InlineData("""await client.GetAsync({|EXK201:$"http://gateway.corp.net/api/{path}"|});""")]
        [InlineData("""await client.GetAsync({|EXK201:"http://gateway.corp.net/" + path|});""")]
        [InlineData("""await client.GetAsync({|EXK201:$"http://{host}/api"|});""")]
        [InlineData("""await client.GetAsync({|EXK201:"http://" + host + "/api"|});""")]
        [InlineData("""await client.GetAsync({|EXK201:"http://bot:s3cr3t@gateway.corp.net/api"|});""")]
        [InlineData("""await client.GetAsync({|EXK201:"http://localhost.evil.net/api"|});""")]
        [InlineData("""await client.GetAsync({|EXK201:"http://127.0.0.1.nip.io/api"|});""")]
        [InlineData("""var baseUrl = {|EXK201:"http://gateway.corp.net"|};""")]
        [InlineData("""var settings = new Dictionary<string, string?> { ["Exchange:BaseUrl"] = {|EXK201:"http://gateway.corp.net"|} };""")]
        [InlineData("""Environment.SetEnvironmentVariable("APCA_API_BASE_URL", {|EXK201:"http://gateway.corp.net"|});""")]
        [InlineData("""var u = new Uri(url.Length > 0 ? {|EXK201:"http://gateway.corp.net"|} : "https://gateway.corp.net");""")]
        [InlineData("""await client.GetAsync({|EXK201:string.Format("http://gateway.corp.net/{0}", path)|});""")]
        [InlineData("""Uri.TryCreate({|EXK201:"http://gateway.corp.net"|}, UriKind.Absolute, out var parsed);""")]
        [InlineData("""var gateway = "http://gateway.corp.net/api"; var u = new Uri({|EXK201:gateway|});""")]
        [InlineData("""var address = "http://gateway.corp.net/api"; await client.GetAsync({|EXK201:address|});""")]
        [InlineData("""await client.GetAsync({|EXK201:Uri.UriSchemeHttp + "://" + host + "/api"|});""")]
        [InlineData("""var s = new ClientWebSocket(); await s.ConnectAsync(new Uri({|EXK202:Uri.UriSchemeWs + "://" + host|}), CancellationToken.None);""")]
        public Task Reports_plain_http_reaching_a_sink(string body) => Run(InMethod(body));

        [Theory]
        [InlineData("""const string BaseUrl = {|EXK201:"http://gateway.corp.net"|};""")]
        [InlineData("""static readonly string ApiUrl = {|EXK201:"http://gateway.corp.net/api"|};""")]
        [InlineData("""public string RestUrl { get; set; } = {|EXK201:"http://gateway.corp.net"|};""")]
        [InlineData("""public string Endpoint => {|EXK201:"http://gateway.corp.net"|};""")]
        [InlineData("""public string ApiHost { get { return {|EXK201:"http://gateway.corp.net"|}; } }""")]
        [InlineData("""public string Url { get; set; } = {|EXK201:"http://api.binance.com"|};""")]
        [InlineData("""private string _baseAddress = {|EXK201:"http://gateway.corp.net"|};""")]
        [InlineData("""void Connect(string baseUrl = {|EXK201:"http://gateway.corp.net"|}) { }""")]
        [InlineData("""const string Api = {|EXK201:"http://gateway.corp.net"|}; Uri U() => new Uri(Api);""")]
        [InlineData("""public string ServerUrl { get; set; } = {|EXK201:@"http://gateway.corp.net"|};""")]
        [InlineData("""string GetRestUrl() => {|EXK201:"http://gateway.corp.net"|};""")]
        [InlineData("""static readonly string Gateway = {|EXK201:"http://gateway.corp.net"|}; Uri U() => new Uri(Gateway);""")]
        [InlineData("""const string BaseUrl = {|EXK201:"http://gateway.corp.net"|}; Uri U() => new Uri(BaseUrl);""")]
        [InlineData("""const string BaseUrl = {|EXK201:"http://gateway.corp.net"|}; Uri U() => new Uri(BaseUrl + "/api/v3/time");""")]
        [InlineData("""const string Gateway = {|EXK201:"http://gateway.corp.net"|}; Uri U() => new Uri(Gateway + "/api/v3/time");""")]
        [InlineData("""private const string Binance = {|EXK201:"http://api.binance.com"|}; Uri U() => new Uri(Binance + "/api/v3/time");""")]
        [InlineData("""static readonly string[] Mirrors = { "https://api1.binance.com" }; static readonly string Kraken = {|EXK201:"http://api.kraken.com"|};""")]
        public Task Reports_plain_http_in_endpoint_named_member(string members) => Run(InClass(members));

        [Fact]
        public Task Known_exchange_host_is_an_error_with_host_in_message() =>
            Run(InMethod("""var u = new Uri({|#0:"http://api.binance.com/api/v3/time"|});"""), null,
                Verify.Diagnostic("EXK201").WithLocation(0).WithSeverity(DiagnosticSeverity.Error).WithArguments("'new Uri'", "api.binance.com"));

        [Fact]
        public Task Unknown_host_is_a_warning() =>
            Run(InMethod("""var u = new Uri({|#0:"http://gateway.corp.net/api"|});"""), null,
                Verify.Diagnostic("EXK201").WithLocation(0).WithSeverity(DiagnosticSeverity.Warning).WithArguments("'new Uri'", "gateway.corp.net"));

        [Fact]
        public Task Message_names_the_member_and_never_the_userinfo() =>
            Run(InClass("""public string BaseUrl { get; set; } = {|#0:"http://bot:pw0rd@api.kraken.com/0/private"|};"""), null,
                Verify.Diagnostic("EXK201").WithLocation(0).WithSeverity(DiagnosticSeverity.Error).WithArguments("'C.BaseUrl'", "api.kraken.com"));

        [Theory]
        [InlineData("http://FAKEKEYuserinfo:pa/ss@api.binance.com/api/v3/time")]
        [InlineData("http://FAKEKEYuserinfo:pa?ss@api.binance.com")]
        [InlineData("http://FAKEKEYuserinfo:pa#ss@api.binance.com/")]
        [InlineData(@"http://FAKEKEYuserinfo:pa\ss@api.binance.com")]
        [InlineData("http://FAKEKEYuserinfo:12/34@api.binance.com")]
        [InlineData("http://FAKEKEY/userinfo@api.binance.com/api")]
        [InlineData("http://FAKEKEYuserinfo:p@ss/w@api.binance.com:80/api")]
        public Task Password_with_a_path_character_is_userinfo_never_the_host(string url) =>
            Run(InMethod("var u = new Uri({|#0:@\"" + url + "\"|});"), null,
                Verify.Diagnostic("EXK201").WithLocation(0).WithSeverity(DiagnosticSeverity.Error).WithArguments("'new Uri'", "api.binance.com"));

        [Theory]
        [InlineData("http://FAKEKEYuserinfo:pa/ss@gateway.corp.net/api", "gateway.corp.net")]
        [InlineData("http://api.corp.net/notify?mail=desk@corp.io", "api.corp.net")]
        [InlineData("http://bot:pw@api.corp.net/notify?mail=desk@corp.io", "api.corp.net")]
        [InlineData("http://api.corp.net:8080/users/@me", "api.corp.net")]
        public Task Host_is_read_after_the_last_userinfo_at_and_not_from_the_query(string url, string host) =>
            Run(InMethod("var u = new Uri({|#0:\"" + url + "\"|});"), null,
                Verify.Diagnostic("EXK201").WithLocation(0).WithSeverity(DiagnosticSeverity.Warning).WithArguments("'new Uri'", host));

        [Theory]
        [InlineData("""var u = new Uri("http://localhost:5000/users/@me");""")]
        [InlineData("""var u = new Uri("http://127.0.0.1:5000/subscribe?mail=desk@corp.io");""")]
        [InlineData("""var u = new Uri("http://FAKEKEYuserinfo:pa/ss@localhost:9000/");""")]
        public Task At_sign_in_path_or_query_of_a_loopback_url_or_loopback_after_userinfo_is_silent(string body) => Run(InMethod(body));

        [Fact]
        public Task Prefix_ending_in_a_password_has_a_computed_host_not_the_user_name() =>
            Run(InMethod("""var u = new Uri({|#0:"http://FAKEKEYuserinfo:" + path + "@api.binance.com"|});"""), null,
                Verify.Diagnostic("EXK201").WithLocation(0).WithSeverity(DiagnosticSeverity.Warning).WithArguments("'new Uri'", "(computed host)"));

        [Theory]
        [InlineData("http://fapi.binance.com")]
        [InlineData("http://api.exchange.coinbase.com")]
        [InlineData("http://www.okx.com/api/v5")]
        [InlineData("http://api.bybit.com/v5")]
        [InlineData("http://api.gateio.ws/api/v4")]
        [InlineData("http://paper-api.alpaca.markets")]
        [InlineData("http://api.crypto.com/exchange/v1")]
        public Task Every_catalog_exchange_host_is_an_error(string url) =>
            Run(InMethod("var u = new Uri({|#0:\"" + url + "\"|});"), null,
                Verify.Diagnostic("EXK201").WithLocation(0).WithSeverity(DiagnosticSeverity.Error).WithArguments("'new Uri'", new System.Uri(url).Host));

        // ---------------- negatives ----------------

        [Theory]
        [InlineData("""var u = new Uri("https://api.binance.com/api/v3/time");""")]
        [InlineData("""await client.GetAsync("https://gateway.corp.net/api");""")]
        [InlineData("""var u = new Uri("http://localhost:5000/api");""")]
        [InlineData("""var u = new Uri("http://LOCALHOST/api");""")]
        [InlineData("""var u = new Uri("http://exchange.localhost:8080/");""")]
        [InlineData("""var u = new Uri("http://127.0.0.1:8545/");""")]
        [InlineData("""var u = new Uri("http://127.12.0.3/");""")]
        [InlineData("""var u = new Uri("http://[::1]:8080/");""")]
        [InlineData("""var u = new Uri("http://[0:0:0:0:0:0:0:1]/");""")]
        [InlineData("""var u = new Uri("http://0.0.0.0:9000/");""")]
        [InlineData("""var u = new Uri("http://admin:pw@localhost:9000/");""")]
        [InlineData("""var u = new Uri($"http://localhost:{path}/api");""")]
        [InlineData("""var ns = new Uri("http://www.w3.org/2001/XMLSchema");""")]
        [InlineData("""var ns = new Uri("http://schemas.xmlsoap.org/soap/envelope/");""")]
        [InlineData("""var ns = new Uri("http://schemas.datacontract.org/2004/07/Exchange.Contracts");""")]
        [InlineData("""var m = new System.Xml.XmlNamespaceManager(new System.Xml.NameTable()); m.AddNamespace("atom", "http://feeds.corp.net/2005/Atom");""")]
        [InlineData("""var n = System.Xml.Linq.XNamespace.Get("http://feeds.corp.net/2005/Atom");""")]
        [InlineData("""System.Xml.Linq.XNamespace n = "http://feeds.corp.net/2005/Atom";""")]
        [InlineData("""var u = new Uri("http://localhost.:5000/");""")]
        [InlineData("""var u = new Uri("http://[::ffff:127.0.0.1]:5000/");""")]
        [InlineData("""var isPlain = url.StartsWith("http://", StringComparison.OrdinalIgnoreCase);""")]
        [InlineData("""var fixedUrl = url.Replace("http://", "https://");""")]
        [InlineData("""if (url == "http://gateway.corp.net") { }""")]
        [InlineData("""logger.LogInformation("Falling back from http://gateway.corp.net to https");""")]
        [InlineData("""logger.LogWarning("Endpoint {Url} is plain", "http://gateway.corp.net");""")]
        [InlineData("""Console.WriteLine("Open http://gateway.corp.net/status in a browser");""")]
        [InlineData("""throw new InvalidOperationException("Use https instead of http://gateway.corp.net");""")]
        [InlineData("""var proxy = new WebProxy("http://proxy.corp.net:3128");""")]
        [InlineData("""var helpUrl = "http://docs.corp.net/help";""")]
        [InlineData("""var prefix = "http://";""")]
        [InlineData("""var x = new ccxt.binance(); x.urls = new Dictionary<string, object> { ["www"] = "http://www.corp.net", ["doc"] = new List<object> { "http://docs.corp.net" }, ["api"] = "https://api.corp.net" };""")]
        [InlineData("""var r = new RestSharp.RestRequest("api/v3/order", RestSharp.Method.Post);""")]
        [InlineData("""var message = "http://gateway.corp.net is down";""")]
        [InlineData("""var ok = Uri.IsWellFormedUriString("http://gateway.corp.net", UriKind.Absolute);""")]
        [InlineData("""var u = new Uri("wss://stream.binance.com:9443/ws");""")]
        [InlineData("""var u = new Uri(url);""")]
        [InlineData("""var u = new Uri("http://example.com/sample");""")]
        [InlineData("""var listener = new HttpListener(); listener.Prefixes.Add("http://+:8080/");""")]
        [InlineData("""var key = "http://gateway.corp.net"; var map = new Dictionary<string, string>(); var hit = map[key]; var hit2 = map["http://gateway.corp.net"];""")]
        [InlineData("""var payload = new { callbackUrl = "http://hooks.corp.net/fill", referrer = "http://www.corp.net" };""")]
        public Task No_diagnostic_for_non_endpoint_or_safe_url(string body) => Run(InMethod(body));

        [Theory]
        [InlineData("/// <summary>Calls http://gateway.corp.net/api.</summary>\nconst string Note = \"see docs\";")]
        [InlineData("// const string BaseUrl = \"http://gateway.corp.net\";\nconst string Other = \"x\";")]
        [InlineData("""[Obsolete("Use https://, not http://gateway.corp.net")] void Old() { }""")]
        [InlineData("""const string XmlNamespace = "http://schemas.microsoft.com/winfx/2006/xaml";""")]
        [InlineData("""const string Xmlns = "http://www.w3.org/2000/xmlns/";""")]
        [InlineData("""const string LicenseUrl = "http://opensource.org/licenses/MIT";""")]
        [InlineData("""const string BaseUrl = "https://api.binance.com";""")]
        [InlineData("""const string Description = "Talks to http://gateway.corp.net";""")]
        [InlineData("""const string Notice = "Binance moved http://api.binance.com to https";""")]
        [InlineData("""const string Gateway = "http://gateway.corp.net";""")]
        public Task No_diagnostic_for_comments_docs_attributes_and_namespaces(string members) => Run(InClass(members));

        // A member merely named Url/Uri/Host is no endpoint: links and icons in data tables, browser helpers, proxies, mocks.
        [Theory]
        [InlineData("""public string Url { get; set; } = "http://www.corp.net/coins/btc";""")]
        [InlineData("""public string Host => "http://www.corp.net";""")]
        [InlineData("""public string IconUri { get; } = "http://icons.corp.net/btc.png";""")]
        [InlineData("""sealed class Coin { public string Symbol = ""; public string Url = ""; } Coin[] Table() => new[] { new Coin { Symbol = "BTC", Url = "http://www.corp.net/btc" } };""")]
        [InlineData("""Dictionary<string, string> Links() => new Dictionary<string, string> { { "Url", "http://www.corp.net" } };""")]
        [InlineData("""static void OpenBrowser(string url) { } void Help() => OpenBrowser("http://www.corp.net/help");""")]
        [InlineData("""static void OpenUrl(string url) { } void Help() => OpenUrl("http://www.corp.net/help");""")]
        [InlineData("""sealed class ApiProxy { public ApiProxy(string host, int port) { } } ApiProxy P() => new ApiProxy("http://proxy.corp.net", 8080);""")]
        [InlineData("""sealed class MockHttpMessageHandler { public MockHttpMessageHandler When(string url) => this; } void Arrange(MockHttpMessageHandler h) => h.When("http://gateway.corp.net/api/v3/time");""")]
        public Task No_diagnostic_for_links_proxies_browsers_and_mocks(string members) => Run(InClass(members));

        [Theory]
        [InlineData("secrets_analyzers.EXK201.allowed_hosts = gateway.corp.net")]
        [InlineData("secrets_analyzers.allowed_hosts = *.corp.net")]
        [InlineData("secrets_analyzers.EXK201.allowed_hosts = other.net, .corp.net")]
        public Task No_diagnostic_for_allowed_hosts_from_editorconfig(string config) =>
            Run(InMethod("""var u = new Uri("http://gateway.corp.net/api");"""), config);

        [Fact]
        public Task Allowed_hosts_of_another_rule_do_not_apply() =>
            Run(InMethod("""var u = new Uri({|EXK201:"http://gateway.corp.net/api"|});"""),
                "secrets_analyzers.EXK202.allowed_hosts = gateway.corp.net");

        [Fact]
        public Task Test_projects_report_one_level_lower()
        {
            var test = new Verify.Test { TestCode = InMethod("""
                var a = new Uri({|#0:"http://api.binance.com/api/v3/time"|});
                var b = new Uri({|#1:"http://gateway.corp.net/api"|});
                """) };
            test.TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(FactAttribute).Assembly.Location));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic("EXK201").WithLocation(0).WithSeverity(DiagnosticSeverity.Warning).WithArguments("'new Uri'", "api.binance.com"));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic("EXK201").WithLocation(1).WithSeverity(DiagnosticSeverity.Info).WithArguments("'new Uri'", "gateway.corp.net"));
            return test.RunAsync();
        }

        [Fact]
        public Task Survives_broken_code() =>
            Run(InClass("""
                void M() { var u = new Uri("http://gateway.corp.net/api", {|CS0103:undefinedThing|}); var v = new {|CS0246:Missing|}("http://gateway.corp.net"); }
                """));
    }
}
