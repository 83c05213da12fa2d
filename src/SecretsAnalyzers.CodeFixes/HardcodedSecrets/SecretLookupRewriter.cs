using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using SecretsAnalyzers.Internal;
using SecretsAnalyzers.Options;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace SecretsAnalyzers.CodeFixes.HardcodedSecrets
{
    /// <summary>The kind of secure lookup a hard-coded secret is replaced with.</summary>
    internal enum SecretLookupKind
    {
        /// <summary><c>configuration["Binance:ApiSecret"]</c>: needs a reachable <c>IConfiguration</c>.</summary>
        Configuration,

        /// <summary><c>Environment.GetEnvironmentVariable("BINANCE_API_SECRET")</c>: always possible.</summary>
        Environment,

        /// <summary><c>secretClient.GetSecret("binance-api-secret").Value.Value</c>: needs a reachable <c>SecretClient</c>.</summary>
        KeyVault,

        /// <summary><c>_options.Value.ApiSecret</c>: needs a reachable <c>IOptions&lt;T&gt;</c> whose T has the matching member.</summary>
        Options,
    }

    /// <summary>What a lookup will be built from; computed by <see cref="SecretLookupRewriter.TryPlan"/>.</summary>
    internal sealed class SecretLookupPlan
    {
        public SecretLookupPlan(SecretLookupKind kind, ExpressionSyntax target, string name, string? receiver, bool isAsync, bool needsThrow, bool wrapUtf8)
            : this(kind, target, name, receiver, isAsync, needsThrow, wrapUtf8 ? ConstantEncodings.Utf8 : null)
        {
        }

        /// <param name="decode">How the looked-up string becomes the bytes the target needs: "utf8", "base64", "hex", or null/"none" (a string).</param>
        public SecretLookupPlan(SecretLookupKind kind, ExpressionSyntax target, string name, string? receiver, bool isAsync, bool needsThrow, string? decode)
        {
            Decode = ConstantEncodings.IsLookupDecode(decode) ? decode : null;
            Kind = kind;
            Target = target;
            Name = name;
            Receiver = receiver;
            IsAsync = isAsync;
            NeedsThrow = needsThrow || Decode is not null;
        }

        public SecretLookupKind Kind { get; }

        /// <summary>The expression that is replaced (the literal or constant expression).</summary>
        public ExpressionSyntax Target { get; }

        /// <summary>The configuration key, environment variable or vault secret name.</summary>
        public string Name { get; private set; }

        /// <summary>The same plan under another lookup name (Fix All: a distinct secret that would share a name).</summary>
        public SecretLookupPlan WithName(string name) =>
            new SecretLookupPlan(Kind, Target, name, Receiver, IsAsync, NeedsThrow, Decode) { ReadOnUse = ReadOnUse, KeepSpan = KeepSpan };

        /// <summary>The IConfiguration / SecretClient member or parameter the lookup goes through.</summary>
        public string? Receiver { get; }

        public bool IsAsync { get; }

        public bool NeedsThrow { get; }

        /// <summary>"utf8" (Encoding.UTF8.GetBytes), "base64" (Convert.FromBase64String), "hex" (Convert.FromHexString) or null.</summary>
        public string? Decode { get; }

        public bool WrapUtf8 => Decode == ConstantEncodings.Utf8;

        /// <summary>The target initialises a static field that becomes a get-only property read on use.</summary>
        public bool ReadOnUse { get; set; }

        /// <summary>The target is a <c>u8</c> literal initialising a <c>var</c> local: the bytes stay a <c>ReadOnlySpan&lt;byte&gt;</c>.</summary>
        public bool KeepSpan { get; set; }

        /// <summary>The title of the code action.</summary>
        public string Title => Kind switch
        {
            SecretLookupKind.Configuration => "Read from configuration ('" + Name + "')",
            SecretLookupKind.Environment => "Read from environment variable '" + Name + "'",
            SecretLookupKind.Options => "Read from options ('" + Name + "')",
            _ => "Read from Azure Key Vault ('" + Name + "')",
        };
    }

    /// <summary>
    /// Rewrites a hard-coded secret (literal or constant expression) into a configuration, environment-variable or
    /// Azure Key Vault lookup. Reused by every hard-coded-secret fix (EXK101–EXK104). Inputs are the
    /// <see cref="Document"/>, the node the diagnostic squiggles and the diagnostic's <see cref="FixProperties"/>
    /// (ConfigKey, EnvVar, VaultName, SecretKind, NoFix, Decode). The result always compiles or no plan is made:
    /// nothing in constant-only positions (NoFix) or for a const used as a constant anywhere in the compilation, a
    /// lone const or static readonly field becomes a static property read on use (other consts become static readonly,
    /// a local const loses const), byte sinks get <c>Encoding.UTF8.GetBytes(…)</c>, targets the project does not declare
    /// nullable get <c>?? throw new InvalidOperationException(…)</c> (the same text for every target framework);
    /// usings are added through simplifier annotations.
    /// </summary>
    internal static class SecretLookupRewriter
    {
        public const string ConfigurationSectionKey = OptionKeys.FixConfigurationSection;

        /// <summary><c>secrets_analyzers.fix.lookup</c>: configuration | environment | keyvault | options, the rewrite registered first.</summary>
        public const string LookupKey = OptionKeys.FixLookup;

        private const string OptionsMetadataName = "Microsoft.Extensions.Options.IOptions`1";

        /// <summary>Every lookup kind, each with its equivalence-key suffix.</summary>
        public static readonly SecretLookupKind[] AllKinds = { SecretLookupKind.Configuration, SecretLookupKind.Environment, SecretLookupKind.KeyVault, SecretLookupKind.Options };

        public static string KeySuffix(SecretLookupKind kind) => kind switch
        {
            SecretLookupKind.Configuration => "Configuration",
            SecretLookupKind.Environment => "Environment",
            SecretLookupKind.Options => "Options",
            _ => "KeyVault",
        };

        /// <summary>
        /// The order the fixes are registered in (<c>dotnet format</c> applies the first): the kind named by
        /// <c>secrets_analyzers.fix.lookup</c>; else the strategy the file already uses for its lookups (one strategy per
        /// file); else what the code has in scope: options with the matching member, an <c>IConfiguration</c>, a
        /// <c>SecretClient</c>; the environment variable last.
        /// </summary>
        public static SecretLookupKind[] OrderedKinds(SyntaxNode node, SecretsOptions? options)
        {
            var order = new System.Collections.Generic.List<SecretLookupKind>
            {
                SecretLookupKind.Options, SecretLookupKind.Configuration, SecretLookupKind.KeyVault, SecretLookupKind.Environment,
            };
            if (StrategyInFile(node) is { } used)
            {
                order.Remove(used);
                order.Insert(0, used);
            }

            var chosen = options?.GetString(null, LookupKey)?.Trim().ToLowerInvariant() switch
            {
                "configuration" => SecretLookupKind.Configuration,
                "environment" => SecretLookupKind.Environment,
                "keyvault" => SecretLookupKind.KeyVault,
                "options" => SecretLookupKind.Options,
                _ => (SecretLookupKind?)null,
            };
            if (chosen is { } c)
            {
                order.Remove(c);
                order.Insert(0, c);
            }

            return order.ToArray();
        }

        /// <summary>The lookup strategy the file's existing lookups use, when they all use one.</summary>
        private static SecretLookupKind? StrategyInFile(SyntaxNode node)
        {
            SecretLookupKind? found = null;
            foreach (var n in node.SyntaxTree.GetRoot().DescendantNodes())
            {
                SecretLookupKind? kind = n switch
                {
                    InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "GetEnvironmentVariable" } } => SecretLookupKind.Environment,
                    InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "GetSecret" or "GetSecretAsync" } } => SecretLookupKind.KeyVault,
                    ElementAccessExpressionSyntax { ArgumentList.Arguments: { Count: 1 } a } when a[0].Expression is LiteralExpressionSyntax l &&
                        l.IsKind(SyntaxKind.StringLiteralExpression) && l.Token.ValueText.IndexOf(':') > 0 => SecretLookupKind.Configuration,
                    _ => null,
                };
                if (kind is null) continue;
                if (found is not null && found != kind) return null;
                found = kind;
            }

            return found;
        }
        private const string ConfigurationMetadataName = "Microsoft.Extensions.Configuration.IConfiguration";
        private const string SecretClientMetadataName = "Azure.Security.KeyVault.Secrets.SecretClient";

        /// <summary>Can <paramref name="kind"/> be offered for <paramref name="node"/>? Null when not (NoFix, nothing reachable).</summary>
        public static SecretLookupPlan? TryPlan(SemanticModel model, SyntaxNode node, ImmutableDictionary<string, string?> properties,
            SecretLookupKind kind, SecretsOptions? options, CancellationToken cancellationToken)
        {
            if (model is null || node is null || properties is null) return null;
            if (properties.TryGetValue(FixProperties.NoFix, out var noFix) && noFix == "true") return null;
            if (node is ArgumentSyntax argument) node = argument.Expression;
            if (node is not ExpressionSyntax target) return null;
            if (IsConstantOnlyPosition(target)) return null;
            if (IsConstantUsedAsConstant(model, target, cancellationToken)) return null;

            properties = WithDeclaredNames(model, target, properties, cancellationToken);
            string? name;
            string? receiver = null;
            switch (kind)
            {
                case SecretLookupKind.Configuration:
                    properties.TryGetValue(FixProperties.ConfigKey, out name);
                    var section = options?.GetString(null, ConfigurationSectionKey);
                    if (!string.IsNullOrEmpty(section) && name is not null) name = section!.TrimEnd(':') + ":" + name;
                    receiver = FindReachable(model, target, ConfigurationMetadataName, cancellationToken);
                    if (receiver is null) return null;
                    break;
                case SecretLookupKind.KeyVault:
                    properties.TryGetValue(FixProperties.VaultName, out name);
                    receiver = FindReachable(model, target, SecretClientMetadataName, cancellationToken);
                    if (receiver is null) return null;
                    break;
                case SecretLookupKind.Options:
                    properties.TryGetValue(FixProperties.ConfigKey, out var key);
                    var memberWanted = key?.Substring(key.LastIndexOf(':') + 1);
                    if (string.IsNullOrEmpty(memberWanted)) return null;
                    string? member = null;
                    receiver = FindReachable(model, target, OptionsMetadataName, cancellationToken, type =>
                    {
                        if (type is not INamedTypeSymbol { TypeArguments.Length: 1 } options) return false;
                        foreach (var m in options.TypeArguments[0].GetMembers())
                        {
                            if (!string.Equals(m.Name, memberWanted, StringComparison.OrdinalIgnoreCase) || m.IsStatic) continue;
                            var memberType = m switch { IPropertySymbol { GetMethod: not null } p => p.Type, IFieldSymbol f => f.Type, _ => null };
                            if (memberType?.SpecialType != SpecialType.System_String || !model.IsAccessible(target.SpanStart, m)) continue;
                            member = m.Name;
                            return true;
                        }

                        return false;
                    });
                    if (receiver is null || member is null) return null;
                    name = member;
                    break;
                default:
                    properties.TryGetValue(FixProperties.EnvVar, out name);
                    break;
            }

            if (string.IsNullOrEmpty(name)) return null;
            if (kind != SecretLookupKind.Options) name = NotYetLookedUp(target, name!, kind);
            properties.TryGetValue(FixProperties.Decode, out var decode);
            if (target.IsKind(SyntaxKind.Utf8StringLiteralExpression)) decode = ConstantEncodings.Utf8;
            else if (decode is not null && !ConstantEncodings.IsLookupDecode(decode)) decode = null;
            else if (decode is not null && IsStringTyped(model, target, cancellationToken)) decode = null;
            var isAsync = kind == SecretLookupKind.KeyVault && IsInAsyncFunction(target);
            var needsThrow = kind != SecretLookupKind.KeyVault && (decode is not null || !TargetIsNullable(model, target, cancellationToken));
            return new SecretLookupPlan(kind, target, name!, receiver, isAsync, needsThrow, decode)
            {
                ReadOnUse = IsReadOnUseCandidate(model, target, cancellationToken),
                KeepSpan = target.IsKind(SyntaxKind.Utf8StringLiteralExpression) &&
                           target.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Type.IsVar: true } } },
            };
        }

        /// <summary>
        /// One secret, one name: a literal that initialises a named field, property or local is looked up under names
        /// made from that symbol (whichever rule reported it: EXK102 at the declaration and EXK104 at the use agree),
        /// with the exchange the analyzer found. An element of an initialised array gets its index appended
        /// (<c>Exchange:ApiKeys:1</c>, <c>EXCHANGE_API_KEYS_1</c>), so two elements never share a lookup.
        /// </summary>
        private static ImmutableDictionary<string, string?> WithDeclaredNames(SemanticModel model, ExpressionSyntax target,
            ImmutableDictionary<string, string?> properties, CancellationToken cancellationToken)
        {
            SyntaxNode value = target;
            while (value.Parent is ParenthesizedExpressionSyntax or CastExpressionSyntax) value = value.Parent;
            int? index = null;
            if (value.Parent is InitializerExpressionSyntax { RawKind: (int)SyntaxKind.ArrayInitializerExpression } array && array.Expressions.Count > 1)
            {
                index = array.Expressions.IndexOf((ExpressionSyntax)value);
                value = array.Parent is ArrayCreationExpressionSyntax or ImplicitArrayCreationExpressionSyntax ? array.Parent : array;
            }
            else if (value.Parent is ExpressionElementSyntax { Parent: CollectionExpressionSyntax collection } element && collection.Elements.Count > 1)
            {
                index = collection.Elements.IndexOf(element);
                value = collection;
            }

            ISymbol? symbol = value.Parent switch
            {
                EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator } => model.GetDeclaredSymbol(declarator, cancellationToken),
                EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax property } => model.GetDeclaredSymbol(property, cancellationToken),
                ArrowExpressionClauseSyntax { Parent: PropertyDeclarationSyntax property } => model.GetDeclaredSymbol(property, cancellationToken),
                _ => null,
            };
            if (symbol is null) return properties;
            properties.TryGetValue(FixProperties.ConfigKey, out var configKey);
            var colon = configKey?.IndexOf(':') ?? -1;
            var section = colon > 0 ? configKey!.Substring(0, colon) : null;
            properties.TryGetValue(FixProperties.Kind, out var kindText);
            if (!Enum.TryParse<SecretKind>(kindText, out var secretKind)) secretKind = SecretKind.None;
            var names = LookupNames.For(section, symbol.Name, secretKind);
            var suffix = index is { } i ? i.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
            return properties
                .SetItem(FixProperties.ConfigKey, suffix is null ? names.ConfigKey : names.ConfigKey + ":" + suffix)
                .SetItem(FixProperties.EnvVar, suffix is null ? names.EnvVar : names.EnvVar + "_" + suffix)
                .SetItem(FixProperties.VaultName, suffix is null ? names.VaultName : names.VaultName + "-" + suffix);
        }

        /// <summary>
        /// A name no lookup of the document uses yet: a lookup already there under this name reads another secret (an
        /// earlier fix of a different literal), so this one gets <c>_2</c>, <c>:2</c>, <c>-2</c>, …
        /// </summary>
        private static string NotYetLookedUp(SyntaxNode target, string name, SecretLookupKind kind)
        {
            var used = new System.Collections.Generic.HashSet<string>(StringComparer.Ordinal);
            foreach (var node in target.SyntaxTree.GetRoot().DescendantNodes())
            {
                ArgumentListSyntax? arguments = node switch
                {
                    InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "GetEnvironmentVariable" or "GetSecret" or "GetSecretAsync" } } call => call.ArgumentList,
                    _ => null,
                };
                if (arguments?.Arguments.Count > 0 && arguments.Arguments[0].Expression is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression))
                    used.Add(literal.Token.ValueText);
                if (node is ElementAccessExpressionSyntax { ArgumentList.Arguments: { Count: 1 } indexes } &&
                    indexes[0].Expression is LiteralExpressionSyntax key && key.IsKind(SyntaxKind.StringLiteralExpression) && key.Token.ValueText.IndexOf(':') > 0)
                    used.Add(key.Token.ValueText);
            }

            var separator = kind switch { SecretLookupKind.Configuration => ":", SecretLookupKind.Environment => "_", _ => "-" };
            var candidate = name;
            for (var n = 2; used.Contains(candidate); n++) candidate = name + separator + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return candidate;
        }

        /// <summary>
        /// Fix All: a plan whose name another, different secret of the same pass already took gets a numbered name
        /// (<c>_2</c>, <c>:2</c>, <c>-2</c>); the same secret twice keeps one name.
        /// </summary>
        public static SecretLookupPlan Disambiguate(SemanticModel model, SecretLookupPlan plan, System.Collections.Generic.Dictionary<string, string> taken, CancellationToken cancellationToken)
        {
            if (plan.Kind == SecretLookupKind.Options) return plan; // a member of the options type: never renamed
            var value = model.GetConstantValue(plan.Target, cancellationToken) is { HasValue: true, Value: { } v } ? v.ToString() ?? "" : plan.Target.ToString();
            var separator = plan.Kind switch { SecretLookupKind.Configuration => ":", SecretLookupKind.Environment => "_", _ => "-" };
            var name = plan.Name;
            for (var n = 2; taken.TryGetValue(name, out var other) && other != value; n++)
                name = plan.Name + separator + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            taken[name] = value;
            return name == plan.Name ? plan : plan.WithName(name);
        }

        /// <summary>A const or static readonly field, alone in its declaration, initialised by the target, in a type without a static constructor.</summary>
        private static bool IsReadOnUseCandidate(SemanticModel model, ExpressionSyntax target, CancellationToken cancellationToken)
        {
            var declarator = target.FirstAncestorOrSelf<VariableDeclaratorSyntax>();
            if (declarator?.Parent?.Parent is not FieldDeclarationSyntax field || !IsReadOnStaticField(field, declarator, target)) return false;
            if (model.GetDeclaredSymbol(declarator, cancellationToken) is not IFieldSymbol symbol) return false;
            return symbol.ContainingType.TypeKind is TypeKind.Class or TypeKind.Struct &&
                   symbol.ContainingType.StaticConstructors.All(c => c.IsImplicitlyDeclared);
        }

        /// <summary>Applies <paramref name="plan"/> to <paramref name="editor"/> (several plans may share one editor: Fix All).</summary>
        public static void Apply(DocumentEditor editor, SecretLookupPlan plan)
        {
            var lookup = BuildLookup(plan);
            editor.ReplaceNode(plan.Target, (current, _) =>
            {
                var replacement = lookup.WithTriviaFrom(current);
                return NeedsParentheses(current)
                    ? ParenthesizedExpression(replacement.WithoutTrivia()).WithTriviaFrom(current).WithAdditionalAnnotations(Simplifier.Annotation)
                    : replacement;
            });

            // A static field read on use (a property): a missing value then fails where it is read, not as a
            // TypeInitializationException for the whole type. Otherwise const → static readonly, local const → local.
            var declarator = plan.Target.FirstAncestorOrSelf<VariableDeclaratorSyntax>();
            if (plan.ReadOnUse && declarator?.Parent?.Parent is FieldDeclarationSyntax field)
            {
                editor.ReplaceNode(field, (current, _) => ToProperty((FieldDeclarationSyntax)current));
            }
            else if (declarator?.Parent?.Parent is FieldDeclarationSyntax constField && constField.Modifiers.Any(SyntaxKind.ConstKeyword))
            {
                editor.ReplaceNode(constField, (current, _) =>
                {
                    var f = (FieldDeclarationSyntax)current;
                    var constToken = f.Modifiers.FirstOrDefault(m => m.IsKind(SyntaxKind.ConstKeyword));
                    if (constToken.RawKind == 0) return f; // another declarator of the same declaration did it already (Fix All)
                    var index = f.Modifiers.IndexOf(constToken);
                    var modifiers = f.Modifiers.RemoveAt(index)
                        .Insert(index, Token(SyntaxKind.ReadOnlyKeyword).WithTrailingTrivia(constToken.TrailingTrivia))
                        .Insert(index, Token(constToken.LeadingTrivia, SyntaxKind.StaticKeyword, TriviaList(Space)));
                    return f.WithModifiers(modifiers);
                });
            }
            else if (declarator?.Parent?.Parent is LocalDeclarationStatementSyntax local && local.IsConst)
            {
                editor.ReplaceNode(local, (current, _) =>
                {
                    var l = (LocalDeclarationStatementSyntax)current;
                    var constToken = l.Modifiers.FirstOrDefault(m => m.IsKind(SyntaxKind.ConstKeyword));
                    if (constToken.RawKind == 0) return l;
                    var result = l.WithModifiers(l.Modifiers.Remove(constToken));
                    return constToken.LeadingTrivia.Count > 0 ? result.WithLeadingTrivia(constToken.LeadingTrivia) : result;
                });
            }
        }

        /// <summary>
        /// A static field with one declarator whose whole initializer is the replaced value, and that nothing can assign
        /// (const or static readonly): it becomes a get-only property that reads the secret on use.
        /// </summary>
        private static bool IsReadOnStaticField(FieldDeclarationSyntax field, VariableDeclaratorSyntax declarator, ExpressionSyntax target)
        {
            if (field.Declaration.Variables.Count != 1 || declarator.Initializer?.Value != target) return false;
            if (field.AttributeLists.Count > 0 || field.Modifiers.Any(SyntaxKind.VolatileKeyword) || field.Modifiers.Any(SyntaxKind.FixedKeyword)) return false;
            var isConst = field.Modifiers.Any(SyntaxKind.ConstKeyword);
            return isConst || (field.Modifiers.Any(SyntaxKind.StaticKeyword) && field.Modifiers.Any(SyntaxKind.ReadOnlyKeyword));
        }

        /// <summary><c>static readonly string K = lookup;</c> / <c>const string K = lookup;</c> → <c>static string K => lookup;</c></summary>
        private static SyntaxNode ToProperty(FieldDeclarationSyntax field)
        {
            var declarator = field.Declaration.Variables[0];
            if (declarator.Initializer is null) return field;
            var modifiers = new SyntaxTokenList();
            var hasStatic = false;
            foreach (var m in field.Modifiers)
            {
                if (m.IsKind(SyntaxKind.ReadOnlyKeyword)) continue;
                if (m.IsKind(SyntaxKind.ConstKeyword))
                {
                    modifiers = modifiers.Add(Token(m.LeadingTrivia, SyntaxKind.StaticKeyword, m.TrailingTrivia));
                    hasStatic = true;
                    continue;
                }

                hasStatic |= m.IsKind(SyntaxKind.StaticKeyword);
                modifiers = modifiers.Add(m);
            }

            if (!hasStatic) return field;
            var leading = field.GetLeadingTrivia();
            if (modifiers.Count > 0) modifiers = modifiers.Replace(modifiers[0], modifiers[0].WithLeadingTrivia(leading));
            var type = modifiers.Count > 0 ? field.Declaration.Type : field.Declaration.Type.WithLeadingTrivia(leading);
            return PropertyDeclaration(type, declarator.Identifier.WithTrailingTrivia(Space))
                .WithModifiers(modifiers)
                .WithExpressionBody(ArrowExpressionClause(Token(SyntaxKind.EqualsGreaterThanToken).WithTrailingTrivia(Space), declarator.Initializer.Value.WithoutLeadingTrivia()))
                .WithSemicolonToken(field.SemicolonToken)
                .WithTrailingTrivia(field.GetTrailingTrivia());
        }

        /// <summary>One-shot rewrite of a single site.</summary>
        public static async Task<Document> RewriteAsync(Document document, SecretLookupPlan plan, CancellationToken cancellationToken)
        {
            var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            Apply(editor, plan);
            return await AddImportsAsync(editor.GetChangedDocument(), cancellationToken).ConfigureAwait(false);
        }

        /// <summary>Adds the usings the fully qualified names of the lookups need (then the code-action cleanup simplifies them).</summary>
        public static Task<Document> AddImportsAsync(Document document, CancellationToken cancellationToken) =>
            ImportAdder.AddImportsAsync(document, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken);

        /// <summary>Reads the <c>secrets_analyzers.*</c> options that apply to <paramref name="document"/>.</summary>
        public static SecretsOptions OptionsFor(Document document, SyntaxTree tree) =>
            SecretsOptions.From(document.Project.AnalyzerOptions.AnalyzerConfigOptionsProvider.GetOptions(tree));

        // ---------------- Building the lookup ----------------

        private static ExpressionSyntax BuildLookup(SecretLookupPlan plan)
        {
            var nameLiteral = LiteralExpression(SyntaxKind.StringLiteralExpression, Literal(plan.Name));
            ExpressionSyntax lookup;
            string missing;
            switch (plan.Kind)
            {
                case SecretLookupKind.Configuration:
                    lookup = ElementAccessExpression(IdentifierName(plan.Receiver!))
                        .WithArgumentList(BracketedArgumentList(SingletonSeparatedList(Argument(nameLiteral))));
                    missing = "Configuration value '" + plan.Name + "' is missing.";
                    break;
                case SecretLookupKind.Options:
                    lookup = MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression,
                        MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, IdentifierName(plan.Receiver!), IdentifierName("Value")),
                        IdentifierName(plan.Name));
                    missing = "Options value '" + plan.Name + "' is missing.";
                    break;
                case SecretLookupKind.KeyVault:
                    var method = plan.IsAsync ? "GetSecretAsync" : "GetSecret";
                    ExpressionSyntax call = InvocationExpression(
                            MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, IdentifierName(plan.Receiver!), IdentifierName(method)))
                        .WithArgumentList(ArgumentList(SingletonSeparatedList(Argument(nameLiteral))));
                    if (plan.IsAsync) call = ParenthesizedExpression(AwaitExpression(call));
                    lookup = MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression,
                        MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, call, IdentifierName("Value")), IdentifierName("Value"));
                    missing = "";
                    break;
                default:
                    lookup = InvocationExpression(
                            MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, QualifiedType("System.Environment"), IdentifierName("GetEnvironmentVariable")))
                        .WithArgumentList(ArgumentList(SingletonSeparatedList(Argument(nameLiteral))));
                    missing = "Environment variable '" + plan.Name + "' is not set.";
                    break;
            }

            if (plan.NeedsThrow)
            {
                var exception = ObjectCreationExpression(QualifiedType("System.InvalidOperationException"))
                    .WithArgumentList(ArgumentList(SingletonSeparatedList(Argument(LiteralExpression(SyntaxKind.StringLiteralExpression, Literal(missing))))));
                lookup = BinaryExpression(SyntaxKind.CoalesceExpression, lookup, ThrowExpression(exception));
            }

            ExpressionSyntax? decoder = plan.Decode switch
            {
                ConstantEncodings.Utf8 => MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression,
                    MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, QualifiedType("System.Text.Encoding"), IdentifierName("UTF8")),
                    IdentifierName("GetBytes")),
                ConstantEncodings.Base64 => MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, QualifiedType("System.Convert"), IdentifierName("FromBase64String")),
                ConstantEncodings.Hex => MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, QualifiedType("System.Convert"), IdentifierName("FromHexString")),
                _ => null,
            };
            if (decoder is not null)
                lookup = InvocationExpression(decoder).WithArgumentList(ArgumentList(SingletonSeparatedList(Argument(lookup))));
            if (plan.KeepSpan)
            {
                // var key = "…"u8; stays a ReadOnlySpan<byte> (key.Slice(…) keeps compiling).
                lookup = ObjectCreationExpression(ParseTypeName("global::System.ReadOnlySpan<byte>").WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation))
                    .WithArgumentList(ArgumentList(SingletonSeparatedList(Argument(lookup))));
            }

            return lookup.WithAdditionalAnnotations(Formatter.Annotation);
        }

        /// <summary><c>global::System.Environment</c> with the annotations that add <c>using System;</c> and simplify the name.</summary>
        private static NameSyntax QualifiedType(string fullName) =>
            ParseName("global::" + fullName).WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);

        private static bool NeedsParentheses(SyntaxNode current)
        {
            switch (current.Parent)
            {
                case ArgumentSyntax:
                case EqualsValueClauseSyntax:
                case ArrowExpressionClauseSyntax:
                case ReturnStatementSyntax:
                case InitializerExpressionSyntax:
                case AnonymousObjectMemberDeclaratorSyntax:
                case ParenthesizedExpressionSyntax:
                    return false;
                case AssignmentExpressionSyntax assignment when assignment.Right == current:
                    return false;
                default:
                    return true;
            }
        }

        // ---------------- Reachability ----------------

        /// <summary>The name of a field, property, parameter or earlier local of type <paramref name="metadataName"/> usable at <paramref name="node"/>.</summary>
        public static string? FindReachable(SemanticModel model, SyntaxNode node, string metadataName, CancellationToken cancellationToken,
            Func<ITypeSymbol, bool>? accept = null)
        {
            var type = KnownTypes.GetOrCreate(model.Compilation).Get(metadataName);
            if (type is null) return null;
            var position = node.SpanStart;
            var context = ContextOf(node);
            var containingType = model.GetEnclosingSymbol(position, cancellationToken)?.ContainingType ?? model.GetEnclosingSymbol(position, cancellationToken) as INamedTypeSymbol;
            string? best = null;
            var bestRank = int.MaxValue;
            foreach (var symbol in model.LookupSymbols(position))
            {
                cancellationToken.ThrowIfCancellationRequested();
                ITypeSymbol? symbolType;
                int rank;
                switch (symbol)
                {
                    case IParameterSymbol parameter:
                        symbolType = parameter.Type;
                        rank = 0;
                        // Primary-constructor parameters are usable in instance initialisers and members, not in static ones.
                        if (parameter.ContainingSymbol is IMethodSymbol { MethodKind: MethodKind.Constructor } ctor &&
                            !node.Ancestors().Any(a => a is BaseMethodDeclarationSyntax m && model.GetDeclaredSymbol(m, cancellationToken) is { } declared && SymbolEqualityComparer.Default.Equals(declared, ctor)) &&
                            context == Context.Static)
                            continue;
                        break;
                    case ILocalSymbol local:
                        symbolType = local.Type;
                        rank = 1;
                        if (local.DeclaringSyntaxReferences.Length != 1 || local.DeclaringSyntaxReferences[0].Span.End > position) continue;
                        break;
                    case IFieldSymbol field when !field.IsImplicitlyDeclared || field.AssociatedSymbol is null:
                        symbolType = field.Type;
                        rank = 2;
                        if (!field.IsStatic && context != Context.Instance) continue;
                        if (field.IsImplicitlyDeclared) continue;
                        break;
                    case IPropertySymbol property when !property.IsIndexer && property.GetMethod is not null:
                        symbolType = property.Type;
                        rank = 3;
                        if (!property.IsStatic && context != Context.Instance) continue;
                        break;
                    default:
                        continue;
                }

                if (!IsOrImplements(symbolType, type)) continue;
                if (accept is not null && !accept(symbolType!)) continue;
                if (containingType is not null && symbol is IFieldSymbol or IPropertySymbol &&
                    !model.IsAccessible(position, symbol))
                    continue;
                if (rank < bestRank)
                {
                    best = symbol.Name;
                    bestRank = rank;
                }
            }

            return best;
        }

        private enum Context
        {
            Instance,
            Initializer,
            Static,
        }

        private static Context ContextOf(SyntaxNode node)
        {
            foreach (var ancestor in node.Ancestors())
            {
                switch (ancestor)
                {
                    case AnonymousFunctionExpressionSyntax lambda when lambda.Modifiers.Any(SyntaxKind.StaticKeyword):
                        return Context.Static;
                    case LocalFunctionStatementSyntax localFunction when localFunction.Modifiers.Any(SyntaxKind.StaticKeyword):
                        return Context.Static;
                    case FieldDeclarationSyntax field:
                        return field.Modifiers.Any(SyntaxKind.StaticKeyword) || field.Modifiers.Any(SyntaxKind.ConstKeyword) ? Context.Static : Context.Initializer;
                    case PropertyDeclarationSyntax property when property.Initializer is not null && property.Initializer.Span.Contains(node.Span):
                        return property.Modifiers.Any(SyntaxKind.StaticKeyword) ? Context.Static : Context.Initializer;
                    case MemberDeclarationSyntax member when member is BaseMethodDeclarationSyntax or BasePropertyDeclarationSyntax:
                        return member.Modifiers.Any(SyntaxKind.StaticKeyword) ? Context.Static : Context.Instance;
                    case ConstructorInitializerSyntax:
                        return Context.Initializer;
                }
            }

            return Context.Static;
        }

        private static bool IsOrImplements(ITypeSymbol? candidate, INamedTypeSymbol type)
        {
            if (candidate is null) return false;
            if (SymbolEqualityComparer.Default.Equals(candidate.OriginalDefinition, type)) return true;
            foreach (var i in candidate.AllInterfaces)
            {
                if (SymbolEqualityComparer.Default.Equals(i, type)) return true;
            }

            for (var b = candidate.BaseType; b is not null; b = b.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(b, type)) return true;
            }

            return false;
        }

        // ---------------- Position facts ----------------

        private static bool IsConstantOnlyPosition(SyntaxNode node)
        {
            foreach (var ancestor in node.Ancestors())
            {
                switch (ancestor)
                {
                    case AttributeArgumentSyntax:
                    case SwitchLabelSyntax:
                    case ConstantPatternSyntax:
                    case ParameterSyntax:
                        return true;
                    case StatementSyntax:
                    case MemberDeclarationSyntax:
                        return false;
                }
            }

            return false;
        }

        /// <summary>
        /// True when <paramref name="target"/> initialises a const (field or local) that some code anywhere in the
        /// compilation uses where a constant is required (a const initialiser, attribute argument, switch case, pattern,
        /// parameter default or enum value): turning it into a lookup would break that code, so no fix is offered.
        /// Every declarator of the declaration counts, since the rewrite drops <c>const</c> for all of them.
        /// </summary>
        private static bool IsConstantUsedAsConstant(SemanticModel model, ExpressionSyntax target, CancellationToken cancellationToken)
        {
            var declarator = target.FirstAncestorOrSelf<VariableDeclaratorSyntax>();
            if (declarator?.Initializer is null || !declarator.Initializer.Value.Span.Contains(target.Span)) return false;
            if (declarator.Parent is not VariableDeclarationSyntax declaration) return false;
            var isLocal = declaration.Parent is LocalDeclarationStatementSyntax { IsConst: true };
            if (!isLocal && !(declaration.Parent is FieldDeclarationSyntax field && field.Modifiers.Any(SyntaxKind.ConstKeyword))) return false;

            var symbols = declaration.Variables
                .Select(v => model.GetDeclaredSymbol(v, cancellationToken))
                .Where(s => s is not null)
                .ToImmutableHashSet(SymbolEqualityComparer.Default);
            var names = declaration.Variables.Select(v => v.Identifier.ValueText).ToImmutableHashSet(StringComparer.Ordinal);
            var trees = isLocal ? new[] { model.SyntaxTree } : model.Compilation.SyntaxTrees;
            foreach (var tree in trees)
            {
                var root = tree.GetRoot(cancellationToken);
                SemanticModel? treeModel = tree == model.SyntaxTree ? model : null;
                foreach (var token in root.DescendantTokens())
                {
                    if (!token.IsKind(SyntaxKind.IdentifierToken) || !names.Contains(token.ValueText)) continue;
                    if (token.Parent is not IdentifierNameSyntax name || !RequiresConstant(name)) continue;
                    treeModel ??= model.Compilation.GetSemanticModel(tree);
                    if (treeModel.GetSymbolInfo(name, cancellationToken).Symbol is { } symbol && symbols.Contains(symbol)) return true;
                }
            }

            return false;
        }

        /// <summary>Is <paramref name="use"/> in a position where only a constant compiles?</summary>
        private static bool RequiresConstant(IdentifierNameSyntax use)
        {
            foreach (var ancestor in use.Ancestors())
            {
                switch (ancestor)
                {
                    case InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" } }:
                    case WhenClauseSyntax:
                    case AnonymousFunctionExpressionSyntax:
                        return false;
                    case BinaryExpressionSyntax isExpression when isExpression.IsKind(SyntaxKind.IsExpression) && isExpression.Right.Span.Contains(use.Span):
                        return true; // s is ApiSecret: a constant pattern parsed as a type
                    case AttributeArgumentSyntax:
                    case CaseSwitchLabelSyntax:
                    case PatternSyntax:
                    case ParameterSyntax:
                    case EnumMemberDeclarationSyntax:
                        return true;
                    case VariableDeclarationSyntax declaration:
                        return declaration.Parent is LocalDeclarationStatementSyntax { IsConst: true } ||
                               (declaration.Parent is FieldDeclarationSyntax field && field.Modifiers.Any(SyntaxKind.ConstKeyword));
                    case StatementSyntax:
                    case MemberDeclarationSyntax:
                        return false;
                }
            }

            return false;
        }

        private static bool IsInAsyncFunction(SyntaxNode node)
        {
            foreach (var ancestor in node.Ancestors())
            {
                switch (ancestor)
                {
                    case AnonymousFunctionExpressionSyntax lambda:
                        return lambda.AsyncKeyword.IsKind(SyntaxKind.AsyncKeyword);
                    case LocalFunctionStatementSyntax localFunction:
                        return localFunction.Modifiers.Any(SyntaxKind.AsyncKeyword);
                    case MethodDeclarationSyntax method:
                        return method.Modifiers.Any(SyntaxKind.AsyncKeyword);
                    case MemberDeclarationSyntax:
                        return false;
                }
            }

            return false;
        }

        /// <summary>The replaced expression is itself a string (the literal inside <c>GetBytes("…")</c>): no decoding is added.</summary>
        private static bool IsStringTyped(SemanticModel model, ExpressionSyntax target, CancellationToken cancellationToken) =>
            model.GetTypeInfo(target, cancellationToken).Type?.SpecialType == SpecialType.System_String;

        /// <summary>
        /// True when the position accepts null because the project's own code says so (a <c>string?</c> parameter,
        /// property, field or local declared in source). Nullable annotations of referenced libraries are ignored: they
        /// differ between target frameworks (<c>HttpHeaders.Add(string, string?)</c> on net8.0, unannotated on
        /// netstandard2.0), and a fix must write the same text for every target, or <c>dotnet format</c> on a
        /// multi-targeted project merges two texts into conflict markers. A header value from a library API therefore
        /// gets the missing-value check like every other target.
        /// </summary>
        private static bool TargetIsNullable(SemanticModel model, ExpressionSyntax target, CancellationToken cancellationToken)
        {
            var operation = model.GetOperation(target, cancellationToken);
            if (operation is null) return false;
            var used = ConstantTracker.UsedValue(ConstantTracker.ConstantRoot(operation));
            // The lookup must itself be the value stored: "…".ToSecureString() stores the call's result, not the lookup.
            for (var node = target.Parent; node is not null && used.Syntax.Span.Contains(node.Span); node = node.Parent)
                if (node is InvocationExpressionSyntax or MemberAccessExpressionSyntax or ElementAccessExpressionSyntax or ConditionalAccessExpressionSyntax) return false;
            var parent = used.Parent;
            while (parent is Microsoft.CodeAnalysis.Operations.IConversionOperation) parent = parent.Parent;
            ISymbol? symbol = parent switch
            {
                Microsoft.CodeAnalysis.Operations.IArgumentOperation a => a.Parameter,
                Microsoft.CodeAnalysis.Operations.ISimpleAssignmentOperation { Target: Microsoft.CodeAnalysis.Operations.IMemberReferenceOperation m } => m.Member,
                Microsoft.CodeAnalysis.Operations.ISimpleAssignmentOperation { Target: Microsoft.CodeAnalysis.Operations.ILocalReferenceOperation l } => l.Local,
                Microsoft.CodeAnalysis.Operations.IFieldInitializerOperation f when f.InitializedFields.Length > 0 => f.InitializedFields[0],
                Microsoft.CodeAnalysis.Operations.IPropertyInitializerOperation p when p.InitializedProperties.Length > 0 => p.InitializedProperties[0],
                Microsoft.CodeAnalysis.Operations.IVariableInitializerOperation { Parent: Microsoft.CodeAnalysis.Operations.IVariableDeclaratorOperation d } => d.Symbol,
                _ => null,
            };
            if (parent is Microsoft.CodeAnalysis.Operations.IVariableInitializerOperation { Parent: Microsoft.CodeAnalysis.Operations.IVariableDeclaratorOperation decl } &&
                decl.Syntax is VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Type.IsVar: true } })
                return false;
            if (symbol is null || !symbol.Locations.Any(l => l.IsInSource)) return false;
            var type = symbol switch
            {
                IParameterSymbol p => p.Type,
                IPropertySymbol p => p.Type,
                IFieldSymbol f => f.Type,
                ILocalSymbol l => l.Type,
                _ => null,
            };
            return type is not null && type.NullableAnnotation == NullableAnnotation.Annotated;
        }
    }
}
