using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SecretsAnalyzers.Internal;

namespace SecretsAnalyzers.Tests.Internal
{
    /// <summary>The conditional directives of a tree, found by descending only where ContainsDirectives is set.</summary>
    public class ConditionalDirectivesTests
    {
        private const string Source = """
            #nullable enable
            #region usings
            using System;
            #endregion
            namespace N
            {
                class C
                {
            #pragma warning disable CS0168
                    void M(int x)
                    {
                        var y = x + (x * 2);
            #if DEBUG
                        Console.WriteLine("debug one");
            #elif NET462
                        Console.WriteLine("old framework");
            #else
                        Console.WriteLine("release");
            #endif
                        y++;
                    }
            #if TRACE_ONLY
                    void Hidden() { }
            #endif
                }
            }
            #if FEATURE_LAST
            class Tail { }
            #endif
            """;

        private static SyntaxTree Parse(params string[] symbols) =>
            CSharpSyntaxTree.ParseText(Source, new CSharpParseOptions(preprocessorSymbols: symbols));

        private static string Describe(ConditionalDirective d) =>
            d.Directive.Kind().ToString().Replace("DirectiveTrivia", "") + (d.HasDisabledText ? "+" + d.DisabledText.ToString().Trim() : "");

        [Fact]
        public void Finds_every_conditional_directive_in_order_with_its_disabled_text()
        {
            var found = ConditionalDirectives.Collect(Parse("NET462"), CancellationToken.None)!.Select(Describe);
            Assert.Equal(new[]
            {
                "If+Console.WriteLine(\"debug one\");",
                "Elif",
                "Else+Console.WriteLine(\"release\");",
                "EndIf",
                "If+void Hidden() { }",
                "EndIf",
                "If+class Tail { }",
                "EndIf",
            }, found);
        }

        [Fact]
        public void Stops_at_the_end_position()
        {
            var tree = Parse("DEBUG");
            var hidden = Source.IndexOf("#if TRACE_ONLY", System.StringComparison.Ordinal);
            var found = ConditionalDirectives.Collect(tree, CancellationToken.None, hidden)!.Select(Describe);
            Assert.Equal(new[] { "If", "Elif+Console.WriteLine(\"old framework\");", "Else+Console.WriteLine(\"release\");", "EndIf" }, found);
        }

        [Theory]
        [InlineData("class C { }")]
        [InlineData("#nullable enable\n#region R\nclass C { }\n#endregion\n#pragma warning disable CS1591\n")]
        public void Null_without_conditional_directives(string source) =>
            Assert.Null(ConditionalDirectives.Collect(CSharpSyntaxTree.ParseText(source), CancellationToken.None));
    }
}
