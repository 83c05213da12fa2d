using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using SecretsAnalyzers.Tests.Stubs;
using Verify = SecretsAnalyzers.Tests.CSharpAnalyzerVerifier<SecretsAnalyzers.Transport.EXK201PlainHttpAnalyzer>;

namespace SecretsAnalyzers.Tests.Transport
{
    /// <summary>
    /// EXK201/EXK202 in every position a value can sit in (issue 10, "positions every family sees"): one positive row
    /// per position, and a look-alike row that must stay silent (loopback, https, a link or icon, a non-endpoint name).
    /// The first argument names the position; it is the row's label in the position matrix.
    /// </summary>
    public class EXK201PositionTests
    {
        private static string InMethod(string body) => EXK201PlainHttpTests.InMethod(body);

        private static string InClass(string members) => EXK201PlainHttpTests.InClass(members);

        private static Task Run(string source, bool topLevel = false)
        {
            var test = new Verify.Test { TestCode = source };
            test.AddStub(TransportStubs.All);
            if (topLevel) test.TestState.OutputKind = OutputKind.ConsoleApplication;
            return test.RunAsync();
        }

        // ---------------- statements in a method body ----------------

        [Theory]
        [InlineData("local initializer", """var apiUrl = {|EXK201:"http://gateway.corp.net"|};""")]
        [InlineData("local assignment", """string restUrl; restUrl = {|EXK201:"http://gateway.corp.net"|}; Console.WriteLine(restUrl);""")]
        [InlineData("local const", """const string BaseUrl = {|EXK201:"http://gateway.corp.net"|}; await client.GetAsync(BaseUrl + "/api/v3/time");""")]
        [InlineData("compound assignment +=", """string baseUrl = ""; baseUrl += {|EXK201:"http://gateway.corp.net"|}; Console.WriteLine(baseUrl);""")]
        [InlineData("local function return", """string GetApiUrl() => {|EXK201:"http://gateway.corp.net"|}; await client.GetAsync(GetApiUrl());""")]
        [InlineData("lambda parameter default", """var connect = (string baseUrl = {|EXK201:"http://gateway.corp.net"|}) => new Uri(baseUrl);""")]
        [InlineData("positional argument", """var c = new RestSharp.RestClient({|EXK201:"http://gateway.corp.net"|});""")]
        [InlineData("named argument", """var e = Binance.Net.BinanceEnvironment.CreateCustom("local", spotSocketStreamsAddress: "wss://stream.corp.net", spotRestAddress: {|EXK201:"http://gateway.corp.net"|}, spotSocketApiAddress: "wss://api.corp.net", blvtSocketAddress: null, usdFuturesRestAddress: null, usdFuturesSocketAddress: null, usdFuturesSocketApiAddress: null);""")]
        [InlineData("anonymous object member", """var cfg = new { BaseUrl = {|EXK201:"http://gateway.corp.net"|}, Name = "bot" };""")]
        [InlineData("collection initializer element", """var restEndpoints = new List<string> { {|EXK201:"http://gateway.corp.net"|}, "https://backup.corp.net" };""")]
        [InlineData("collection expression element", """List<string> restEndpoints = [{|EXK201:"http://gateway.corp.net"|}];""")]
        [InlineData("array element", """var apiUrls = new[] { "https://backup.corp.net", {|EXK201:"http://gateway.corp.net"|} };""")]
        [InlineData("array element, exchange host", """var mirrors = new[] { {|EXK201:"http://api1.binance.com"|} };""")]
        [InlineData("dictionary { k, v }", """var settings = new Dictionary<string, string> { { "Exchange:BaseUrl", {|EXK201:"http://gateway.corp.net"|} } };""")]
        [InlineData("dictionary [k] = v", """var settings = new Dictionary<string, string?> { ["Exchange:RestUrl"] = {|EXK201:"http://gateway.corp.net"|} };""")]
        [InlineData("dictionary Add(k, v)", """var settings = new Dictionary<string, string>(); settings.Add("Exchange:ApiUrl", {|EXK201:"http://gateway.corp.net"|});""")]
        [InlineData("KeyValuePair", """var pair = new KeyValuePair<string, string>("Exchange:BaseUrl", {|EXK201:"http://gateway.corp.net"|});""")]
        [InlineData("KeyValuePair.Create", """var pair = KeyValuePair.Create("Exchange:BaseUrl", {|EXK201:"http://gateway.corp.net"|});""")]
        [InlineData("nested dictionary: ccxt urls assigned", """var x = new ccxt.binance(); x.urls = new Dictionary<string, object> { ["api"] = new Dictionary<string, object> { ["public"] = {|EXK201:"http://gateway.corp.net/public"|}, ["private"] = {|EXK201:"http://gateway.corp.net/private"|} }, ["www"] = "http://www.corp.net" };""")]
        [InlineData("nested dictionary: ccxt urls in the constructor config", """var x = new ccxt.binance(new Dictionary<string, object> { ["urls"] = new Dictionary<string, object> { ["api"] = new Dictionary<string, object> { ["public"] = {|EXK201:"http://gateway.corp.net/public"|} }, ["doc"] = "http://docs.corp.net" } });""")]
        [InlineData("tuple as dictionary value", """var venues = new Dictionary<string, (string RestUrl, string WsUrl)> { ["corp"] = ({|EXK201:"http://gateway.corp.net"|}, {|EXK202:"ws://stream.corp.net"|}) };""")]
        [InlineData("named tuple element", """var endpoints = (Api: {|EXK201:"http://gateway.corp.net"|}, Ws: {|EXK202:"ws://stream.corp.net"|});""")]
        [InlineData("unnamed tuple element, exchange host", """var venue = ("binance", {|EXK201:"http://api.binance.com"|});""")]
        [InlineData("concatenation", """await client.GetAsync({|EXK201:"http://gateway.corp.net/" + path|});""")]
        [InlineData("interpolation", """await client.GetAsync({|EXK201:$"http://gateway.corp.net/{path}"|});""")]
        [InlineData("string.Format", """await client.GetAsync({|EXK201:string.Format("http://{0}/api", host)|});""")]
        [InlineData("string.Concat", """await client.GetAsync({|EXK201:string.Concat("http://", host, "/api/v3/time")|});""")]
        [InlineData("StringBuilder.Append chain", """await client.GetAsync({|EXK201:new System.Text.StringBuilder().Append("http://").Append(host).Append("/api").ToString()|});""")]
        [InlineData("StringBuilder constructor", """await client.GetAsync({|EXK201:new System.Text.StringBuilder("http://gateway.corp.net").Append(path).ToString()|});""")]
        [InlineData("UriBuilder", """var u = new UriBuilder({|EXK201:"http"|}, "gateway.corp.net", 8080).Uri;""")]
        [InlineData("new Uri(base, relative)", """var u = new Uri(new Uri({|EXK201:"http://gateway.corp.net"|}), "api/v3/time");""")]
        [InlineData("new Uri(base, absolute relative)", """var u = new Uri(new Uri("https://gateway.corp.net"), {|EXK201:"http://other.corp.net/api"|});""")]
        public Task Reports_in_method_body(string position, string body)
        {
            _ = position;
            return Run(InMethod(body));
        }

