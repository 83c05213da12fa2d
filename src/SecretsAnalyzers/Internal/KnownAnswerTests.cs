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

            // Every literal of a test method asks the same question: the body is read once per method (a test with many
            // vectors read it once per literal, quadratic in its size).
            return Asserts.GetValue(method, ComputeAsserts) == True;
        }

        private static readonly object True = new object();
        private static readonly object False = new object();
        private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<MethodDeclarationSyntax, object> Asserts = new();
        private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<MethodDeclarationSyntax, object>.CreateValueCallback ComputeAsserts =
            method => BodyAsserts(method) ? True : False;

        private static bool BodyAsserts(MethodDeclarationSyntax method)
        {
            SyntaxNode? body = (SyntaxNode?)method.Body ?? method.ExpressionBody;
            if (body is null) return false;
            foreach (var n in body.DescendantNodes())
            {
                if (n is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access })
                {
                    // Assert.X(…), Xunit.Assert.X(…), value.Should()…: read from the names, no text built per call.
                    var isAssert = access.Expression switch
                    {
                        IdentifierNameSyntax name => name.Identifier.ValueText == "Assert",
                        MemberAccessExpressionSyntax qualified => qualified.Name.Identifier.ValueText == "Assert",
                        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText == "Assert",
                        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText == "Assert",
                        _ => false,
                    };
                    if (isAssert || access.Name.Identifier.ValueText.StartsWith("Should", StringComparison.Ordinal) ||
                        IsCheckHelperName(access.Name.Identifier.ValueText))
                        return true;
                }
                else if (n is InvocationExpressionSyntax { Expression: IdentifierNameSyntax helper } &&
                         (IsCheckHelperName(helper.Identifier.ValueText) || IsStaticAssertName(helper.Identifier.ValueText)))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// A helper that checks an expected output: <c>TestHelpers.CheckSignature(…)</c>, <c>VerifySignature(…)</c>,
        /// <c>AssertEqual(…)</c>, <c>ExpectHash(…)</c> (a capitalised word after the prefix, so <c>Checkout</c> is not one).
        /// </summary>
        private static bool IsCheckHelperName(string name)
        {
            foreach (var prefix in CheckPrefixes)
            {
                if (name.Length > prefix.Length && name.StartsWith(prefix, StringComparison.Ordinal) && char.IsUpper(name[prefix.Length]))
                    return true;
            }

            return false;
        }

        private static readonly string[] CheckPrefixes = { "Check", "Verify", "Assert", "Expect" };

        /// <summary>An assertion called without its class, after <c>using static …Assert</c>: <c>AreEqual(expected, Sign(…))</c>.</summary>
        private static bool IsStaticAssertName(string name) =>
            name is "AreEqual" or "AreNotEqual" or "AreSame" or "IsTrue" or "IsFalse" or "Equal" or "NotEqual" or "That" or "Same";

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
