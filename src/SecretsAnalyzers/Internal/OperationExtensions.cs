using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SecretsAnalyzers.Internal
{
    /// <summary>The one set of conversion and parenthesis walkers every rule uses (no private Unwrap copies).</summary>
    internal static class OperationExtensions
    {
        /// <summary>The operand under every conversion, implicit or explicit: <c>(object)(string)x</c> → <c>x</c>.</summary>
        public static IOperation WalkDownConversion(this IOperation operation)
        {
            while (operation is IConversionOperation conversion) operation = conversion.Operand;
            return operation;
        }

        /// <summary>The operand under implicit conversions only (<c>bool</c> → <c>bool?</c>, <c>string</c> → <c>object</c>).</summary>
        public static IOperation WalkDownImplicitConversion(this IOperation operation)
        {
            while (operation is IConversionOperation { IsImplicit: true } conversion) operation = conversion.Operand;
            return operation;
        }

        /// <summary>The value under every conversion and parenthesis.</summary>
        public static IOperation WalkDownConversionAndParentheses(this IOperation operation)
        {
            while (true)
            {
                switch (operation)
                {
                    case IConversionOperation conversion:
                        operation = conversion.Operand;
                        continue;
                    case IParenthesizedOperation parenthesized:
                        operation = parenthesized.Operand;
                        continue;
                    default:
                        return operation;
                }
            }
        }

        /// <summary>The root of the operation tree <paramref name="operation"/> belongs to (the body the driver built).</summary>
        public static IOperation Root(this IOperation operation)
        {
            var root = operation;
            while (root.Parent is not null) root = root.Parent;
            return root;
        }

        /// <summary>
        /// The argument <paramref name="value"/> is passed as (through conversions and parentheses) and all the arguments of
        /// that call or object creation; false when the value is not an argument of one.
        /// </summary>
        public static bool TryGetCallArguments(this IOperation value, out IArgumentOperation argument, out ImmutableArray<IArgumentOperation> arguments)
        {
            arguments = default;
            if (value.WalkUpConversionAndParentheses().Parent is not IArgumentOperation passed)
            {
                argument = null!;
                return false;
            }

            argument = passed;
            arguments = passed.Parent switch
            {
                IInvocationOperation invocation => invocation.Arguments,
                IObjectCreationOperation creation => creation.Arguments,
                _ => default,
            };
            return !arguments.IsDefaultOrEmpty;
        }

        /// <summary>The outermost conversion or parenthesis wrapping <paramref name="operation"/> (itself when there is none).</summary>
        public static IOperation WalkUpConversionAndParentheses(this IOperation operation)
        {
            while (operation.Parent is IConversionOperation or IParenthesizedOperation) operation = operation.Parent;
            return operation;
        }

        /// <summary>The first ancestor that is not a conversion or parenthesis: what the value is really used by.</summary>
        public static IOperation? ConsumerSkippingConversions(this IOperation operation) =>
            operation.WalkUpConversionAndParentheses().Parent;
    }
}
