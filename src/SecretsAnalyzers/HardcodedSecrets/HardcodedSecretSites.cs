using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using SecretsAnalyzers.Internal;
using SecretsAnalyzers.Internal.ConfigFiles;
using SecretsAnalyzers.Options;

namespace SecretsAnalyzers.HardcodedSecrets
{

    /// <summary>
    /// The one place that decides whether EXK101 ("constant reaches a known credential API"), EXK102 ("secret in a
    /// secret-named symbol") or EXK107 ("published example key") owns a string literal. Other rules (EXK103 shape rule)
    /// call <see cref="WouldReport"/> so that a literal is reported once. Cheap: a value check first, then a walk up the
    /// operation tree; symbols (local, field, const, getter-only property) are followed to their uses in the declaring
    /// type through the type's <see cref="SymbolValueIndex"/>, joined at its symbol end.
    /// </summary>
    internal static partial class HardcodedSecretSites
    {
        public const int DefaultNameMinLength = 10;
        public const double DefaultNameMinEntropy = 3.0;
        public const int SinkMinLength = 8;
        public const double SinkMinEntropy = 2.5;

        /// <summary>Would EXK101, EXK102 or EXK107 report the literal (or u8 literal, or constant expression) <paramref name="literal"/>?</summary>
        public static HardcodedSecretRule WouldReport(IOperation literal, SecretsOptions options, HardcodedKnownTypes known, SiteLookups lookups, CancellationToken cancellationToken = default) =>
            TryGetSite(literal, options, known, lookups, out var site, cancellationToken) ? site.Rule : HardcodedSecretRule.None;

        /// <summary>Same, from syntax: <paramref name="literal"/> is a string/u8 literal node (or an expression containing one).</summary>
        public static HardcodedSecretRule WouldReport(SyntaxNode literal, SemanticModel model, SecretsOptions options, HardcodedKnownTypes known, SiteLookups lookups, CancellationToken cancellationToken = default)
        {
            if (literal is null || model is null) return HardcodedSecretRule.None;
            var operation = model.GetOperation(literal, cancellationToken);
            return operation is null ? HardcodedSecretRule.None : WouldReport(operation, options, known, lookups, cancellationToken);
        }

        /// <summary>
        /// Does the answer of <see cref="TryGetSite"/> for this literal depend on where a symbol's value goes (the literal
        /// initialises a local, const, field or property)? Such literals are judged when the type's
        /// <see cref="SymbolValueIndex"/> is complete (symbol end); all others right away.
        /// </summary>
        public static bool NeedsSymbolUses(IOperation literal, CancellationToken cancellationToken)
        {
            var root = literal is IUtf8StringOperation ? literal : ConstantTracker.ConstantRoot(literal);
            return SymbolValueIndex.InitializedSymbol(ConstantTracker.UsedValue(root), cancellationToken) is not null;
        }

        /// <summary>The cheap value gate of <see cref="TryGetSite"/> (no tree walk): could the literal be a secret at all?</summary>
        public static bool PassesValueGate(IOperation literal)
        {
            string? value = literal is IUtf8StringOperation utf8 ? utf8.Value : ConstantTracker.ConstantRoot(literal).ConstantValue.Value as string;
            return PassesValueGate(value);
        }

        /// <summary>The same gate on a constant's text.</summary>
        public static bool PassesValueGate(string? value) =>
            value is not null && value.Length >= 6 && value.Length <= SecretValues.MaxInspectedLength && MaybeSecret(value);