        [Theory]
        [InlineData("local initializer", """var apiUrl = "http://localhost:8080";""")]
        [InlineData("local assignment", """string restUrl; restUrl = "https://gateway.corp.net"; Console.WriteLine(restUrl);""")]
        [InlineData("local const", """const string HelpUrl = "http://docs.corp.net/help"; Console.WriteLine(HelpUrl);""")]
        [InlineData("compound assignment +=", """string baseUrl = "https://gateway.corp.net"; baseUrl += "/api/v3"; baseUrl += "http://localhost";""")]
        [InlineData("local function return", """string GetHelpUrl() => "http://docs.corp.net"; Console.WriteLine(GetHelpUrl());""")]
        [InlineData("lambda parameter default", """var open = (string helpUrl = "http://docs.corp.net") => helpUrl;""")]
        [InlineData("positional argument", """var c = new RestSharp.RestClient("http://127.0.0.1:8080");""")]
        [InlineData("named argument", """var e = Binance.Net.BinanceEnvironment.CreateCustom("local", spotSocketStreamsAddress: "wss://stream.corp.net", spotRestAddress: "https://gateway.corp.net", spotSocketApiAddress: "wss://api.corp.net", blvtSocketAddress: null, usdFuturesRestAddress: null, usdFuturesSocketAddress: null, usdFuturesSocketApiAddress: null);""")]
        [InlineData("anonymous object member", """var cfg = new { HelpUrl = "http://docs.corp.net", IconUrl = "http://icons.corp.net/btc.png" };""")]
        [InlineData("collection initializer element", """var links = new List<string> { "http://www.corp.net", "http://docs.corp.net" };""")]
        [InlineData("collection expression element", """List<string> restEndpoints = ["https://gateway.corp.net", "http://localhost:5000"];""")]
        [InlineData("array element", """var iconUrls = new[] { "http://icons.corp.net/btc.png" };""")]
        [InlineData("array element, exchange host", """var mirrors = new[] { "https://api1.binance.com" };""")]
        [InlineData("dictionary { k, v }", """var settings = new Dictionary<string, string> { { "Exchange:HelpUrl", "http://docs.corp.net" } };""")]
        [InlineData("dictionary [k] = v", """var settings = new Dictionary<string, string?> { ["Exchange:LogoUrl"] = "http://icons.corp.net/logo.png" };""")]
        [InlineData("dictionary Add(k, v)", """var settings = new Dictionary<string, string>(); settings.Add("Title", "http://gateway.corp.net");""")]
        [InlineData("KeyValuePair", """var pair = new KeyValuePair<string, string>("Exchange:HelpUrl", "http://docs.corp.net");""")]
        [InlineData("KeyValuePair.Create", """var pair = KeyValuePair.Create("Exchange:BaseUrl", "http://localhost:5000");""")]
        [InlineData("nested dictionary: ccxt urls assigned", """var x = new ccxt.binance(); x.urls = new Dictionary<string, object> { ["api"] = new Dictionary<string, object> { ["public"] = "https://gateway.corp.net/public" }, ["www"] = "http://www.corp.net", ["doc"] = new List<object> { "http://docs.corp.net" } };""")]
        [InlineData("nested dictionary: ccxt urls in the constructor config", """var x = new ccxt.binance(new Dictionary<string, object> { ["urls"] = new Dictionary<string, object> { ["api"] = "https://gateway.corp.net", ["www"] = "http://www.corp.net" } });""")]
        [InlineData("tuple as dictionary value", """var links = new Dictionary<string, (string Title, string Link)> { ["help"] = ("Help", "http://docs.corp.net") };""")]
        [InlineData("named tuple element", """var pair = (Title: "Docs", Link: "http://docs.corp.net");""")]
        [InlineData("unnamed tuple element, exchange host", """var venue = ("corp", "http://www.corp.net");""")]
        [InlineData("concatenation", """await client.GetAsync("https://gateway.corp.net/" + path);""")]
        [InlineData("interpolation", """await client.GetAsync($"http://localhost:5000/{path}");""")]
        [InlineData("string.Format", """logger.LogInformation(string.Format("http://{0}/api is down", host));""")]
        [InlineData("string.Concat", """await client.GetAsync(string.Concat("https://", host, "/api/v3/time")); logger.LogWarning(string.Concat("http://", host, " is down"));""")]
        [InlineData("StringBuilder.Append chain", """await client.GetAsync(new System.Text.StringBuilder().Append("https://").Append(host).ToString());""")]
        [InlineData("StringBuilder constructor", """var note = new System.Text.StringBuilder("http://gateway.corp.net").Append(" is down").ToString(); logger.LogWarning(note);""")]
        [InlineData("UriBuilder", """var u = new UriBuilder("http", "localhost", 5000).Uri;""")]
        [InlineData("new Uri(base, relative)", """var u = new Uri(new Uri("https://gateway.corp.net"), "api/v3/time");""")]
        [InlineData("new Uri(base, absolute relative)", """var u = new Uri(new Uri("https://gateway.corp.net"), "http://localhost:5000/api");""")]
        public Task Silent_in_method_body(string position, string body)
        {
            _ = position;
            return Run(InMethod(body));
        }

