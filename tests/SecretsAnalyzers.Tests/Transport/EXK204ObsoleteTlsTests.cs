using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Verify = SecretsAnalyzers.Tests.CSharpAnalyzerVerifier<SecretsAnalyzers.Transport.EXK204ObsoleteTlsAnalyzer>;

namespace SecretsAnalyzers.Tests.Transport
{
    /// <summary>EXK204: SSL 2/3, TLS 1.0/1.1 assigned or passed; reads, comparisons and masks are not reported.</summary>
    public class EXK204ObsoleteTlsTests
    {
        internal static string InMethod(string body) => """
            using System;
            using System.IO;
            using System.Net;
            using System.Net.Http;
            using System.Net.Security;
            using System.Security.Authentication;
            using System.Threading.Tasks;

            class C
            {
                SslProtocols _protocols;
                async Task M(HttpClientHandler handler, SocketsHttpHandler sockets, SslStream ssl, SslProtocols p, SecurityProtocolType t)
                {
            """ + "\n" + body + """

                    await Task.CompletedTask;
                }
                static void Use(SslProtocols protocols) { }
            }
            """;

        private static Task Run(string source, params DiagnosticResult[] expected) => Verify.VerifyAnalyzerAsync(source, expected);

        [Theory]
        [InlineData("""ServicePointManager.SecurityProtocol = [|SecurityProtocolType.Tls|];""")]
        [InlineData("""ServicePointManager.SecurityProtocol = [|SecurityProtocolType.Tls11|];""")]
        [InlineData("""ServicePointManager.SecurityProtocol = [|SecurityProtocolType.Ssl3|];""")]
        [InlineData("""ServicePointManager.SecurityProtocol = [|SecurityProtocolType.Tls | SecurityProtocolType.Tls11 | SecurityProtocolType.Tls12|];""")]
        [InlineData("""ServicePointManager.SecurityProtocol |= [|SecurityProtocolType.Tls11|];""")]
        [InlineData("""ServicePointManager.SecurityProtocol = [|ServicePointManager.SecurityProtocol | SecurityProtocolType.Tls|];""")]
        [InlineData("""handler.SslProtocols = [|SslProtocols.Tls|];""")]
        [InlineData("""handler.SslProtocols = [|SslProtocols.Tls11 | SslProtocols.Tls12|];""")]
        [InlineData("""var h = new HttpClientHandler { SslProtocols = [|SslProtocols.Tls12 | SslProtocols.Tls11|] };""")]
        [InlineData("""sockets.SslOptions.EnabledSslProtocols = [|SslProtocols.Tls|];""")]
        [InlineData("""var o = new SslClientAuthenticationOptions { EnabledSslProtocols = [|SslProtocols.Ssl3|] };""")]
        [InlineData("""ssl.AuthenticateAsClient("api.corp.net", null, [|SslProtocols.Tls|], false);""")]
        [InlineData("""await ssl.AuthenticateAsClientAsync("api.corp.net", null, [|SslProtocols.Tls11|], false);""")]
        [InlineData("""Use([|SslProtocols.Tls|]);""")]
        [InlineData("""_protocols = [|SslProtocols.Tls|];""")]
        [InlineData("""var local = [|SslProtocols.Tls11|];""")]
        [InlineData("""SslProtocols chosen = [|p == SslProtocols.None ? SslProtocols.Tls : SslProtocols.Tls12|];""")]
        [InlineData("""handler.SslProtocols = [|(SslProtocols)192|];""")]
        [InlineData("""ServicePointManager.SecurityProtocol = [|(SecurityProtocolType)768 | SecurityProtocolType.Tls12|];""")]
        [InlineData("""handler.SslProtocols = [|System.Security.Authentication.SslProtocols.Tls|];""")]
        [InlineData("#pragma warning disable CS0618, SYSLIB0039\nhandler.SslProtocols = [|SslProtocols.Default|];")]
        [InlineData("#pragma warning disable CS0618, SYSLIB0039\nhandler.SslProtocols = [|SslProtocols.Ssl2|];")]
        public Task Reports_forced_obsolete_protocol(string body) => Run(InMethod(body));

