using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SecretsAnalyzers.Internal;
using SecretsAnalyzers.Internal.ConfigFiles;

namespace SecretsAnalyzers.Permissions
{
    /// <summary>
    /// EXK301 (withdrawal/transfer rights) and EXK302 (wildcard/full-access scope). Reports grants wherever code
    /// declares or requests them: boolean arguments of key-management calls and the project's own boolean members
    /// (<c>EnableWithdrawals = true</c>), permission lists passed to SDK calls or assigned to scope/permission members,
    /// OAuth scope strings and authorize URLs, raw REST bodies sent to catalog C key-management endpoints, and enum
    /// flags of Permission/Scope/Right types. Reads, comparisons, <c>false</c> and prose are never reported.
    /// </summary>
    public sealed class EXK301PermissionScopeAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.EXK301WithdrawOrTransferPermission, Descriptors.EXK302WildcardScope);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                start.RegisterOperationAction(AnalyzeArgument, OperationKind.Argument);
                start.RegisterOperationAction(AnalyzeAssignment, OperationKind.SimpleAssignment);
                start.RegisterOperationAction(AnalyzeMemberInitializer, OperationKind.PropertyInitializer, OperationKind.FieldInitializer, OperationKind.ParameterInitializer);
                start.RegisterOperationAction(AnalyzeReturn, OperationKind.Return);
                start.RegisterOperationAction(AnalyzeTuple, OperationKind.Tuple);
                start.RegisterOperationAction(AnalyzeLambda, OperationKind.AnonymousFunction);
                start.RegisterOperationAction(AnalyzeLiteral, OperationKind.Literal);
                start.RegisterOperationAction(AnalyzeEnumValue, OperationKind.FieldReference);
                start.RegisterAdditionalFileAction(AnalyzeConfigFile);
            });
        }

        // ---------------- booleans: permissionWalletTransfer: true, EnableWithdrawals = true ----------------

        private static void AnalyzeArgument(OperationAnalysisContext context)
        {
            var argument = (IArgumentOperation)context.Operation;
            if (argument.ArgumentKind != ArgumentKind.Explicit || argument.Parameter is not { } parameter) return;
            // A local declared true and passed by name (var transfer = true; …(permissionWalletTransfer: transfer)) grants
            // as the literal would; the finding sits on the argument, with no fix (the literal is elsewhere).
            var viaLocal = !PermissionContext.IsTrue(argument.Value) && PermissionContext.LocalInitializerLiteral(argument.Value) is true;
            if (!viaLocal && (!PermissionContext.IsTrue(argument.Value) || IsReportedConstant(argument.Value))) return;
            var kind = PermissionVocabulary.ClassifyBooleanName(parameter.Name);
            if (kind == GrantKind.None || !IsBoolean(parameter.Type)) return;
            var isConstructor = (parameter.ContainingSymbol as IMethodSymbol)?.MethodKind == MethodKind.Constructor;
            if (isConstructor && PermissionVocabulary.IsDescriptiveModelTypeName(parameter.ContainingType?.Name)) return;
            var owner = isConstructor ? parameter.ContainingSymbol.ContainingType?.Name : parameter.ContainingSymbol?.Name;
            Report(context, kind, argument.Value.Syntax.GetLocation(),
                viaLocal ? ImmutableDictionary<string, string?>.Empty : PermissionContext.Fix(PermissionContext.SetFalse),
                PermissionContext.Quote(parameter.Name) + (owner is null ? "" : " of " + PermissionContext.Quote(owner)));
        }

        private static void AnalyzeAssignment(OperationAnalysisContext context)
        {
            var assignment = (ISimpleAssignmentOperation)context.Operation;
            if (!PermissionContext.IsTrue(assignment.Value) || IsReportedConstant(assignment.Value)) return;
            var (name, type, owner) = assignment.Target switch
            {
                IPropertyReferenceOperation p when p.Arguments.IsEmpty => (p.Property.Name, p.Property.Type, p.Property.ContainingType),
                IFieldReferenceOperation f => (f.Field.Name, f.Field.Type, f.Field.ContainingType),
                // query["canUniversalTransfer"] = true: the key names the flag, the value is a bool whatever the dictionary holds.
                IPropertyReferenceOperation { Arguments.Length: 1 } i when i.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string key } =>
                    (key, PermissionContext.Unwrap(assignment.Value).Type, null),
                _ => (null, null, null),
            };
            if (name is null || type is null || PermissionVocabulary.IsDescriptiveModelTypeName(owner?.Name)) return;
            ReportBooleanMember(context, name, type, assignment.Value, owner);
        }

        /// <summary>A constant whose own declaration is reported (const bool AllowTransfer = true): its uses are not reported again.</summary>
        private static bool IsReportedConstant(IOperation value) =>
            PermissionContext.Unwrap(value) is IFieldReferenceOperation { Field: { IsConst: true } field } &&
            PermissionVocabulary.ClassifyBooleanName(field.Name) != GrantKind.None &&
            !PermissionVocabulary.IsDescriptiveModelTypeName(field.ContainingType?.Name);

        /// <summary>
        /// A member whose whole body returns true: <c>bool EnableWithdrawals =&gt; true</c>, <c>get =&gt; true</c>,
        /// <c>bool AllowTransfer() { return true; }</c>, a local function. A <c>return true</c> among other statements is a
        /// decision, not a setting, and is not reported.
        /// </summary>
        private static void AnalyzeReturn(OperationAnalysisContext context)
        {
            var returned = (IReturnOperation)context.Operation;
            if (returned.ReturnedValue is not { } value || !PermissionContext.IsTrue(value) || IsReportedConstant(value)) return;
            if (returned.Parent is not IBlockOperation { Operations.Length: 1 } body ||
                body.Parent is not (null or IMethodBodyBaseOperation or ILocalFunctionOperation))
                return;
            var member = PermissionContext.ReturningMember(returned, context.ContainingSymbol);
            if (member is null || PermissionVocabulary.IsDescriptiveModelTypeName(member.ContainingType?.Name)) return;
            var type = member switch
            {
                IPropertySymbol property => property.Type,
                IMethodSymbol method => method.ReturnType,
                _ => null,
            };
            if (type is null) return;
            ReportBooleanMember(context, member.Name, type, value, member.ContainingType);
        }

        /// <summary>
        /// Tuple elements that are true: <c>(CanTrade: true, CanWithdraw: true)</c>, a form pair
        /// <c>("canUniversalTransfer", true)</c>. String elements are read by <see cref="AnalyzeLiteral"/>.
        /// </summary>
        private static void AnalyzeTuple(OperationAnalysisContext context)
        {
            var tuple = (ITupleOperation)context.Operation;
            foreach (var element in tuple.Elements)
            {
                if (!PermissionContext.IsTrue(element) || IsReportedConstant(element)) continue;
                if (PermissionContext.TupleTarget(tuple, element, false).Name is not { } name) continue;
                ReportBooleanMember(context, name, PermissionContext.Unwrap(element).Type ?? element.Type!, element, null);
            }
        }

        /// <summary>
        /// Lambda parameter defaults: <c>(bool canTransfer = true) =&gt; …</c>. The driver gives no initializer operation for
        /// them, so the lambda's own parameter symbols and their default-value syntax (inside this body) are read.
        /// </summary>
        private static void AnalyzeLambda(OperationAnalysisContext context)
        {
            var lambda = (IAnonymousFunctionOperation)context.Operation;
            foreach (var parameter in lambda.Symbol.Parameters)
            {
                if (!parameter.HasExplicitDefaultValue || parameter.ExplicitDefaultValue is not true || !IsBoolean(parameter.Type)) continue;
                var kind = PermissionVocabulary.ClassifyBooleanName(parameter.Name);
                if (kind == GrantKind.None) continue;
                foreach (var reference in parameter.DeclaringSyntaxReferences)
                {
                    if (reference.GetSyntax(context.CancellationToken) is Microsoft.CodeAnalysis.CSharp.Syntax.ParameterSyntax { Default.Value: { } defaultValue })
                        Report(context, kind, defaultValue.GetLocation(), PermissionContext.Fix(PermissionContext.SetFalse), PermissionContext.Quote(parameter.Name));
                }
            }
        }

        private static void AnalyzeMemberInitializer(OperationAnalysisContext context)
        {
            switch (context.Operation)
            {
                case IPropertyInitializerOperation p when p.InitializedProperties.Length == 1 && PermissionContext.IsTrue(p.Value)
                                                          && !PermissionVocabulary.IsDescriptiveModelTypeName(p.InitializedProperties[0].ContainingType?.Name):
                    ReportBooleanMember(context, p.InitializedProperties[0].Name, p.InitializedProperties[0].Type, p.Value);
                    break;
                case IFieldInitializerOperation f when f.InitializedFields.Length == 1 && PermissionContext.IsTrue(f.Value)
                                                       && !PermissionVocabulary.IsDescriptiveModelTypeName(f.InitializedFields[0].ContainingType?.Name):
                    ReportBooleanMember(context, f.InitializedFields[0].Name, f.InitializedFields[0].Type, f.Value);
                    break;
                case IParameterInitializerOperation p when PermissionContext.IsTrue(p.Value) && !IsReportedConstant(p.Value)
                                                           && !PermissionVocabulary.IsDescriptiveModelTypeName(p.Parameter.ContainingType?.Name):
                    // Task CreateBotKeyAsync(bool enableWithdrawals = true), record KeyPolicy(bool CanWithdraw = true): every
                    // caller that leaves the argument out grants it.
                    ReportBooleanMember(context, p.Parameter.Name, p.Parameter.Type, p.Value);
                    break;
            }
        }

        private static void ReportBooleanMember(OperationAnalysisContext context, string name, ITypeSymbol type, IOperation value, INamedTypeSymbol? owner = null)
        {
            var kind = PermissionVocabulary.ClassifyBooleanName(name);
            if (kind == GrantKind.None && owner is not null && PermissionVocabulary.IsPermissionTypeName(owner.Name))
                kind = PermissionVocabulary.ClassifyPermissionModelFlag(name);   // CdpKeyPermissions { Transfer = true }
            if (kind == GrantKind.None || !IsBoolean(type)) return;
            Report(context, kind, value.Syntax.GetLocation(), PermissionContext.Fix(PermissionContext.SetFalse), PermissionContext.Quote(name));
        }

        private static bool IsBoolean(ITypeSymbol? type) =>
            type is { SpecialType: SpecialType.System_Boolean } ||
            type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable &&
            nullable.TypeArguments.Length == 1 && nullable.TypeArguments[0].SpecialType == SpecialType.System_Boolean;

        // ---------------- enum flags: ApiPermissions.Read | ApiPermissions.Withdraw ----------------

        private static void AnalyzeEnumValue(OperationAnalysisContext context)
        {
            var reference = (IFieldReferenceOperation)context.Operation;
            var field = reference.Field;
            if (field.ContainingType is not { TypeKind: TypeKind.Enum } enumType) return;
            var kind = PermissionVocabulary.ClassifyEnumMember(field.Name);
            if (kind == GrantKind.None || !PermissionVocabulary.IsPermissionTypeName(enumType.Name)) return;

            // Walk up through | combinations and conversions; only value positions grant (not comparisons or tests).
            IOperation current = reference;
            var inOr = false;
            for (var depth = 0; depth < 16 && current.Parent is { } parent; depth++)
            {
                if (parent is IConversionOperation or IParenthesizedOperation)
                {
                    current = parent;
                    continue;
                }

                if (parent is IBinaryOperation { OperatorKind: BinaryOperatorKind.Or })
                {
                    inOr = true;
                    current = parent;
                    continue;
                }

                break;
            }

            // A grant is a value combined with | (anywhere a value goes), or a value stored into a member, passed to a
            // method or listed. Parsers and mappings (return Permission.Withdraw; dictionary keys; attributes) are not.
            var grants = current.Parent switch
            {
                ISimpleAssignmentOperation a => a.Value == current && (inOr || a.Target is IPropertyReferenceOperation { Arguments.IsEmpty: true } or IFieldReferenceOperation),
                ICompoundAssignmentOperation c => c.OperatorKind == BinaryOperatorKind.Or && c.Value == current,
                IVariableInitializerOperation => inOr,
                IPropertyInitializerOperation => true,
                IFieldInitializerOperation f => !IsEnumMember(f.InitializedFields),
                IArgumentOperation a => IsGrantingArgument(a) || IsListElement(a),
                IReturnOperation => inOr,
                IArrayInitializerOperation => true,
                { Syntax: Microsoft.CodeAnalysis.CSharp.Syntax.CollectionExpressionSyntax } => true,   // [Read, Withdraw]
                _ => false,
            };
            if (!grants || reference.Syntax.FirstAncestorOrSelf<Microsoft.CodeAnalysis.CSharp.Syntax.AttributeSyntax>() is not null) return;

            var properties = inOr && reference.Syntax.Parent is Microsoft.CodeAnalysis.CSharp.Syntax.BinaryExpressionSyntax
                ? PermissionContext.Fix(PermissionContext.RemoveFlag)
                : !inOr && current.Parent is IArrayInitializerOperation { ElementValues.Length: > 1 }
                    ? PermissionContext.Fix(PermissionContext.RemoveElement)
                    : ImmutableDictionary<string, string?>.Empty;
            Report(context, kind, reference.Syntax.GetLocation(), properties, PermissionContext.Quote(enumType.Name + "." + field.Name));
        }

        /// <summary>An argument that hands a permission to a method or constructor (not HasFlag, Equals, dictionary or set lookups, indexers).</summary>
        private static bool IsGrantingArgument(IArgumentOperation argument)
        {
            var name = argument.Parent switch
            {
                IInvocationOperation invocation => invocation.TargetMethod.Name,
                IObjectCreationOperation => ".ctor",
                _ => null,
            };
            return name is not null && name != "HasFlag" && name != "Equals" && name != "Add" && name != "TryAdd" &&
                   name != "Contains" && name != "ContainsKey" && name != "Remove" && name != "TryGetValue" && name != "IndexOf";
        }

        /// <summary>An element of a collection initializer (new List&lt;ApiPermissions&gt; { Read, Withdraw }); a dictionary key is not.</summary>
        private static bool IsListElement(IArgumentOperation argument) =>
            argument.Parent is IInvocationOperation { TargetMethod.Name: "Add", Arguments.Length: 1, Parent: IObjectOrCollectionInitializerOperation };

        private static bool IsEnumMember(ImmutableArray<IFieldSymbol> fields) =>
            !fields.IsEmpty && fields[0].ContainingType?.TypeKind == TypeKind.Enum;

        // ---------------- strings: scopes, permission lists, authorize URLs, REST bodies ----------------

        private static void AnalyzeLiteral(OperationAnalysisContext context)
        {
            var literal = (ILiteralOperation)context.Operation;
            if (literal.ConstantValue is not { HasValue: true, Value: string text } || text.Length == 0 || text.Length > 4000) return;

            // Cheap pre-filter: every grant we look for has one of these marks.
            if (text.IndexOf(':') < 0 && text.IndexOf('*') < 0 && text.IndexOf('=') < 0 &&
                !PermissionContext.ContainsIgnoreCase(text, "transfer") && !PermissionContext.ContainsIgnoreCase(text, "withdraw") &&
                !PermissionContext.ContainsIgnoreCase(text, "all") && !PermissionContext.ContainsIgnoreCase(text, "full") &&
                !PermissionContext.ContainsIgnoreCase(text, "admin") && !PermissionContext.ContainsIgnoreCase(text, "true") &&
                !PermissionContext.ContainsIgnoreCase(text, "wallets"))
                return;

            var target = PermissionContext.TargetOf(literal, context.ContainingSymbol);
            var fixable = PermissionContext.IsFixableLiteral(literal.Syntax);

            // Coinbase OAuth account access: Account = "all" next to a scope member or key (a request, a query dictionary).
            if (text.Equals("all", StringComparison.OrdinalIgnoreCase) && !target.IsArgument &&
                string.Equals(target.Name, "account", StringComparison.OrdinalIgnoreCase) && PermissionContext.HasScopeSibling(literal))
            {
                Report(context, GrantKind.Wildcard, literal.Syntax.GetLocation(),
                    fixable ? PermissionContext.Replace(text, "select", 0) : ImmutableDictionary<string, string?>.Empty, PermissionContext.Quote(target.Name!), "account=all");
                return;
            }

            // Form/dictionary pairs: { "canUniversalTransfer", "true" }.
            if (target.Name is { } targetName && !target.IsArgument &&
                (text.Equals("true", StringComparison.OrdinalIgnoreCase) || text == "1"))
            {
                var kind = PermissionVocabulary.ClassifyBooleanName(targetName);
                if (kind != GrantKind.None)
                {
                    Report(context, kind, literal.Syntax.GetLocation(),
                        fixable && text != "1" ? PermissionContext.Replace(text, "false", 0) : ImmutableDictionary<string, string?>.Empty,
                        PermissionContext.Quote(targetName));
                }

                return;
            }

            var looksStructured = text.IndexOf('{') >= 0 || text.IndexOf('=') >= 0;

            // Scope / permission members, parameters and keys: "read_only,withdraw", ["AccountTransfer"].
            if (!looksStructured && PermissionVocabulary.IsScopeName(target.Name))
            {
                AnalyzeList(context, literal, text, 0, text.Length, PermissionContext.Quote(target.Name!), fixable, target.IsElement);
                return;
            }

            // Authorize URLs: ...?scope=wallet:accounts:read,wallet:withdrawals:create&account=all
            if (PermissionContext.ContainsIgnoreCase(text, "scope=") || PermissionContext.ContainsIgnoreCase(text, "account=all"))
            {
                var scope = PermissionVocabulary.ScopeParameter.Match(text);
                if (scope.Success)
                {
                    AnalyzeList(context, literal, text, scope.Groups["value"].Index, scope.Groups["value"].Length, "The authorize URL", fixable, false);
                }

                if (PermissionVocabulary.AccountAll.IsMatch(text))
                {
                    Report(context, GrantKind.Wildcard, literal.Syntax.GetLocation(),
                        fixable ? PermissionContext.Replace("account=all", "account=select", PermissionVocabulary.AccountAll.Match(text).Index + 1) : ImmutableDictionary<string, string?>.Empty,
                        "The authorize URL", "account=all");
                }

                return;
            }

            // Bybit permission groups built as objects: new { Wallet = new[] { "AccountTransfer" } } sent to a key endpoint.
            if (!looksStructured && target.IsElement && string.Equals(target.Name, "Wallet", StringComparison.OrdinalIgnoreCase) &&
                PermissionVocabulary.Classify(text) != GrantKind.None && PermissionContext.BlockNamesKeyEndpoint(literal))
            {
                AnalyzeList(context, literal, text, 0, text.Length, "The key-management request", fixable, target.IsElement);
                return;
            }

            // JSON "scope": "…" (Deribit public/auth, OAuth token requests). A body that carries "access_token" is the
            // token response (a test's mock server answer): the scope there is what was granted, not what is asked for.
            if (looksStructured && text.IndexOf("\"scope\"", StringComparison.OrdinalIgnoreCase) >= 0)
            {
                if (text.IndexOf("\"access_token\"", StringComparison.OrdinalIgnoreCase) >= 0) return;

                try
                {
                    var json = PermissionVocabulary.ScopeJson.Match(text);
                    if (json.Success)
                    {
                        AnalyzeList(context, literal, text, json.Groups["value"].Index, json.Groups["value"].Length, "The token request", fixable, false);
                        return;
                    }
                }
                catch (RegexMatchTimeoutException)
                {
                    return;
                }
            }

            // A literal that is nothing but OAuth-style scopes.
            if (!looksStructured && PermissionVocabulary.IsScopeList(text))
            {
                AnalyzeList(context, literal, text, 0, text.Length, target.Name is null ? "The scope string" : PermissionContext.Quote(target.Name), fixable, target.IsElement);
                return;
            }

            // Raw REST bodies and queries sent to key-management endpoints.
            if (looksStructured && PermissionVocabulary.MayHoldRestGrant(text) &&
                (PermissionVocabulary.IsKeyManagementEndpoint(text) || PermissionContext.BlockNamesKeyEndpoint(literal)) &&
                !MockResponses.IsMockResponseBody(literal))
            {
                AnalyzeRestBody(context, literal, text, fixable);
            }
        }

        private static void AnalyzeList(OperationAnalysisContext context, ILiteralOperation literal, string text, int start, int length,
            string subject, bool fixable, bool isElement)
        {
            var tokens = PermissionVocabulary.Tokenize(text, start, length);
            if (tokens.Count == 0) return;
            var readWriteAll = PermissionVocabulary.IsReadWriteEverywhere(tokens);
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var token in tokens)
            {
                var kind = PermissionVocabulary.Classify(token.Text);
                ImmutableDictionary<string, string?> properties;
                if (readWriteAll && token.Text.EndsWith(":read_write", StringComparison.OrdinalIgnoreCase))
                {
                    if (!token.Text.Equals("wallet:read_write", StringComparison.OrdinalIgnoreCase)) continue;
                    kind = GrantKind.Wildcard;
                    properties = fixable ? PermissionContext.Replace(token.Text, "wallet:read", token.Start) : ImmutableDictionary<string, string?>.Empty;
                    if (seen.Add(token.Text))
                        Report(context, kind, literal.Syntax.GetLocation(), properties, subject, "read_write on every group");
                    continue;
                }

                if (kind == GrantKind.None || !seen.Add(token.Text)) continue;

                if (tokens.Count == 1 && isElement)
                {
                    properties = PermissionContext.Fix(PermissionContext.RemoveElement);
                }
                else if (fixable && tokens.Count > 1 && PermissionVocabulary.IsVocabulary(token.Text))
                {
                    // The fix properties carry the token's text only when it is scope vocabulary (never glued text).
                    var (find, replace, at) = PermissionVocabulary.RemovalEditAt(text, token.Start, token.End);
                    properties = PermissionContext.Replace(find, replace, at);
                }
                else
                {
                    properties = ImmutableDictionary<string, string?>.Empty;
                }

                // A message never repeats the whole flagged value: a lone token is named by its class instead.
                Report(context, kind, literal.Syntax.GetLocation(), properties, subject,
                    tokens.Count == 1 && token.Text.Trim() == text.Trim() ? null : PermissionVocabulary.Display(token.Text, kind));
            }
        }

        private static void AnalyzeRestBody(OperationAnalysisContext context, ILiteralOperation literal, string text, bool fixable)
        {
            const string subject = "The key-management request";
            try
            {
                foreach (Match m in PermissionVocabulary.BooleanGrant.Matches(text))
                {
                    var name = m.Groups["name"].Value;
                    var kind = PermissionVocabulary.ClassifyBooleanName(name);
                    if (kind == GrantKind.None) continue;
                    var value = m.Groups["value"];
                    var find = m.Value;
                    var replace = find.Substring(0, value.Index - m.Index) + (value.Value == "1" ? "0" : "false") + find.Substring(value.Index - m.Index + value.Length);
                    Report(context, kind, literal.Syntax.GetLocation(), fixable ? PermissionContext.Replace(find, replace, m.Index) : ImmutableDictionary<string, string?>.Empty,
                        subject, name + "=" + value.Value);
                }

                foreach (Match m in PermissionVocabulary.WalletGroup.Matches(text))
                {
                    var group = m.Groups["value"];
                    foreach (var token in PermissionVocabulary.Tokenize(text, group.Index, group.Length))
                    {
                        var kind = PermissionVocabulary.Classify(token.Text);
                        if (kind == GrantKind.None) continue;
                        var (find, replace, at) = PermissionVocabulary.RemovalEditAt(text, token.Start, token.End);
                        Report(context, kind, literal.Syntax.GetLocation(),
                            fixable && PermissionVocabulary.IsVocabulary(token.Text) ? PermissionContext.Replace(find, replace, at) : ImmutableDictionary<string, string?>.Empty,
                            subject, PermissionVocabulary.Display(token.Text, kind));
                    }
                }

                foreach (Match m in PermissionVocabulary.PermissionList.Matches(text))
                {
                    var group = m.Groups["value"];
                    var tokens = PermissionVocabulary.Tokenize(text, group.Index, group.Length);
                    foreach (var token in tokens)
                    {
                        var kind = PermissionVocabulary.Classify(token.Text);
                        if (kind == GrantKind.None) continue;
                        var edit = PermissionVocabulary.RemovalEditAt(text, token.Start, token.End);
                        var properties = fixable && tokens.Count > 1 && PermissionVocabulary.IsVocabulary(token.Text)
                            ? PermissionContext.Replace(edit.Find, "", edit.At)
                            : ImmutableDictionary<string, string?>.Empty;
                        Report(context, kind, literal.Syntax.GetLocation(), properties, subject, PermissionVocabulary.Display(token.Text, kind));
                    }
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // A pathological literal: skip it rather than fail the build.
            }
        }

        // ---------------- appsettings*.json: the same keys and scopes ----------------

        private static void AnalyzeConfigFile(AdditionalFileAnalysisContext context)
        {
            if (ConfigFileReader.Classify(context.AdditionalFile.Path) != ConfigFileKind.AppSettings) return;
            if (!ConfigFileReader.TryRead(context.AdditionalFile, context.CancellationToken, out var file)) return;
            foreach (var entry in file.Entries)
            {
                var name = EntryName(entry);

                // "EnableWithdrawals": true, "CanTransfer": "true", "FullAccess": true
                if (entry.Kind == ConfigValueKind.True ||
                    entry.IsString && entry.Value.Equals("true", StringComparison.OrdinalIgnoreCase))
                {
                    var kind = name is null ? GrantKind.None : PermissionVocabulary.ClassifyBooleanName(name);
                    if (kind != GrantKind.None) ReportConfig(context, kind, file.GetLocation(entry), Subject(entry), null);
                    continue;
                }

                if (!entry.IsString || entry.Value.Length == 0 || entry.Value.Length > 4000) continue;
                var value = entry.Value;
                if (PermissionVocabulary.IsScopeName(name) && value.IndexOf('=') < 0 && value.IndexOf('{') < 0)
                {
                    ReportConfigList(context, file.GetLocation(entry), Subject(entry), value, 0, value.Length);
                }
                else if (PermissionContext.ContainsIgnoreCase(value, "scope=") || PermissionContext.ContainsIgnoreCase(value, "account=all"))
                {
                    var scope = PermissionVocabulary.ScopeParameter.Match(value);
                    if (scope.Success)
                        ReportConfigList(context, file.GetLocation(entry), Subject(entry), value, scope.Groups["value"].Index, scope.Groups["value"].Length);
                    if (PermissionVocabulary.AccountAll.IsMatch(value))
                        ReportConfig(context, GrantKind.Wildcard, file.GetLocation(entry), Subject(entry), "account=all");
                }
                else if (PermissionVocabulary.IsScopeList(value))
                {
                    ReportConfigList(context, file.GetLocation(entry), Subject(entry), value, 0, value.Length);
                }
            }
        }

        /// <summary>The member name of an entry: its key, or for an array item ("Scopes:0") the array's key.</summary>
        private static string? EntryName(in ConfigEntry entry)
        {
            var key = entry.Key;
            if (key.Length == 0 || !char.IsDigit(key[0])) return key.Length == 0 ? null : key;
            return entry.ParentKey;
        }

        /// <summary>The quoted key path, built only for an entry that is reported.</summary>
        private static string Subject(in ConfigEntry entry) => PermissionContext.Quote(entry.Path);

        private static void ReportConfigList(AdditionalFileAnalysisContext context, Location location, string subject, string text, int start, int length)
        {
            var tokens = PermissionVocabulary.Tokenize(text, start, length);
            var readWriteAll = PermissionVocabulary.IsReadWriteEverywhere(tokens);
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var token in tokens)
            {
                if (readWriteAll && token.Text.EndsWith(":read_write", StringComparison.OrdinalIgnoreCase))
                {
                    if (token.Text.Equals("wallet:read_write", StringComparison.OrdinalIgnoreCase) && seen.Add(token.Text))
                        ReportConfig(context, GrantKind.Wildcard, location, subject, "read_write on every group");
                    continue;
                }

                var kind = PermissionVocabulary.Classify(token.Text);
                if (kind != GrantKind.None && seen.Add(token.Text))
                    ReportConfig(context, kind, location, subject,
                        tokens.Count == 1 && token.Text.Trim() == text.Trim() ? null : PermissionVocabulary.Display(token.Text, kind));
            }
        }

        private static void ReportConfig(AdditionalFileAnalysisContext context, GrantKind kind, Location location, string subject, string? what)
        {
            var descriptor = kind == GrantKind.Wildcard ? Descriptors.EXK302WildcardScope : Descriptors.EXK301WithdrawOrTransferPermission;
            context.ReportDiagnostic(Diagnostic.Create(descriptor, location, subject,
                what ?? (kind == GrantKind.Wildcard ? "full access" : PermissionVocabulary.GrantName(kind))));
        }

        private static void Report(OperationAnalysisContext context, GrantKind kind, Location location,
            ImmutableDictionary<string, string?> properties, string subject, string? what = null)
        {
            if (kind == GrantKind.Wildcard)
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.EXK302WildcardScope, location, properties, subject, what ?? "full access"));
            }
            else
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.EXK301WithdrawOrTransferPermission, location, properties, subject,
                    what ?? PermissionVocabulary.GrantName(kind)));
            }
        }
    }
}
