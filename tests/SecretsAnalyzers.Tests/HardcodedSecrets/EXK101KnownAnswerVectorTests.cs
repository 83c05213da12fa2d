using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using SecretsAnalyzers.Tests.Stubs;
using Xunit;
using static SecretsAnalyzers.Tests.HardcodedSecrets.HardcodedTestSecrets;
using Verify101 = SecretsAnalyzers.Tests.CSharpAnalyzerVerifier<SecretsAnalyzers.HardcodedSecrets.EXK101HardcodedCredentialAnalyzer>;
using Verify102 = SecretsAnalyzers.Tests.CSharpAnalyzerVerifier<SecretsAnalyzers.HardcodedSecrets.EXK102SecretNamedSymbolAnalyzer>;
using Verify103 = SecretsAnalyzers.Tests.CSharpAnalyzerVerifier<SecretsAnalyzers.HardcodedSecrets.EXK103CredentialShapeAnalyzer>;

namespace SecretsAnalyzers.Tests.HardcodedSecrets
{
    /// <summary>
    /// Known-answer test material (issue 11): credentials an SDK's own test project signs with and asserts against an
    /// expected output are test vectors, the same exemption EXK104 has. Only in a test project, and only where the
    /// credential reaches the API inside a test method that asserts.
    /// </summary>
    public class EXK101KnownAnswerVectorTests
    {
        private const string XunitStub = """
            namespace Xunit
            {
                public sealed class FactAttribute : System.Attribute { }
                public static class Assert { public static void Equal(string expected, string actual) { } public static void NotNull(object o) { } }
            }

            """;

        /// <summary>Two test PEMs held by consts of the test class, signed with and asserted in a [Fact] (the shape seen in a connector's tests).</summary>
        private static string PemFixture(string keyLiteral, string pemLiteral, string extraMember = "") => EXK101HardcodedCredentialTests.Usings + XunitStub + $$"""
            namespace Connector.Tests
            {
                using Xunit;
                public class RsaSigningTests
                {
                    private const string TestKey = {{keyLiteral}};
                    private const string TestPrivateKeyPem = {{pemLiteral}};

                    [Fact]
                    public void Signs_the_documented_request()
                    {
                        var credentials = ApiCredentials.RsaPemCredentials(TestKey, TestPrivateKeyPem);
                        Assert.Equal("dGhlIGV4cGVjdGVkIHNpZ25hdHVyZQ==", Sign(credentials, "symbol=BTCUSDT&timestamp=1"));
                    }

                    private static string Sign(object credentials, string payload) => payload;
            {{extraMember}}
                }
            }
            """;

        /// <summary>One [Fact] that builds inline credentials (<paramref name="credentialArguments"/>) and then runs <paramref name="check"/>.</summary>
        private static string InlineFixture(string credentialArguments, string check, string extraMembers = "") => EXK101HardcodedCredentialTests.Usings + XunitStub + $$"""
            namespace Connector.Tests
            {
                using Xunit;
                public static class TestHelpers { public static void CheckSignature(object credentials, string expected) { } }
                public class HmacSigningTests
                {
                    [Fact]
                    public void Signs_like_the_documentation()
                    {
                        var credentials = new HMACCredential({{credentialArguments}});
                        {{check}}
                    }
            {{extraMembers}}
                }
            }
            """;

        private static T InTestProject<T>(T test, string assemblyName = "Connector.Tests")
            where T : Microsoft.CodeAnalysis.Testing.AnalyzerTest<Microsoft.CodeAnalysis.Testing.DefaultVerifier>
        {
            foreach (var stub in ExchangeSdkStubs.All) test.TestState.Sources.Add(stub);
            test.SolutionTransforms.Add((solution, projectId) => solution.WithProjectAssemblyName(projectId, assemblyName));
            return test;
        }

        // ---------------- Silent: known-answer vectors ----------------

        [Fact]
        public Task No_diagnostic_for_test_pems_held_by_consts_and_asserted_in_a_test() =>
            InTestProject(new Verify101.Test { TestCode = PemFixture($"\"{Key}\"", $"\"{Pem}\"") }).RunAsync();

        [Fact]
        public Task No_diagnostic_for_credentials_written_inline_in_a_known_answer_test() =>
            InTestProject(new Verify101.Test
            {
                TestCode = InlineFixture($"\"{Key}\", \"{Secret}\"", """Assert.Equal("c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71", credentials.ToString());"""),
            }).RunAsync();

        [Theory]
        [InlineData("TestHelpers.CheckSignature")]
        [InlineData("VerifySignature")]
        public Task No_diagnostic_when_a_check_helper_asserts_the_expected_output(string helper) =>
            InTestProject(new Verify101.Test
            {
                TestCode = InlineFixture($"\"{Key}\", \"{Secret}\"", helper + """(credentials, "c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71");""",
                    "        private static void VerifySignature(object credentials, string expected) { }"),
            }).RunAsync();