        /// <summary>The full classification of a literal (see <see cref="HardcodedSecretSite"/>). Never throws on broken code.
        /// Symbols the literal initialises are followed through <see cref="SiteLookups.Uses"/> (none when it is null).</summary>
        public static bool TryGetSite(IOperation literal, SecretsOptions options, HardcodedKnownTypes known, SiteLookups lookups, out HardcodedSecretSite site,
            CancellationToken cancellationToken = default)
        {
            site = default;
            if (literal is null || known is null) return false;
            options ??= SecretsOptions.Empty;

            if (!TryGetValue(literal, out var value, out var root, out var textPart)) return false;

            if (value.Length > SecretValues.MaxInspectedLength) return false;
            // A value too plain for a generated key may still be a password people chose, or hold a credential inside.
            var chosenOnly = value.Length < 6 || !MaybeSecret(value);
            if (chosenOnly && !MaybeChosenOrEmbedded(value)) return false;
            var rootNode = RootSyntax(root);
            if (rootNode is null) return false;
            var used = ConstantTracker.UsedValue(root);
            var utf8Origin = rootNode.IsKind(SyntaxKind.Utf8StringLiteralExpression);
            if (textPart)
            {
                // The text of an interpolated string ($"Server={host};Password=…;"): only a credential inside it can be reported.
                if (!TryGetEmbeddedSecret(value, root, used, options, out var inText) || IsExcludedName(inText.Name, null, options)) return false;
                site = new HardcodedSecretSite(HardcodedSecretRule.EXK102, inText.Name, inText.Kind, ExchangeFromContext(used), inText.Name, rootNode, false, inText.Length, null, false);
                return true;
            }

            // 1. Known credential APIs (EXK101), directly or through a symbol used in the same member or type. In a test
            // project, a use inside a known-answer test (a test method that asserts) does not count; a value whose only
            // credential-API uses are such tests is test-vector material and owned by no rule.
            var testProject = literal.SemanticModel is { } model && ProjectContext.IsTestProject(model.Compilation);
            var knownAnswerOnly = false;
            var direct = TryMatchSink(used, known, options, out var sink, out var sinkValue);
            if (direct && testProject && KnownAnswerTests.IsKnownAnswerTest(used.Syntax))
            {
                direct = false;
                knownAnswerOnly = true;
            }

            if (direct || !knownAnswerOnly &&
                TryMatchSinkThroughSymbol(root, used, lookups.Uses, known, options, testProject, cancellationToken, out sink, out sinkValue, ref knownAnswerOnly))
            {
                var checkedValue = sinkValue ?? value;
                if (SecretValues.IsPublicExampleKey(checkedValue, out var origin))
                {
                    site = new HardcodedSecretSite(HardcodedSecretRule.EXK107, sink.Display, sink.Kind, sink.Exchange, HardcodedKnownTypes.LookupName(sink.Kind), rootNode, false, checkedValue.Length, origin, utf8Origin);
                    return true;
                }

                if (chosenOnly && sink.Kind != SecretKind.Password && sink.Kind != SecretKind.Passphrase) return false;
                if (!LooksRealForSink(checkedValue, sink.Kind)) return false;
                if (direct && HasPlaceholderCredentialSibling(used, sink, known, options)) return false;
                var exchange = sink.Exchange ?? ExchangeFromContext(used);
                var canFix = CanFixAt(used, rootNode, lookups.ConstantNames, cancellationToken);
                site = new HardcodedSecretSite(HardcodedSecretRule.EXK101, sink.Display, sink.Kind, exchange, HardcodedKnownTypes.LookupName(sink.Kind), rootNode, canFix, checkedValue.Length, null, utf8Origin);
                return true;
            }

            if (knownAnswerOnly)
            {
                site = new HardcodedSecretSite(HardcodedSecretRule.KnownAnswerVector, sink.Display, sink.Kind, null, HardcodedKnownTypes.LookupName(sink.Kind), rootNode, false, value.Length, null, utf8Origin);
                return true;
            }

            // 2. Secret-named positions (EXK102).
            var kind = SecretKind.None;
            if (TryGetSecretName(used, out var name, out var symbol, out var nameCanFix, cancellationToken)) kind = options.Names.Classify(name);
            if (kind == SecretKind.None)
            {
                // 3. A credential inside the string: key=value pairs, URL userinfo, Authorization text, a Basic-auth pair.
                symbol = null;
                if (!TryGetEmbeddedSecret(value, root, used, options, out var found)) return false;
                // {"apiKey":"…","updateTime":…} as a mocked handler's reply or an asserted expected body: what a server answered.
                if (MockResponses.IsMockResponseBody(root)) return false;
                name = found.Name;
                kind = found.Kind;
                nameCanFix = false;
                if (IsExcludedName(name, null, options)) return false;
                if (!ReferenceEquals(root, literal) && SpellsSecretNamedConstant(root, found.Length, options)) return false;
                var embeddedExchange = ExchangeFromContext(used);
                site = new HardcodedSecretSite(HardcodedSecretRule.EXK102, name, kind, embeddedExchange, name, rootNode, false, found.Length, null, utf8Origin);
                return true;
            }

            if (IsExcludedName(name, symbol, options)) return false;

            if (SecretValues.IsPublicExampleKey(value, out var exampleOrigin))
            {
                site = new HardcodedSecretSite(HardcodedSecretRule.EXK107, "'" + ConfigKeyDisplay.Path(name) + "'", kind, null, ConfigKeyDisplay.WithoutSecretSegments(name), rootNode, false, value.Length, exampleOrigin, utf8Origin);
                return true;
            }

            if (!LooksRealForName(value, name, kind, chosenOnly, options)) return false;
            if ((kind == SecretKind.Password || kind == SecretKind.Passphrase) && RepeatsAnotherArgument(used, value)) return false;

            var nameExchange = ExchangeNames.FindIn(name) ?? ExchangeFromContext(used);
            var fixable = nameCanFix && CanFixAt(used, rootNode, lookups.ConstantNames, cancellationToken);
            // A dictionary key or connection-string pair name may itself hold a credential ("Binance:<key>:Secret"):
            // the message elides such segments and the fix's lookup names leave them out.
            site = new HardcodedSecretSite(HardcodedSecretRule.EXK102, ConfigKeyDisplay.Path(name), kind, nameExchange, ConfigKeyDisplay.WithoutSecretSegments(name),
                rootNode, fixable, value.Length, null, utf8Origin);
            return true;
        }

