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
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class EXK303IpWhitelistAnalyzer : DiagnosticAnalyzer
    {
        private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(100);

        private static readonly Regex IpRestrictFalse = new Regex(
            "ipRestrict\"?\\s*[:=]\\s*\"?(false|0)\\b",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout);

        private static readonly Regex OpenIpList = new Regex(
            "\\b(ips|ip|ipWhitelist|ip_whitelist|ipAddress|ipAddresses|ipList|cidr|cidrs)\"?\\s*[:=]\\s*\\[?\\s*\"?(\\*|0\\.0\\.0\\.0/0|::/0)(?=[\"\\],&\\s]|$)",
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
            });
        }

        private static void AnalyzeInvocation(OperationAnalysisContext context, PermissionKnownTypes known)
        {
            var invocation = (IInvocationOperation)context.Operation;
            var method = invocation.TargetMethod;
            if (!PermissionKnownTypes.IsKeyMethodName(method.Name) || known.GetKeyMethod(method) is not { } keyMethod) return;
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
                if (!target.IsArgument && string.Equals(target.Name, "ipRestrict", StringComparison.OrdinalIgnoreCase) &&
                    PermissionContext.BlockNamesKeyEndpoint(literal))
                    Report(context, literal.Syntax.GetLocation(), "The key-management request", "ipRestrict is false");
                return;
            }

            if (value is not string text || text.Length == 0 || text.Length > 4000) return;

            // Cheap pre-filter: every finding needs a wildcard address, a false flag or the ipList endpoint.
            if (text.IndexOf('*') < 0 && text.IndexOf("0.0.0.0", StringComparison.Ordinal) < 0 && text.IndexOf("::/0", StringComparison.Ordinal) < 0 &&
                text.IndexOf("false", StringComparison.OrdinalIgnoreCase) < 0 && text.IndexOf("ipList", StringComparison.OrdinalIgnoreCase) < 0 &&
                text.IndexOf("ipRestrict", StringComparison.OrdinalIgnoreCase) < 0)
                return;

            // Binance DELETE …/ipRestriction/ipList removes the key's IP binding.
            if (text.IndexOf("/ipRestriction/ipList", StringComparison.OrdinalIgnoreCase) >= 0)
            {
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
                var isIpList = !text.Equals("false", StringComparison.OrdinalIgnoreCase) &&
                               (name == "ips" || name == "ip" || name == "ipwhitelist" || name == "ip_whitelist" || name == "ipaddress" ||
                                name == "ipaddresses" || name == "iplist" || name == "cidr" || name == "cidrs");
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
                if (!restrict.Success && !open.Success) return;
                if (!PermissionVocabulary.IsKeyManagementEndpoint(text) && !PermissionContext.BlockNamesKeyEndpoint(literal)) return;
                Report(context, literal.Syntax.GetLocation(), "The key-management request",
                    restrict.Success ? "ipRestrict is false" : open.Groups[1].Value + " allows every address");
            }
            catch (RegexMatchTimeoutException)
            {
                // Skip pathological literals.
            }
        }

        private static void Report(OperationAnalysisContext context, Location location, string subject, string why) =>
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.EXK303NoIpWhitelist, location, subject, why));
    }
}
