using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SecretsAnalyzers.Tests.Stubs;
using SecretsAnalyzers.Transport;

namespace SecretsAnalyzers.Tests.Transport
{
    /// <summary>The transport analyzers never throw (AD0001) on broken, half-typed or unusual code.</summary>
    public class TransportRobustnessTests
    {
        private const string Broken = """
            using System;
            using System.Net;
            using System.Net.Http;
            using System.Net.Security;
            using System.Security.Authentication;
            using System.Collections.Generic;

            var top = new Uri("http://gateway.corp.net/" + args[0]);
            ServicePointManager.ServerCertificateValidationCallback = (s, c, ch, e) =>
            ServicePointManager.SecurityProtocol = (SecurityProtocolType)
            record Settings(string BaseUrl = "http://gateway.corp.net", SslProtocols Protocols = SslProtocols.Tls);
            class C<T> where T : HttpClientHandler, new()
            {
                string this[string url] => url;
                public string Endpoint { get => "http://" + ; set { } }
                public Func<HttpRequestMessage, System.Security.Cryptography.X509Certificates.X509Certificate2?, System.Security.Cryptography.X509Certificates.X509Chain?, SslPolicyErrors, bool> Cb = (a, b, c, d) => { return };
                void M(T handler, Undefined u)
                {
                    handler.ServerCertificateCustomValidationCallback = Missing;
                    handler.ServerCertificateCustomValidationCallback = Cb;
                    handler.SslProtocols = SslProtocols.Tls | ;
                    var x = this["http://gateway.corp.net"];
                    u.BaseUrl = "http://gateway.corp.net";
                    new UriBuilder(null!, "http").Scheme = Uri.UriSchemeHttp;
                    new Uri($"http://{}/");
                    new Uri(@"ws://
                    Uri.TryCreate("http://[::1", UriKind.Absolute, out _);
                    new Uri("http://user:@");
                    new Uri("http://[");
                    new Uri("ws://:80");
                    new Uri("http://127.");
            #if DEBUG
                    ServicePointManager.ServerCertificateValidationCallback = delegate { return true;
            #elif
                    handler.ServerCertificateCustomValidationCallback = (a, b, c, d) => true;
            #else
                    x = ;
            #endif
                }
            }
            """;

        [Fact]
        public async Task No_analyzer_throws_on_broken_code()
        {
            var references = await TestReferences.Net80.ResolveAsync(LanguageNames.CSharp, default);
            var trees = new[]
            {
                CSharpSyntaxTree.ParseText(Broken, new CSharpParseOptions(LanguageVersion.Latest)),
                CSharpSyntaxTree.ParseText(TransportStubs.All, new CSharpParseOptions(LanguageVersion.Latest)),
            };
            var compilation = CSharpCompilation.Create("Robust", trees, references, new CSharpCompilationOptions(OutputKind.ConsoleApplication));
            var errors = new ConcurrentBag<Exception>();
            var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new EXK201PlainHttpAnalyzer(), new EXK203CertificateValidationAnalyzer(),
                new EXK204ObsoleteTlsAnalyzer(), new EXK201ConfigFileEndpointAnalyzer());
            var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                (exception, analyzer, diagnostic) => errors.Add(exception), concurrentAnalysis: true, logAnalyzerExecutionTime: false);
            var diagnostics = await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync();
            Assert.Empty(errors);
            Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
            Assert.Contains(diagnostics, d => d.Id == "EXK201");
        }
    }
}
