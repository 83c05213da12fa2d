using System;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SecretsAnalyzers.Internal;

namespace SecretsAnalyzers.Permissions
{
    /// <summary>
    /// EXK303: an API key created or edited through a catalog C API (SDK call or raw REST request) without an IP
    /// whitelist: the IP argument missing/null/empty on create, <c>"*"</c> or <c>0.0.0.0/0</c>, Binance
    /// <c>ipRestrict</c> false, or the IP restriction removed. No code fix: the rule page shows each exchange's way.
    /// </summary>
    public sealed class EXK303IpWhitelistAnalyzer : DiagnosticAnalyzer
    {
        private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(100);

        private static readonly Regex IpRestrictFalse = new Regex(
            "ipRestrict\"?\\s*[:=]\\s*\"?(false|0)\\b",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout);

        private static readonly Regex OpenIpList = new Regex(
            "\\b(ips|ip|ipWhitelist|ip_whitelist|ipAddress|ipAddresses|ipList|cidr|cidrs)\"?\\s*[:=]\\s*\\[?\\s*\"?(\\*|0\\.0\\.0\\.0/0|::/0)(?=[\"\\],&\\s]|$)",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout);

        private static readonly Regex EmptyIpList = new Regex(
            "\"(ips|ip|ipWhitelist|ip_whitelist|ipAddress|ipAddresses|ipList|cidr|cidrs)\"\\s*:\\s*(\\[\\s*\\]|\"\")",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.EXK303NoIpWhitelist);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                var known = PermissionKnownTypes.From(start.Compilation);
                if (known.HasKeyManagementSdk)
                {
                    start.RegisterOperationAction(c => AnalyzeInvocation(c, known), OperationKind.Invocation);
                }

