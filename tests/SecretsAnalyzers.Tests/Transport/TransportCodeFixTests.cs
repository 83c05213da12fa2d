using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using SecretsAnalyzers.Tests.Stubs;
using Http = SecretsAnalyzers.Tests.CSharpCodeFixVerifier<SecretsAnalyzers.Transport.EXK201PlainHttpAnalyzer, SecretsAnalyzers.CodeFixes.Transport.EXK201UseHttpsCodeFix>;
using Ws = SecretsAnalyzers.Tests.CSharpCodeFixVerifier<SecretsAnalyzers.Transport.EXK201PlainHttpAnalyzer, SecretsAnalyzers.CodeFixes.Transport.EXK202UseWssCodeFix>;

namespace SecretsAnalyzers.Tests.Transport
{
    /// <summary>EXK201 (http → https) and EXK202 (ws → wss) fixes: exact before/after, Fix All, compiling output.</summary>
    public class TransportCodeFixTests
    {
        private static string Code(string body) => """
            using System;
            using System.Net.Http;
            using System.Net.WebSockets;
            using System.Threading;
            using System.Threading.Tasks;

            class C
            {
                async Task M(HttpClient client, ClientWebSocket socket, string path, string host)
                {

            """ + body + """

                }
            }
            """;

        private static Task FixHttp(string before, string after, params DiagnosticResult[] expected)
        {
            var test = new Http.Test { TestCode = Code(before), FixedCode = Code(after), CodeActionEquivalenceKey = "EXK201.UseHttps" };
            test.AddStub(TransportStubs.All);
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync();
        }

        private static Task FixWs(string before, string after, params DiagnosticResult[] expected)
        {
            var test = new Ws.Test { TestCode = Code(before), FixedCode = Code(after), CodeActionEquivalenceKey = "EXK202.UseWss" };
            test.AddStub(TransportStubs.All);
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync();
        }

        [Theory]
        [InlineData("""var u = new Uri({|EXK201:"http://gateway.corp.net/api"|});""", """var u = new Uri("https://gateway.corp.net/api");""")]
        [InlineData("""var u = new Uri({|EXK201:"HTTP://gateway.corp.net/api"|});""", """var u = new Uri("https://gateway.corp.net/api");""")]
        [InlineData("""var u = new Uri({|EXK201:@"http://gateway.corp.net/api"|});""", """var u = new Uri(@"https://gateway.corp.net/api");""")]
        [InlineData("""await client.GetAsync({|EXK201:$"http://gateway.corp.net/api/{path}"|});""", """await client.GetAsync($"https://gateway.corp.net/api/{path}");""")]
        [InlineData("""await client.GetAsync({|EXK201:"http://gateway.corp.net/" + path|});""", """await client.GetAsync("https://gateway.corp.net/" + path);""")]
        [InlineData("""await client.GetAsync({|EXK201:$"http://{host}/api"|});""", """await client.GetAsync($"https://{host}/api");""")]
        [InlineData("""await client.GetAsync({|EXK201:"http://bot:pw@gateway.corp.net:8080/api?x=1"|});""", """await client.GetAsync("https://bot:pw@gateway.corp.net:8080/api?x=1");""")]
        [InlineData("""await client.GetAsync({|EXK201:"http://gateway.corp.net:80/api"|});""", """await client.GetAsync("https://gateway.corp.net/api");""")]
        [InlineData("""await client.GetAsync({|EXK201:"http://bot:pa/ss@gateway.corp.net:80/api"|});""", """await client.GetAsync("https://bot:pa/ss@gateway.corp.net/api");""")]
        [InlineData("""await client.GetAsync({|EXK201:"http://bot:pa?ss@gateway.corp.net:80"|});""", """await client.GetAsync("https://bot:pa?ss@gateway.corp.net");""")]
        [InlineData("""var b = new UriBuilder({|EXK201:"http"|}, "gateway.corp.net");""", """var b = new UriBuilder("https", "gateway.corp.net");""")]
        [InlineData("""var b = new UriBuilder { Scheme = {|EXK201:Uri.UriSchemeHttp|}, Host = "gateway.corp.net" };""", """var b = new UriBuilder { Scheme = Uri.UriSchemeHttps, Host = "gateway.corp.net" };""")]
        [InlineData("""var c = new RestSharp.RestClient({|EXK201:"http://gateway.corp.net"|});""", """var c = new RestSharp.RestClient("https://gateway.corp.net");""")]
        [InlineData("var u = new Uri({|EXK201:\"\"\"http://gateway.corp.net/raw\"\"\"|});", "var u = new Uri(\"\"\"https://gateway.corp.net/raw\"\"\");")]
        [InlineData("""var u = new Uri({|EXK201:$@"http://gateway.corp.net/{path}"|});""", """var u = new Uri($@"https://gateway.corp.net/{path}");""")]
        [InlineData("""var u = new Uri(path.Length > 0 ? {|EXK201:"http://gateway.corp.net/a"|} : "https://gateway.corp.net/b");""", """var u = new Uri(path.Length > 0 ? "https://gateway.corp.net/a" : "https://gateway.corp.net/b");""")]
        public Task Http_becomes_https_keeping_the_rest(string before, string after) => FixHttp(before, after);

