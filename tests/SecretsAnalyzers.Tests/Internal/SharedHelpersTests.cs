using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using SecretsAnalyzers.Internal;

namespace SecretsAnalyzers.Tests.Internal
{
    /// <summary>The shared known-types cache and the one set of operation and symbol helpers every rule uses.</summary>
    public class SharedHelpersTests
    {
        private const string Source = """
            namespace Acme.Net.Http.Headers { public class Deep { } }
            namespace Acme.NetX { public class Sibling { } }
            namespace Acme { public class Base { } public class Derived : Base, System.IDisposable { public void Dispose() { } } }
            public class Global { }
            public class C
            {
                object M(string s) => (object)((s));
                int? N(int i) => i;
            }
            """;

        private static CSharpCompilation Compile(string assemblyName = "Sample", params MetadataReference[] extra) =>
            CSharpCompilation.Create(assemblyName, new[] { CSharpSyntaxTree.ParseText(Source) },
                new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) }.Concat(extra),
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        [Theory]
        [InlineData("Acme.Net.Http.Headers.Deep", "Acme", true)]
        [InlineData("Acme.Net.Http.Headers.Deep", "Acme.Net", true)]
        [InlineData("Acme.Net.Http.Headers.Deep", "Acme.Net.Http.Headers", true)]
        [InlineData("Acme.Net.Http.Headers.Deep", "Acme.Net.Http.Headers.Deep", false)]
        [InlineData("Acme.Net.Http.Headers.Deep", "Net.Http", false)]
        [InlineData("Acme.Net.Http.Headers.Deep", "Acme.Ne", false)]
        [InlineData("Acme.Net.Http.Headers.Deep", "cme.Net", false)]
        [InlineData("Acme.Net.Http.Headers.Deep", "", false)]
        [InlineData("Acme.NetX.Sibling", "Acme.Net", false)]
        [InlineData("Acme.NetX.Sibling", "Acme.NetX", true)]
        [InlineData("Global", "Acme", false)]
        public void IsInNamespace_matches_whole_segments_only(string type, string ns, bool expected)
        {
            var symbol = Compile().GetTypeByMetadataName(type);
            Assert.NotNull(symbol);
            Assert.Equal(expected, symbol.IsInNamespace(ns));
            Assert.Equal(symbol.NamespaceOf() == ns || symbol.NamespaceOf().StartsWith(ns + ".", System.StringComparison.Ordinal), expected);
        }

        [Theory]
        [InlineData("Acme.Net.Http.Headers.Deep", "Acme.Net.Http.Headers", true)]
        [InlineData("Acme.Net.Http.Headers.Deep", "Acme.Net.Http", false)]
        [InlineData("Acme.Net.Http.Headers.Deep", "Net.Http.Headers", false)]
        [InlineData("Acme.NetX.Sibling", "Acme.Net", false)]
        [InlineData("Global", "", false)]
        public void IsNamespace_matches_exactly(string type, string ns, bool expected) =>
            Assert.Equal(expected, Compile().GetTypeByMetadataName(type)!.ContainingNamespace.IsNamespace(ns));

        [Fact]
        public void DerivesFrom_and_Implements_follow_bases_and_interfaces()
        {
            var compilation = Compile();
            var known = KnownTypes.GetOrCreate(compilation);
            var derived = known.Get("Acme.Derived");
            var baseType = known.Get("Acme.Base");
            Assert.True(derived.DerivesFrom(baseType));
            Assert.False(baseType.DerivesFrom(derived));
            Assert.False(derived.DerivesFrom((INamedTypeSymbol?)null));
            Assert.True(derived.DerivesFrom("Base", "Acme"));
            Assert.False(derived.DerivesFrom("Base", "Acme.Net"));
            Assert.True(derived.Implements(known.Get("System.IDisposable")));
            Assert.False(baseType.Implements(known.Get("System.IDisposable")));
        }

        [Fact]
        public void KnownTypes_is_one_cache_per_compilation()
        {
            var compilation = Compile();
            var known = KnownTypes.GetOrCreate(compilation);
            Assert.Same(known, KnownTypes.GetOrCreate(compilation));
            Assert.NotSame(known, KnownTypes.GetOrCreate(Compile()));
            Assert.Same(known.Get("Acme.Base"), known.Get("Acme.Base"));
            Assert.Null(known.Get("Acme.Missing"));

            var builds = 0;
            var first = known.View(k => { builds++; return new object[] { k }; });
            var second = known.View(k => { builds++; return new object[] { k }; });
            Assert.Same(first, second);
            Assert.Equal(1, builds);
        }

        [Fact]
        public void The_test_project_check_reads_the_assembly_name()
        {
            Assert.False(ProjectContext.IsTestProject(Compile("Trading.Bot")));
            Assert.True(ProjectContext.IsTestProject(Compile("Trading.Bot.Tests")));
            Assert.True(ProjectContext.IsTestProject(Compile("Tests")));
            Assert.True(ProjectContext.IsTestProject(Compile("BinanceTests")));
            Assert.False(ProjectContext.IsTestProject(Compile("Contests")));
            Assert.Equal(DiagnosticSeverity.Warning, ProjectContext.Severity(Descriptors.EXK101HardcodedCredential, lower: true));
            Assert.Equal(DiagnosticSeverity.Error, ProjectContext.Severity(Descriptors.EXK101HardcodedCredential, lower: false));
        }

        [Fact]
        public void Conversion_walkers_stop_at_the_value()
        {
            var compilation = Compile();
            var tree = compilation.SyntaxTrees[0];
            var model = compilation.GetSemanticModel(tree);
            var methods = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().ToList();

            // object M(string s) => (object)((s));  C# keeps no parentheses in the operation tree: Conversion(s)
            var body = model.GetOperation(methods.Single(m => m.Identifier.Text == "M").ExpressionBody!.Expression)!;
            Assert.IsAssignableFrom<IConversionOperation>(body);
            Assert.IsAssignableFrom<IParameterReferenceOperation>(body.WalkDownConversion());
            Assert.Same(body.WalkDownConversion(), body.WalkDownConversionAndParentheses());
            Assert.Same(body, body.WalkDownImplicitConversion());   // the cast is explicit
            var reference = body.WalkDownConversionAndParentheses();
            Assert.Same(body, reference.WalkUpConversionAndParentheses());
            Assert.IsAssignableFrom<IReturnOperation>(reference.ConsumerSkippingConversions());

            // int? N(int i) => i;  an implicit conversion under the return
            var parameter = model.GetOperation(methods.Single(m => m.Identifier.Text == "N").ExpressionBody!.Expression)!;
            var returned = parameter.WalkUpConversionAndParentheses();
            Assert.IsAssignableFrom<IConversionOperation>(returned);
            Assert.Same(parameter, returned.WalkDownImplicitConversion());
            Assert.IsAssignableFrom<IReturnOperation>(parameter.ConsumerSkippingConversions());
        }
    }
}
