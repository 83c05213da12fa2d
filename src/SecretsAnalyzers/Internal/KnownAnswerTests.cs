using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SecretsAnalyzers.Internal
{
    /// <summary>
    /// Known-answer test material: constants a test method checks against an expected output on purpose (published
    /// HMAC/ECDSA vectors, an SDK's signing tests). EXK104 skips such keys, EXK103 marks such values as test vectors and
    /// EXK101 skips credentials whose only credential-API uses are inside such tests of a test project.
    /// Purely syntactic: it reads the enclosing method only.
    /// </summary>
    internal static class KnownAnswerTests
    {
        /// <summary>
        /// A known-answer test: the literal sits in a test method (xUnit/NUnit/MSTest attribute) whose body asserts.
        /// Published HMAC/ECDSA vectors (RFC 4231, exchange signing examples) are constant on purpose there.
        /// </summary>
        public static bool IsKnownAnswerTest(SyntaxNode node)
        {
            var method = node.FirstAncestorOrSelf<MethodDeclarationSyntax>();
            if (method is null || !HasTestAttribute(method)) return false;
            SyntaxNode? body = (SyntaxNode?)method.Body ?? method.ExpressionBody;
            if (body is null) return false;
            foreach (var n in body.DescendantNodes())
            {
                if (n is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access })
                {
                    var target = access.Expression.ToString();
                    var member = access.Name.Identifier.ValueText;
                    if (target == "Assert" || target.EndsWith(".Assert", StringComparison.Ordinal) || member.StartsWith("Should", StringComparison.Ordinal))
                        return true;
                }
            }

            return false;
        }

        public static bool HasTestAttribute(MethodDeclarationSyntax method)
        {
            foreach (var list in method.AttributeLists)
            {
                foreach (var attribute in list.Attributes)
                {
                    var n = attribute.Name.ToString();
                    var dot = n.LastIndexOf('.');
                    if (dot >= 0) n = n.Substring(dot + 1);
                    if (n.EndsWith("Attribute", StringComparison.Ordinal)) n = n.Substring(0, n.Length - 9);
                    switch (n)
                    {
                        case "Fact": case "Theory": case "Test": case "TestCase": case "TestMethod": case "DataTestMethod":
                            return true;
                    }
                }
            }

            return false;
        }
    }
}