        [Fact]
        public Task Exchange_host_drops_plain_port() =>
            FixHttp("""var u = new Uri({|#0:"http://api.binance.com:80/api/v3/time"|});""", """var u = new Uri("https://api.binance.com/api/v3/time");""",
                Http.Diagnostic("EXK201").WithLocation(0).WithSeverity(DiagnosticSeverity.Error).WithArguments("'new Uri'", "api.binance.com"));

        [Fact]
        public Task Fix_all_rewrites_every_http_url()
        {
            var test = new Http.Test
            {
                TestCode = Code("""
                            var a = new Uri({|EXK201:"http://gateway.corp.net/a"|});
                            await client.GetAsync({|EXK201:"http://gateway.corp.net/b"|});
                            var c = new Uri({|EXK202:"ws://feed.corp.net/c"|});
                    """),
                FixedCode = Code("""
                            var a = new Uri("https://gateway.corp.net/a");
                            await client.GetAsync("https://gateway.corp.net/b");
                            var c = new Uri({|EXK202:"ws://feed.corp.net/c"|});
                    """),
                CodeActionEquivalenceKey = "EXK201.UseHttps",
                NumberOfFixAllIterations = 1,
            };
            test.AddStub(TransportStubs.All);
            return test.RunAsync();
        }

        // A constant read in another type is reported at the use (no fix there: the literal is elsewhere).
        [Fact]
        public Task No_fix_for_a_constant_declared_elsewhere()
        {
            var source = """
                using System;
                static class Hosts { public const string Api = "http://gateway.corp.net"; }
                class C
                {
                    Uri M() => new Uri({|EXK201:Hosts.Api|});
                }
                """;
            var test = new Http.Test { TestCode = source, FixedCode = source };
            return test.RunAsync();
        }

        // A constant read by a consumer of its own type is reported once, at its declaration; the finding comes from the
        // use's analysis (non-local), so no fix is offered for it.
        [Fact]
        public Task No_fix_for_a_constant_reported_at_its_declaration_from_a_use()
        {
            var source = """
                using System;
                class C
                {
                    const string Api = {|EXK201:"http://gateway.corp.net"|};
                    Uri M() => new Uri(Api);
                    Uri N() => new Uri(Api + "/api/v3/time");
                }
                """;
            // The fixer offers nothing for it; the framework's locality check is about fixes that would be offered.
            var test = new Http.Test { TestCode = source, FixedCode = source, CodeFixTestBehaviors = CodeFixTestBehaviors.SkipLocalDiagnosticCheck };
            return test.RunAsync();
        }

        [Theory]
        [InlineData("""await socket.ConnectAsync(new Uri({|EXK202:"ws://feed.corp.net/ws"|}), CancellationToken.None);""", """await socket.ConnectAsync(new Uri("wss://feed.corp.net/ws"), CancellationToken.None);""")]
        [InlineData("""var s = new WebSocket4Net.WebSocket({|EXK202:"ws://feed.corp.net:8080/ws"|});""", """var s = new WebSocket4Net.WebSocket("wss://feed.corp.net:8080/ws");""")]
        [InlineData("""var s = new WebSocket4Net.WebSocket({|EXK202:$"ws://feed.corp.net/{path}"|});""", """var s = new WebSocket4Net.WebSocket($"wss://feed.corp.net/{path}");""")]
        [InlineData("""var b = new UriBuilder({|EXK202:"ws"|}, "feed.corp.net");""", """var b = new UriBuilder("wss", "feed.corp.net");""")]
        public Task Ws_becomes_wss_keeping_the_rest(string before, string after) => FixWs(before, after);

        [Theory]
        [InlineData("ws://stream.binance.com/ws/btcusdt@trade", "wss://stream.binance.com:9443/ws/btcusdt@trade", "stream.binance.com")]
        [InlineData("ws://stream.binance.com:80/ws", "wss://stream.binance.com:9443/ws", "stream.binance.com")]
        [InlineData("ws://stream.binance.com:9443/ws", "wss://stream.binance.com:9443/ws", "stream.binance.com")]
        [InlineData("ws://stream.binance.com", "wss://stream.binance.com:9443", "stream.binance.com")]
        [InlineData("ws://ws.okx.com/ws/v5/public", "wss://ws.okx.com:8443/ws/v5/public", "ws.okx.com")]
        [InlineData("ws://wbs-api.mexc.com/ws", "wss://wbs-api.mexc.com/ws", "wbs-api.mexc.com")]
        public Task Exchange_websocket_gets_its_tls_port(string before, string after, string host) =>
            FixWs("await socket.ConnectAsync(new Uri({|#0:\"" + before + "\"|}), CancellationToken.None);",
                "await socket.ConnectAsync(new Uri(\"" + after + "\"), CancellationToken.None);",
                Ws.Diagnostic("EXK202").WithLocation(0).WithSeverity(DiagnosticSeverity.Error).WithArguments("'new Uri'", host));

        [Fact]
        public Task Fix_all_rewrites_every_ws_url()
        {
            var test = new Ws.Test
            {
                TestCode = Code("""
                            var a = new Uri({|EXK202:"ws://feed.corp.net/a"|});
                            var b = new WebSocket4Net.WebSocket({|EXK202:"ws://feed.corp.net/b"|});
                    """),
                FixedCode = Code("""
                            var a = new Uri("wss://feed.corp.net/a");
                            var b = new WebSocket4Net.WebSocket("wss://feed.corp.net/b");
                    """),
                CodeActionEquivalenceKey = "EXK202.UseWss",
            };
            test.AddStub(TransportStubs.All);
            return test.RunAsync();
        }
    }
}
