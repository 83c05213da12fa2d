using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using SecretsAnalyzers.HardcodedSecrets;
using SecretsAnalyzers.Logging;
using F = SecretsAnalyzers.Tests.HardcodedSecrets.FormatSecrets;

namespace SecretsAnalyzers.Tests.HardcodedSecrets
{
    /// <summary>
    /// A secret literal passed straight to a console, log, exception or URL sink is reported once, by the hard-coded
    /// secret family (EXK102 for a credential inside the string, EXK103 for a high-confidence format), never also by
    /// EXK401/EXK402/EXK404, which judge values that flow from secret sources.
    /// </summary>
    public class OneReportPerSecretLiteralTests
    {
        private sealed class AllSecretRules : CSharpAnalyzerTest<EXK102SecretNamedSymbolAnalyzer, DefaultVerifier>
        {
            public AllSecretRules()
            {
                ReferenceAssemblies = TestReferences.Net80;
                TestState.AdditionalReferences.AddRange(TestReferences.Default);
                TestBehaviors |= TestBehaviors.SkipGeneratedCodeCheck;
            }

            protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => new DiagnosticAnalyzer[]
            {
                new EXK101HardcodedCredentialAnalyzer(), new EXK102SecretNamedSymbolAnalyzer(), new EXK103CredentialShapeAnalyzer(),
                new EXK104SigningKeyAnalyzer(), new EXK401SecretLoggingAnalyzer(),
            };

            protected override ParseOptions CreateParseOptions() =>
                ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion.CSharp12);
        }

        [Theory]
        [InlineData("void M() => Console.WriteLine({|EXK102:\"connecting with Password=Rb7q2Lx9\"|});")]
        [InlineData("void M() => throw new InvalidOperationException({|EXK102:\"login failed for amqp://bot:Rb7q2Lx9@broker.internal\"|});")]
        [InlineData("Uri M() => new Uri({|EXK102:\"https://feeds.quotehub.io/v2/last?api_key=Qm7Rt2Lx9Vb4Nc8Kd3Wz\"|});")]
        [InlineData("void M() => Console.WriteLine({|EXK103:\"" + F.Jwt + "\"|});")]
        [InlineData("void M() => Console.Error.WriteLine({|EXK103:\"" + F.Telegram + "\"|});")]
        [InlineData("void M() { var token = {|EXK102:\"" + F.Jwt + "\"|}; Console.WriteLine(token.Length); }")]
        public Task Each_secret_literal_is_reported_by_exactly_one_rule(string members) => new AllSecretRules
        {
            TestCode = "using System;\nclass C\n{\n" + members + "\n}\n",
        }.RunAsync();
    }
}
