using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using SecretsAnalyzers.Tests.Stubs;
using Verify = SecretsAnalyzers.Tests.CSharpAnalyzerVerifier<SecretsAnalyzers.Transport.EXK203CertificateValidationAnalyzer>;

namespace SecretsAnalyzers.Tests.Transport
{
    /// <summary>EXK203: accept-all certificate callbacks in every API and callback form; real checks are not reported.</summary>
    public class EXK203CertificateValidationTests
    {
        internal const string Usings = """
            using System;
            using System.IO;
            using System.Net;
            using System.Net.Http;
            using System.Net.Security;
            using System.Net.WebSockets;
            using System.Security.Cryptography.X509Certificates;

            """;

        internal const string Helpers = """

                static readonly RemoteCertificateValidationCallback AcceptAllField = (s, c, ch, e) => true;
                static readonly RemoteCertificateValidationCallback CheckedField = (s, c, ch, e) => e == SslPolicyErrors.None;
                static bool AcceptAll(object sender, X509Certificate? cert, X509Chain? chain, SslPolicyErrors errors) => true;
                static bool AcceptAllBlock(object sender, X509Certificate? cert, X509Chain? chain, SslPolicyErrors errors)
                {
                    Console.WriteLine(errors);
                    return true;
                }
                static bool Validate(object sender, X509Certificate? cert, X509Chain? chain, SslPolicyErrors errors) => errors == SslPolicyErrors.None;
                const string Pin = "A1B2C3D4E5F60718293A4B5C6D7E8F9012345678";
            """;

        internal static string InMethod(string body) => Usings + """
            class C
            {
                void M(HttpClientHandler handler, SocketsHttpHandler sockets, ClientWebSocket socket, Stream stream, HttpWebRequest request)
                {
            """ + "\n" + body + """

                }
            """ + Helpers + "\n}\n";

        private static Task Run(string source, params DiagnosticResult[] expected)
        {
            var test = new Verify.Test { TestCode = source };
            test.AddStub(TransportStubs.All);
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync();
        }

