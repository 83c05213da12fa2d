using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecretsAnalyzers.Internal;

namespace SecretsAnalyzers.Logging
{
    /// <summary>How a type's <c>ToString</c> exposes its secret members (EXK403, and EXK401 for objects logged whole).</summary>
    internal sealed class SecretPrinting
    {
        public SecretPrinting(ImmutableArray<ISymbol> members, string via)
        {
            Members = members;
            Via = via;
        }

        /// <summary>The secret members that are printed, in declaration order.</summary>
        public ImmutableArray<ISymbol> Members { get; }

        /// <summary>"compiler-generated ToString", "ToString override" or "PrintMembers override".</summary>
        public string Via { get; }
    }

    /// <summary>
    /// The secret-value model of the logging rules, one per compilation: which symbols, members and calls produce a
    /// secret value (sources), which same-compilation helpers return one (a one-level syntactic summary, cached), and
    /// which types print or serialize their secrets. Intra-method flow lives in <see cref="SecretFlow"/>.
    /// </summary>
    internal sealed class SecretSources
    {
        private static readonly string[] SanitizerWords =
        {
            "mask", "redact", "hash", "obfuscat", "sanitiz", "sanitis", "encrypt", "protect", "fingerprint", "digest", "censor",
        };

        private readonly ConcurrentDictionary<IMethodSymbol, string> _helperSummaries =
            new ConcurrentDictionary<IMethodSymbol, string>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<INamedTypeSymbol, SecretPrinting?> _printing =
            new ConcurrentDictionary<INamedTypeSymbol, SecretPrinting?>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<ITypeSymbol, string> _serializedMembers =
            new ConcurrentDictionary<ITypeSymbol, string>(SymbolEqualityComparer.Default);

        private static readonly Func<string, List<TemplatePlaceholder>> ParseTemplate = MessageTemplate.Parse;

        private readonly ConcurrentDictionary<string, List<TemplatePlaceholder>> _templates =
            new ConcurrentDictionary<string, List<TemplatePlaceholder>>(StringComparer.Ordinal);

        public SecretSources(LoggingKnownTypes known) => Known = known;

        /// <summary>The placeholders of a message template, parsed once per distinct text per compilation (callers only read the list).</summary>
        public List<TemplatePlaceholder> TemplatePlaceholders(string template) =>
            _templates.TryGetValue(template, out var placeholders) ? placeholders : _templates.GetOrAdd(template, ParseTemplate);

        public LoggingKnownTypes Known { get; }

        // ---------------- Types ----------------