                start.RegisterOperationAction(AnalyzeLiteral, OperationKind.Literal);
                start.RegisterOperationAction(AnalyzeEmptyList, OperationKind.SimpleAssignment);
            });
        }

        private static void AnalyzeInvocation(OperationAnalysisContext context, PermissionKnownTypes known)
        {
            var invocation = (IInvocationOperation)context.Operation;
            var method = invocation.TargetMethod;
            if (!PermissionKnownTypes.IsKeyMethodName(method.Name) || known.GetKeyMethod(method) is not { } keyMethod) return;
            if (PermissionContext.IsInMockSetup(invocation)) return;
            var subject = PermissionContext.Quote(method.Name);

            if (keyMethod.Kind == KeyCallKind.RemoveIpRestriction)
            {
                Report(context, PermissionContext.NameLocation(invocation), subject, "the IP restriction is removed");
                return;
            }

            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter is not { } parameter) continue;
                if (keyMethod.Kind == KeyCallKind.SetIpRestriction && parameter.Name == "ipRestrict" &&
                    argument.ArgumentKind == ArgumentKind.Explicit && PermissionContext.IsFalse(argument.Value))
                {
                    Report(context, argument.Value.Syntax.GetLocation(), subject, "ipRestrict is false");
                    continue;
                }

                if (keyMethod.IpParameter is null || parameter.Name != keyMethod.IpParameter) continue;
                var explicitArgument = argument.ArgumentKind == ArgumentKind.Explicit;
                var why = OpenReason(argument.Value, explicitArgument, keyMethod.Kind);
                if (why is null) continue;
                Report(context, explicitArgument ? argument.Value.Syntax.GetLocation() : PermissionContext.NameLocation(invocation),
                    subject, PermissionContext.Quote(parameter.Name) + " " + why);
            }
        }

        /// <summary>Why an IP argument leaves the key open, or null when it binds the key (or is unknown).</summary>
        private static string? OpenReason(IOperation value, bool isExplicit, KeyCallKind kind)
        {
            var unwrapped = value.WalkDownConversion();

            // var ips = "*"; …CreateSubAccountApiKeyAsync(…, ips): the local's literal initializer is the value.
            if (isExplicit && PermissionContext.LocalInitializerLiteral(unwrapped) is string local)
                return string.IsNullOrWhiteSpace(local) ? "is empty" : IsOpenAddressList(local) ? "allows every address" : null;

            if (!isExplicit || unwrapped.ConstantValue is { HasValue: true, Value: null })
            {
                // An edit without IPs leaves them unchanged; a create without IPs leaves the key unbound.
                return kind == KeyCallKind.Create ? (isExplicit ? "is null" : "is not set") : null;
            }

            if (unwrapped.ConstantValue is { HasValue: true, Value: string text })
            {
                if (string.IsNullOrWhiteSpace(text)) return "is empty";
                return IsOpenAddressList(text) ? "allows every address" : null;
            }

            switch (unwrapped)
            {
                case IArrayCreationOperation array:
                    if (array.Initializer is null)
                    {
                        return array.DimensionSizes.Length == 1 && array.DimensionSizes[0].ConstantValue is { HasValue: true, Value: 0 } ? "is empty" : null;
                    }

                    if (array.Initializer.ElementValues.IsEmpty) return "is empty";
                    return HasOpenElement(array.Initializer.ElementValues) ? "allows every address" : null;
                case IInvocationOperation { TargetMethod.Name: "Empty", TargetMethod.ContainingType.Name: "Array" }:
                    return "is empty";
                case IObjectCreationOperation creation when creation.Initializer is null || creation.Initializer.Initializers.IsEmpty:
                    return creation.Arguments.IsEmpty ? "is empty" : null;
                case IObjectCreationOperation creation:
                    foreach (var initializer in creation.Initializer!.Initializers)
                    {
                        if (initializer is IInvocationOperation { Arguments.Length: 1 } add &&
                            add.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string element } && IsOpenAddressList(element))
                            return "allows every address";
                    }

                    return null;
            }

            if (unwrapped.Syntax is CollectionExpressionSyntax collection)
            {
                if (collection.Elements.Count == 0) return "is empty";
                foreach (var element in collection.Elements)
                {
                    if (element is ExpressionElementSyntax { Expression: LiteralExpressionSyntax literal } &&
                        literal.Token.Value is string s && IsOpenAddressList(s))
                        return "allows every address";
                }
            }

            return null;
        }

        private static bool HasOpenElement(ImmutableArray<IOperation> elements)
        {
            foreach (var element in elements)
            {
                if (element.ConstantValue is { HasValue: true, Value: string s } && IsOpenAddressList(s)) return true;
            }

            return false;
        }

        /// <summary>True for "*", 0.0.0.0/0, ::/0 (alone or inside a comma list).</summary>
        public static bool IsOpenAddressList(string text)
        {
            foreach (var part in text.Split(','))
            {
                var p = part.Trim();
                if (p == "*" || p == "0.0.0.0/0" || p == "::/0" || p == "0.0.0.0") return true;
            }

            return false;
        }

        private static void AnalyzeLiteral(OperationAnalysisContext context)
        {
            var literal = (ILiteralOperation)context.Operation;
            if (literal.ConstantValue is not { HasValue: true, Value: var value } || value is null) return;

            // Dictionary / anonymous-object / DTO forms: ipRestrict = false, ["ips"] = "*".
            if (value is bool b)
            {
                if (b) return;
                var target = PermissionContext.TargetOf(literal, context.ContainingSymbol);
                // A constructor argument of the project's own request type (new IpRestrictionRequest(email, IpRestrict: false))
                // is a member value too; SDK calls are judged by AnalyzeInvocation.
                if ((!target.IsArgument || IsConstructorArgument(literal)) && string.Equals(target.Name, "ipRestrict", StringComparison.OrdinalIgnoreCase) &&
                    PermissionContext.BlockNamesKeyEndpoint(literal))
                    Report(context, literal.Syntax.GetLocation(), "The key-management request", "ipRestrict is false");
                return;
            }

            if (value is not string text || text.Length == 0 || text.Length > 4000) return;

            // Cheap pre-filter: every finding needs a wildcard address, a false flag or the ipList endpoint.
            if (text.IndexOf('*') < 0 && text.IndexOf("0.0.0.0", StringComparison.Ordinal) < 0 && text.IndexOf("::/0", StringComparison.Ordinal) < 0 &&
                text.IndexOf("false", StringComparison.OrdinalIgnoreCase) < 0 && text.IndexOf("ipList", StringComparison.OrdinalIgnoreCase) < 0 &&
                text.IndexOf("ipRestrict", StringComparison.OrdinalIgnoreCase) < 0 && text.IndexOf('[') < 0 && text.IndexOf("\"\"", StringComparison.Ordinal) < 0)
                return;

            // Binance DELETE …/ipRestriction/ipList removes addresses from the key's binding. Not reported: a constant
            // that only holds the path, a POST to it (adds addresses), a wrapper that forwards its caller's list.
            if (text.IndexOf("/ipRestriction/ipList", StringComparison.OrdinalIgnoreCase) >= 0)
            {
                if (IsPathConstant(literal, context.ContainingSymbol) || ForwardsCallerAddresses(context.ContainingSymbol) ||
                    IsPostRequest(literal) || PermissionContext.IsInMockSetup(literal) || MockResponses.IsMockResponseBody(literal))
                    return;
                Report(context, literal.Syntax.GetLocation(), "The key-management request", "the IP restriction is removed");
                return;
            }

            var structured = text.IndexOf('=') >= 0 || text.IndexOf(':') >= 0;
            if (!structured)
            {
                if (!IsOpenAddressList(text) && !text.Equals("false", StringComparison.OrdinalIgnoreCase)) return;
                var target = PermissionContext.TargetOf(literal, context.ContainingSymbol);
                if (target.IsArgument || target.Name is null) return;
                var name = target.Name.ToLowerInvariant();
                var isRestrictFlag = name == "iprestrict" && text.Equals("false", StringComparison.OrdinalIgnoreCase);
                var isIpList = !text.Equals("false", StringComparison.OrdinalIgnoreCase) && IsIpListName(name);
                if ((isRestrictFlag || isIpList) && PermissionContext.BlockNamesKeyEndpoint(literal))
                    Report(context, literal.Syntax.GetLocation(), "The key-management request",
                        isRestrictFlag ? "ipRestrict is false" : PermissionContext.Quote(target.Name) + " allows every address");
                return;
            }

            if (text.IndexOf("ip", StringComparison.OrdinalIgnoreCase) < 0 && text.IndexOf("cidr", StringComparison.OrdinalIgnoreCase) < 0) return;
            try
            {
                var restrict = IpRestrictFalse.Match(text);
                var open = OpenIpList.Match(text);
                var empty = restrict.Success || open.Success ? Match.Empty : EmptyIpList.Match(text);
                if (!restrict.Success && !open.Success && !empty.Success) return;
                if (!PermissionVocabulary.IsKeyManagementEndpoint(text) && !PermissionContext.BlockNamesKeyEndpoint(literal)) return;
                // {"ipRestrict":"true","ipList":[""],…} as a mocked handler's reply: what the exchange answered.
                if (MockResponses.IsMockResponseBody(literal)) return;
                Report(context, literal.Syntax.GetLocation(), "The key-management request",
                    restrict.Success ? "ipRestrict is false" : open.Success ? open.Groups[1].Value + " allows every address" : empty.Groups[1].Value + " is empty");
            }
            catch (RegexMatchTimeoutException)
            {
                // Skip pathological literals.
            }
        }

        /// <summary>
        /// An empty address list stored in an IP member or key of a request sent to a key-management endpoint in the same
        /// block: <c>new SubKeyRequest { AllowedIps = new List&lt;string&gt;() }</c>, <c>["ips"] = new string[0]</c>, <c>Ips = []</c>.
        /// </summary>
        private static void AnalyzeEmptyList(OperationAnalysisContext context)
        {
            var assignment = (ISimpleAssignmentOperation)context.Operation;
            if (!IsEmptyList(assignment.Value)) return;                                          // cheap, no allocation: most assignments stop here
            var name = assignment.Target switch
            {
                IPropertyReferenceOperation { Arguments.Length: 1 } i when i.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string key } => key,
                IPropertyReferenceOperation { Arguments.IsEmpty: true } property => property.Property.Name,
                IFieldReferenceOperation field => field.Field.Name,
                _ => null,
            };
            if (name is null || name.Length > 24 || !IsIpListName(name.ToLowerInvariant())) return;
            if (!PermissionContext.BlockNamesKeyEndpoint(assignment) || PermissionContext.IsInMockSetup(assignment)) return;
            Report(context, assignment.Value.Syntax.GetLocation(), "The key-management request", PermissionContext.Quote(name) + " is empty");
        }

        private static bool IsEmptyList(IOperation value)
        {
            var unwrapped = value.WalkDownConversion();
            return unwrapped switch
            {
                IArrayCreationOperation { Initializer: { ElementValues.IsEmpty: true } } => true,
                IArrayCreationOperation { Initializer: null } array => array.DimensionSizes.Length == 1 && array.DimensionSizes[0].ConstantValue is { HasValue: true, Value: 0 },
                IInvocationOperation { TargetMethod.Name: "Empty", TargetMethod.ContainingType.Name: "Array" } => true,
                IObjectCreationOperation creation => creation.Type is INamedTypeSymbol { IsGenericType: true } && creation.Arguments.IsEmpty &&
                                                     (creation.Initializer is null || creation.Initializer.Initializers.IsEmpty) &&
                                                     creation.Type.SpecialType != SpecialType.System_String,
                _ => unwrapped.Syntax is CollectionExpressionSyntax { Elements.Count: 0 },
            };
        }

        /// <summary>Names (lower case) of members and keys that hold a key's address binding.</summary>
        private static bool IsIpListName(string lower)
        {
            var name = lower.Replace("_", "");
            return name is "ips" or "ip" or "ipwhitelist" or "ipwhitelists" or "ipaddress" or "ipaddresses" or "iplist" or "cidr" or "cidrs" or
                "allowedips" or "allowedipaddresses" or "ipallowlist" or "iprestrictions" or "trustedips" or "whitelistips" or "whitelistedips";
        }

        private static bool IsConstructorArgument(IOperation literal) =>
            literal.WalkUpConversionAndParentheses().Parent is IArgumentOperation { Parent: IObjectCreationOperation };

        /// <summary>A field, property or local constant whose value is the path: it names the endpoint, it calls nothing.</summary>
        private static bool IsPathConstant(IOperation literal, ISymbol? containingSymbol)
        {
            if (containingSymbol is IFieldSymbol or IPropertySymbol) return true;
            for (var current = literal.Parent; current is not null; current = current.Parent)
            {
                if (current is IVariableDeclaratorOperation declarator) return declarator.Symbol.IsConst;
                if (current is IInvocationOperation or IObjectCreationOperation or IBlockOperation) return false;
            }

            return false;
        }

        /// <summary>A method that takes the addresses from its caller (an SDK wrapper): the caller decides what is removed.</summary>
        private static bool ForwardsCallerAddresses(ISymbol? containingSymbol)
        {
            if (containingSymbol is not IMethodSymbol method) return false;
            foreach (var parameter in method.Parameters)
            {
                var name = parameter.Name;
                // ip, ips, ipAddress, ipAddresses, ipList, ip_whitelist; not "ipsum"-like words or "description".
                var isIpName = name.StartsWith("ip", StringComparison.OrdinalIgnoreCase) &&
                               (name.Length == 2 || char.IsUpper(name[2]) || name[2] == '_' || (name[2] == 's' && name.Length == 3));
                if (isIpName || name.Equals("addresses", StringComparison.OrdinalIgnoreCase) || name.StartsWith("cidr", StringComparison.OrdinalIgnoreCase))
                    return true;
            }

            return false;
        }

        /// <summary>The path is sent with POST (PostAsync, HttpMethod.Post): that adds addresses to the list.</summary>
        private static bool IsPostRequest(IOperation literal)
        {
            for (var current = literal.Parent; current is not null; current = current.Parent)
            {
                if (current is IInvocationOperation invocation)
                {
                    if (invocation.TargetMethod.Name.StartsWith("Post", StringComparison.Ordinal)) return true;
                    foreach (var argument in invocation.Arguments)
                    {
                        if (argument.Value is IPropertyReferenceOperation { Property.Name: "Post" or "Put", Property.ContainingType.Name: "HttpMethod" }) return true;
                    }

                    return false;
                }

                if (current is IObjectCreationOperation creation)
                {
                    foreach (var argument in creation.Arguments)
                    {
                        if (argument.Value is IPropertyReferenceOperation { Property.Name: "Post" or "Put", Property.ContainingType.Name: "HttpMethod" }) return true;
                    }
                }

                if (current is IBlockOperation) return false;
            }

            return false;
        }

        private static void Report(OperationAnalysisContext context, Location location, string subject, string why) =>
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.EXK303NoIpWhitelist, location, subject, why));
    }
}