        [Theory]
        [InlineData("""ServicePointManager.ServerCertificateValidationCallback = [|(s, c, ch, e) => true|];""")]
        [InlineData("""ServicePointManager.ServerCertificateValidationCallback += [|(s, c, ch, e) => true|];""")]
        [InlineData("""ServicePointManager.ServerCertificateValidationCallback = [|delegate { return true; }|];""")]
        [InlineData("""ServicePointManager.ServerCertificateValidationCallback = [|AcceptAll|];""")]
        [InlineData("""ServicePointManager.ServerCertificateValidationCallback = [|AcceptAllBlock|];""")]
        [InlineData("""ServicePointManager.ServerCertificateValidationCallback = [|AcceptAllField|];""")]
        [InlineData("""ServicePointManager.ServerCertificateValidationCallback = [|Insecure()|]; static RemoteCertificateValidationCallback Insecure() => (s, c, ch, e) => true;""")]
        [InlineData("""handler.ServerCertificateCustomValidationCallback = [|Insecure()|]; static Func<HttpRequestMessage, X509Certificate2?, X509Chain?, SslPolicyErrors, bool> Insecure() { return (m, c, ch, e) => true; }""")]
        [InlineData("""ServicePointManager.ServerCertificateValidationCallback += [|Insecure()|]; static RemoteCertificateValidationCallback Insecure() { return AcceptAll; }""")]
        [InlineData("""using var ssl = new SslStream(stream, false, [|Insecure()|]); static RemoteCertificateValidationCallback Insecure() => (s, c, ch, e) => true;""")]
        [InlineData("""ServicePointManager.ServerCertificateValidationCallback = [|new RemoteCertificateValidationCallback(AcceptAll)|];""")]
        [InlineData("""handler.ServerCertificateCustomValidationCallback = [|(m, c, ch, e) => true|];""")]
        [InlineData("""handler.ServerCertificateCustomValidationCallback = [|HttpClientHandler.DangerousAcceptAnyServerCertificateValidator|];""")]
        [InlineData("""var h = new HttpClientHandler { ServerCertificateCustomValidationCallback = [|(m, c, ch, e) => true|] };""")]
        [InlineData("""var h = new HttpClientHandler { ServerCertificateCustomValidationCallback = [|HttpClientHandler.DangerousAcceptAnyServerCertificateValidator|] };""")]
        [InlineData("""sockets.SslOptions.RemoteCertificateValidationCallback = [|(s, c, ch, e) => true|];""")]
        [InlineData("""var h = new SocketsHttpHandler { SslOptions = new SslClientAuthenticationOptions { RemoteCertificateValidationCallback = [|delegate { return true; }|] } };""")]
        [InlineData("""var o = new SslClientAuthenticationOptions { RemoteCertificateValidationCallback = [|AcceptAll|] };""")]
        [InlineData("""socket.Options.RemoteCertificateValidationCallback = [|(s, c, ch, e) => true|];""")]
        [InlineData("""var ssl = new SslStream(stream, false, [|(s, c, ch, e) => true|]);""")]
        [InlineData("""var ssl = new SslStream(stream, false, [|AcceptAll|], null);""")]
        [InlineData("""request.ServerCertificateValidationCallback = [|(s, c, ch, e) => true|];""")]
        [InlineData("""var w = new WebRequestHandler { ServerCertificateValidationCallback = [|(s, c, ch, e) => true|] };""")]
        [InlineData("""bool Local(object s, X509Certificate? c, X509Chain? ch, SslPolicyErrors e) => true; ServicePointManager.ServerCertificateValidationCallback = [|Local|];""")]
        [InlineData("""ServicePointManager.ServerCertificateValidationCallback = [|(s, c, ch, e) => { Console.WriteLine(e); return true; }|];""")]
        [InlineData("""ServicePointManager.ServerCertificateValidationCallback = [|(s, c, ch, e) => { if (c is null) return true; return true; }|];""")]
        [InlineData("""var o = new RestSharp.RestClientOptions { RemoteCertificateValidationCallback = [|(s, c, ch, e) => true|] };""")]
        [InlineData("""RemoteCertificateValidationCallback cb = (s, c, ch, e) => true; ServicePointManager.ServerCertificateValidationCallback = [|cb|];""")]
        [InlineData("""ServicePointManager.ServerCertificateValidationCallback = [|(s, c, ch, e) => (true)|];""")]
        [InlineData("""ServicePointManager.ServerCertificateValidationCallback = [|(s, c, ch, e) => e == SslPolicyErrors.None || true|];""")]
        [InlineData("""ServicePointManager.ServerCertificateValidationCallback = [|new RemoteCertificateValidationCallback(delegate { return true; })|];""")]
        [InlineData("""ServicePointManager.ServerCertificateValidationCallback = [|(_, _, _, _) => { try { return true; } catch (Exception) { return true; } }|];""")]
        [InlineData("""var h = new SocketsHttpHandler { SslOptions = { RemoteCertificateValidationCallback = [|(s, c, ch, e) => true|] } };""")]
        [InlineData("""var o = new System.Net.Security.SslClientAuthenticationOptions { TargetHost = "api.corp.net", RemoteCertificateValidationCallback = [|Accept|] }; static bool Accept(object s, X509Certificate? c, X509Chain? ch, SslPolicyErrors e) { return true; }""")]
        public Task Reports_accept_all_callback(string body) => Run(InMethod(body));

        [Fact]
        public Task Message_names_the_target() =>
            Run(InMethod("""handler.ServerCertificateCustomValidationCallback = {|#0:(m, c, ch, e) => true|};"""),
                Verify.Diagnostic().WithLocation(0).WithArguments("'HttpClientHandler.ServerCertificateCustomValidationCallback'", ""));

        // A callback that accepts any certificate for the hosts it names, and validates otherwise: a partial bypass.
        [Theory]
        [InlineData("""handler.ServerCertificateCustomValidationCallback = {|#0:(m, c, ch, e) => e == SslPolicyErrors.None || m.RequestUri!.Host == "gateway.corp.net"|};""", "'HttpClientHandler.ServerCertificateCustomValidationCallback'")]
        [InlineData("""handler.ServerCertificateCustomValidationCallback = {|#0:(m, c, ch, e) => { if (m.RequestUri?.Host == "gateway.corp.net") return true; return e == SslPolicyErrors.None; }|};""", "'HttpClientHandler.ServerCertificateCustomValidationCallback'")]
        [InlineData("""ServicePointManager.ServerCertificateValidationCallback = {|#0:(s, c, ch, e) => e == SslPolicyErrors.None || (s is HttpWebRequest r && r.Host.EndsWith(".corp.net"))|};""", "'ServicePointManager.ServerCertificateValidationCallback'")]
        public Task Reports_partial_bypass_for_named_hosts(string body, string target) =>
            Run(InMethod(body), Verify.Diagnostic().WithLocation(0).WithArguments(target, SecretsAnalyzers.Transport.EXK203CertificateValidationAnalyzer.PartialNote));

