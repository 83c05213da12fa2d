using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SecretsAnalyzers.HardcodedSecrets;
using S = SecretsAnalyzers.Tests.HardcodedSecrets.ShapeSecrets;

namespace SecretsAnalyzers.Tests.HardcodedSecrets
{
    /// <summary>
    /// EXK103-EXK106 on half-typed and generated code and on every cut of a configuration file: no analyzer exception
    /// (AD0001) and no diagnostic message that contains a planted secret.
    /// </summary>
    public class ShapesRobustnessTests
    {
        private static readonly string[] Secrets = { S.Binance64, S.Kraken88, S.Kraken56, S.GeminiAccount, S.Bitget, S.PemBody, S.Generic40, S.Uuid };

        private static readonly string[] Sources =
        {
            $$"""
            using System; using System.Security.Cryptography; using System.Text; using System.Collections.Generic;
            namespace TradingBot.Kraken
            {
                public sealed class KrakenSigner
                {
                    private const string Material = "{{S.Kraken88}}";
                    private readonly string keyHeader = "{{S.Kraken56}}";
                    private static readonly byte[] Raw = new byte[] { 1, 2, 3, 5, 8, 13 };
                    public byte[] Sign(byte[] m) { using var h = new HMACSHA512(Convert.FromBase64String(Material)); h.Key = Encoding.UTF8.GetBytes("{{S.Binance64}}"); return HMACSHA256.HashData("{{S.Generic40}}"u8, m); }
                    public void Load(ECDsa k) => k.ImportFromPem("-----BEGIN EC PRIVATE KEY-----\n{{S.PemBody}}\n-----END EC PRIVATE KEY-----");
                    public Dictionary<string, string> Accounts = new() { ["a"] = "{{S.GeminiAccount}}", ["b"] = "{{S.Bitget}}" };
                    public void Open() => Connect("{{S.Uuid}}", "{{S.OkxSecret}}"); void Connect(string a, string b) { }
                    byte[] key = [0x1f, 0x2e, 0x3d];
                }
            }
            """,
        };

        private static readonly ImmutableArray<MetadataReference> References = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray();

        private static async Task<ImmutableArray<Diagnostic>> RunAsync(string source, AdditionalText? file = null)
        {
            var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), path: "/0/Test.cs");
            var compilation = CSharpCompilation.Create("Robust", new[] { tree }, References, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new EXK103CredentialShapeAnalyzer(), new EXK104SigningKeyAnalyzer(), new EXK105ConfigFileSecretAnalyzer());
            var options = new AnalyzerOptions(file is null ? ImmutableArray<AdditionalText>.Empty : ImmutableArray.Create(file));
            var withAnalyzers = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(options, null, concurrentAnalysis: false, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false));
            return await withAnalyzers.GetAllDiagnosticsAsync(CancellationToken.None);
        }

        private static void AssertHealthy(ImmutableArray<Diagnostic> diagnostics, string context)
        {
            foreach (var d in diagnostics)
            {
                Assert.False(d.Id == "AD0001", context + ": " + d.GetMessage());
                if (!d.Id.StartsWith("EXK", StringComparison.Ordinal)) continue;
                var message = d.GetMessage();
                foreach (var secret in Secrets) Assert.DoesNotContain(secret.Substring(0, 12), message, StringComparison.Ordinal);
                foreach (var value in d.Properties.Values)
                {
                    foreach (var secret in Secrets) Assert.False(value is not null && value.Contains(secret.Substring(0, 12), StringComparison.Ordinal), context);
                }
            }
        }

        [Fact]
        public async Task Half_typed_and_generated_code_never_throws_or_leaks()
        {
            foreach (var source in Sources)
            {
                var full = await RunAsync(source);
                AssertHealthy(full, "full");
                Assert.Contains(full, d => d.Id == "EXK103");
                Assert.Contains(full, d => d.Id == "EXK104");
                for (var cut = 0; cut < source.Length; cut += 23)
                {
                    AssertHealthy(await RunAsync(source.Substring(0, cut)), "cut " + cut);
                }

                AssertHealthy(await RunAsync("// <auto-generated/>\n" + source), "generated");
            }
        }

        [Fact]
        public async Task Every_cut_of_a_configuration_file_never_throws_or_leaks()
        {
            var json = "\uFEFF{ // c\n \"Binance\": { \"ApiSecret\": \"" + S.Binance64 + "\", \"Keys\": [ \"" + S.GeminiAccount + "\", ], },\n /* x */ \"Coinbase\": { \"Pem\": \"-----BEGIN EC PRIVATE KEY-----\\n" + S.PemBody + "\\n-----END EC PRIVATE KEY-----\" } }";
            for (var cut = 0; cut <= json.Length; cut += 7)
            {
                var diagnostics = await RunAsync("class C { }", new InMemoryText("/0/appsettings.json", json.Substring(0, cut)));
                AssertHealthy(diagnostics, "json cut " + cut);
                Assert.True(diagnostics.Count(d => d.Id == "EXK106") <= 1);
            }

            var env = "export BINANCE_API_SECRET=\"" + S.Binance64 + "\"\nPEM=\"-----BEGIN EC PRIVATE KEY-----\n" + S.PemBody + "\n-----END EC PRIVATE KEY-----\"\n";
            for (var cut = 0; cut <= env.Length; cut += 5)
            {
                AssertHealthy(await RunAsync("class C { }", new InMemoryText("/0/.env", env.Substring(0, cut))), "env cut " + cut);
            }
        }

        private sealed class InMemoryText(string path, string text) : AdditionalText
        {
            public override string Path { get; } = path;

            public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
        }
    }
}
