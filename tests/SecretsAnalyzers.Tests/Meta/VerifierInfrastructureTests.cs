using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SecretsAnalyzers.Tests.Meta
{
    /// <summary>Proves the shared verifier resolves the real reference packages the rule tests compile against.</summary>
    public class VerifierInfrastructureTests
    {
        [DiagnosticAnalyzer(LanguageNames.CSharp)]
        private sealed class LiteralProbe : DiagnosticAnalyzer
        {
            internal static readonly DiagnosticDescriptor Rule = new("PROBE01", "probe", "probe", "Test", DiagnosticSeverity.Warning, true);

            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

            public override void Initialize(AnalysisContext context)
            {
                context.EnableConcurrentExecution();
                context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
                context.RegisterSyntaxNodeAction(c =>
                {
                    var literal = (LiteralExpressionSyntax)c.Node;
                    if (literal.Token.ValueText == "probe") c.ReportDiagnostic(Diagnostic.Create(Rule, literal.GetLocation()));
                }, SyntaxKind.StringLiteralExpression);
            }
        }

        [Fact]
        public Task Compiles_against_configuration_and_logging_abstractions() =>
            CSharpAnalyzerVerifier<LiteralProbe>.VerifyAnalyzerAsync("""
                using Microsoft.Extensions.Configuration;
                using Microsoft.Extensions.Logging;
                using Microsoft.Extensions.Options;

                class C
                {
                    string M(IConfiguration configuration, ILogger logger, IOptions<object> options)
                    {
                        logger.LogInformation("started");
                        return configuration["Binance:ApiKey"] ?? [|"probe"|];
                    }
                }
                """);

        [Fact]
        public Task Compiles_against_key_vault()
        {
            var test = new CSharpAnalyzerVerifier<LiteralProbe>.Test
            {
                TestCode = """
                    using Azure.Security.KeyVault.Secrets;

                    class C
                    {
                        string M(SecretClient client) => client.GetSecret([|"probe"|]).Value.Value;
                    }
                    """,
            };
            return test.WithKeyVault().RunAsync();
        }

        [Fact]
        public Task Compiles_against_serilog_nlog_and_log4net()
        {
            var test = new CSharpAnalyzerVerifier<LiteralProbe>.Test
            {
                TestCode = """
                    class C
                    {
                        void M(Serilog.ILogger serilog, NLog.Logger nlog, log4net.ILog log4)
                        {
                            serilog.Information("a {X}", 1);
                            nlog.Info("b {X}", 2);
                            log4.InfoFormat("c {0}", [|"probe"|]);
                        }
                    }
                    """,
            };
            return test.WithLoggers().RunAsync();
        }
    }
}