        [Theory]
        [InlineData("""handler.ServerCertificateCustomValidationCallback = (m, c, ch, e) => e == SslPolicyErrors.None || (m.RequestUri!.Host == "gateway.corp.net" && c?.Thumbprint == Pin);""")]
        [InlineData("""handler.ServerCertificateCustomValidationCallback = (m, c, ch, e) => { if (m.RequestUri?.Host == "gateway.corp.net") return c?.Thumbprint == Pin; return e == SslPolicyErrors.None; };""")]
        [InlineData("""handler.ServerCertificateCustomValidationCallback = (m, c, ch, e) => e == SslPolicyErrors.None && m.RequestUri!.Host == "gateway.corp.net";""")]
        public Task No_diagnostic_for_host_checks_that_still_validate(string body) => Run(InMethod(body));

        [Fact]
        public Task Reports_bypass_in_inactive_debug_region_and_says_so() =>
            Run(InMethod("""
                #if DEBUG
                        ServicePointManager.ServerCertificateValidationCallback = {|#0:(s, c, ch, e) => true|};
                #endif
                """),
                Verify.Diagnostic().WithLocation(0).WithArguments("'ServerCertificateValidationCallback'", SecretsAnalyzers.Transport.EXK203CertificateValidationAnalyzer.DebugNote));