        /// <summary>How many operations of a constant composite are looked at for the constant it spells (a long concatenation is not walked).</summary>
        private const int MaxCompositeOperations = 64;

        /// <summary>
        /// The credential found in a constant composite (<c>$"{BaseUrl}?apikey={ApiKey}"</c>) is the value of a secret-named
        /// constant it spells: that constant is reported where it is declared, so its uses are not reported again. Looks at
        /// the first <see cref="MaxCompositeOperations"/> operations of the composite, and only once a credential was found.
        /// </summary>
        private static bool SpellsSecretNamedConstant(IOperation root, int length, SecretsOptions options)
        {
            var seen = 0;
            foreach (var operation in root.Descendants())
            {
                if (++seen > MaxCompositeOperations) return false;
                var (name, constant) = operation switch
                {
                    IFieldReferenceOperation { Field: { IsConst: true } field } => (field.Name, field.ConstantValue),
                    ILocalReferenceOperation { Local: { IsConst: true } local } => (local.Name, local.ConstantValue),
                    _ => (null, null),
                };
                if (name is not null && constant is string text && text.Length == length && options.Names.Classify(name) != SecretKind.None) return true;
            }

            return false;
        }

        /// <summary>A credential inside the string (<see cref="EmbeddedCredentials"/>), or the <c>"user:pass"</c> that a Basic header encodes.</summary>
        private static bool TryGetEmbeddedSecret(string value, IOperation root, IOperation used, SecretsOptions options, out EmbeddedCredential found)
        {
            var minLength = options.GetInt(RuleIds.EXK102, SecretsOptions.MinLengthKey, DefaultNameMinLength);
            var minEntropy = options.GetDouble(RuleIds.EXK102, SecretsOptions.MinEntropyKey, DefaultNameMinEntropy);
            if (EmbeddedCredentials.TryFind(value, options.Names, minLength, minEntropy, out found)) return true;
            return !ReferenceEquals(root, used) && IsBasicAuthEncoding(root) && EmbeddedCredentials.TryFindBasicPair(value, out found);
        }

        /// <summary>The constant string of a literal (or u8 literal, or the text part of an interpolated string) and its constant root.</summary>
        private static bool TryGetValue(IOperation literal, out string value, out IOperation root, out bool textPart)
        {
            value = "";
            root = literal;
            textPart = false;
            if (literal is IUtf8StringOperation utf8)
            {
                value = utf8.Value;
                return true;
            }

            root = ConstantTracker.ConstantRoot(literal);
            if (root.ConstantValue is { HasValue: true, Value: string text })
            {
                value = text;
                return true;
            }

            if (literal is ILiteralOperation { ConstantValue: { HasValue: true, Value: string part }, Parent: IInterpolatedStringTextOperation textOperation })
            {
                value = part;
                root = textOperation;
                textPart = true;
                return true;
            }

            return false;
        }

        /// <summary><c>Convert.ToBase64String(Encoding.X.GetBytes(<paramref name="root"/>))</c>.</summary>
        private static bool IsBasicAuthEncoding(IOperation root)
        {
            var parent = root.Parent;
            while (parent is IConversionOperation or IParenthesizedOperation) parent = parent.Parent;
            if (parent is not IArgumentOperation { Parent: IInvocationOperation { TargetMethod: { Name: "GetBytes" } getBytes } encode }) return false;
            if (getBytes.ContainingType?.Name != "Encoding") return false;
            var outer = encode.Parent;
            while (outer is IConversionOperation or IParenthesizedOperation) outer = outer.Parent;
            return outer is IArgumentOperation { Parent: IInvocationOperation { TargetMethod: { Name: "ToBase64String", ContainingType.Name: "Convert" } } };
        }