        // ---------------- members of a type ----------------

        [Theory]
        [InlineData("field initializer", """private readonly string _baseAddress = {|EXK201:"http://gateway.corp.net"|};""")]
        [InlineData("field assignment", """private readonly string _restUrl; public C() { _restUrl = {|EXK201:"http://gateway.corp.net"|}; }""")]
        [InlineData("property initializer", """public string RestUrl { get; set; } = {|EXK201:"http://gateway.corp.net"|};""")]
        [InlineData("property assignment", """public string ApiUrl { get; set; } = ""; void Init() { ApiUrl = {|EXK201:"http://gateway.corp.net"|}; }""")]
        [InlineData("const", """public const string BaseUrl = {|EXK201:"http://gateway.corp.net"|};""")]
        [InlineData("get => accessor", """public string ApiUrl { get => {|EXK201:"http://gateway.corp.net"|}; }""")]
        [InlineData("set accessor body", """private string _baseUrl = ""; public bool UseTestnet { set { _baseUrl = value ? {|EXK201:"http://testnet.corp.net"|} : "https://api.corp.net"; } }""")]
        [InlineData("return of a named method", """string GetRestUrl() { return {|EXK201:"http://gateway.corp.net"|}; }""")]
        [InlineData("method parameter default", """void Connect(string baseUrl = {|EXK201:"http://gateway.corp.net"|}) { }""")]
        [InlineData("constructor parameter default", """public C(string baseUrl = {|EXK201:"http://gateway.corp.net"|}) { }""")]
        [InlineData("primary constructor parameter default", """sealed class Client(string baseUrl = {|EXK201:"http://gateway.corp.net"|}) { public string BaseUrl => baseUrl; }""")]
        [InlineData("record parameter default", """record ExchangeOptions(string BaseUrl = {|EXK201:"http://gateway.corp.net"|});""")]
        [InlineData("record positional argument", """record ExchangeOptions(string BaseUrl); ExchangeOptions O() => new ExchangeOptions({|EXK201:"http://gateway.corp.net"|});""")]
        [InlineData("record named argument", """record ExchangeUrls(string Rest, string Socket); ExchangeUrls U() => new ExchangeUrls(Rest: {|EXK201:"http://gateway.corp.net"|}, Socket: {|EXK202:"ws://stream.corp.net"|});""")]
        [InlineData("object initializer member", """sealed class ExchangeOptions { public string BaseUrl { get; set; } = ""; } ExchangeOptions O() => new ExchangeOptions { BaseUrl = {|EXK201:"http://gateway.corp.net"|} };""")]
        [InlineData("with initializer member", """record ExchangeOptions(string BaseUrl); ExchangeOptions O(ExchangeOptions o) => o with { BaseUrl = {|EXK201:"http://gateway.corp.net"|} };""")]
        [InlineData("array field", """static readonly string[] ApiUrls = { {|EXK201:"http://gateway.corp.net"|}, "https://backup.corp.net" };""")]
        [InlineData("collection expression field", """static readonly List<string> RestEndpoints = [{|EXK201:"http://gateway.corp.net"|}];""")]
        [InlineData("dictionary field of exchange hosts", """static readonly Dictionary<string, string> Venues = new() { ["binance"] = {|EXK201:"http://api.binance.com"|}, ["kraken"] = "https://api.kraken.com" };""")]
        [InlineData("const used in a call in another type: reported once, at the declaration", """static class Endpoints { public const string Binance = {|EXK201:"http://api.binance.com"|}; } sealed class Client { Uri A() => new Uri(Endpoints.Binance); Uri B() => new Uri(Endpoints.Binance + "/api/v3/time"); }""")]
        [InlineData("endpoint-named const used in two calls: reported once, at the declaration", """const string BaseUrl = {|EXK201:"http://gateway.corp.net"|}; Uri A() => new Uri(BaseUrl); Uri B() => new Uri(BaseUrl + "/api");""")]
        [InlineData("plainly named const used in two calls of its type: reported once, at the declaration", """private const string Gateway = {|EXK201:"http://gateway.corp.net"|}; Uri A() => new Uri(Gateway); Task<string> B(HttpClient client) => client.GetStringAsync(Gateway + "/api/v3/time");""")]
        [InlineData("plainly named static readonly used in a call of its type: reported once, at the declaration", """private static readonly string Gateway = {|EXK201:"http://gateway.corp.net"|}; Uri A() => new Uri(Gateway); Uri B() => new Uri(Gateway);""")]
        [InlineData("plainly named const used in another type: reported at each use", """static class Hosts { public const string Gateway = "http://gateway.corp.net"; } sealed class Client { Uri A() => new Uri({|EXK201:Hosts.Gateway|}); Uri B() => new Uri({|EXK201:Hosts.Gateway + "/api"|}); }""")]
        public Task Reports_in_member(string position, string members)
        {
            _ = position;
            return Run(InClass(members));
        }