        [Fact]
        public Task Reports_bypass_in_active_debug_region_and_says_so()
        {
            var test = new Verify.Test
            {
                TestCode = InMethod("""
                    #if DEBUG
                            handler.ServerCertificateCustomValidationCallback = {|#0:HttpClientHandler.DangerousAcceptAnyServerCertificateValidator|};
                    #endif
                    """),
            };
            test.AddStub(TransportStubs.All);
            test.SolutionTransforms.Add((solution, projectId) =>
            {
                var project = solution.GetProject(projectId)!;
                var options = (Microsoft.CodeAnalysis.CSharp.CSharpParseOptions)project.ParseOptions!;
                return solution.WithProjectParseOptions(projectId, options.WithPreprocessorSymbols("DEBUG"));
            });
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0)
                .WithArguments("'HttpClientHandler.ServerCertificateCustomValidationCallback'", SecretsAnalyzers.Transport.EXK203CertificateValidationAnalyzer.DebugNote));
            return test.RunAsync();
        }

        [Fact]
        public Task Reports_method_group_in_inactive_debug_region() =>
            Run(InMethod("""
                #if DEBUG
                        ServicePointManager.ServerCertificateValidationCallback += {|#0:AcceptAllBlock|};
                        ServicePointManager.ServerCertificateValidationCallback += Validate;
                #endif
                """),
                Verify.Diagnostic().WithLocation(0).WithArguments("'ServerCertificateValidationCallback'", SecretsAnalyzers.Transport.EXK203CertificateValidationAnalyzer.DebugNote));

        [Fact]
        public Task Reports_whole_debug_only_member() =>
            Run(Usings + """
                class Startup
                {
                #if DEBUG
                    public static void TrustEverything(HttpClientHandler handler)
                    {
                        handler.ServerCertificateCustomValidationCallback = {|#0:HttpClientHandler.DangerousAcceptAnyServerCertificateValidator|};
                    }
                #endif
                }
                """,
                Verify.Diagnostic().WithLocation(0).WithArguments("'ServerCertificateCustomValidationCallback'", SecretsAnalyzers.Transport.EXK203CertificateValidationAnalyzer.DebugNote));

        [Fact]
        public Task Reports_else_branch_of_not_debug() =>
            Run(InMethod("""
                #if !DEBUG
                        handler.ServerCertificateCustomValidationCallback = (m, c, ch, e) => e == SslPolicyErrors.None;
                #else
                        handler.ServerCertificateCustomValidationCallback = {|#0:(m, c, ch, e) => true|};
                #endif
                """),
                Verify.Diagnostic().WithLocation(0).WithArguments("'ServerCertificateCustomValidationCallback'", SecretsAnalyzers.Transport.EXK203CertificateValidationAnalyzer.DebugNote));

        [Theory]
        [InlineData("""ServicePointManager.ServerCertificateValidationCallback = (s, c, ch, e) => e == SslPolicyErrors.None;""")]
        [InlineData("""ServicePointManager.ServerCertificateValidationCallback = Validate;""")]
        [InlineData("""ServicePointManager.ServerCertificateValidationCallback = CheckedField;""")]
        [InlineData("""ServicePointManager.ServerCertificateValidationCallback = (s, c, ch, e) => e == SslPolicyErrors.None || c?.GetCertHashString() == Pin;""")]
        [InlineData("""handler.ServerCertificateCustomValidationCallback = (m, c, ch, e) => c?.Thumbprint == Pin;""")]
        [InlineData("""handler.ServerCertificateCustomValidationCallback = (m, c, ch, e) => { if (e != SslPolicyErrors.None) throw new InvalidOperationException(); return true; };""")]
        [InlineData("""handler.ServerCertificateCustomValidationCallback = (m, c, ch, e) => { if (e == SslPolicyErrors.None) return true; return false; };""")]
        [InlineData("""handler.ServerCertificateCustomValidationCallback = (m, c, ch, e) => e == SslPolicyErrors.None ? true : throw new InvalidOperationException();""")]
        [InlineData("""handler.ServerCertificateCustomValidationCallback = null;""")]
        [InlineData("""var h = new HttpClientHandler { ServerCertificateCustomValidationCallback = (m, c, ch, e) => e == SslPolicyErrors.None };""")]
        [InlineData("""sockets.SslOptions.RemoteCertificateValidationCallback = (s, c, ch, e) => ch != null && ch.ChainStatus.Length == 0;""")]
        [InlineData("""socket.Options.RemoteCertificateValidationCallback = Validate;""")]
        [InlineData("""var ssl = new SslStream(stream, false, Validate);""")]
        [InlineData("""var ssl = new SslStream(stream);""")]
        [InlineData("""request.ServerCertificateValidationCallback = (s, c, ch, e) => e == SslPolicyErrors.None;""")]
        [InlineData("""var isDefault = handler.ServerCertificateCustomValidationCallback == null;""")]
        [InlineData("""Func<int, bool> unrelated = x => true;""")]
        [InlineData("""handler.CheckCertificateRevocationList = true;""")]
        [InlineData("""handler.ServerCertificateCustomValidationCallback = (m, c, ch, e) => { var ok = e == SslPolicyErrors.None; return ok; };""")]
        [InlineData("""RemoteCertificateValidationCallback cb = (s, c, ch, e) => true;""")]
        [InlineData("""var w = new WebRequestHandler { ServerCertificateValidationCallback = Validate };""")]
        [InlineData("""// ServicePointManager.ServerCertificateValidationCallback = (s, c, ch, e) => true;""")]
        [InlineData("""Console.WriteLine("ServerCertificateValidationCallback = (s, c, ch, e) => true");""")]
        [InlineData("""handler.ServerCertificateCustomValidationCallback = Checked(); static Func<HttpRequestMessage, X509Certificate2?, X509Chain?, SslPolicyErrors, bool> Checked() => (m, c, ch, e) => e == SslPolicyErrors.None;""")]
        [InlineData("""ServicePointManager.ServerCertificateValidationCallback = Pick(); static RemoteCertificateValidationCallback Pick() { if (Environment.UserInteractive) return Validate; return Validate; }""")]
        public Task No_diagnostic_for_real_checks(string body) => Run(InMethod(body));

        [Fact]
        public Task Test_projects_report_as_warning()
        {
            var test = new Verify.Test { TestCode = InMethod("""handler.ServerCertificateCustomValidationCallback = {|#0:(m, c, ch, e) => true|};""") };
            test.AddStub(TransportStubs.All);
            test.TestState.AdditionalReferences.Add(Microsoft.CodeAnalysis.MetadataReference.CreateFromFile(typeof(FactAttribute).Assembly.Location));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning)
                .WithArguments("'HttpClientHandler.ServerCertificateCustomValidationCallback'", ""));
            return test.RunAsync();
        }

        [Fact]
        public Task No_diagnostic_in_inactive_release_only_region() =>
            Run(InMethod("""
                #if RELEASE_ONLY_TOOLING
                        ServicePointManager.ServerCertificateValidationCallback = (s, c, ch, e) => true;
                #endif
                """));
    }
}