        /// <summary>
        /// Cheap necessary condition for <see cref="TryGetSite"/> returning an EXK102 site: the literal passes the value
        /// gate and sits in a secret-named position or is a connection-string-like literal with a secret-named pair. No
        /// symbol following (that only decides whether EXK101 takes the literal instead), so EXK102 can skip the sink
        /// search for the many literals that could never be its own.
        /// </summary>
        public static bool MayBeNamedSite(IOperation literal, SecretsOptions options, CancellationToken cancellationToken = default)
        {
            if (literal is null) return false;
            options ??= SecretsOptions.Empty;
            if (!TryGetValue(literal, out var value, out var root, out var textPart)) return false;

            if (value.Length > SecretValues.MaxInspectedLength) return false;
            var chosenOnly = value.Length < 6 || !MaybeSecret(value);
            if (chosenOnly && !MaybeChosenOrEmbedded(value)) return false;
            if (RootSyntax(root) is null) return false;
            var used = ConstantTracker.UsedValue(root);
            if (textPart) return TryGetEmbeddedSecret(value, root, used, options, out _);
            if (TryGetSecretName(used, out var name, out _, out _, cancellationToken))
            {
                var kind = options.Names.Classify(name);
                if (kind != SecretKind.None) return !chosenOnly || kind == SecretKind.Password || kind == SecretKind.Passphrase && !string.Equals(name.Trim('_', '@'), "pass", StringComparison.OrdinalIgnoreCase);
            }

            return TryGetEmbeddedSecret(value, root, used, options, out _);
        }

        // ---------------- Sinks ----------------

        // ---------------- Secret names (EXK102) ----------------

        // ---------------- Context ----------------

        /// <summary>The exchange named by the enclosing creations/calls, the containing type or its namespace.</summary>
        public static string? ExchangeFromContext(IOperation operation)
        {
            var current = operation.Parent;
            for (var i = 0; i < 12 && current is not null; i++, current = current.Parent)
            {
                ITypeSymbol? type = current switch
                {
                    IObjectCreationOperation creation => creation.Type,
                    IInvocationOperation invocation => invocation.TargetMethod.ContainingType,
                    _ => null,
                };
                if (type is not null && type.SpecialType == SpecialType.None && ExchangeNames.FindIn(type.Name) is { } fromType) return fromType;
                if (current is IInvocationOperation inv && ExchangeNames.FindIn(inv.TargetMethod.Name) is { } fromMethod) return fromMethod;
            }

            var model = operation.SemanticModel;
            if (model is null) return null;
            var enclosing = model.GetEnclosingSymbol(operation.Syntax.SpanStart);
            for (var symbol = enclosing; symbol is not null && symbol is not INamespaceSymbol; symbol = symbol.ContainingSymbol)
            {
                if (ExchangeNames.FindIn(symbol.Name) is { } fromSymbol) return fromSymbol;
            }

            return ExchangeNames.FindIn(enclosing?.ContainingNamespace?.ToDisplayString());
        }

        private static SyntaxNode? RootSyntax(IOperation root)
        {
            var node = root.Syntax;
            while (node is ParenthesizedExpressionSyntax p && p.Expression is not null) node = p.Expression;
            return node;
        }

        /// <summary>
        /// Can a lookup replace the constant at <paramref name="rootNode"/> and still compile? Not in parameter defaults,
        /// attribute arguments, case labels and constant patterns; not in a const that is itself used as a constant.
        /// </summary>
        public static bool CanFixAt(IOperation used, SyntaxNode rootNode, ConstantOnlyNames? constantNames, CancellationToken cancellationToken)
        {
            foreach (var ancestor in rootNode.Ancestors())
            {
                switch (ancestor)
                {
                    case AttributeArgumentSyntax:
                    case SwitchLabelSyntax:
                    case ConstantPatternSyntax:
                    case ParameterSyntax:
                    case SwitchExpressionArmSyntax arm when arm.Pattern.Span.Contains(rootNode.Span):
                        return false;
                    case VariableDeclaratorSyntax declarator:
                        if (declarator.Parent?.Parent is LocalDeclarationStatementSyntax local && local.IsConst ||
                            declarator.Parent?.Parent is FieldDeclarationSyntax field && field.Modifiers.Any(SyntaxKind.ConstKeyword))
                            return constantNames is null || !constantNames.IsUsedAsConstant(declarator, cancellationToken);
                        return true;
                    case StatementSyntax:
                    case MemberDeclarationSyntax:
                        return true;
                }
            }

            return true;
        }
    }
}
