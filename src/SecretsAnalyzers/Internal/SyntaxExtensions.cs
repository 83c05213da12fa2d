using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SecretsAnalyzers.Internal
{
    /// <summary>Small syntax-only questions several rules ask.</summary>
    internal static class SyntaxExtensions
    {
        /// <summary>The last name of a (qualified, alias-qualified, member-access or member-binding) name: <c>Encoding</c>
        /// for <c>System.Text.Encoding</c>, <c>Callback</c> for <c>handler.Callback</c>; "" for anything else.</summary>
        public static string RightmostName(this SyntaxNode node) => node switch
        {
            SimpleNameSyntax name => name.Identifier.ValueText,
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
            MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
            MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
            _ => "",
        };
    }
}
