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
        public string Name { get; }

        /// <summary>The IConfiguration / SecretClient member or parameter the lookup goes through.</summary>
        public string? Receiver { get; }

        public bool IsAsync { get; }

        public bool NeedsThrow { get; }

        /// <summary>"utf8" (Encoding.UTF8.GetBytes), "base64" (Convert.FromBase64String), "hex" (Convert.FromHexString) or null.</summary>
        public string? Decode { get; }

        public bool WrapUtf8 => Decode == ConstantEncodings.Utf8;

        /// <summary>The title of the code action.</summary>
        public string Title => Kind switch
        {
            SecretLookupKind.Configuration => "Read from configuration ('" + Name + "')",
            SecretLookupKind.Environment => "Read from environment variable '" + Name + "'",
            _ => "Read from Azure Key Vault ('" + Name + "')",
        };
    }

    /// <summary>
    /// Rewrites a hard-coded secret (literal or constant expression) into a configuration, environment-variable or
    /// Azure Key Vault lookup. Reused by every hard-coded-secret fix (EXK101–EXK104). Inputs are the
    /// <see cref="Document"/>, the node the diagnostic squiggles and the diagnostic's <see cref="FixProperties"/>
    /// (ConfigKey, EnvVar, VaultName, SecretKind, NoFix, Decode). The result always compiles or no plan is made:
    /// nothing in constant-only positions (NoFix), a const becomes static readonly (a local const loses const), byte
    /// sinks get <c>Encoding.UTF8.GetBytes(…)</c>, non-nullable targets get <c>?? throw new InvalidOperationException(…)</c>;
    /// usings are added through simplifier annotations.
    /// </summary>
    internal static class SecretLookupRewriter
    {
        public const string ConfigurationSectionKey = OptionKeys.FixConfigurationSection;
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
                default:
                    properties.TryGetValue(FixProperties.EnvVar, out name);
                    break;
            }

            if (string.IsNullOrEmpty(name)) return null;
            properties.TryGetValue(FixProperties.Decode, out var decode);
            if (target.IsKind(SyntaxKind.Utf8StringLiteralExpression)) decode = ConstantEncodings.Utf8;
            else if (decode is not null && !ConstantEncodings.IsLookupDecode(decode)) decode = null;
            else if (decode is not null && IsStringTyped(model, target, cancellationToken)) decode = null;
            var isAsync = kind == SecretLookupKind.KeyVault && IsInAsyncFunction(target);
            var needsThrow = kind != SecretLookupKind.KeyVault && (decode is not null || !TargetIsNullable(model, target, cancellationToken));
            return new SecretLookupPlan(kind, target, name!, receiver, isAsync, needsThrow, decode);
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

            // const → static readonly (field) or a plain local (local const).
            var declarator = plan.Target.FirstAncestorOrSelf<VariableDeclaratorSyntax>();
            if (declarator?.Parent?.Parent is FieldDeclarationSyntax field && field.Modifiers.Any(SyntaxKind.ConstKeyword))
            {
                editor.ReplaceNode(field, (current, _) =>
                {
                    var f = (FieldDeclarationSyntax)current;
                    var constToken = f.Modifiers.First(m => m.IsKind(SyntaxKind.ConstKeyword));
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
                    var constToken = l.Modifiers.First(m => m.IsKind(SyntaxKind.ConstKeyword));
                    var result = l.WithModifiers(l.Modifiers.Remove(constToken));
                    return constToken.LeadingTrivia.Count > 0 ? result.WithLeadingTrivia(constToken.LeadingTrivia) : result;
                });
            }
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
        public static string? FindReachable(SemanticModel model, SyntaxNode node, string metadataName, CancellationToken cancellationToken)
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

        /// <summary>True when the position accepts null (a <c>string?</c> parameter, property, field or local).</summary>
        private static bool TargetIsNullable(SemanticModel model, ExpressionSyntax target, CancellationToken cancellationToken)
        {
            var operation = model.GetOperation(target, cancellationToken);
            if (operation is null) return false;
            var used = ConstantTracker.UsedValue(ConstantTracker.ConstantRoot(operation));
            var parent = used.Parent;
            while (parent is Microsoft.CodeAnalysis.Operations.IConversionOperation) parent = parent.Parent;
            ITypeSymbol? type = parent switch
            {
                Microsoft.CodeAnalysis.Operations.IArgumentOperation a => a.Parameter?.Type,
                Microsoft.CodeAnalysis.Operations.ISimpleAssignmentOperation s => s.Target.Type,
                Microsoft.CodeAnalysis.Operations.IFieldInitializerOperation f when f.InitializedFields.Length > 0 => f.InitializedFields[0].Type,
                Microsoft.CodeAnalysis.Operations.IPropertyInitializerOperation p when p.InitializedProperties.Length > 0 => p.InitializedProperties[0].Type,
                Microsoft.CodeAnalysis.Operations.IVariableInitializerOperation { Parent: Microsoft.CodeAnalysis.Operations.IVariableDeclaratorOperation d } =>
                    d.Symbol.Type,
                _ => null,
            };
            if (parent is Microsoft.CodeAnalysis.Operations.IVariableInitializerOperation { Parent: Microsoft.CodeAnalysis.Operations.IVariableDeclaratorOperation decl } &&
                decl.Syntax is VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Type.IsVar: true } })
                return false;
            return type is not null && type.NullableAnnotation == NullableAnnotation.Annotated;
        }
    }
}
