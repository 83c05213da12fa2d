using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using SecretsAnalyzers.Internal;

namespace SecretsAnalyzers.Permissions
{
    /// <summary>Where a value lands: the name of the parameter, member, local or dictionary key that receives it.</summary>
    internal readonly struct ValueTarget
    {
        public ValueTarget(string? name, bool isArgument, bool isElement)
        {
            Name = name;
            IsArgument = isArgument;
            IsElement = isElement;
        }

        public string? Name { get; }

        /// <summary>The value is a method argument (not a dictionary key/value pair).</summary>
        public bool IsArgument { get; }

        /// <summary>The value is one element of an array or collection.</summary>
        public bool IsElement { get; }
    }

    /// <summary>Shared helpers of the permission analyzers: value targets, endpoints in the same block, fix properties.</summary>
    internal static class PermissionContext
    {
        public const string FixKey = "PermissionFix";
        public const string FindKey = "Find";
        public const string ReplaceKey = "Replace";
        public const string SetFalse = "SetFalse";
        public const string ReplaceText = "Replace";
        public const string RemoveElement = "RemoveElement";
        public const string RemoveFlag = "RemoveFlag";

        public static ImmutableDictionary<string, string?> Fix(string kind) =>
            ImmutableDictionary<string, string?>.Empty.Add(FixKey, kind);

        public static ImmutableDictionary<string, string?> Replace(string find, string replace) =>
            ImmutableDictionary<string, string?>.Empty.Add(FixKey, ReplaceText).Add(FindKey, find).Add(ReplaceKey, replace);

        /// <summary>The receiver of <paramref name="operation"/>'s value, walking through conversions and collections.</summary>
        public static ValueTarget TargetOf(IOperation operation, ISymbol? containingSymbol)
        {
            var isElement = false;
            var current = operation;
            for (var depth = 0; depth < 8 && current.Parent is { } parent; depth++)
            {
                switch (parent)
                {
                    case IConversionOperation:
                    case IParenthesizedOperation:
                    case ICoalesceOperation:
                    case IConditionalOperation:
                        current = parent;
                        continue;
                    case IArrayInitializerOperation:
                    case IArrayCreationOperation:
                        isElement = true;
                        current = parent;
                        continue;
                    case IArgumentOperation { Parent: IInvocationOperation { Arguments.Length: 1, Parent: IObjectOrCollectionInitializerOperation { Parent: { } created } } }:
                        // new List<string> { "a", "b" }: the element goes to whatever receives the collection.
                        isElement = true;
                        current = created;
                        continue;
                    case IArgumentOperation argument:
                        return ArgumentTarget(argument, isElement);
                    case ISimpleAssignmentOperation assignment when assignment.Value == current:
                        return new ValueTarget(NameOfTarget(assignment.Target), false, isElement);
                    case IVariableInitializerOperation when parent.Parent is IVariableDeclaratorOperation declarator:
                        return new ValueTarget(declarator.Symbol.Name, false, isElement);
                    case IPropertyInitializerOperation propertyInitializer when !propertyInitializer.InitializedProperties.IsEmpty:
                        return new ValueTarget(propertyInitializer.InitializedProperties[0].Name, false, isElement);
                    case IFieldInitializerOperation fieldInitializer when !fieldInitializer.InitializedFields.IsEmpty:
                        return new ValueTarget(fieldInitializer.InitializedFields[0].Name, false, isElement);
                    case IReturnOperation:
                        var owner = containingSymbol is IMethodSymbol { AssociatedSymbol: { } associated } ? associated : containingSymbol;
                        return new ValueTarget(owner?.Name, false, isElement);
                    default:
                        // A collection expression ([a, b]) is not modelled in every Roslyn version; look at the syntax.
                        if (parent.Syntax is CollectionExpressionSyntax)
                        {
                            isElement = true;
                            current = parent;
                            continue;
                        }

                        return new ValueTarget(null, false, isElement);
                }
            }

            return new ValueTarget(null, false, isElement);
        }

