using System.Threading.Tasks;
using SecretsAnalyzers.Tests.Stubs;
using Cert = SecretsAnalyzers.Tests.CSharpCodeFixVerifier<SecretsAnalyzers.Transport.EXK203CertificateValidationAnalyzer, SecretsAnalyzers.CodeFixes.Transport.EXK203RemoveCertificateBypassCodeFix>;
using Tls = SecretsAnalyzers.Tests.CSharpCodeFixVerifier<SecretsAnalyzers.Transport.EXK204ObsoleteTlsAnalyzer, SecretsAnalyzers.CodeFixes.Transport.EXK204UseSystemDefaultTlsCodeFix>;

namespace SecretsAnalyzers.Tests.Transport
{
    /// <summary>EXK203 (remove the bypass) and EXK204 (OS default protocol) fixes: exact before/after, Fix All, compiling output.</summary>
    public class EXK203EXK204CodeFixTests
    {
        private static string CertCode(string body) => """
            using System;
            using System.IO;
            using System.Net;
            using System.Net.Http;
            using System.Net.Security;
            using System.Security.Cryptography.X509Certificates;

            class C
            {
                static bool AcceptAll(object sender, X509Certificate? cert, X509Chain? chain, SslPolicyErrors errors) => true;

                void M(HttpClientHandler handler, Stream stream)
                {

            """ + body + """

                }
            }
            """;

        private static Task FixCert(string before, string after)
        {
            var test = new Cert.Test { TestCode = CertCode(before), FixedCode = CertCode(after), CodeActionEquivalenceKey = "EXK203.RemoveBypass" };
            test.AddStub(TransportStubs.All);
            return test.RunAsync();
        }

        [Fact]
        public Task Removes_service_point_assignment() => FixCert("""
                    Console.WriteLine("start");
                    ServicePointManager.ServerCertificateValidationCallback = [|(s, c, ch, e) => true|];
                    Console.WriteLine("end");
            """, """
                    Console.WriteLine("start");
                    Console.WriteLine("end");
            """);

        [Fact]
        public Task Removes_compound_assignment() => FixCert("""
                    ServicePointManager.ServerCertificateValidationCallback += [|delegate { return true; }|];
                    Console.WriteLine("end");
            """, """
                    Console.WriteLine("end");
            """);

        [Fact]
        public Task Removes_handler_property_assignment_with_dangerous_validator() => FixCert("""
                    handler.ServerCertificateCustomValidationCallback = [|HttpClientHandler.DangerousAcceptAnyServerCertificateValidator|];
                    var client = new HttpClient(handler);
            """, """
                    var client = new HttpClient(handler);
            """);

        [Fact]
        public Task Removes_initializer_member() => FixCert("""
                    var h = new HttpClientHandler { UseProxy = false, ServerCertificateCustomValidationCallback = [|(m, c, ch, e) => true|] };
            """, """
                    var h = new HttpClientHandler { UseProxy = false };
            """);

        // Changed on purpose (issue 13): an initializer left empty by the fix goes, instead of "new HttpClientHandler { }".
        [Fact]
        public Task Removing_the_only_initializer_member_drops_the_braces() => FixCert("""
                    var h = new HttpClientHandler { ServerCertificateCustomValidationCallback = [|(m, c, ch, e) => true|] };
            """, """
                    var h = new HttpClientHandler();
            """);

        [Fact]
        public Task Removes_ssl_stream_callback_argument() => FixCert("""
                    var ssl = new SslStream(stream, false, [|(s, c, ch, e) => true|]);
            """, """
                    var ssl = new SslStream(stream, false);
            """);

        [Fact]
        public Task Nulls_ssl_stream_callback_followed_by_other_arguments() => FixCert("""
                    var ssl = new SslStream(stream, false, [|AcceptAll|], null);
            """, """
                    var ssl = new SslStream(stream, false, null, null);
            """);

        [Fact]
        public Task Shared_method_stays_and_only_this_use_is_removed() => FixCert("""
                    ServicePointManager.ServerCertificateValidationCallback = [|AcceptAll|];
                    RemoteCertificateValidationCallback kept = AcceptAll;
            """, """
                    RemoteCertificateValidationCallback kept = AcceptAll;
            """);

        [Fact]
        public Task Fix_all_removes_every_bypass() => FixCert("""
                    ServicePointManager.ServerCertificateValidationCallback = [|(s, c, ch, e) => true|];
                    handler.ServerCertificateCustomValidationCallback = [|(m, c, ch, e) => true|];
                    var h = new HttpClientHandler { ServerCertificateCustomValidationCallback = [|(m, c, ch, e) => true|], UseProxy = false };
            """, """
                    var h = new HttpClientHandler { UseProxy = false };
            """);

        [Fact]
        public Task Removing_a_bypass_under_debug_keeps_the_directives()
        {
            var test = new Cert.Test
            {
                TestCode = CertCode("""
                    #if DEBUG
                            ServicePointManager.ServerCertificateValidationCallback = {|#0:(s, c, ch, e) => true|};
                    #endif
                            Console.WriteLine("end");
                    """),
                FixedCode = CertCode("""
                    #if DEBUG
                    #endif
                            Console.WriteLine("end");
                    """),
                CodeActionEquivalenceKey = "EXK203.RemoveBypass",
            };
            test.ExpectedDiagnostics.Add(Cert.Diagnostic().WithLocation(0)
                .WithArguments("'ServicePointManager.ServerCertificateValidationCallback'", SecretsAnalyzers.Transport.EXK203CertificateValidationAnalyzer.DebugNote));
            test.SolutionTransforms.Add((solution, projectId) =>
            {
                var options = (Microsoft.CodeAnalysis.CSharp.CSharpParseOptions)solution.GetProject(projectId)!.ParseOptions!;
                return solution.WithProjectParseOptions(projectId, options.WithPreprocessorSymbols("DEBUG"));
            });
            return test.RunAsync();
        }

