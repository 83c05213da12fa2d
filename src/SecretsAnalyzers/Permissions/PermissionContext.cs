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

        /// <summary>Where <see cref="FindKey"/> starts in the literal's value: the fix edits that occurrence, not the first.</summary>
        public const string FindAtKey = "FindAt";

        /// <summary>The length of the edited text at <see cref="FindAtKey"/>.</summary>
        public const string FindLengthKey = "FindLength";
        public const string SetFalse = "SetFalse";
        public const string ReplaceText = "Replace";
        public const string RemoveElement = "RemoveElement";
        public const string RemoveFlag = "RemoveFlag";

        public static ImmutableDictionary<string, string?> Fix(string kind) =>
            ImmutableDictionary<string, string?>.Empty.Add(FixKey, kind);

        public static ImmutableDictionary<string, string?> Replace(string find, string replace, int at) =>
            ImmutableDictionary<string, string?>.Empty.Add(FixKey, ReplaceText).Add(FindKey, find).Add(ReplaceKey, replace)
                .Add(FindAtKey, at.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Add(FindLengthKey, find.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));

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
                    case IAssignmentOperation assignment when assignment.Value == current && assignment is ISimpleAssignmentOperation or ICompoundAssignmentOperation:
                        // perms += ",Transfer" adds to the same slot as perms = "…".
                        return new ValueTarget(NameOfTarget(assignment.Target), false, isElement);
                    case ITupleOperation tuple:
                        return TupleTarget(tuple, current, isElement);
                    case IParameterInitializerOperation parameterInitializer:
                        return new ValueTarget(parameterInitializer.Parameter.Name, false, isElement);
                    case IVariableInitializerOperation when parent.Parent is IVariableDeclaratorOperation declarator:
                        return new ValueTarget(declarator.Symbol.Name, false, isElement);
                    case IPropertyInitializerOperation propertyInitializer when !propertyInitializer.InitializedProperties.IsEmpty:
                        return new ValueTarget(propertyInitializer.InitializedProperties[0].Name, false, isElement);
                    case IFieldInitializerOperation fieldInitializer when !fieldInitializer.InitializedFields.IsEmpty:
                        return new ValueTarget(fieldInitializer.InitializedFields[0].Name, false, isElement);
                    case IReturnOperation returned:
                        return new ValueTarget(ReturningMember(returned, containingSymbol)?.Name, false, isElement);
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

        /// <summary>
        /// The member whose value <paramref name="returned"/> gives: the enclosing local function, else the containing
        /// method or, for an accessor, its property. Null inside a lambda (its value goes wherever the delegate goes).
        /// </summary>
        public static ISymbol? ReturningMember(IReturnOperation returned, ISymbol? containingSymbol)
        {
            for (var p = returned.Parent; p is not null; p = p.Parent)
            {
                if (p is IAnonymousFunctionOperation) return null;
                if (p is ILocalFunctionOperation local) return local.Symbol;
            }

            return containingSymbol is IMethodSymbol { AssociatedSymbol: { } associated } ? associated : containingSymbol;
        }

        /// <summary>
        /// A tuple element: the second of a <c>("canUniversalTransfer", "true")</c> pair is named by the first, as a
        /// dictionary entry is by its key; otherwise an element is named by the tuple (<c>(CanWithdraw: true)</c>) or the
        /// named tuple type it converts to.
        /// </summary>
        public static ValueTarget TupleTarget(ITupleOperation tuple, IOperation element, bool isElement)
        {
            var index = tuple.Elements.IndexOf(element);
            if (index < 0) return new ValueTarget(null, false, isElement);
            if (index == 1 && tuple.Elements.Length == 2 && tuple.Elements[0].ConstantValue is { HasValue: true, Value: string key })
                return new ValueTarget(key, false, isElement);
            return new ValueTarget(TupleElementName(tuple.Type, index) ?? TupleElementName(tuple.WalkUpConversionAndParentheses().Type, index), false, isElement);
        }

        private static string? TupleElementName(ITypeSymbol? type, int index) =>
            type is INamedTypeSymbol { IsTupleType: true } tuple && index < tuple.TupleElements.Length && tuple.TupleElements[index].IsExplicitlyNamedTupleElement
                ? tuple.TupleElements[index].Name
                : null;

        /// <summary>
        /// The literal a non-constant local is declared with (<c>var transfer = true;</c>, <c>var ips = "*";</c>), read from
        /// the local's own declarator syntax in the same body: a value that flows by name into a key-management call. No
        /// data flow: a later reassignment is not seen.
        /// </summary>
        public static object? LocalInitializerLiteral(IOperation value)
        {
            if (value.WalkDownConversion() is not ILocalReferenceOperation { Local: { IsConst: false } local } ||
                local.DeclaringSyntaxReferences.Length != 1 ||
                local.DeclaringSyntaxReferences[0].GetSyntax() is not VariableDeclaratorSyntax { Initializer.Value: LiteralExpressionSyntax literal })
                return null;
            return literal.Token.Value;
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

        /// <summary>
        /// True when the object initializer, anonymous object or dictionary that <paramref name="value"/> is a member of also
        /// sets a scope: <c>{ Scope = "…", Account = "all" }</c>, <c>{ ["scope"] = "…", ["account"] = "all" }</c>.
        /// </summary>
        public static bool HasScopeSibling(IOperation value)
        {
            var depth = 0;
            for (var p = value.Parent; p is not null && depth < 6; p = p.Parent, depth++)
            {
                var members = p switch
                {
                    IObjectOrCollectionInitializerOperation initializer => initializer.Initializers,
                    IAnonymousObjectCreationOperation anonymous => anonymous.Initializers,
                    _ => default,
                };
                if (members.IsDefault) continue;
                foreach (var member in members)
                {
                    var name = member switch
                    {
                        IAssignmentOperation assignment => NameOfTarget(assignment.Target),
                        IInvocationOperation { Arguments.Length: 2 } add when add.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string key } => key,
                        _ => null,
                    };
                    if (PermissionVocabulary.IsScopeName(name)) return true;
                }

                return false;
            }

            return false;
        }

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

        /// <summary>
        /// True inside a lambda given to a mocking framework's setup or verification (Moq <c>Setup</c>/<c>Verify</c>,
        /// NSubstitute <c>Received</c>/<c>When</c>, FakeItEasy <c>A.CallTo</c>): the call describes a fake, it makes none.
        /// </summary>
        public static bool IsInMockSetup(IOperation operation)
        {
            // handler.SetupSendAsync("/sapi/…/ipRestriction/ipList", HttpMethod.Delete), mockHttp.When(…) / Expect(…): the path
            // a mock answers, passed to the setup itself (read from the syntax: the mocking library may not bind).
            if (operation.Syntax.Parent is ArgumentSyntax { Parent.Parent: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax member } })
            {
                var setup = member.Name.Identifier.ValueText;
                if (setup.StartsWith("Setup", StringComparison.Ordinal) || setup.StartsWith("Verify", StringComparison.Ordinal) || setup is "When" or "Expect")
                    return true;
            }

            for (var current = operation.Parent; current is not null; current = current.Parent)
            {
                if (current is IAnonymousFunctionOperation)
                {
                    for (var outer = current.Parent; outer is not null; outer = outer.Parent)
                    {
                        if (outer is IInvocationOperation { TargetMethod.Name: "Setup" or "SetupSequence" or "SetupGet" or "Verify" or "When" or "CallTo" })
                            return true;
                        if (outer is IInvocationOperation or IBlockOperation) break;
                    }
                }

                if (current is IMethodBodyOperation) return false;
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
