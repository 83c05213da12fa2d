using System.Threading.Tasks;
using Fix403 = SecretsAnalyzers.Tests.CSharpCodeFixVerifier<SecretsAnalyzers.Logging.EXK403TypePrintsSecretsAnalyzer, SecretsAnalyzers.CodeFixes.Logging.EXK403RedactToStringCodeFix>;

namespace SecretsAnalyzers.Tests.Logging
{
    /// <summary>EXK403 fixes on awkward member shapes: other instances, conditional access, nameof, keyword names, a member named builder.</summary>
    public class EXK403MemberShapesCodeFixTests
    {
        private static Task Run(string before, string after, string key) => new Fix403.Test
        {
            TestCode = "using System.Text;\n\n" + before,
            FixedCode = "using System.Text;\n\n" + after,
            CodeActionEquivalenceKey = key,
        }.RunAsync();

        [Fact]
        public Task ToString_redacts_other_instances_keeps_nameof_and_length() => Run(
            """
            public class Node
            {
                public Node? Parent { get; set; }
                public string [|ApiSecret|] { get; set; } = "";
                public override string ToString() => $"{nameof(ApiSecret)}={ApiSecret} parent={Parent?.ApiSecret} len={Parent!.ApiSecret.Length} head={ApiSecret.Substring(0, 2)}";
            }
            """,
            """
            public class Node
            {
                public Node? Parent { get; set; }
                public string ApiSecret { get; set; } = "";
                public override string ToString() => $"{nameof(ApiSecret)}=*** parent=*** len={Parent!.ApiSecret.Length} head=***";
            }
            """,
            "EXK403.RedactToString");

        [Fact]
        public Task PrintMembers_escapes_keyword_names_and_does_not_shadow_a_member_named_builder() => Run(
            """
            public record Settings(string @params, string builder, string [|ApiSecret|]);
            """,
            """
            public record Settings(string @params, string builder, string ApiSecret)
            {
                protected virtual bool PrintMembers(StringBuilder sb)
                {
                    sb.Append("params = ").Append(@params);
                    sb.Append(", builder = ").Append(builder);
                    sb.Append(", ApiSecret = ***");
                    return true;
                }
            }
            """,
            "EXK403.PrintMembers");
    }
}