        // ---------------- EXK204 ----------------

        private static string TlsCode(string body) => """
            using System.IO;
            using System.Net;
            using System.Net.Http;
            using System.Net.Security;
            using System.Security.Authentication;

            class C
            {
                void M(HttpClientHandler handler, SslStream ssl)
                {

            """ + body + """

                }
            }
            """;

        private static Task FixTls(string before, string after)
        {
            var test = new Tls.Test { TestCode = TlsCode(before), FixedCode = TlsCode(after), CodeActionEquivalenceKey = "EXK204.UseSystemDefault" };
            return test.RunAsync();
        }

        [Fact]
        public Task Removes_service_point_protocol_statement() => FixTls("""
                    ServicePointManager.SecurityProtocol = [|SecurityProtocolType.Tls | SecurityProtocolType.Tls11 | SecurityProtocolType.Tls12|];
                    var client = new HttpClient(handler);
            """, """
                    var client = new HttpClient(handler);
            """);

        [Fact]
        public Task Removes_service_point_or_assignment() => FixTls("""
                    ServicePointManager.SecurityProtocol |= [|SecurityProtocolType.Tls11|];
                    var client = new HttpClient(handler);
            """, """
                    var client = new HttpClient(handler);
            """);

        [Fact]
        public Task Handler_protocols_become_none() => FixTls("""
                    handler.SslProtocols = [|SslProtocols.Tls | SslProtocols.Tls12|];
            """, """
                    handler.SslProtocols = SslProtocols.None;
            """);

        [Fact]
        public Task Initializer_member_becomes_none() => FixTls("""
                    var o = new SslClientAuthenticationOptions { TargetHost = "api.corp.net", EnabledSslProtocols = [|SslProtocols.Tls11|] };
            """, """
                    var o = new SslClientAuthenticationOptions { TargetHost = "api.corp.net", EnabledSslProtocols = SslProtocols.None };
            """);

        [Fact]
        public Task Argument_becomes_none() => FixTls("""
                    ssl.AuthenticateAsClient("api.corp.net", null, [|SslProtocols.Tls|], false);
            """, """
                    ssl.AuthenticateAsClient("api.corp.net", null, SslProtocols.None, false);
            """);

        [Fact]
        public Task Security_protocol_value_becomes_tls12_and_tls13() => FixTls("""
                    SecurityProtocolType wanted = [|SecurityProtocolType.Tls|];
            """, """
                    SecurityProtocolType wanted = SecurityProtocolType.Tls12 | SecurityProtocolType.Tls13;
            """);

        [Fact]
        public Task Fix_all_replaces_every_forced_protocol() => FixTls("""
                    ServicePointManager.SecurityProtocol = [|SecurityProtocolType.Tls|];
                    handler.SslProtocols = [|SslProtocols.Tls11|];
                    ssl.AuthenticateAsClient("api.corp.net", null, [|SslProtocols.Ssl3 | SslProtocols.Tls12|], false);
            """, """
                    handler.SslProtocols = SslProtocols.None;
                    ssl.AuthenticateAsClient("api.corp.net", null, SslProtocols.None, false);
            """);

        // ---------------- trivia (issue 13) ----------------

        [Fact]
        public Task Removing_a_bypass_statement_keeps_the_comment_above_it() => FixCert("""
                    // Talk to the exchange through the corporate proxy.
                    ServicePointManager.ServerCertificateValidationCallback = [|(s, c, ch, e) => true|];
                    Console.WriteLine("end");
            """, """
                    // Talk to the exchange through the corporate proxy.
                    Console.WriteLine("end");
            """);

        [Fact]
        public Task Removing_the_last_bypass_statement_of_a_block_keeps_the_comment_above_it() => FixCert("""
                    Console.WriteLine("start");
                    /* proxy settings follow */
                    ServicePointManager.ServerCertificateValidationCallback = [|(s, c, ch, e) => true|];
            """, """
                    Console.WriteLine("start");
                    /* proxy settings follow */
            """);

        [Fact]
        public Task Removing_an_implicit_creations_only_member_drops_the_braces() => FixCert("""
                    HttpClientHandler h = new() { ServerCertificateCustomValidationCallback = [|(m, c, ch, e) => true|] };
            """, """
                    HttpClientHandler h = new();
            """);

        [Fact]
        public Task A_handler_left_at_its_defaults_goes_from_the_client() => FixCert("""
                    var client = new HttpClient(new HttpClientHandler { ServerCertificateCustomValidationCallback = [|(m, c, ch, e) => true|] });
            """, """
                    var client = new HttpClient();
            """);

        [Fact]
        public Task Removing_a_forced_protocol_statement_keeps_the_comment_above_it() => FixTls("""
                    // Pin the protocol for the old gateway.
                    ServicePointManager.SecurityProtocol = [|SecurityProtocolType.Tls|];
                    handler.UseProxy = false;
            """, """
                    // Pin the protocol for the old gateway.
                    handler.UseProxy = false;
            """);
    }
}
