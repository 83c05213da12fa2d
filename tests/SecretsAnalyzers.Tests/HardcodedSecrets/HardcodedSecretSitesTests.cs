using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SecretsAnalyzers.HardcodedSecrets;
using SecretsAnalyzers.Internal;
using SecretsAnalyzers.Options;
using SecretsAnalyzers.Tests.Stubs;
using static SecretsAnalyzers.Tests.HardcodedSecrets.HardcodedTestSecrets;

namespace SecretsAnalyzers.Tests.HardcodedSecrets
{
    /// <summary>The API other rules call (EXK103) to ask whether EXK101/EXK102/EXK107 own a literal, and the constant tracker.</summary>
    public class HardcodedSecretSitesTests
    {
        internal static async Task<CSharpCompilation> CompileAsync(string members)
        {
            var references = await TestReferences.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
            var parse = new CSharpParseOptions(LanguageVersion.CSharp12);
            var trees = new List<SyntaxTree> { CSharpSyntaxTree.ParseText(EXK101HardcodedCredentialTests.Usings + "class C\n{\n" + members + "\n}\n", parse, "/0/Test0.cs") };
            trees.AddRange(ExchangeSdkStubs.All.Select((s, i) => CSharpSyntaxTree.ParseText(s, parse, "/0/Stub" + i + ".cs")));
            return CSharpCompilation.Create("Sites", trees, references.AddRange(TestReferences.Default),
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        }

        private static async Task<HardcodedSecretRule> RuleForAsync(string members, string literalValue)
        {
            var compilation = await CompileAsync(members);
            var tree = compilation.SyntaxTrees.First();
            var model = compilation.GetSemanticModel(tree);
            var literal = tree.GetRoot().DescendantNodes().OfType<LiteralExpressionSyntax>().First(l => l.Token.ValueText == literalValue);
            var known = HardcodedKnownTypes.From(compilation);
            var lookups = LookupsFor(compilation, tree, model);
            var bySyntax = HardcodedSecretSites.WouldReport(literal, model, SecretsOptions.Empty, known, lookups);
            var byOperation = HardcodedSecretSites.WouldReport(model.GetOperation(literal)!, SecretsOptions.Empty, known, lookups);
            Assert.Equal(bySyntax, byOperation);
            return bySyntax;
        }

        /// <summary>The value index and const-use table the analyzers build while the driver visits the type, built here from every reference of the tree.</summary>
        private static SiteLookups LookupsFor(Compilation compilation, SyntaxTree tree, SemanticModel model)
        {
            var uses = SymbolValueIndex.Create(compilation.Assembly);
            foreach (var node in tree.GetRoot().DescendantNodes())
            {
                if (node is IdentifierNameSyntax && model.GetOperation(node) is ILocalReferenceOperation or IFieldReferenceOperation or IPropertyReferenceOperation)
                    uses.Record(model.GetOperation(node)!);
            }

            return new SiteLookups(uses, new ConstantOnlyNames());
        }

        [Theory]
        [InlineData($$"""object M() => new HMACCredential("{{Key}}", "{{Secret}}");""", Secret, HardcodedSecretRule.EXK101)]
        [InlineData($$"""private const string S = "{{Secret}}"; object M() => new HMACCredential("{{Key}}", S);""", Secret, HardcodedSecretRule.EXK101)]
        [InlineData($$"""void M(System.Net.Http.HttpRequestMessage r) => r.Headers.Add("X-MBX-APIKEY", "{{Key}}");""", Key, HardcodedSecretRule.EXK101)]
        [InlineData($$"""private const string ApiSecret = "{{Secret}}";""", Secret, HardcodedSecretRule.EXK102)]
        [InlineData($$"""private const string Connection = "ApiKey={{Key}};Exchange=Binance";""", "ApiKey=" + Key + ";Exchange=Binance", HardcodedSecretRule.EXK102)]
        [InlineData("""private const string ApiSecret = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j";""", "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j", HardcodedSecretRule.EXK107)]
        [InlineData($$"""private const string Label = "{{Secret}}";""", Secret, HardcodedSecretRule.None)]
        [InlineData($$"""void M() => Console.WriteLine("{{Secret}}");""", Secret, HardcodedSecretRule.None)]
        [InlineData("""object M() => new HMACCredential("123", "BINANCE_API_SECRET");""", "BINANCE_API_SECRET", HardcodedSecretRule.None)]
        public async Task WouldReport_answers_for_the_owning_rule(string members, string literalValue, object expected) =>
            Assert.Equal((HardcodedSecretRule)expected, await RuleForAsync(members, literalValue));

        [Fact]
        public async Task Site_carries_fix_facts_without_the_value()
        {
            var compilation = await CompileAsync($$"""object M() => new BinanceCredentials("{{Key}}", "{{Secret}}");""");
            var tree = compilation.SyntaxTrees.First();
            var model = compilation.GetSemanticModel(tree);
            var literal = tree.GetRoot().DescendantNodes().OfType<LiteralExpressionSyntax>().First(l => l.Token.ValueText == Secret);
            Assert.True(HardcodedSecretSites.TryGetSite(model.GetOperation(literal)!, SecretsOptions.Empty, HardcodedKnownTypes.From(compilation), LookupsFor(compilation, tree, model), out var site));
            var properties = site.CreateProperties();
            Assert.Equal("Binance:ApiSecret", properties[FixProperties.ConfigKey]);
            Assert.Equal("BINANCE_API_SECRET", properties[FixProperties.EnvVar]);
            Assert.Equal("binance-api-secret", properties[FixProperties.VaultName]);
            Assert.DoesNotContain(properties.Values, v => v is not null && v.Contains(Secret.Substring(4, 8), StringComparison.Ordinal));
            Assert.Equal("parameter 'secret' of 'BinanceCredentials'", site.Target);
        }

        [Theory]
        [InlineData($$"""object M() => new HMACCredential("k", "{{Secret}}");""", ConstantEncoding.None)]
        [InlineData($$"""private const string A = "{{Secret}}"; const string B = A; object M() => new HMACCredential("k", B);""", ConstantEncoding.None)]
        [InlineData($$"""object M() => new Account(Encoding.UTF8.GetBytes("{{Secret}}"));""", ConstantEncoding.Utf8Bytes)]
        [InlineData($$"""void M(ExchangeBinanceAPI api) => api.PrivateApiKey = "{{Secret}}".ToSecureString();""", ConstantEncoding.SecureString)]
        [InlineData($$"""static string P => "{{Secret}}"; object M() { var s = P; return new HMACCredential("k", s); }""", ConstantEncoding.None)]
        public async Task Constant_tracker_finds_the_literal(string members, object encoding)
        {
            var compilation = await CompileAsync(members);
            var tree = compilation.SyntaxTrees.First();
            var model = compilation.GetSemanticModel(tree);
            var sinkValue = tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>().Cast<SyntaxNode>()
                .Concat(tree.GetRoot().DescendantNodes().OfType<ObjectCreationExpressionSyntax>())
                .Concat(tree.GetRoot().DescendantNodes().OfType<AssignmentExpressionSyntax>())
                .Select(n => model.GetOperation(n))
                .SelectMany(o => o switch
                {
                    IObjectCreationOperation c => c.Arguments.Where(a => a.ArgumentKind != ArgumentKind.DefaultValue).Select(a => a.Value),
                    ISimpleAssignmentOperation a => new[] { a.Value },
                    _ => Enumerable.Empty<IOperation>(),
                })
                .Last();
            Assert.True(ConstantTracker.TryTrack(sinkValue, out var constant));
            Assert.Equal(Secret, constant.Value);
            Assert.Equal((ConstantEncoding)encoding, constant.Encoding);
            Assert.IsType<LiteralExpressionSyntax>(constant.Origin);
        }

        [Fact]
        public async Task Constant_tracker_refuses_a_reassigned_local()
        {
            var compilation = await CompileAsync($$"""object M(string other) { var s = "{{Secret}}"; s = other; return new HMACCredential("k", s); }""");
            var tree = compilation.SyntaxTrees.First();
            var model = compilation.GetSemanticModel(tree);
            var creation = (IObjectCreationOperation)model.GetOperation(tree.GetRoot().DescendantNodes().OfType<ObjectCreationExpressionSyntax>().Single())!;
            Assert.False(ConstantTracker.TryTrack(creation.Arguments[1].Value, out _));
        }

        // ---------------- Robustness ----------------

        public static IEnumerable<object[]> HalfTypedSources()
        {
            var sources = new[]
            {
                $$"""private const string ApiSecret = "{{Secret}}"; object M() => new HMACCredential("{{Key}}", ApiSecret); object N() => new ccxt.binance(new Dictionary<string, object> { { "secret", "{{Secret}}" } });""",
                $$"""void M(HttpRequestMessage request, ExchangeBinanceAPI api) { request.Headers.Add("X-MBX-APIKEY", "{{Key}}"); api.PrivateApiKey = "{{Secret}}".ToSecureString(); var apiSecret = $"{ "{{Secret}}" }"; }""",
                $$"""record R(string ApiSecret); object M() => new R(ApiSecret: "{{Secret}}"); object N() => new { Passphrase = "{{Pass}}" }; const string Connection = "ApiSecret={{Secret}};";""",
            };
            foreach (var source in sources)
            {
                for (var cut = 10; cut < source.Length; cut += 7) yield return new object[] { source.Substring(0, cut) };
            }
        }

        [Fact]
        public async Task Analyzers_survive_half_typed_and_generated_code_and_never_leak_values()
        {
            var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new EXK101HardcodedCredentialAnalyzer(), new EXK102SecretNamedSymbolAnalyzer());
            foreach (var row in HalfTypedSources())
            {
                var code = (string)row[0];
                foreach (var generated in new[] { false, true })
                {
                    var compilation = await CompileAsync(code);
                    if (generated)
                    {
                        var tree = compilation.SyntaxTrees.First();
                        compilation = compilation.ReplaceSyntaxTree(tree, tree.WithFilePath("/0/Test0.g.cs"));
                    }

                    var diagnostics = await compilation.WithAnalyzers(analyzers).GetAnalyzerDiagnosticsAsync();
                    Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
                    foreach (var d in diagnostics)
                    {
                        var message = d.GetMessage();
                        foreach (var secret in new[] { Key, Secret, Pass })
                            Assert.DoesNotContain(secret.Substring(4, 10), message, StringComparison.Ordinal);
                        foreach (var value in d.Properties.Values)
                            Assert.True(value is null || !value.Contains(Secret.Substring(4, 10), StringComparison.Ordinal));
                    }
                }
            }
        }
    }
}
