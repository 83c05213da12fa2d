using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Verify = SecretsAnalyzers.Tests.CSharpAnalyzerVerifier<SecretsAnalyzers.Transport.EXK201PlainHttpAnalyzer>;

namespace SecretsAnalyzers.Tests.Transport
{
    /// <summary>EXK202 (ws://) through every WebSocket sink, and the look-alikes that are not endpoints.</summary>
    public class EXK202PlainWebSocketTests
    {
        private static Task Run(string source, string? editorConfig = null, params Microsoft.CodeAnalysis.Testing.DiagnosticResult[] expected) =>
            EXK201PlainHttpTests.Run(source, editorConfig, expected);

        private static string InMethod(string body) => EXK201PlainHttpTests.InMethod(
            "var socket = new ClientWebSocket(); var ct = CancellationToken.None;\n" + body);

        private static string InClass(string members) => EXK201PlainHttpTests.InClass(members);

        [Theory]
        [InlineData("""var u = new Uri({|EXK202:"ws://feed.corp.net/ws"|});""")]
        [InlineData("""var u = new Uri({|EXK202:"WS://feed.corp.net/ws"|});""")]
        [InlineData("""await socket.ConnectAsync(new Uri({|EXK202:"ws://feed.corp.net/ws"|}), ct);""")]
        [InlineData("""var c = new Websocket.Client.WebsocketClient(new Uri({|EXK202:"ws://feed.corp.net/ws"|}));""")]
        [InlineData("""var c = new WebSocket4Net.WebSocket({|EXK202:"ws://feed.corp.net/ws"|});""")]
        [InlineData("""var e = Binance.Net.BinanceEnvironment.CreateCustom("local", "https://gw.corp.net", {|EXK202:"ws://feed.corp.net"|}, "wss://api.corp.net", null, null, null, null);""")]
        [InlineData("""var a = new Binance.Net.Objects.BinanceApiAddresses { SocketClientStreamAddress = {|EXK202:"ws://feed.corp.net"|} };""")]
        [InlineData("""var api = new ExchangeSharp.ExchangeBinanceAPI(); api.BaseUrlWebSocket = {|EXK202:"ws://feed.corp.net"|};""")]
        [InlineData("""await socket.ConnectAsync(new Uri({|EXK202:$"ws://feed.corp.net/stream?streams={path}"|}), ct);""")]
        [InlineData("""await socket.ConnectAsync(new Uri({|EXK202:"ws://feed.corp.net/" + path|}), ct);""")]
        [InlineData("""await socket.ConnectAsync(new Uri({|EXK202:$"ws://{host}/ws"|}), ct);""")]
        [InlineData("""var b = new UriBuilder({|EXK202:"ws"|}, "feed.corp.net");""")]
        [InlineData("""var b = new UriBuilder { Scheme = {|EXK202:Uri.UriSchemeWs|}, Host = "feed.corp.net" };""")]
        [InlineData("""var wsUrl = {|EXK202:"ws://feed.corp.net"|};""")]
        [InlineData("""var settings = new Dictionary<string, string?> { ["Exchange:SocketUrl"] = {|EXK202:"ws://feed.corp.net"|} };""")]
        [InlineData("""var x = new ccxt.binance(); x.urls = new Dictionary<string, object> { ["ws"] = {|EXK202:"ws://feed.corp.net"|} };""")]
        public Task Reports_plain_websocket_reaching_a_sink(string body) => Run(InMethod(body));

        [Theory]
        [InlineData("""const string WsUrl = {|EXK202:"ws://feed.corp.net/ws"|};""")]
        [InlineData("""public string SocketUrl { get; set; } = {|EXK202:"ws://feed.corp.net"|};""")]
        [InlineData("""public string StreamUrl => {|EXK202:"ws://feed.corp.net"|};""")]
        [InlineData("""void Connect(string endpoint = {|EXK202:"ws://feed.corp.net"|}) { }""")]
        [InlineData("""static readonly Uri StreamUri = new Uri({|EXK202:"ws://feed.corp.net"|});""")]
        public Task Reports_plain_websocket_in_endpoint_named_member(string members) => Run(InClass(members));