        private static ValueTarget ArgumentTarget(IArgumentOperation argument, bool isElement)
        {
            // Dictionary/KeyValuePair pairs: Add("perm", "withdraw"), new KeyValuePair<string, string>("perm", "withdraw").
            var arguments = argument.Parent switch
            {
                IInvocationOperation invocation => invocation.Arguments,
                IObjectCreationOperation creation => creation.Arguments,
                _ => ImmutableArray<IArgumentOperation>.Empty,
            };
            if (arguments.Length == 2 && arguments[1] == argument &&
                arguments[0].Value.ConstantValue is { HasValue: true, Value: string key } &&
                argument.Parameter?.Ordinal == 1)
            {
                var isPair = argument.Parent is IInvocationOperation { TargetMethod.Name: "Add" or "TryAdd" } ||
                             argument.Parent is IObjectCreationOperation { Type.Name: "KeyValuePair" };
                if (isPair) return new ValueTarget(key, false, isElement);
            }

            return new ValueTarget(argument.Parameter?.Name, true, isElement);
        }

        private static string? NameOfTarget(IOperation target) => target switch
        {
            IPropertyReferenceOperation { Arguments.Length: 1 } indexer when indexer.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string key } => key,
            IPropertyReferenceOperation property => property.Property.Name,
            IFieldReferenceOperation field => field.Field.Name,
            ILocalReferenceOperation local => local.Local.Name,
            IParameterReferenceOperation parameter => parameter.Parameter.Name,
            _ => null,
        };

        /// <summary>True when the executable block around <paramref name="operation"/> names a catalog C key-management endpoint.</summary>
        public static bool BlockNamesKeyEndpoint(IOperation operation)
        {
            var root = operation;
            for (var depth = 0; depth < 200 && root.Parent is { } parent; depth++) root = parent;
            foreach (var descendant in root.DescendantsAndSelf())
            {
                switch (descendant)
                {
                    case ILiteralOperation { ConstantValue: { HasValue: true, Value: string text } } when PermissionVocabulary.IsKeyManagementEndpoint(text):
                        return true;
                    case IFieldReferenceOperation { Field: { HasConstantValue: true, ConstantValue: string constant } } when PermissionVocabulary.IsKeyManagementEndpoint(constant):
                        return true;
                    case ILocalReferenceOperation { Local: { HasConstantValue: true, ConstantValue: string localConstant } } when PermissionVocabulary.IsKeyManagementEndpoint(localConstant):
                        return true;
                }
            }

            return false;
        }

        /// <summary>The smallest honest node to squiggle for an invocation: the method name.</summary>
        public static Location NameLocation(IInvocationOperation invocation)
        {
            if (invocation.Syntax is InvocationExpressionSyntax call)
            {
                switch (call.Expression)
                {
                    case MemberAccessExpressionSyntax member:
                        return member.Name.GetLocation();
                    case MemberBindingExpressionSyntax binding:
                        return binding.Name.GetLocation();
                    case SimpleNameSyntax name:
                        return name.GetLocation();
                }
            }

            return invocation.Syntax.GetLocation();
        }

        /// <summary>True when the literal syntax can be edited by a text fix (a plain, verbatim or raw string literal).</summary>
        public static bool IsFixableLiteral(SyntaxNode syntax) =>
            syntax is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression);

        public static bool IsTrue(IOperation value) =>
            Unwrap(value).ConstantValue is { HasValue: true, Value: true };

        public static bool IsFalse(IOperation value) =>
            Unwrap(value).ConstantValue is { HasValue: true, Value: false };

        /// <summary>Strips implicit conversions (bool → bool?).</summary>
        public static IOperation Unwrap(IOperation value) => value.WalkDownImplicitConversion();

        /// <summary>A name or key path for a message; a segment that may be a credential (a dictionary key or config key
        /// named with the key) is printed as &lt;elided&gt;.</summary>
        public static string Quote(string name) => "'" + Internal.ConfigFiles.ConfigKeyDisplay.Path(name) + "'";

        public static bool ContainsIgnoreCase(string text, string part) =>
            text.IndexOf(part, StringComparison.OrdinalIgnoreCase) >= 0;
    }
}