        [Theory]
        [InlineData("field initializer", """private readonly string _iconUrl = "http://icons.corp.net/btc.png";""")]
        [InlineData("field assignment", """private readonly string _restUrl; public C() { _restUrl = "http://127.0.0.1:8080"; }""")]
        [InlineData("property initializer", """public string RestUrl { get; set; } = "https://gateway.corp.net";""")]
        [InlineData("property assignment", """public string HelpUrl { get; set; } = ""; void Init() { HelpUrl = "http://docs.corp.net"; }""")]
        [InlineData("const", """public const string LicenseUrl = "http://opensource.org/licenses/MIT";""")]
        [InlineData("get => accessor", """public string IconUrl { get => "http://icons.corp.net/btc.png"; }""")]
        [InlineData("set accessor body", """private string _baseUrl = ""; public bool UseTestnet { set { _baseUrl = value ? "https://testnet.corp.net" : "https://api.corp.net"; } }""")]
        [InlineData("return of a named method", """string GetHelpUrl() { return "http://docs.corp.net"; }""")]
        [InlineData("method parameter default", """void Connect(string baseUrl = "https://gateway.corp.net") { }""")]
        [InlineData("constructor parameter default", """public C(string baseUrl = "http://localhost:5000") { }""")]
        [InlineData("primary constructor parameter default", """sealed class Link(string helpUrl = "http://docs.corp.net") { public string HelpUrl => helpUrl; }""")]
        [InlineData("record parameter default", """record Coin(string Symbol, string Url = "http://www.corp.net/btc");""")]
        [InlineData("record positional argument", """record ExchangeOptions(string BaseUrl); ExchangeOptions O() => new ExchangeOptions("https://gateway.corp.net");""")]
        [InlineData("record named argument", """record Labels(string Title, string Text); Labels L() => new Labels(Title: "http://gateway.corp.net", Text: "x");""")]
        [InlineData("object initializer member", """sealed class Coin { public string Symbol = ""; public string Url = ""; } Coin[] Table() => new[] { new Coin { Symbol = "BTC", Url = "http://www.corp.net/btc" } };""")]
        [InlineData("with initializer member", """record ExchangeOptions(string BaseUrl); ExchangeOptions O(ExchangeOptions o) => o with { BaseUrl = "https://gateway.corp.net" };""")]
        [InlineData("array field", """static readonly string[] IconUrls = { "http://icons.corp.net/btc.png" };""")]
        [InlineData("collection expression field", """static readonly List<string> HelpLinks = ["http://docs.corp.net"];""")]
        [InlineData("dictionary field of exchange hosts", """static readonly Dictionary<string, string> Venues = new() { ["binance"] = "https://api.binance.com", ["local"] = "http://localhost:5000" };""")]
        [InlineData("const used in a call in another type: reported once, at the declaration", """static class Endpoints { public const string Binance = "https://api.binance.com"; } sealed class Client { Uri A() => new Uri(Endpoints.Binance); }""")]
        [InlineData("endpoint-named const used in two calls: reported once, at the declaration", """const string BaseUrl = "http://localhost:5000"; Uri A() => new Uri(BaseUrl); Uri B() => new Uri(BaseUrl + "/api");""")]
        [InlineData("plainly named const used in two calls of its type: reported once, at the declaration", """private const string Gateway = "https://gateway.corp.net"; private const string Notice = "http://gateway.corp.net is down"; Uri A() => new Uri(Gateway); void B(ILogger logger) => logger.LogWarning(Notice);""")]
        [InlineData("plainly named static readonly used in a call of its type: reported once, at the declaration", """private static readonly string Docs = "http://docs.corp.net"; static void OpenBrowser(string url) { } void A() => OpenBrowser(Docs);""")]
        [InlineData("plainly named const used in another type: reported at each use", """static class Hosts { public const string Gateway = "http://127.0.0.1:8080"; } sealed class Client { Uri A() => new Uri(Hosts.Gateway); }""")]
        public Task Silent_in_member(string position, string members)
        {
            _ = position;
            return Run(InClass(members));
        }

        // ---------------- top-level statements ----------------

        [Fact]
        public Task Reports_in_top_level_statements() => Run(EXK201PlainHttpTests.Usings + """
            var baseUrl = {|EXK201:"http://gateway.corp.net"|};
            var client = new HttpClient();
            await client.GetAsync({|EXK201:"http://other.corp.net/api"|});
            string SocketUrl() => {|EXK202:"ws://stream.corp.net"|};
            Console.WriteLine(baseUrl + SocketUrl());
            """, topLevel: true);

        [Fact]
        public Task Silent_in_top_level_statements() => Run(EXK201PlainHttpTests.Usings + """
            var baseUrl = "http://localhost:5000";
            var client = new HttpClient();
            await client.GetAsync("https://other.corp.net/api");
            string HelpUrl() => "http://docs.corp.net";
            Console.WriteLine(baseUrl + HelpUrl());
            """, topLevel: true);
    }
}
