using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
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
    /// <summary>Which hard-coded-secret rule owns a literal.</summary>
    internal enum HardcodedSecretRule
    {
        None = 0,

        /// <summary>The constant reaches a known credential API (sink).</summary>
        EXK101,

        /// <summary>The constant sits in a secret-named symbol, member, entry or connection-string pair.</summary>
        EXK102,

        /// <summary>The constant is a published documentation example key in an EXK101/EXK102 position.</summary>
        EXK107,

        /// <summary>
        /// The constant reaches a credential API only inside known-answer tests of a test project
        /// (<see cref="KnownAnswerTests"/>): test-vector material that no hard-coded-secret rule reports.
        /// </summary>
        KnownAnswerVector,
    }

    /// <summary>Everything an analyzer needs to report a literal (message arguments and fix facts; never the value).</summary>
    internal readonly struct HardcodedSecretSite
    {
        public HardcodedSecretSite(HardcodedSecretRule rule, string target, SecretKind kind, string? exchange, string secretName,
            SyntaxNode node, bool canFix, int length, string? exampleOrigin, bool utf8Origin)
        {
            Rule = rule;
            Target = target;
            Kind = kind;
            Exchange = exchange;
            SecretName = secretName;
            Node = node;
            CanFix = canFix;
            Length = length;
            ExampleOrigin = exampleOrigin;
            Utf8Origin = utf8Origin;
        }

        public HardcodedSecretRule Rule { get; }

        /// <summary>Message argument {0}: the sink (EXK101, "parameter 'secret' of 'HMACCredential'") or the symbol name (EXK102).</summary>
        public string Target { get; }

        public SecretKind Kind { get; }

        public string? Exchange { get; }

        /// <summary>The name lookups are derived from ("ApiSecret", "BinanceApiSecret").</summary>
        public string SecretName { get; }

        /// <summary>The node to squiggle (the literal or the constant expression containing it).</summary>
        public SyntaxNode Node { get; }

        /// <summary>False in constant-only positions (parameter defaults, case labels, consts used as constants…).</summary>
        public bool CanFix { get; }

        public int Length { get; }

        /// <summary>For EXK107: the document the example key comes from.</summary>
        public string? ExampleOrigin { get; }

        public bool Utf8Origin { get; }

        /// <summary>The fix facts for <c>Diagnostic.Properties</c> (lookup names, kind, NoFix, Decode).</summary>
        public ImmutableDictionary<string, string?> CreateProperties() =>
            FixProperties.Create(Exchange, SecretName, Kind, CanFix && Rule != HardcodedSecretRule.EXK107, decode: Utf8Origin ? ConstantEncodings.Utf8 : null);

        /// <summary>Message argument {1}: the length, never the value.</summary>
        public string Describe() => Length.ToString(CultureInfo.InvariantCulture) + " characters";
    }

    /// <summary>What <see cref="HardcodedSecretSites.TryGetSite"/> may consult beyond the literal's own operation tree.</summary>
    internal readonly struct SiteLookups
    {
        public SiteLookups(SymbolValueIndex? uses, ConstantOnlyNames? constantNames)
        {
            Uses = uses;
            ConstantNames = constantNames;
        }

        /// <summary>Where the values of the enclosing type's symbols go (complete only at the type's symbol end); null:
        /// symbols the literal initialises are not followed.</summary>
        public SymbolValueIndex? Uses { get; }

        /// <summary>Names used in constant-only positions, per tree (decides whether a const can become a lookup).</summary>
        public ConstantOnlyNames? ConstantNames { get; }

        public SiteLookups WithUses(SymbolValueIndex? uses) => new SiteLookups(uses, ConstantNames);
    }

    /// <summary>
    /// The one place that decides whether EXK101 ("constant reaches a known credential API"), EXK102 ("secret in a
    /// secret-named symbol") or EXK107 ("published example key") owns a string literal. Other rules (EXK103 shape rule)
    /// call <see cref="WouldReport"/> so that a literal is reported once. Cheap: a value check first, then a walk up the
    /// operation tree; symbols (local, field, const, getter-only property) are followed to their uses in the declaring
    /// type through the type's <see cref="SymbolValueIndex"/>, joined at its symbol end.
    /// </summary>
    internal static class HardcodedSecretSites
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
            return value is not null && value.Length >= 6 && value.Length <= SecretValues.MaxInspectedLength && MaybeSecret(value);
        }

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
                name = found.Name;
                kind = found.Kind;
                nameCanFix = false;
                if (IsExcludedName(name, null, options)) return false;
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

            var nameExchange = ExchangeNames.FindIn(name) ?? ExchangeFromContext(used);
            var fixable = nameCanFix && CanFixAt(used, rootNode, lookups.ConstantNames, cancellationToken);
            // A dictionary key or connection-string pair name may itself hold a credential ("Binance:<key>:Secret"):
            // the message elides such segments and the fix's lookup names leave them out.
            site = new HardcodedSecretSite(HardcodedSecretRule.EXK102, ConfigKeyDisplay.Path(name), kind, nameExchange, ConfigKeyDisplay.WithoutSecretSegments(name),
                rootNode, fixable, value.Length, null, utf8Origin);
            return true;
        }

        /// <summary>
        /// The value rule of a secret-named position: password-class names (password, passwd, pwd, passphrase, pass, PIN)
        /// accept any chosen value that is not a placeholder or label; other names need a real-looking value (length and
        /// entropy from the EXK102 options); a token is never a blockchain address.
        /// </summary>
        private static bool LooksRealForName(string value, string name, SecretKind kind, bool chosenOnly, SecretsOptions options)
        {
            // A bare "pass" is also a compiler or test pass (pass = "second"): it needs a generated-looking value.
            var barePass = string.Equals(name.Trim('_', '@'), "pass", StringComparison.OrdinalIgnoreCase);
            if ((kind == SecretKind.Password || kind == SecretKind.Passphrase) && !barePass)
                return SecretValues.LooksLikeChosenPassword(value, name, SecretNameModel.IsPinName(name));
            if (chosenOnly) return false;
            if (kind == SecretKind.AccessToken && EmbeddedCredentials.LooksLikeAddress(value)) return false;
            var minLength = options.GetInt(RuleIds.EXK102, SecretsOptions.MinLengthKey, DefaultNameMinLength);
            var minEntropy = options.GetDouble(RuleIds.EXK102, SecretsOptions.MinEntropyKey, DefaultNameMinEntropy);
            return SecretValues.LooksReal(value, kind, minLength, minEntropy);
        }

        /// <summary>Cheap gate for values <see cref="MaybeSecret"/> rejects: a possible chosen password (no spaces) or a string that may embed one.</summary>
        private static bool MaybeChosenOrEmbedded(string value) =>
            value.Length >= 1 && (value.Length <= 128 && !SecretValues.HasWhitespace(value) || EmbeddedCredentials.MayContain(value));

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

        /// <summary>A known sink's value check: generous with length (a Deribit client id has 10 characters), silent on placeholders.</summary>
        public static bool LooksRealForSink(string value, SecretKind kind)
        {
            if (kind == SecretKind.Mnemonic) return SecretValues.LooksReal(value, SecretKind.Mnemonic);
            if (kind == SecretKind.Password || kind == SecretKind.Passphrase)
                return SecretValues.LooksLikeChosenPassword(value, null);
            return SecretValues.LooksReal(value, kind, SinkMinLength, SinkMinEntropy);
        }

        /// <summary>The cheap value gate every site passes first (before any walk of the tree).</summary>
        private static bool MaybeSecret(string value) =>
            SecretValues.LooksReal(value, SecretKind.None, SinkMinLength, 2.0) ||
            (value.IndexOf(' ') > 0 && SecretValues.LooksReal(HardcodedKnownTypes.StripAuthScheme(value), SecretKind.None, SinkMinLength, 2.0)) ||
            (value.IndexOf('=') >= 0 && value.IndexOf(';') >= 0) ||
            SecretValues.IsPublicExampleKey(value, out _);

        // ---------------- Sinks ----------------

        /// <summary>
        /// Is <paramref name="used"/> (a value whose parent is an argument or an assignment) a credential position of a
        /// known API? <paramref name="checkedValue"/> is set when only part of the constant is the credential
        /// (<c>"Bearer …"</c>). Shared by the EXK101 analyzer (forward) and this class (backward).
        /// </summary>
        public static bool TryMatchSink(IOperation? used, HardcodedKnownTypes known, SecretsOptions options, out CredentialSink sink, out string? checkedValue)
        {
            sink = default;
            checkedValue = null;
            if (used is null) return false;
            used = used.WalkUpConversionAndParentheses();
            var parent = used.Parent;

            switch (parent)
            {
                case IArgumentOperation { Parameter: { } parameter } argument:
                    var call = argument.Parent;
                    var method = call switch
                    {
                        IInvocationOperation invocation => invocation.TargetMethod,
                        IObjectCreationOperation creation => creation.Constructor,
                        _ => null,
                    };
                    if (method is null) return false;
                    var arguments = call is IInvocationOperation i ? i.Arguments : ((IObjectCreationOperation)call!).Arguments;
                    if (known.TryMatchHeader(method, arguments, argument, out sink))
                    {
                        if (used.ConstantValue is { HasValue: true, Value: string headerValue } &&
                            (sink.Kind == SecretKind.AccessToken || sink.Display.IndexOf("X-Auth", StringComparison.Ordinal) >= 0))
                            checkedValue = CredentialSinks_StripScheme(headerValue, sink);
                        return true;
                    }

                    if (known.TryMatchParameter(method, parameter, options, out sink))
                    {
                        if (sink.Exchange is null && call is IInvocationOperation { Instance.Type: { } receiverType })
                            sink = new CredentialSink(sink.Display, sink.Kind, ExchangeNames.FindIn(receiverType.Name));
                        return true;
                    }

                    // ccxt: { "secret", "…" } in the config dictionary handed to an exchange constructor.
                    if (call is IInvocationOperation { TargetMethod.Name: "Add" } add && add.Arguments.Length == 2 && parameter.Ordinal == 1 &&
                        add.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string key } &&
                        CcxtConstructorOf(add.Parent) is { } ccxtCtor)
                        return known.TryMatchCcxtOption(ccxtCtor, key, out sink);
                    return false;

                case ISimpleAssignmentOperation assignment when ReferenceEquals(assignment.Value, used):
                    switch (assignment.Target)
                    {
                        case IPropertyReferenceOperation { Property: { IsIndexer: true } } indexer:
                            if (indexer.Arguments.Length == 1 && indexer.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string entry } &&
                                CcxtConstructorOf(assignment.Parent) is { } ctor)
                                return known.TryMatchCcxtOption(ctor, entry, out sink);
                            return false;
                        case IPropertyReferenceOperation property:
                            if (assignment.Parent is IAnonymousObjectCreationOperation anonymous)
                                return CcxtConstructorOfValue(anonymous) is { } anonCtor && known.TryMatchCcxtOption(anonCtor, property.Property.Name, out sink);
                            if (!known.TryMatchProperty(property.Property, options, out sink)) return false;
                            if (sink.Exchange is null && property.Instance?.Type is { } instanceType)
                                sink = new CredentialSink(sink.Display, sink.Kind, ExchangeNames.FindIn(instanceType.Name));
                            return true;
                        case IFieldReferenceOperation field:
                            return known.TryMatchField(field.Field, out sink);
                    }

                    return false;
            }

            return false;
        }

        private static string CredentialSinks_StripScheme(string value, CredentialSink sink) => HardcodedKnownTypes.StripAuthScheme(value);

        /// <summary>The ccxt exchange constructor that receives the collection initialiser <paramref name="initializerPart"/> belongs to.</summary>
        private static IMethodSymbol? CcxtConstructorOf(IOperation? initializerPart)
        {
            if (initializerPart is not IObjectOrCollectionInitializerOperation initializer) return null;
            return CcxtConstructorOfValue(initializer.Parent);
        }

        private static IMethodSymbol? CcxtConstructorOfValue(IOperation? config)
        {
            var current = config;
            for (var i = 0; i < 4 && current?.Parent is IConversionOperation; i++) current = current.Parent;
            if (current?.Parent is IArgumentOperation { Parent: IObjectCreationOperation { Constructor: { } ctor } })
                return ctor;

            // Exchange.DynamicallyCreateInstance("binance", config): the same options as the constructor.
            if (current?.Parent is IArgumentOperation { Parent: IInvocationOperation { TargetMethod: { Name: "DynamicallyCreateInstance" } factory } })
                return factory;
            return null;
        }

        /// <summary>
        /// The literal initialises a local, field, const or getter-only property whose value reaches a sink in the same
        /// type: joined from the type's <see cref="SymbolValueIndex"/> (uses recorded as the driver visited the bodies),
        /// never by walking or binding the type here.
        /// </summary>
        private static bool TryMatchSinkThroughSymbol(IOperation root, IOperation used, SymbolValueIndex? uses, HardcodedKnownTypes known, SecretsOptions options,
            bool testProject, CancellationToken cancellationToken, out CredentialSink sink, out string? checkedValue, ref bool knownAnswerOnly)
        {
            sink = default;
            checkedValue = null;
            if (uses is null || !SymbolValueIndex.CarriesUnchanged(root, used)) return false;
            var symbol = SymbolValueIndex.InitializedSymbol(used, cancellationToken);
            if (symbol is null) return false;
            var query = new SinkQuery(known, options, testProject);
            if (!uses.AnyUse(symbol, query, static (use, q) => q.Match(use), cancellationToken))
            {
                if (query.KnownAnswerUse)
                {
                    knownAnswerOnly = true;
                    sink = query.Sink;
                }

                return false;
            }

            sink = query.Sink;
            if (sink.Kind == SecretKind.AccessToken && root.ConstantValue.Value is string text) checkedValue = HardcodedKnownTypes.StripAuthScheme(text);
            else if (sink.Kind == SecretKind.AccessToken && root is IUtf8StringOperation utf8) checkedValue = HardcodedKnownTypes.StripAuthScheme(utf8.Value);
            return true;
        }

        /// <summary>The sink question asked of each use of a followed symbol.</summary>
        private sealed class SinkQuery
        {
            private readonly HardcodedKnownTypes _known;
            private readonly SecretsOptions _options;

            private readonly bool _testProject;

            public SinkQuery(HardcodedKnownTypes known, SecretsOptions options, bool testProject)
            {
                _known = known;
                _options = options;
                _testProject = testProject;
            }

            public CredentialSink Sink { get; private set; }

            /// <summary>A use reached a credential API inside a known-answer test (not counted as a sink use).</summary>
            public bool KnownAnswerUse { get; private set; }

            public bool Match(IOperation use)
            {
                if (!TryMatchSink(use, _known, _options, out var sink, out _)) return false;
                Sink = sink;
                if (_testProject && KnownAnswerTests.IsKnownAnswerTest(use.Syntax))
                {
                    KnownAnswerUse = true;
                    return false;
                }

                return true;
            }
        }

        private static IOperation SinkValue(IOperation used)
        {
            return used.WalkUpConversionAndParentheses();
        }

        // ---------------- Secret names (EXK102) ----------------

        /// <summary>The secret name of the position <paramref name="used"/> is written into, if any.</summary>
        private static bool TryGetSecretName(IOperation used, out string name, out ISymbol? symbol, out bool canFix, CancellationToken cancellationToken)
        {
            name = "";
            symbol = null;
            canFix = true;
            var parent = used.ConsumerSkippingConversions();
            switch (parent)
            {
                case IFieldInitializerOperation field when field.InitializedFields.Length >= 1:
                    symbol = field.InitializedFields[0];
                    break;
                case IPropertyInitializerOperation property when property.InitializedProperties.Length >= 1:
                    symbol = property.InitializedProperties[0];
                    break;
                case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                    symbol = declarator.Symbol;
                    break;
                case IParameterInitializerOperation parameterInit:
                    symbol = parameterInit.Parameter;
                    canFix = false;
                    break;
                case IReturnOperation ret:
                    symbol = SymbolValueIndex.InitializedSymbol(used, cancellationToken);
                    // string GetApiSecret() => "…";
                    if (symbol is null && SymbolValueIndex.IsSingleExpressionGetter(ret) && used.SemanticModel is { } model &&
                        model.GetEnclosingSymbol(ret.Syntax.SpanStart, cancellationToken) is IMethodSymbol { MethodKind: MethodKind.Ordinary or MethodKind.LocalFunction } method)
                        symbol = method;
                    break;
                case IArgumentOperation { Parameter: { } parameter } argument:
                    // Dictionary entry { "secret", "…" } / dict.Add("apiSecret", "…").
                    if (argument.Parent is IInvocationOperation { TargetMethod.Name: "Add" or "TryAdd" } add && add.Arguments.Length == 2 &&
                        parameter.Ordinal == 1 && add.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string key })
                    {
                        name = key;
                        return true;
                    }

                    symbol = parameter;
                    break;
                case ISimpleAssignmentOperation assignment when ReferenceEquals(SinkValue(used), assignment.Value):
                    switch (assignment.Target)
                    {
                        case IPropertyReferenceOperation { Property.IsIndexer: true } indexer:
                            if (indexer.Arguments.Length == 1 && indexer.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string entry })
                            {
                                name = entry;
                                return true;
                            }

                            return false;
                        case IPropertyReferenceOperation property:
                            symbol = property.Property;
                            break;
                        case IFieldReferenceOperation field:
                            symbol = field.Field;
                            break;
                        case ILocalReferenceOperation local:
                            symbol = local.Local;
                            break;
                        case IParameterReferenceOperation p:
                            symbol = p.Parameter;
                            break;
                    }

                    break;
            }

            if (symbol is null || string.IsNullOrEmpty(symbol.Name)) return false;
            name = symbol.Name;
            return true;
        }

        private static bool IsExcludedName(string name, ISymbol? symbol, SecretsOptions options)
        {
            var excluded = options.GetList(RuleIds.EXK102, SecretsOptions.ExcludedSymbolNamesKey);
            if (excluded.IsDefaultOrEmpty) return false;
            foreach (var e in excluded)
            {
                if (string.Equals(e, name, StringComparison.OrdinalIgnoreCase)) return true;
                if (symbol?.ContainingType is { } type && string.Equals(e, type.Name, StringComparison.OrdinalIgnoreCase)) return true;
            }

            return false;
        }

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
