using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using SecretsAnalyzers.CodeFixes.HardcodedSecrets;
using SecretsAnalyzers.Internal;

namespace SecretsAnalyzers.Tests.HardcodedSecrets
{
    /// <summary>The rewriter as other fixes (EXK103, EXK104) use it: any expression node plus FixProperties.</summary>
    public class SecretLookupRewriterTests
    {
        private static async Task<(Document Document, SyntaxNode Node)> CreateAsync(string code, string nodeText)
        {
            var references = await TestReferences.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
            var workspace = new AdhocWorkspace();
            var project = workspace.AddProject("Rewriter", LanguageNames.CSharp)
                .WithMetadataReferences(references.AddRange(TestReferences.Default))
                .WithCompilationOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary))
                .WithParseOptions(new CSharpParseOptions(LanguageVersion.CSharp12));
            var document = project.AddDocument("Test0.cs", code);
            var root = await document.GetSyntaxRootAsync();
            var node = root!.DescendantNodes().OfType<ExpressionSyntax>().First(n => n.ToString() == nodeText);
            return (document, node);
        }

        private static async Task<string> RewriteAsync(string code, string nodeText, ImmutableDictionary<string, string?> properties, SecretLookupKind kind)
        {
            var (document, node) = await CreateAsync(code, nodeText);
            var model = await document.GetSemanticModelAsync();
            var plan = SecretLookupRewriter.TryPlan(model!, node, properties, kind, null, CancellationToken.None);
            Assert.NotNull(plan);
            var changed = await SecretLookupRewriter.RewriteAsync(document, plan!, CancellationToken.None);
            changed = await Simplifier.ReduceAsync(changed, Simplifier.Annotation);
            changed = await Formatter.FormatAsync(changed, Formatter.Annotation);
            var compilation = await changed.Project.GetCompilationAsync();
            Assert.DoesNotContain(compilation!.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
            return (await changed.GetTextAsync()).ToString();
        }

        [Fact]
        public async Task Hex_decoded_key_bytes_become_a_decoded_lookup()
        {
            var properties = FixProperties.Create("Binance", "signingKey", SecretKind.SigningKey, decode: "hex");
            var text = await RewriteAsync("class C { byte[] Key() => new byte[] { 0x1f, 0x2e, 0x3d }; }", "new byte[] { 0x1f, 0x2e, 0x3d }", properties, SecretLookupKind.Environment);
            Assert.Contains("Convert.FromHexString(Environment.GetEnvironmentVariable(\"BINANCE_SIGNING_KEY\") ?? throw new InvalidOperationException(", text);
            Assert.Contains("using System;", text);
        }

        [Fact]
        public async Task Base64_decoded_key_bytes_become_a_decoded_lookup()
        {
            var properties = FixProperties.Create("Kraken", "apiSecret", SecretKind.ApiSecret, decode: "base64");
            var text = await RewriteAsync("class C { byte[] Key() => System.Convert.FromBase64String(\"e6JmDzAR/DVwKRxXmQ0aAJEmiRnyXZ0GEt81nWAm\"); }",
                "System.Convert.FromBase64String(\"e6JmDzAR/DVwKRxXmQ0aAJEmiRnyXZ0GEt81nWAm\")", properties, SecretLookupKind.Environment);
            Assert.Contains("Convert.FromBase64String(Environment.GetEnvironmentVariable(\"KRAKEN_API_SECRET\") ?? throw", text);
        }

        [Fact]
        public async Task No_plan_when_the_analyzer_said_no_fix()
        {
            var (document, node) = await CreateAsync("class C { string S() => \"abc\"; }", "\"abc\"");
            var model = await document.GetSemanticModelAsync();
            var properties = FixProperties.Create(null, "apiSecret", SecretKind.ApiSecret, canFix: false);
            Assert.Null(SecretLookupRewriter.TryPlan(model!, node, properties, SecretLookupKind.Environment, null, CancellationToken.None));
        }

        [Fact]
        public async Task No_key_vault_plan_without_a_secret_client()
        {
            var (document, node) = await CreateAsync("class C { string S() => \"abc\"; }", "\"abc\"");
            var model = await document.GetSemanticModelAsync();
            var properties = FixProperties.Create(null, "apiSecret", SecretKind.ApiSecret);
            Assert.Null(SecretLookupRewriter.TryPlan(model!, node, properties, SecretLookupKind.KeyVault, null, CancellationToken.None));
            Assert.Null(SecretLookupRewriter.TryPlan(model!, node, properties, SecretLookupKind.Configuration, null, CancellationToken.None));
        }
    }
}
