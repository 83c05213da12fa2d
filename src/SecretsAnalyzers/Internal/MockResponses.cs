using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SecretsAnalyzers.Internal
{
    /// <summary>
    /// Bodies code answers with instead of sending: the content of an <c>HttpResponseMessage</c> it builds (a mocked
    /// handler's reply), a mock server's <c>RespondWith(…)</c>, or the expected value an assertion compares a result with.
    /// A grant, an open IP list or a key inside such a body is what an exchange answered, not what the code asks for.
    /// </summary>
    internal static class MockResponses
    {
        /// <summary>
        /// True when <paramref name="value"/> (a literal), or the local it initialises, is used as a mocked response body.
        /// Asked only when a rule is about to report: the local's uses are looked up in the body it belongs to, once.
        /// </summary>
        public static bool IsMockResponseBody(IOperation value)
        {
            if (IsResponseUse(value)) return true;
            if (value.WalkUpConversionAndParentheses().Parent is not IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator })
                return false;
            foreach (var operation in value.Root().Descendants())
            {
                if (operation is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, declarator.Symbol) &&
                    IsResponseUse(reference))
                    return true;
            }

            return false;
        }

        private static bool IsResponseUse(IOperation value)
        {
            if (value.WalkUpConversionAndParentheses().Parent is not IArgumentOperation argument) return false;
            switch (argument.Parent)
            {
                case IObjectCreationOperation { Type.Name: "StringContent" or "ByteArrayContent" } content:
                    return content.WalkUpConversionAndParentheses().Parent is ISimpleAssignmentOperation
                    {
                        Target: IPropertyReferenceOperation { Property: { Name: "Content", ContainingType.Name: "HttpResponseMessage" } },
                    };
                case IInvocationOperation { TargetMethod: { } method }:
                    if (method.Name.StartsWith("RespondWith", System.StringComparison.Ordinal)) return true;
                    // Assert.Equal(expected, actual) / Assert.AreEqual(expected, actual): the expected value.
                    return method.ContainingType?.Name == "Assert" && argument.Parameter?.Ordinal == 0 &&
                           method.Name is "Equal" or "AreEqual" or "StrictEqual";
                default:
                    return false;
            }
        }
    }
}