        [Theory]
        [InlineData("ws://stream.binance.com:9443/ws", "stream.binance.com")]
        [InlineData("ws://wbs-api.mexc.com/ws", "wbs-api.mexc.com")]
        [InlineData("ws://ws.okx.com:8443/ws/v5/public", "ws.okx.com")]
        [InlineData("ws://stream.bybit.com/v5/public/spot", "stream.bybit.com")]
        [InlineData("ws://ws-feed.exchange.coinbase.com", "ws-feed.exchange.coinbase.com")]
        [InlineData("ws://ws.kraken.com/v2", "ws.kraken.com")]
        public Task Exchange_websocket_host_is_an_error(string url, string host) =>
            Run(InMethod("await socket.ConnectAsync(new Uri({|#0:\"" + url + "\"|}), ct);"), null,
                Verify.Diagnostic("EXK202").WithLocation(0).WithSeverity(DiagnosticSeverity.Error).WithArguments("'new Uri'", host));

        [Fact]
        public Task Unknown_websocket_host_is_a_warning() =>
            Run(InMethod("""var c = new WebSocket4Net.WebSocket({|#0:"ws://feed.corp.net/ws"|});"""), null,
                Verify.Diagnostic("EXK202").WithLocation(0).WithSeverity(DiagnosticSeverity.Warning).WithArguments("'new WebSocket'", "feed.corp.net"));

        [Theory]
        [InlineData("""await socket.ConnectAsync(new Uri("wss://stream.binance.com:9443/ws"), ct);""")]
        [InlineData("""var c = new WebSocket4Net.WebSocket("wss://feed.corp.net/ws");""")]
        [InlineData("""await socket.ConnectAsync(new Uri("ws://localhost:8080/ws"), ct);""")]
        [InlineData("""await socket.ConnectAsync(new Uri("ws://127.0.0.1:8080/ws"), ct);""")]
        [InlineData("""await socket.ConnectAsync(new Uri("ws://127.255.255.254/ws"), ct);""")]
        [InlineData("""await socket.ConnectAsync(new Uri("ws://[::1]:8080/ws"), ct);""")]
        [InlineData("""await socket.ConnectAsync(new Uri("ws://0.0.0.0:8080/ws"), ct);""")]
        [InlineData("""await socket.ConnectAsync(new Uri("ws://user:pw@localhost/ws"), ct);""")]
        [InlineData("""await socket.ConnectAsync(new Uri("ws://feed.localhost/ws"), ct);""")]
        [InlineData("""await socket.ConnectAsync(new Uri($"ws://localhost:{path}/ws"), ct);""")]
        [InlineData("""var isPlain = url.StartsWith("ws://");""")]
        [InlineData("""var secure = url.Replace("ws://", "wss://");""")]
        [InlineData("""if (url == "ws://feed.corp.net") { }""")]
        [InlineData("""logger.LogInformation("Connecting to ws://feed.corp.net/ws");""")]
        [InlineData("""logger.LogDebug("Socket {Url}", "ws://feed.corp.net/ws");""")]
        [InlineData("""Console.WriteLine("ws://feed.corp.net is unencrypted");""")]
        [InlineData("""var scheme = "ws://";""")]
        [InlineData("""var title = "ws://feed.corp.net";""")]
        [InlineData("""await socket.ConnectAsync(new Uri(url), ct);""")]
        [InlineData("""var b = new UriBuilder("wss", "feed.corp.net");""")]
        [InlineData("""var b = new UriBuilder { Scheme = Uri.UriSchemeWss, Host = "feed.corp.net" };""")]
        [InlineData("""var b = new UriBuilder { Scheme = Uri.UriSchemeWs, Host = "localhost" };""")]
        public Task No_diagnostic_for_secure_loopback_or_non_endpoint(string body) => Run(InMethod(body));

        [Theory]
        [InlineData("/// <see href=\"ws://feed.corp.net/ws\"/>\nconst string Doc = \"x\";")]
        [InlineData("/* const string WsUrl = \"ws://feed.corp.net\"; */\nconst string Doc = \"x\";")]
        [InlineData("[Obsolete(\"ws://feed.corp.net is gone\")] void Old() { }")]
        [InlineData("const string WsUrl = \"wss://stream.binance.com:9443\";")]
        public Task No_diagnostic_in_comments_docs_and_attributes(string members) => Run(InClass(members));

        [Theory]
        [InlineData("secrets_analyzers.EXK202.allowed_hosts = feed.corp.net")]
        [InlineData("secrets_analyzers.allowed_hosts = *.corp.net")]
        public Task No_diagnostic_for_allowed_hosts(string config) =>
            Run(InMethod("""await socket.ConnectAsync(new Uri("ws://feed.corp.net/ws"), ct);"""), config);
    }
}