        [Fact]
        public Task Message_names_target_and_protocols() =>
            Run(InMethod("""ServicePointManager.SecurityProtocol = {|#0:SecurityProtocolType.Tls | SecurityProtocolType.Tls11 | SecurityProtocolType.Tls12|};"""),
                Verify.Diagnostic().WithLocation(0).WithArguments("ServicePointManager.SecurityProtocol", "TLS 1.0, TLS 1.1"));

        [Fact]
        public Task Reports_field_initializer() =>
            Verify.VerifyAnalyzerAsync("""
                using System.Security.Authentication;
                class Settings
                {
                    public SslProtocols Protocols { get; set; } = [|SslProtocols.Tls11|];
                    private static readonly SslProtocols Forced = [|SslProtocols.Tls|];
                    void Connect(SslProtocols protocols = [|SslProtocols.Tls|]) { }
                }
                """);

        [Theory]
        [InlineData("""handler.SslProtocols = SslProtocols.None;""")]
        [InlineData("""handler.SslProtocols = SslProtocols.Tls12;""")]
        [InlineData("""handler.SslProtocols = SslProtocols.Tls13;""")]
        [InlineData("""handler.SslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13;""")]
        [InlineData("""ServicePointManager.SecurityProtocol = SecurityProtocolType.SystemDefault;""")]
        [InlineData("""ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls12 | SecurityProtocolType.Tls13;""")]
        [InlineData("""ServicePointManager.SecurityProtocol |= SecurityProtocolType.Tls12;""")]
        [InlineData("""ServicePointManager.SecurityProtocol &= ~(SecurityProtocolType.Tls | SecurityProtocolType.Tls11);""")]
        [InlineData("""ServicePointManager.SecurityProtocol = ServicePointManager.SecurityProtocol & ~SecurityProtocolType.Tls;""")]
        [InlineData("""if (p == SslProtocols.Tls) { }""")]
        [InlineData("""if (handler.SslProtocols != SslProtocols.Tls11) { }""")]
        [InlineData("""var has = p.HasFlag(SslProtocols.Tls);""")]
        [InlineData("""var old = (p & SslProtocols.Tls) != 0;""")]
        [InlineData("""var name = p switch { SslProtocols.Tls => "TLS 1.0", _ => "other" };""")]
        [InlineData("""switch (t) { case SecurityProtocolType.Tls11: break; }""")]
        [InlineData("""var text = SslProtocols.Tls.ToString();""")]
        [InlineData("""Console.WriteLine(SslProtocols.Tls11);""")]
        [InlineData("""var values = Enum.GetValues<SslProtocols>();""")]
        [InlineData("""ssl.AuthenticateAsClient("api.corp.net", null, SslProtocols.Tls12 | SslProtocols.Tls13, false);""")]
        [InlineData("""handler.SslProtocols = p;""")]
        [InlineData("""ssl.AuthenticateAsClient("api.corp.net");""")]
        [InlineData("""var isOld = p is SslProtocols.Tls or SslProtocols.Tls11;""")]
        [InlineData("""// ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls;""")]
        public Task No_diagnostic_for_modern_protocols_or_reads(string body) => Run(InMethod(body));
        [Fact]
        public Task Reports_old_tls_in_an_inactive_branch_naming_the_builds() => Run("""
            using System.Net;

            class Startup
            {
                static void Configure()
                {
            #if NET462
                    ServicePointManager.SecurityProtocol = {|#0:SecurityProtocolType.Tls11|} | SecurityProtocolType.Tls12;
            #else
                    ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls12;
            #endif
            #if true
                    ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls12;
            #else
                    var old = {|#1:SecurityProtocolType.Ssl3|};
                    if (ServicePointManager.SecurityProtocol == SecurityProtocolType.Tls) { }
                    ServicePointManager.SecurityProtocol &= ~SecurityProtocolType.Tls;
            #endif
                }
            }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("SecurityProtocolType.Tls11", "TLS 1.1 (only in NET462 builds)"),
            Verify.Diagnostic().WithLocation(1).WithArguments("SecurityProtocolType.Ssl3", "SSL 3.0 (only in !(true) builds)"));
    }
}