        /// <summary>string, SecureString, char[], byte[], (ReadOnly)Span/Memory&lt;char&gt;: the types a secret-named symbol can hold a secret in.</summary>
        public bool IsSecretCapable(ITypeSymbol? type)
        {
            if (type is null) return false;
            if (type.SpecialType == SpecialType.System_String) return true;
            if (type is IArrayTypeSymbol array)
                return array.ElementType.SpecialType == SpecialType.System_Char || array.ElementType.SpecialType == SpecialType.System_Byte;
            if (LoggingKnownTypes.Is(type, Known.SecureString) || LoggingKnownTypes.Is(type, Known.StringBuilder)) return true;
            if (type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } named &&
                (LoggingKnownTypes.Is(named, Known.ReadOnlySpan) || LoggingKnownTypes.Is(named, Known.Span) ||
                 LoggingKnownTypes.Is(named, Known.ReadOnlyMemory) || LoggingKnownTypes.Is(named, Known.Memory)))
                return named.TypeArguments[0].SpecialType == SpecialType.System_Char;
            if (type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } task &&
                (LoggingKnownTypes.Is(task, Known.Task) || LoggingKnownTypes.Is(task, Known.ValueTask)))
                return IsSecretCapable(task.TypeArguments[0]);
            return false;
        }

        /// <summary>
        /// Values of these types never carry a secret's text: bool, numbers, enums, char, DateTime and other structs
        /// (except spans, memories and IntPtr, which can point at one).
        /// </summary>
        public bool IsCleanType(ITypeSymbol? type)
        {
            if (type is null) return false;
            if (type.TypeKind == TypeKind.Enum) return true;
            switch (type.SpecialType)
            {
                case SpecialType.System_Boolean: case SpecialType.System_Char: case SpecialType.System_SByte:
                case SpecialType.System_Byte: case SpecialType.System_Int16: case SpecialType.System_UInt16:
                case SpecialType.System_Int32: case SpecialType.System_UInt32: case SpecialType.System_Int64:
                case SpecialType.System_UInt64: case SpecialType.System_Single: case SpecialType.System_Double:
                case SpecialType.System_Decimal: case SpecialType.System_DateTime: case SpecialType.System_Void:
                    return true;
                case SpecialType.System_IntPtr: case SpecialType.System_UIntPtr:
                    return false;
            }

            if (type.IsValueType && type.TypeKind == TypeKind.Struct)
            {
                if (type is INamedTypeSymbol { IsGenericType: true } generic)
                {
                    if (generic.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T) return IsCleanType(generic.TypeArguments[0]);
                    if (LoggingKnownTypes.Is(generic, Known.ReadOnlySpan) || LoggingKnownTypes.Is(generic, Known.Span) ||
                        LoggingKnownTypes.Is(generic, Known.ReadOnlyMemory) || LoggingKnownTypes.Is(generic, Known.Memory) ||
                        LoggingKnownTypes.Is(generic, Known.ValueTask))
                        return false;
                }

                return !type.Name.Equals("KeyValuePair", StringComparison.Ordinal) && !type.IsTupleType;
            }

            return false;
        }

        // ---------------- Named sources ----------------

        /// <summary>
        /// A field, property, local or parameter whose name is a secret and whose type can hold one; not a constant
        /// (or static field initialised with a literal) whose value is prose: <c>MissingPassword = "FTP password is
        /// missing."</c> is a message label.
        /// </summary>
        public bool IsSecretNamedSymbol(ISymbol symbol, ITypeSymbol? type, SecretNameModel names) =>
            IsSecretCapable(type)
            && (symbol is IFieldSymbol or IPropertySymbol ? names.IsSecretMemberName(symbol.Name) : names.IsSecretName(symbol.Name))
            && !HoldsProse(symbol);

        /// <summary>
        /// True for a constant, or a static/readonly field initialised with a string literal, whose text is prose. The
        /// initialiser is read from the declaring syntax (no binding); other symbols are never prose.
        /// </summary>
        internal static bool HoldsProse(ISymbol symbol)
        {
            switch (symbol)
            {
                case IFieldSymbol { HasConstantValue: true, ConstantValue: string constant }:
                    return IsProse(constant);
                case ILocalSymbol { HasConstantValue: true, ConstantValue: string localConstant }:
                    return IsProse(localConstant);
                case IFieldSymbol field when field.IsStatic || field.IsReadOnly:
                    foreach (var reference in field.DeclaringSyntaxReferences)
                    {
                        if (reference.GetSyntax() is Microsoft.CodeAnalysis.CSharp.Syntax.VariableDeclaratorSyntax
                            {
                                Initializer.Value: Microsoft.CodeAnalysis.CSharp.Syntax.LiteralExpressionSyntax literal,
                            } && literal.Token.Value is string text)
                            return IsProse(text);
                    }

                    return false;
                default:
                    return false;
            }
        }

        /// <summary>
        /// Prose: words separated by spaces that end like a sentence (. ! ? :), hold a clause break (", "), or carry a
        /// format hole (<c>{0}</c>, <c>{Name}</c>). A passphrase of bare words ("correct horse battery staple") is not.
        /// </summary>
        internal static bool IsProse(string text)
        {
            var trimmed = text.Trim();
            if (trimmed.IndexOf(' ') < 0) return false;
            var last = trimmed[trimmed.Length - 1];
            if (last == '.' || last == '!' || last == '?' || last == ':') return true;
            if (trimmed.IndexOf(", ", StringComparison.Ordinal) >= 0) return true;
            var open = trimmed.IndexOf('{');
            while (open >= 0)
            {
                var close = trimmed.IndexOf('}', open + 1);
                if (close < 0) break;
                var hole = true;
                for (var i = open + 1; i < close; i++)
                {
                    var c = trimmed[i];
                    if (!char.IsLetterOrDigit(c) && c != '_' && c != ',' && c != ':' && c != '-') hole = false;
                }

                if (hole && close > open + 1) return true;
                open = trimmed.IndexOf('{', close + 1);
            }

            return false;
        }

        /// <summary>
        /// The secret members of known credential types: CryptoExchange.Net <c>Key</c>/<c>Secret</c>/<c>Pass</c>/<c>PrivateKey</c>,
        /// ccxt <c>secret</c>/<c>password</c>/<c>privateKey</c>, Azure <c>KeyVaultSecret.Value</c>, <c>NetworkCredential.Password</c>.
        /// </summary>
        public string? KnownCredentialMember(ISymbol member)
        {
            var type = member.ContainingType;
            if (type is null) return null;
            var name = member.Name;
            switch (name)
            {
                case "Key": case "Secret": case "Pass": case "PrivateKey": case "PassPhrase": case "Passphrase":
                    if (IsCryptoExchangeCredential(type)) return type.Name + "." + name;
                    break;
                case "secret": case "password": case "privateKey": case "apiKey": case "twofa":
                    if (LoggingKnownTypes.InNamespace(type, "ccxt")) return "ccxt " + name;
                    break;
                case "Value":
                    if (LoggingKnownTypes.Is(type, Known.KeyVaultSecret)) return "Key Vault secret value";
                    break;
                case "PublicApiKey": case "PrivateApiKey":
                    if (LoggingKnownTypes.InNamespace(type, "ExchangeSharp")) return "ExchangeSharp " + name;
                    break;
            }

            return null;
        }

        private bool IsCryptoExchangeCredential(INamedTypeSymbol type)
        {
            for (var t = type; t is not null; t = t.BaseType)
            {
                if (LoggingKnownTypes.InNamespace(t, "CryptoExchange.Net.Authentication")) return true;
                if (t.Name.EndsWith("Credentials", StringComparison.Ordinal) || t.Name.EndsWith("Credential", StringComparison.Ordinal))
                {
                    var ns = LoggingKnownTypes.NamespaceOf(t);
                    if (ns.EndsWith(".Net", StringComparison.Ordinal) || ns.IndexOf(".Net.", StringComparison.Ordinal) >= 0) return true;
                }
            }

            return false;
        }

        /// <summary>True for a method whose name says it masks, hashes or encrypts, or that the user lists in <c>mask_methods</c>.</summary>
        public static bool IsSanitizer(IMethodSymbol method, ImmutableArray<string> maskMethods)
        {
            var name = method.Name;
            if (LoggingKnownTypes.InNamespace(method.ContainingType, "System.Security.Cryptography")) return true;
            foreach (var word in SanitizerWords)
            {
                if (name.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0) return true;
            }

            if (!maskMethods.IsDefaultOrEmpty)
            {
                var typeName = method.ContainingType?.Name ?? "";
                var fullType = method.ContainingType?.ToDisplayString() ?? "";
                foreach (var entry in maskMethods)
                {
                    if (entry.Equals(name, StringComparison.Ordinal) ||
                        entry.Equals(typeName + "." + name, StringComparison.Ordinal) ||
                        entry.Equals(fullType + "." + name, StringComparison.Ordinal))
                        return true;
                }
            }

            return false;
        }

        // ---------------- One-level summaries of same-compilation helpers ----------------

        /// <summary>
        /// When <paramref name="method"/> is declared in this compilation and returns a secret read straight from a source
        /// (a secret-named member or local, a configuration read or environment variable under a secret name, a Key Vault
        /// value, ToUnsecureString/GetPrivateKey), a description of it; otherwise null. Syntactic and one level deep:
        /// helpers called by the helper are not followed. Cached per compilation.
        /// </summary>
        public string? HelperSummary(IMethodSymbol method, SecretNameModel names)
        {
            method = method.OriginalDefinition;
            if (!IsSecretCapable(method.ReturnType) || method.DeclaringSyntaxReferences.IsDefaultOrEmpty) return null;
            if (!_helperSummaries.TryGetValue(method, out var summary)) summary = AddHelperSummary(method, names);
            return summary.Length == 0 ? null : summary;
        }

        // The cache misses live in their own methods: a lambda capturing a parameter allocates its closure on entry.
        private string AddHelperSummary(IMethodSymbol method, SecretNameModel names) =>
            _helperSummaries.GetOrAdd(method, m => Summarize(m, names) ?? "");

        private string? Summarize(IMethodSymbol method, SecretNameModel names)
        {
            foreach (var reference in method.DeclaringSyntaxReferences)
            {
                var node = reference.GetSyntax();
                var returns = new List<ExpressionSyntax>();
                // Name → initialiser of the helper's locals; null for a parameter or local whose type cannot hold text
                // (JToken statusToken, JsonElement token): its name is not evidence.
                Dictionary<string, ExpressionSyntax?>? locals = null;
                foreach (var parameter in method.Parameters)
                {
                    if (IsTextlessType(parameter.Type))
                    {
                        locals ??= new Dictionary<string, ExpressionSyntax?>(StringComparer.Ordinal);
                        locals[parameter.Name] = null;
                    }
                }

                switch (node)
                {
                    case BaseMethodDeclarationSyntax m:
                        if (m.ExpressionBody is not null) returns.Add(m.ExpressionBody.Expression);
                        else if (m.Body is not null) CollectReturns(m.Body, returns, ref locals);
                        break;
                    case LocalFunctionStatementSyntax f:
                        if (f.ExpressionBody is not null) returns.Add(f.ExpressionBody.Expression);
                        else if (f.Body is not null) CollectReturns(f.Body, returns, ref locals);
                        break;
                    case AccessorDeclarationSyntax a:
                        if (a.ExpressionBody is not null) returns.Add(a.ExpressionBody.Expression);
                        else if (a.Body is not null) CollectReturns(a.Body, returns, ref locals);
                        break;
                    case ArrowExpressionClauseSyntax arrow:
                        returns.Add(arrow.Expression);
                        break;
                }

                foreach (var r in returns)
                {
                    if (IsSecretSyntax(r, names, locals, 0)) return "Secret returned by '" + method.Name + "()'";
                }
            }

            return null;
        }

        /// <summary>A type whose values are not text: numbers, enums and other structs, JSON and XML nodes (not object or interfaces).</summary>
        private bool IsTextlessType(ITypeSymbol type) =>
            type.SpecialType != SpecialType.System_Object && type.TypeKind is TypeKind.Class or TypeKind.Struct or TypeKind.Enum &&
            !IsSecretCapable(type) && (IsCleanType(type) || IsDocumentNodeName(type.Name));

        /// <summary>JSON and XML node types: a <c>token</c> of these is a piece of a document, not a credential.</summary>
        private static bool IsDocumentNodeName(string name) =>
            name is "JToken" or "JObject" or "JValue" or "JArray" or "JProperty" or "JContainer" or "JsonElement" or "JsonNode" or
                "JsonValue" or "JsonObject" or "JsonArray" or "JsonProperty" or "JsonDocument" or "XElement" or "XAttribute" or
                "XmlNode" or "XmlElement" or "XmlAttribute";

        private static void CollectReturns(BlockSyntax body, List<ExpressionSyntax> returns, ref Dictionary<string, ExpressionSyntax?>? locals)
        {
            foreach (var n in body.DescendantNodes(d => !(d is LocalFunctionStatementSyntax) && !(d is AnonymousFunctionExpressionSyntax)))
            {
                if (n is ReturnStatementSyntax { Expression: { } e }) returns.Add(e);
                else if (n is VariableDeclaratorSyntax { Initializer: { } init } v)
                {
                    locals ??= new Dictionary<string, ExpressionSyntax?>(StringComparer.Ordinal);
                    var declaredType = (v.Parent as VariableDeclarationSyntax)?.Type;
                    locals[v.Identifier.ValueText] = declaredType is not null && IsDocumentNodeName(RightmostName(declaredType)) ? null : init.Value;
                }
            }
        }

        private static string RightmostName(TypeSyntax type) => type switch
        {
            IdentifierNameSyntax id => id.Identifier.ValueText,
            QualifiedNameSyntax q => q.Right.Identifier.ValueText,
            NullableTypeSyntax n => RightmostName(n.ElementType),
            _ => "",
        };

        /// <summary>A bare <c>token</c> (a JSON token, an instrument token, a lexer token as often as a credential).</summary>
        internal static bool IsBareToken(string name) => name.Trim('_').Equals("token", StringComparison.OrdinalIgnoreCase);

        private static bool IsSecretSyntax(ExpressionSyntax e, SecretNameModel names, Dictionary<string, ExpressionSyntax?>? locals, int depth)
        {
            if (depth > 4) return false;
            switch (e)
            {
                case ParenthesizedExpressionSyntax p: return IsSecretSyntax(p.Expression, names, locals, depth + 1);
                case CastExpressionSyntax c: return IsSecretSyntax(c.Expression, names, locals, depth + 1);
                case AwaitExpressionSyntax a: return IsSecretSyntax(a.Expression, names, locals, depth + 1);
                case PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression } s:
                    return IsSecretSyntax(s.Operand, names, locals, depth + 1);
                case ConditionalExpressionSyntax c:
                    return IsSecretSyntax(c.WhenTrue, names, locals, depth + 1) || IsSecretSyntax(c.WhenFalse, names, locals, depth + 1);
                case BinaryExpressionSyntax b when b.IsKind(SyntaxKind.CoalesceExpression) || b.IsKind(SyntaxKind.AddExpression):
                    return IsSecretSyntax(b.Left, names, locals, depth + 1) || IsSecretSyntax(b.Right, names, locals, depth + 1);
                case InterpolatedStringExpressionSyntax i:
                    foreach (var content in i.Contents)
                    {
                        if (content is InterpolationSyntax hole && IsSecretSyntax(hole.Expression, names, locals, depth + 1)) return true;
                    }

                    return false;
                case IdentifierNameSyntax id:
                    var identifier = id.Identifier.ValueText;
                    if (locals is not null && locals.TryGetValue(identifier, out var init))
                    {
                        if (init is null) return false;
                        // var token = value.GetToken(names): what the local holds decides, its bare name does not, and a
                        // reader's …Token() call (a JSON or lexer token) is no source either.
                        if (IsBareToken(identifier))
                            return !(init is InvocationExpressionSyntax reader && InvokedName(reader) is { } readerName &&
                                     readerName.EndsWith("Token", StringComparison.Ordinal)) &&
                                   IsSecretSyntax(init, names, null, depth + 1);
                        if (IsSecretSyntax(init, names, null, depth + 1)) return true;
                    }

                    return names.IsSecretName(identifier);
                case MemberAccessExpressionSyntax m:
                    if (m.Name.Identifier.ValueText == "Value" && m.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Value" } inner &&
                        inner.Expression is InvocationExpressionSyntax or AwaitExpressionSyntax or ParenthesizedExpressionSyntax)
                        return ContainsInvocationNamed(inner.Expression, "GetSecret", "GetSecretAsync");
                    if (m.Name.Identifier.ValueText == "Value" && m.Expression is InvocationExpressionSyntax sectionCall &&
                        InvokedName(sectionCall) == "GetSection")
                        return FirstStringArgumentIsSecret(sectionCall, names);
                    return names.IsSecretName(m.Name.Identifier.ValueText);
                case ElementAccessExpressionSyntax element:
                    return element.ArgumentList.Arguments.Count == 1 &&
                           element.ArgumentList.Arguments[0].Expression is LiteralExpressionSyntax lit &&
                           lit.IsKind(SyntaxKind.StringLiteralExpression) && names.IsSecretName(lit.Token.ValueText);
                case InvocationExpressionSyntax call:
                    var name = InvokedName(call);
                    if (name is null) return false;
                    foreach (var word in SanitizerWords)
                    {
                        if (name.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0) return false;
                    }

                    switch (name)
                    {
                        case "ToUnsecureString": case "GetPrivateKey": return true;
                        case "GetEnvironmentVariable": case "GetValue": case "GetConnectionString": case "GetSection":
                            return name == "GetConnectionString" || FirstStringArgumentIsSecret(call, names);
                        case "ToString": case "Trim": case "ToUpperInvariant": case "ToLowerInvariant":
                            return call.Expression is MemberAccessExpressionSyntax receiver && IsSecretSyntax(receiver.Expression, names, locals, depth + 1);
                    }

                    return names.IsSecretName(name);
            }

            return false;
        }

        private static string? InvokedName(InvocationExpressionSyntax call) => call.Expression switch
        {
            MemberAccessExpressionSyntax m => m.Name.Identifier.ValueText,
            IdentifierNameSyntax id => id.Identifier.ValueText,
            GenericNameSyntax g => g.Identifier.ValueText,
            MemberBindingExpressionSyntax b => b.Name.Identifier.ValueText,
            _ => null,
        };

        private static bool FirstStringArgumentIsSecret(InvocationExpressionSyntax call, SecretNameModel names)
        {
            foreach (var arg in call.ArgumentList.Arguments)
            {
                if (arg.Expression is LiteralExpressionSyntax lit && lit.IsKind(SyntaxKind.StringLiteralExpression))
                    return names.IsSecretName(lit.Token.ValueText);
            }

            return false;
        }

        private static bool ContainsInvocationNamed(SyntaxNode node, string a, string b)
        {
            foreach (var n in node.DescendantNodesAndSelf())
            {
                if (n is InvocationExpressionSyntax call)
                {
                    var name = InvokedName(call);
                    if (name == a || name == b) return true;
                }
            }

            return false;
        }

        // ---------------- Types that print or serialize their secrets ----------------

        /// <summary>
        /// How <paramref name="type"/>'s ToString prints secret members, or null when it does not: a record whose
        /// compiler-generated PrintMembers includes a secret-named public member, or a user ToString/PrintMembers that
        /// reads one. Only types declared in source are inspected. Cached per compilation.
        /// </summary>
        public SecretPrinting? Printing(ITypeSymbol? type, SecretNameModel names)
        {
            if (type is not INamedTypeSymbol named || named.TypeKind != TypeKind.Class && named.TypeKind != TypeKind.Struct) return null;
            var definition = named.OriginalDefinition;
            return _printing.TryGetValue(definition, out var known) ? known : AddPrinting(definition, names);
        }

        // A type without declarations in source (metadata) prints nothing of its own: cached as null like any other answer,
        // so its syntax references (built anew on every call for a source type) are asked once per type.
        private SecretPrinting? AddPrinting(INamedTypeSymbol type, SecretNameModel names) =>
            _printing.GetOrAdd(type, t => t.DeclaringSyntaxReferences.IsDefaultOrEmpty ? null : ComputePrinting(t, names));

        private SecretPrinting? ComputePrinting(INamedTypeSymbol type, SecretNameModel names)
        {
            // Only a member whose type prints its text can be printed as a secret: its name is classified only then,
            // and nothing is built for a type without one (the compiler has created the member symbols already).
            ImmutableArray<ISymbol>.Builder? secretMembers = null;
            List<ISymbol>? allSecret = null;
            foreach (var member in type.GetMembers())
            {
                if (member.IsStatic || member.IsImplicitlyDeclared && member is not IPropertySymbol) continue;
                ITypeSymbol? memberType = member switch
                {
                    IPropertySymbol { IsIndexer: false } p => p.Type,
                    IFieldSymbol { AssociatedSymbol: null } f => f.Type,
                    _ => null,
                };
                if (memberType is null || !PrintsItsText(memberType) || !IsSecretNamedSymbol(member, memberType, names)) continue;
                allSecret ??= new List<ISymbol>();
                secretMembers ??= ImmutableArray.CreateBuilder<ISymbol>();
                allSecret.Add(member);
                if (member.DeclaredAccessibility == Accessibility.Public &&
                    (member is IFieldSymbol || member is IPropertySymbol { GetMethod: not null }))
                    secretMembers.Add(member);
            }

            if (allSecret is null || secretMembers is null) return null;

            MethodDeclarationSyntax? userToString = null, userPrintMembers = null;
            foreach (var m in type.GetMembers("ToString"))
            {
                if (m is IMethodSymbol { Parameters.Length: 0, IsImplicitlyDeclared: false } ts && !ts.DeclaringSyntaxReferences.IsDefaultOrEmpty)
                    userToString = ts.DeclaringSyntaxReferences[0].GetSyntax() as MethodDeclarationSyntax;
            }

            foreach (var m in type.GetMembers("PrintMembers"))
            {
                if (m is IMethodSymbol { Parameters.Length: 1, IsImplicitlyDeclared: false } pm && !pm.DeclaringSyntaxReferences.IsDefaultOrEmpty)
                    userPrintMembers = pm.DeclaringSyntaxReferences[0].GetSyntax() as MethodDeclarationSyntax;
            }

            if (userToString is not null)
            {
                var read = MembersReadIn(userToString, allSecret, out var printsAll);
                if (printsAll && type.IsRecord && userPrintMembers is null && secretMembers.Count > 0)
                    return new SecretPrinting(secretMembers.ToImmutable(), "compiler-generated PrintMembers");
                return read.IsEmpty ? null : new SecretPrinting(read, "ToString override");
            }

            if (!type.IsRecord)
            {
                // A base class whose ToString serialises the whole object (JsonConvert.SerializeObject(this)) prints
                // the secret members this type adds.
                return secretMembers.Count > 0 && BaseToStringSerialisesThis(type)
                    ? new SecretPrinting(secretMembers.ToImmutable(), InheritedSerialisingToString)
                    : null;
            }

            if (userPrintMembers is not null)
            {
                var read = MembersReadIn(userPrintMembers, allSecret, out _);
                return read.IsEmpty ? null : new SecretPrinting(read, "PrintMembers override");
            }

            return secretMembers.Count == 0 ? null : new SecretPrinting(secretMembers.ToImmutable(), "compiler-generated ToString");
        }

        /// <summary>The <see cref="SecretPrinting.Via"/> of a type that inherits a serialising ToString.</summary>
        public const string InheritedSerialisingToString = "inherited ToString that serialises the object";

        /// <summary>
        /// True when the nearest base class (declared in source) that overrides ToString serialises <c>this</c> in it:
        /// <c>JsonConvert.SerializeObject(this)</c>, <c>JsonSerializer.Serialize(this)</c>. Syntax only.
        /// </summary>
        private static bool BaseToStringSerialisesThis(INamedTypeSymbol type)
        {
            for (var t = type.BaseType; t is not null && t.SpecialType != SpecialType.System_Object; t = t.BaseType)
            {
                foreach (var m in t.GetMembers("ToString"))
                {
                    if (m is not IMethodSymbol { Parameters.Length: 0, IsImplicitlyDeclared: false } ts || ts.DeclaringSyntaxReferences.IsDefaultOrEmpty) continue;
                    if (ts.DeclaringSyntaxReferences[0].GetSyntax() is not MethodDeclarationSyntax declaration) return false;
                    SyntaxNode? body = (SyntaxNode?)declaration.Body ?? declaration.ExpressionBody;
                    if (body is null) return false;
                    foreach (var n in body.DescendantNodes())
                    {
                        if (n is InvocationExpressionSyntax invocation && InvokedName(invocation) is "Serialize" or "SerializeObject" &&
                            invocation.ArgumentList.Arguments.Count > 0 && invocation.ArgumentList.Arguments[0].Expression is ThisExpressionSyntax)
                            return true;
                    }

                    return false;
                }
            }

            return false;
        }

        /// <summary>Types whose ToString is the secret's text (SecureString, char[] and byte[] print their type name).</summary>
        private bool PrintsItsText(ITypeSymbol type) =>
            type.SpecialType == SpecialType.System_String || LoggingKnownTypes.Is(type, Known.StringBuilder) ||
            LoggingKnownTypes.Is(type, Known.ReadOnlyMemory) || LoggingKnownTypes.Is(type, Known.Memory);

        /// <summary>True when the identifier is only measured, tested or masked (ApiSecret.Length, IsNullOrEmpty(ApiSecret), Mask(ApiSecret)).</summary>
        private static bool IsNeutralized(IdentifierNameSyntax id)
        {
            SyntaxNode node = id;
            // Identification prefixes: up to 6 characters of a public API key, up to 4 of a secret or passphrase.
            var prefixLimit = SecretNameModel.Default.Classify(id.Identifier.ValueText) == SecretKind.ApiKey ? 6 : 4;
            if (node.Parent is MemberAccessExpressionSyntax ma && ma.Expression == node)
            {
                var member = ma.Name.Identifier.ValueText;
                if (member == "Length" || member == "GetHashCode") return true;
                if ((member == "Substring" || member == "AsSpan") && ma.Parent is InvocationExpressionSyntax call &&
                    call.ArgumentList.Arguments.Count == 2 && call.ArgumentList.Arguments[1].Expression is LiteralExpressionSyntax { Token.Value: int n } && n <= prefixLimit)
                    return true;
            }

            // ApiKey[..4]: a range from the start with a small constant end.
            if (node.Parent is ElementAccessExpressionSyntax access && access.Expression == node && access.ArgumentList.Arguments.Count == 1 &&
                access.ArgumentList.Arguments[0].Expression is RangeExpressionSyntax { LeftOperand: null, RightOperand: LiteralExpressionSyntax { Token.Value: int end } } &&
                end <= prefixLimit)
                return true;

            if (node.Parent is BinaryExpressionSyntax b && (b.IsKind(SyntaxKind.EqualsExpression) || b.IsKind(SyntaxKind.NotEqualsExpression))) return true;
            if (node.Parent is IsPatternExpressionSyntax) return true;
            for (var n = node.Parent; n is not null && !(n is StatementSyntax) && !(n is MemberDeclarationSyntax); n = n.Parent)
            {
                if (n is InvocationExpressionSyntax invocation && InvokedName(invocation) is { } name)
                {
                    if (name == "IsNullOrEmpty" || name == "IsNullOrWhiteSpace" || name == "nameof") return true;
                    foreach (var word in SanitizerWords)
                    {
                        if (name.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0) return true;
                    }
                }
            }

            return false;
        }

        /// <summary>The secret members a ToString/PrintMembers body reads (by name); printsAll when it serializes or calls PrintMembers.</summary>
        private static ImmutableArray<ISymbol> MembersReadIn(MethodDeclarationSyntax method, List<ISymbol> secretMembers, out bool printsAll)
        {
            printsAll = false;
            var read = ImmutableArray.CreateBuilder<ISymbol>();
            SyntaxNode? body = (SyntaxNode?)method.Body ?? method.ExpressionBody;
            if (body is null) return read.ToImmutable();
            foreach (var n in body.DescendantNodes())
            {
                if (n is IdentifierNameSyntax id)
                {
                    var text = id.Identifier.ValueText;
                    if (text == "PrintMembers" || text == "Serialize" || text == "SerializeObject")
                    {
                        if (text != "PrintMembers" || !(id.Parent is MemberAccessExpressionSyntax { Expression: BaseExpressionSyntax }))
                            printsAll = true;
                        continue;
                    }

                    if (id.Parent is MemberAccessExpressionSyntax ma && ma.Name == id && !(ma.Expression is ThisExpressionSyntax)) continue;
                    if (id.Parent is NameColonSyntax || id.Parent is NameEqualsSyntax || IsNeutralized(id)) continue;
                    foreach (var member in secretMembers)
                    {
                        if (member.Name == text && !read.Contains(member)) read.Add(member);
                    }
                }
            }

            if (printsAll)
            {
                foreach (var member in secretMembers)
                {
                    if (member.DeclaredAccessibility == Accessibility.Public && !read.Contains(member)) read.Add(member);
                }
            }

            return read.ToImmutable();
        }

        /// <summary>
        /// The first public readable secret-named member a serializer or a structured logger's destructuring would write
        /// (<c>{@Options}</c>, <c>JsonSerializer.Serialize(options)</c>), or null. Works for metadata types too. Cached.
        /// </summary>
        public string? SerializedSecretMember(ITypeSymbol? type, SecretNameModel names)
        {
            if (type is null || type.SpecialType != SpecialType.None || type.TypeKind == TypeKind.Interface ||
                IsSecretCapable(type) || type is IArrayTypeSymbol)
                return null;
            if (!_serializedMembers.TryGetValue(type, out var result)) result = AddSerialized(type, names);
            return result.Length == 0 ? null : result;
        }

        private string AddSerialized(ITypeSymbol type, SecretNameModel names) =>
            _serializedMembers.GetOrAdd(type, t => ComputeSerialized(t, names) ?? "");

        private string? ComputeSerialized(ITypeSymbol type, SecretNameModel names)
        {
            for (var t = type; t is not null && t.SpecialType != SpecialType.System_Object; t = t.BaseType)
            {
                foreach (var member in t.GetMembers())
                {
                    if (member.IsStatic || member.DeclaredAccessibility != Accessibility.Public) continue;
                    if (member is IPropertySymbol { IsIndexer: false, GetMethod: not null } p && IsSecretNamedSymbol(p, p.Type, names) && !IsIgnored(p))
                        return p.Name;
                }
            }

            return null;
        }

        private static bool IsIgnored(ISymbol member)
        {
            foreach (var a in member.GetAttributes())
            {
                var name = a.AttributeClass?.Name;
                if (name == "JsonIgnoreAttribute" || name == "IgnoreDataMemberAttribute" || name == "NotLoggedAttribute" ||
                    name == "LogPropertyIgnoreAttribute" || name == "NonSerializedAttribute")
                    return true;
            }

            return false;
        }
    }
}
