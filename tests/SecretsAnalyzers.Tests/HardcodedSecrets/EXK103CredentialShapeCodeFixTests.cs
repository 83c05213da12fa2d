using System.Threading.Tasks;
using S = SecretsAnalyzers.Tests.HardcodedSecrets.ShapeSecrets;
using Verify = SecretsAnalyzers.Tests.CSharpCodeFixVerifier<SecretsAnalyzers.HardcodedSecrets.EXK103CredentialShapeAnalyzer, SecretsAnalyzers.CodeFixes.HardcodedSecrets.EXK103CredentialShapeCodeFix>;

namespace SecretsAnalyzers.Tests.HardcodedSecrets
{
    /// <summary>EXK103 fixes (the shared lookup rewriter): exact before/after, Fix All, compiling results.</summary>
    public class EXK103CredentialShapeCodeFixTests
    {
        [Fact]
        public Task Environment_fix_replaces_the_literal() => new Verify.Test
        {
            TestCode = $$"""
                namespace TradingBot.Kraken
                {
                    public sealed class Gateway
                    {
                        private readonly string material = [|"{{S.Kraken88}}"|];
                        public int Length => material.Length;
                    }
                }
                """,
            FixedCode = """
                using System;

                namespace TradingBot.Kraken
                {
                    public sealed class Gateway
                    {
                        private readonly string material = Environment.GetEnvironmentVariable("KRAKEN_API_SECRET") ?? throw new InvalidOperationException("Environment variable 'KRAKEN_API_SECRET' is not set.");
                        public int Length => material.Length;
                    }
                }
                """,
            CodeActionEquivalenceKey = "EXK103.Environment",
        }.RunAsync();

        [Fact]
        public Task Configuration_fix_uses_the_reachable_configuration() => new Verify.Test
        {
            TestCode = $$"""
                using Microsoft.Extensions.Configuration;

                namespace TradingBot
                {
                    public sealed class GeminiAccounts(IConfiguration configuration)
                    {
                        public string Primary() => [|"{{S.GeminiAccount}}"|];
                    }
                }
                """,
            FixedCode = """
                using System;
                using Microsoft.Extensions.Configuration;

                namespace TradingBot
                {
                    public sealed class GeminiAccounts(IConfiguration configuration)
                    {
                        public string Primary() => configuration["Gemini:ApiKey"] ?? throw new InvalidOperationException("Configuration value 'Gemini:ApiKey' is missing.");
                    }
                }
                """,
            CodeActionEquivalenceKey = "EXK103.Configuration",
        }.RunAsync();

        [Fact]
        public Task Fix_all_rewrites_every_literal_of_the_document() => new Verify.Test
        {
            TestCode = $$"""
                using System.Collections.Generic;

                static class Accounts
                {
                    public static readonly Dictionary<string, string> ByLabel = new()
                    {
                        ["primary"] = [|"{{S.GeminiAccount}}"|],
                        ["hedge"] = [|"{{S.GeminiMaster}}"|],
                        ["bitget"] = [|"{{S.Bitget}}"|],
                    };
                }
                """,
            FixedCode = """
                using System;
                using System.Collections.Generic;

                static class Accounts
                {
                    public static readonly Dictionary<string, string> ByLabel = new()
                    {
                        ["primary"] = Environment.GetEnvironmentVariable("GEMINI_API_KEY") ?? throw new InvalidOperationException("Environment variable 'GEMINI_API_KEY' is not set."),
                        ["hedge"] = Environment.GetEnvironmentVariable("GEMINI_API_KEY_2") ?? throw new InvalidOperationException("Environment variable 'GEMINI_API_KEY_2' is not set."),
                        ["bitget"] = Environment.GetEnvironmentVariable("BITGET_API_KEY") ?? throw new InvalidOperationException("Environment variable 'BITGET_API_KEY' is not set."),
                    };
                }
                """,
            CodeActionEquivalenceKey = "EXK103.Environment",
        }.RunAsync();

        [Fact]
        public Task No_fix_in_an_attribute_argument() => new Verify.Test
        {
            TestCode = $$"""
                using System;

                [AttributeUsage(AttributeTargets.Class)]
                sealed class KeyAttribute(string value) : Attribute { public string Value { get; } = value; }

                [Key([|"{{S.Bitget}}"|])]
                class Holder { }
                """,
            FixedCode = $$"""
                using System;

                [AttributeUsage(AttributeTargets.Class)]
                sealed class KeyAttribute(string value) : Attribute { public string Value { get; } = value; }

                [Key([|"{{S.Bitget}}"|])]
                class Holder { }
                """,
            CodeActionEquivalenceKey = "EXK103.Environment",
        }.RunAsync();
    }
}
