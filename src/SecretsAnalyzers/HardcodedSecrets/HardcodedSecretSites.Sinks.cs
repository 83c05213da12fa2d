using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SecretsAnalyzers.Internal;
using SecretsAnalyzers.Options;

namespace SecretsAnalyzers.HardcodedSecrets
{
    /// <summary>Where a literal goes: the credential sinks it reaches directly or through symbols (EXK101).</summary>
    internal static partial class HardcodedSecretSites
    {
        /// <summary>A known sink's value check: generous with length (a Deribit client id has 10 characters), silent on placeholders.</summary>
        public static bool LooksRealForSink(string value, SecretKind kind)
        {
            if (kind == SecretKind.Mnemonic) return SecretValues.LooksReal(value, SecretKind.Mnemonic);
            if (kind == SecretKind.Password || kind == SecretKind.Passphrase)
                return SecretValues.LooksLikeChosenPassword(value, null);
            return SecretValues.LooksReal(value, kind, SinkMinLength, SinkMinEntropy);
        }

        /// <summary>
        /// A chosen password or passphrase handed to a credential API beside a key or secret literal that is itself a
        /// placeholder is one part of a fake set: <c>new KucoinCredentials("123", "456", "789")</c> in a unit test,
        /// <c>("APIKEY", "APISECRET", "APIPASS")</c> in an example. Only the other credential arguments of the same call count.
        /// </summary>
        public static bool HasPlaceholderCredentialSibling(IOperation used, CredentialSink sink, HardcodedKnownTypes known, SecretsOptions options)
        {
            if (sink.Kind != SecretKind.Password && sink.Kind != SecretKind.Passphrase) return false;
            if (!used.TryGetCallArguments(out var argument, out var arguments)) return false;
            foreach (var other in arguments)
            {
                if (other == argument || other.ArgumentKind != ArgumentKind.Explicit) continue;
                var value = other.Value.WalkDownConversionAndParentheses();
                if (value.ConstantValue is not { HasValue: true, Value: string text }) continue;
                if (!TryMatchSink(value, known, options, out var otherSink, out var otherChecked) ||
                    otherSink.Kind == SecretKind.Password || otherSink.Kind == SecretKind.Passphrase)
                    continue;
                if (!LooksRealForSink(otherChecked ?? text, otherSink.Kind)) return true;
            }

            return false;
        }

        /// <summary>The cheap value gate every site passes first (before any walk of the tree).</summary>
        private static bool MaybeSecret(string value) =>
            SecretValues.LooksReal(value, SecretKind.None, SinkMinLength, 2.0) ||
            (value.IndexOf(' ') > 0 && SecretValues.LooksReal(HardcodedKnownTypes.StripAuthScheme(value), SecretKind.None, SinkMinLength, 2.0)) ||
            (value.IndexOf('=') >= 0 && value.IndexOf(';') >= 0) ||
            SecretValues.IsPublicExampleKey(value, out _);

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
    }
}