        [Fact]
        public Task Reports_inline_credentials_when_the_test_only_calls_a_non_check_helper()
        {
            var test = InTestProject(new Verify101.Test
            {
                TestCode = InlineFixture($"{{|#0:\"{Key}\"|}}, {{|#1:\"{Secret}\"|}}", "Checkout(credentials);",
                    "        private static void Checkout(object credentials) { }"),
            });
            test.ExpectedDiagnostics.Add(Verify101.Diagnostic("EXK101").WithLocation(0).WithSeverity(DiagnosticSeverity.Warning).WithArguments("parameter 'key' of 'HMACCredential'", Key.Length + " characters"));
            test.ExpectedDiagnostics.Add(Verify101.Diagnostic("EXK101").WithLocation(1).WithSeverity(DiagnosticSeverity.Warning).WithArguments("parameter 'secret' of 'HMACCredential'", Secret.Length + " characters"));
            return test.RunAsync();
        }

        [Fact]
        public Task EXK102_does_not_take_over_a_known_answer_pem_held_by_a_secret_named_const() =>
            InTestProject(new Verify102.Test { TestCode = PemFixture($"\"{Key}\"", $"\"{Pem}\"") }).RunAsync();

        [Fact]
        public Task EXK103_does_not_take_over_a_known_answer_pem() =>
            InTestProject(new Verify103.Test { TestCode = PemFixture($"\"{Key}\"", $"\"{Pem}\"") }).RunAsync();

        // ---------------- Still reported: not a known-answer vector ----------------

        [Fact]
        public Task Reports_the_same_fixture_outside_a_test_project()
        {
            var test = InTestProject(new Verify101.Test { TestCode = PemFixture($"{{|#0:\"{Key}\"|}}", $"{{|#1:\"{Pem}\"|}}") }, "Connector");
            test.ExpectedDiagnostics.Add(Verify101.Diagnostic("EXK101").WithLocation(0).WithArguments("parameter 'apiKey' of 'ApiCredentials.RsaPemCredentials'", "32 characters"));
            test.ExpectedDiagnostics.Add(Verify101.Diagnostic("EXK101").WithLocation(1).WithArguments("parameter 'privateKey' of 'ApiCredentials.RsaPemCredentials'", Pem.Length - 2 + " characters"));
            return test.RunAsync();
        }

        [Fact]
        public Task Reports_a_const_also_used_outside_the_known_answer_test_one_level_lower()
        {
            var test = InTestProject(new Verify101.Test
            {
                TestCode = PemFixture($"\"{Key}\"", $"{{|#0:\"{Pem}\"|}}",
                    "        public static object Live() => ApiCredentials.RsaPemCredentials({|#1:\"" + Key + "\"|}, TestPrivateKeyPem);"),
            });
            test.ExpectedDiagnostics.Add(Verify101.Diagnostic("EXK101").WithLocation(0).WithSeverity(DiagnosticSeverity.Warning)
                .WithArguments("parameter 'privateKey' of 'ApiCredentials.RsaPemCredentials'", Pem.Length - 2 + " characters"));
            test.ExpectedDiagnostics.Add(Verify101.Diagnostic("EXK101").WithLocation(1).WithSeverity(DiagnosticSeverity.Warning)
                .WithArguments("parameter 'apiKey' of 'ApiCredentials.RsaPemCredentials'", "32 characters"));
            return test.RunAsync();
        }

        [Fact]
        public Task Reports_a_plain_key_in_a_test_that_asserts_nothing_one_level_lower()
        {
            var test = InTestProject(new Verify101.Test
            {
                TestCode = EXK101HardcodedCredentialTests.Usings + XunitStub + $$"""
                    namespace Connector.Tests
                    {
                        using Xunit;
                        public class ClientTests
                        {
                            [Fact]
                            public void Connects()
                            {
                                var client = new BinanceRestClient(o => o.ApiCredentials = new BinanceCredentials({|#0:"{{Key}}"|}, {|#1:"{{Secret}}"|}));
                            }
                        }
                    }
                    """,
            });
            test.ExpectedDiagnostics.Add(Verify101.Diagnostic("EXK101").WithLocation(0).WithSeverity(DiagnosticSeverity.Warning).WithArguments("parameter 'key' of 'BinanceCredentials'", "32 characters"));
            test.ExpectedDiagnostics.Add(Verify101.Diagnostic("EXK101").WithLocation(1).WithSeverity(DiagnosticSeverity.Warning).WithArguments("parameter 'secret' of 'BinanceCredentials'", "44 characters"));
            return test.RunAsync();
        }

        [Fact]
        public Task Reports_a_key_in_a_helper_of_the_test_class_one_level_lower()
        {
            var test = InTestProject(new Verify101.Test
            {
                TestCode = EXK101HardcodedCredentialTests.Usings + XunitStub + $$"""
                    namespace Connector.Tests
                    {
                        using Xunit;
                        public class ClientTests
                        {
                            private static HMACCredential Credentials() => new HMACCredential({|#0:"{{Key}}"|}, {|#1:"{{Secret}}"|});

                            [Fact]
                            public void Signs() => Assert.NotNull(Credentials());
                        }
                    }
                    """,
            });
            test.ExpectedDiagnostics.Add(Verify101.Diagnostic("EXK101").WithLocation(0).WithSeverity(DiagnosticSeverity.Warning).WithArguments("parameter 'key' of 'HMACCredential'", "32 characters"));
            test.ExpectedDiagnostics.Add(Verify101.Diagnostic("EXK101").WithLocation(1).WithSeverity(DiagnosticSeverity.Warning).WithArguments("parameter 'secret' of 'HMACCredential'", "44 characters"));
            return test.RunAsync();
        }
    }
}
