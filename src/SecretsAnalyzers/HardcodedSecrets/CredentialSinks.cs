using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SecretsAnalyzers.Internal;
using SecretsAnalyzers.Options;

namespace SecretsAnalyzers.HardcodedSecrets
{
    /// <summary>A credential parameter, property, header or option key that a constant reached (message and fix facts).</summary>
    internal readonly struct CredentialSink
    {
        public CredentialSink(string display, SecretKind kind, string? exchange)
        {
            Display = display;
            Kind = kind;
            Exchange = exchange;
        }

        /// <summary>Names the sink in messages, e.g. <c>parameter 'secret' of 'HMACCredential'</c>.</summary>
        public string Display { get; }

        public SecretKind Kind { get; }

        /// <summary>The exchange the sink belongs to, when the SDK type or header says so ("Binance").</summary>
        public string? Exchange { get; }
    }

    internal enum SinkFamily
    {
        None = 0,
        CryptoExchangeNet,
        ExchangeSharp,
        Ccxt,
        Alpaca,
        Coinbase,
        BinanceConnector,
        Nethereum,
        HttpHeaders,
        WebSocketHeaders,
        AuthenticationHeader,
        User,
    }

    /// <summary>What makes a type a credential sink and which of its members/parameters carry secrets.</summary>
    internal sealed class SinkType
    {
        public SinkType(SinkFamily family, string? exchange, string[]? parameters, string[]? properties, bool ctorsOnly = false)
        {
            Family = family;
            Exchange = exchange;
            Parameters = parameters;
            Properties = properties;
            CtorsOnly = ctorsOnly;
        }

        public SinkFamily Family { get; }

        public string? Exchange { get; }

        /// <summary>Credential parameter names; null: decided by <see cref="HardcodedKnownTypes.IsCredentialParameterName"/>.</summary>
        public string[]? Parameters { get; }

        /// <summary>Credential property names (settable); null: decided by name.</summary>
        public string[]? Properties { get; }

        public bool CtorsOnly { get; }
    }

    /// <summary>
    /// The exchange SDK types (catalog D1–D8) and HTTP header APIs (catalog A2) that receive credentials, resolved once
    /// per compilation by metadata name; the SDKs themselves are never referenced. The CryptoExchange.Net family is
    /// recognised by namespace (<c>CryptoExchange.Net.Authentication</c>), by base type (<c>ApiCredentials</c>) or by the
    /// <c>X.Net…XCredentials</c> naming pattern, so every generation and exchange package matches.
    /// </summary>
    internal sealed class HardcodedKnownTypes
    {
        private static readonly (string MetadataName, SinkFamily Family, string? Exchange, string[]? Parameters, string[]? Properties)[] Table =
        {
            ("CryptoExchange.Net.Authentication.ApiCredentials", SinkFamily.CryptoExchangeNet, null, null, null),
            ("ExchangeSharp.BaseAPI", SinkFamily.ExchangeSharp, null, new[] { "publicApiKey", "privateApiKey", "passPhrase", "passphrase" }, new[] { "PublicApiKey", "PrivateApiKey", "Passphrase" }),
            ("ccxt.Exchange", SinkFamily.Ccxt, null, Array.Empty<string>(), new[] { "apiKey", "secret", "password", "uid", "privateKey" }),
            ("Alpaca.Markets.SecretKey", SinkFamily.Alpaca, "Alpaca", new[] { "keyId", "value" }, Array.Empty<string>()),
            ("Alpaca.Markets.OAuthKey", SinkFamily.Alpaca, "Alpaca", new[] { "value" }, Array.Empty<string>()),
            ("Coinbase.AdvancedTrade.CoinbaseClient", SinkFamily.Coinbase, "Coinbase", null, Array.Empty<string>()),
            ("Coinbase.ApiKeyConfig", SinkFamily.Coinbase, "Coinbase", Array.Empty<string>(), new[] { "ApiKey", "ApiSecret" }),
            ("Coinbase.OAuthConfig", SinkFamily.Coinbase, "Coinbase", Array.Empty<string>(), new[] { "AccessToken", "RefreshToken" }),
            ("Coinbase.Config", SinkFamily.Coinbase, "Coinbase", Array.Empty<string>(), new[] { "ApiKey", "ApiSecret", "OAuthToken" }),
            ("Coinbase.Pro.Config", SinkFamily.Coinbase, "Coinbase", Array.Empty<string>(), new[] { "ApiKey", "Secret", "Passphrase" }),
            ("CoinbasePro.Network.Authentication.Authenticator", SinkFamily.Coinbase, "Coinbase", new[] { "apiKey", "unsignedSignature", "secret", "passphrase", "passPhrase" }, Array.Empty<string>()),
            ("Binance.Spot.SpotService", SinkFamily.BinanceConnector, "Binance", new[] { "apiKey", "apiSecret" }, Array.Empty<string>()),
            ("Binance.Common.BinanceHmac", SinkFamily.BinanceConnector, "Binance", new[] { "secret" }, Array.Empty<string>()),
            ("Binance.Common.BinanceRsa", SinkFamily.BinanceConnector, "Binance", new[] { "pem", "password" }, Array.Empty<string>()),
            ("Nethereum.Web3.Accounts.Account", SinkFamily.Nethereum, "Ethereum", new[] { "privateKey", "password" }, Array.Empty<string>()),
            ("Nethereum.Signer.EthECKey", SinkFamily.Nethereum, "Ethereum", new[] { "privateKey", "vch" }, Array.Empty<string>()),
            ("Nethereum.HdWallet.Wallet", SinkFamily.Nethereum, "Ethereum", new[] { "words", "seedPassword", "password" }, Array.Empty<string>()),
            ("Nethereum.Web3.Accounts.Managed.ManagedAccount", SinkFamily.Nethereum, "Ethereum", new[] { "password" }, Array.Empty<string>()),
            ("System.Net.Http.Headers.HttpHeaders", SinkFamily.HttpHeaders, null, Array.Empty<string>(), Array.Empty<string>()),
            ("System.Net.WebSockets.ClientWebSocketOptions", SinkFamily.WebSocketHeaders, null, Array.Empty<string>(), Array.Empty<string>()),
            ("System.Net.Http.Headers.AuthenticationHeaderValue", SinkFamily.AuthenticationHeader, null, Array.Empty<string>(), Array.Empty<string>()),
        };

        /// <summary>Parameter and property names that carry a credential in the CryptoExchange.Net family (besides secret names).</summary>
        private static readonly HashSet<string> CredentialWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "key", "secret", "pass", "passphrase", "privateKey", "apiKey", "apiSecret", "apiPassphrase", "apiPass",
        };

        /// <summary>Header names of catalog A2 whose value is a credential (not a signature, nonce or timestamp).</summary>
        private static readonly Dictionary<string, (string Exchange, SecretKind Kind)> Headers =
            new Dictionary<string, (string, SecretKind)>(StringComparer.OrdinalIgnoreCase)
            {
                ["X-MBX-APIKEY"] = ("Binance", SecretKind.ApiKey),
                ["CB-ACCESS-KEY"] = ("Coinbase", SecretKind.ApiKey),
                ["CB-ACCESS-PASSPHRASE"] = ("Coinbase", SecretKind.Passphrase),
                ["X-CB-ACCESS-KEY"] = ("Coinbase", SecretKind.ApiKey),
                ["X-CB-ACCESS-PASSPHRASE"] = ("Coinbase", SecretKind.Passphrase),
                ["API-Key"] = ("Kraken", SecretKind.ApiKey),
                ["APIKey"] = ("Kraken", SecretKind.ApiKey),
                ["OK-ACCESS-KEY"] = ("OKX", SecretKind.ApiKey),
                ["OK-ACCESS-PASSPHRASE"] = ("OKX", SecretKind.Passphrase),
                ["X-BAPI-API-KEY"] = ("Bybit", SecretKind.ApiKey),
                ["KC-API-KEY"] = ("Kucoin", SecretKind.ApiKey),
                ["KC-API-PASSPHRASE"] = ("Kucoin", SecretKind.Passphrase),
                ["bfx-apikey"] = ("Bitfinex", SecretKind.ApiKey),
                ["X-BFX-APIKEY"] = ("Bitfinex", SecretKind.ApiKey),
                ["X-Auth"] = ("Bitstamp", SecretKind.ApiKey),
                ["X-GEMINI-APIKEY"] = ("Gemini", SecretKind.ApiKey),
                ["KEY"] = ("GateIo", SecretKind.ApiKey),
                ["X-MEXC-APIKEY"] = ("Mexc", SecretKind.ApiKey),
                ["ApiKey"] = ("Mexc", SecretKind.ApiKey),
                ["ACCESS-KEY"] = ("Bitget", SecretKind.ApiKey),
                ["ACCESS-PASSPHRASE"] = ("Bitget", SecretKind.Passphrase),
                ["api-key"] = ("BitMEX", SecretKind.ApiKey),
                ["APCA-API-KEY-ID"] = ("Alpaca", SecretKind.ApiKey),
                ["APCA-API-SECRET-KEY"] = ("Alpaca", SecretKind.ApiSecret),
                ["Authorization"] = ("", SecretKind.AccessToken),
            };

        private readonly Dictionary<INamedTypeSymbol, SinkType> _explicit;
        private readonly ConcurrentDictionary<INamedTypeSymbol, SinkType?> _cache =
            new ConcurrentDictionary<INamedTypeSymbol, SinkType?>(SymbolEqualityComparer.Default);

        /// <summary>The cache's factory, made once: a lambda capturing <c>this</c> at the call would be allocated on every call.</summary>
        private readonly Func<INamedTypeSymbol, SinkType?> _compute;

        private HardcodedKnownTypes(Compilation compilation, Dictionary<INamedTypeSymbol, SinkType> known)
        {
            Compilation = compilation;
            _explicit = known;
            _compute = Compute;
            var types = KnownTypes.GetOrCreate(compilation);
            ApiCredentials = types.Get("CryptoExchange.Net.Authentication.ApiCredentials");
            Configuration = types.Get("Microsoft.Extensions.Configuration.IConfiguration");
            SecretClient = types.Get("Azure.Security.KeyVault.Secrets.SecretClient");
        }

        public Compilation Compilation { get; }

        public INamedTypeSymbol? ApiCredentials { get; }

        public INamedTypeSymbol? Configuration { get; }

        public INamedTypeSymbol? SecretClient { get; }

        /// <summary>Resolves the sink types of this compilation (call once, in the compilation-start action).</summary>
        public static HardcodedKnownTypes From(Compilation compilation) => KnownTypes.GetOrCreate(compilation).View(Create);

        private static HardcodedKnownTypes Create(KnownTypes types)
        {
            var compilation = types.Compilation;
            var known = new Dictionary<INamedTypeSymbol, SinkType>(SymbolEqualityComparer.Default);
            foreach (var (name, family, exchange, parameters, properties) in Table)
            {
                if (types.Get(name) is { } type)
                    known[type] = new SinkType(family, exchange, parameters, properties);
            }

            return new HardcodedKnownTypes(compilation, known);
        }

        /// <summary>
        /// The sink description of a type (its own or inherited), or null. Cached per type definition: the answer reads
        /// only names, namespaces and the base chain, which a constructed type shares with its definition.
        /// </summary>
        public SinkType? GetSinkType(INamedTypeSymbol? type)
        {
            if (type is null || type.TypeKind == TypeKind.Error) return null;
            return _cache.GetOrAdd(type.OriginalDefinition, _compute);
        }

        private SinkType? Compute(INamedTypeSymbol type)
        {
            var current = type;
            for (var i = 0; i < 8 && current is not null && current.SpecialType != SpecialType.System_Object; i++, current = current.BaseType)
            {
                if (_explicit.TryGetValue(current.OriginalDefinition, out var sink))
                {
                    if (sink.Family == SinkFamily.CryptoExchangeNet || sink.Family == SinkFamily.Ccxt || sink.Family == SinkFamily.ExchangeSharp)
                        return new SinkType(sink.Family, ExchangeOf(type), sink.Parameters, sink.Properties);
                    return sink;
                }

                if (ConstantTracker.IsNamespace(current.ContainingNamespace, "CryptoExchange.Net.Authentication"))
                    return new SinkType(SinkFamily.CryptoExchangeNet, ExchangeOf(type), null, null);

                // Binance.Net.BinanceCredentials, Kucoin.Net.Objects.KucoinApiCredentials, …: the JKorf naming pattern.
                if ((current.Name.EndsWith("Credentials", StringComparison.Ordinal) || current.Name.EndsWith("Credential", StringComparison.Ordinal)) &&
                    IsJKorfNamespace(current.ContainingNamespace))
                    return new SinkType(SinkFamily.CryptoExchangeNet, ExchangeOf(type), null, null);

                if (ConstantTracker.IsNamespace(current.ContainingNamespace, "ccxt") || ConstantTracker.IsNamespace(current.ContainingNamespace, "ccxt.pro"))
                {
                    if (current.Name == "Exchange" || current.BaseType?.Name == "Exchange")
                        return new SinkType(SinkFamily.Ccxt, ExchangeOf(type), Array.Empty<string>(), new[] { "apiKey", "secret", "password", "uid", "privateKey" });
                }
            }

            return null;
        }

        /// <summary>"Binance.Net", "Kucoin.Net.Objects": the second namespace segment is "Net" (JKorf packages).</summary>
        private static bool IsJKorfNamespace(INamespaceSymbol? ns)
        {
            if (ns is null || ns.IsGlobalNamespace) return false;
            var chain = new List<string>(4);
            for (var n = ns; n is not null && !n.IsGlobalNamespace; n = n.ContainingNamespace) chain.Add(n.Name);
            return chain.Count >= 2 && chain[chain.Count - 2] == "Net" && chain[chain.Count - 1] != "System";
        }

        private static string? ExchangeOf(INamedTypeSymbol type) =>
            ExchangeNames.FindIn(type.Name) ?? ExchangeNames.FindIn(type.ContainingNamespace?.ToDisplayString());

        // ---------------- Matching ----------------

        /// <summary>A constant string used as argument <paramref name="parameter"/> of <paramref name="method"/>: is it a credential?</summary>
        public bool TryMatchParameter(IMethodSymbol method, IParameterSymbol parameter, SecretsOptions options, out CredentialSink sink)
        {
            sink = default;
            if (method is null || parameter is null) return false;
            var type = method.ContainingType;
            var sinkType = GetSinkType(type);
            if (sinkType is not null)
            {
                switch (sinkType.Family)
                {
                    case SinkFamily.HttpHeaders:
                    case SinkFamily.WebSocketHeaders:
                    case SinkFamily.AuthenticationHeader:
                        return false; // matched on the invocation by TryMatchHeader
                    case SinkFamily.Ccxt:
                        return false; // matched on the config dictionary by TryMatchCcxtOption
                }

                if (sinkType.Family == SinkFamily.CryptoExchangeNet && method.MethodKind != MethodKind.Constructor && !method.IsStatic &&
                    !method.Name.StartsWith("With", StringComparison.Ordinal) && method.Name != "SetApiCredentials")
                    return false;

                if (IsCredentialParameter(sinkType, parameter.Name))
                {
                    sink = new CredentialSink(Describe(method, parameter), KindOf(parameter.Name, sinkType.Family), sinkType.Exchange);
                    return true;
                }

                return false;
            }

            // Binance.Net ≤ v6 and other generations: SetApiCredentials(string apiKey, string apiSecret) on any client.
            if (method.Name == "SetApiCredentials" && IsCredentialParameterName(parameter.Name))
            {
                sink = new CredentialSink(Describe(method, parameter), KindOf(parameter.Name, SinkFamily.CryptoExchangeNet), ExchangeOf(type));
                return true;
            }

            return TryMatchUserApi(method, parameter, options, out sink);
        }

        /// <summary>A constant assigned to <paramref name="property"/> (assignment or object initialiser).</summary>
        public bool TryMatchProperty(IPropertySymbol property, SecretsOptions options, out CredentialSink sink)
        {
            sink = default;
            if (property is null || property.IsIndexer) return false;
            var sinkType = GetSinkType(property.ContainingType);
            if (sinkType is not null)
            {
                var props = sinkType.Properties;
                var isCredential = props is null
                    ? IsCredentialParameterName(property.Name)
                    : Array.IndexOf(props, property.Name) >= 0;
                if (!isCredential) return false;
                sink = new CredentialSink("'" + property.ContainingType.Name + "." + property.Name + "'", KindOf(property.Name, sinkType.Family), sinkType.Exchange);
                return true;
            }

            var extra = options.GetList(RuleIds.EXK101, ExtraApisKey);
            if (extra.IsDefaultOrEmpty) return false;
            if (MatchesUserApi(extra, property.ContainingType, property.Name))
            {
                sink = new CredentialSink("'" + property.ContainingType.Name + "." + property.Name + "'", KindOf(property.Name, SinkFamily.User), ExchangeOf(property.ContainingType));
                return true;
            }

            return false;
        }

        /// <summary>A constant assigned to a public field of an SDK type (ccxt declares <c>apiKey</c>, <c>secret</c>… as fields in some versions).</summary>
        public bool TryMatchField(IFieldSymbol field, out CredentialSink sink)
        {
            sink = default;
            if (field is null || field.IsConst || field.IsStatic) return false;
            var sinkType = GetSinkType(field.ContainingType);
            if (sinkType?.Properties is null || Array.IndexOf(sinkType.Properties, field.Name) < 0) return false;
            sink = new CredentialSink("'" + field.ContainingType.Name + "." + field.Name + "'", KindOf(field.Name, sinkType.Family), sinkType.Exchange);
            return true;
        }

        /// <summary>
        /// <c>headers.Add("X-MBX-APIKEY", value)</c>, <c>TryAddWithoutValidation</c>, <c>ClientWebSocketOptions.SetRequestHeader</c>,
        /// <c>new AuthenticationHeaderValue("Bearer", value)</c>: is <paramref name="argumentIndex"/> the credential value?
        /// </summary>
        public bool TryMatchHeader(IMethodSymbol method, ImmutableArray<IArgumentOperation> arguments, IArgumentOperation argument, out CredentialSink sink)
        {
            sink = default;
            if (method is null || argument.Parameter is null || arguments.Length != 2) return false;
            var sinkType = GetSinkType(method.ContainingType);
            if (sinkType is null) return false;
            var valueIndex = argument.Parameter.Ordinal;
            if (valueIndex != 1) return false;
            var nameArgument = arguments[0].Parameter?.Ordinal == 0 ? arguments[0] : arguments[1];
            if (nameArgument.Value.ConstantValue is not { HasValue: true, Value: string name }) return false;
            switch (sinkType.Family)
            {
                case SinkFamily.HttpHeaders when method.Name == "Add" || method.Name == "TryAddWithoutValidation":
                case SinkFamily.WebSocketHeaders when method.Name == "SetRequestHeader":
                    if (!Headers.TryGetValue(name, out var header)) return false;
                    sink = new CredentialSink("header '" + name + "'", header.Kind, header.Exchange.Length == 0 ? null : header.Exchange);
                    return true;
                case SinkFamily.AuthenticationHeader when method.MethodKind == MethodKind.Constructor:
                    if (!string.Equals(name, "Bearer", StringComparison.OrdinalIgnoreCase) && !string.Equals(name, "Basic", StringComparison.OrdinalIgnoreCase)) return false;
                    sink = new CredentialSink("'" + name + "' authorization header", SecretKind.AccessToken, null);
                    return true;
            }

            return false;
        }

        /// <summary>True when a header value written as <c>"Bearer …"</c> or <c>"BITSTAMP …"</c>: the credential is the part after the scheme.</summary>
        public static string StripAuthScheme(string value)
        {
            var space = value.IndexOf(' ');
            if (space > 0 && space < 12 && value.IndexOf(' ', space + 1) < 0) return value.Substring(space + 1);
            return value;
        }

        /// <summary>ccxt: a constant under key <paramref name="key"/> of the config passed to an exchange constructor.</summary>
        public bool TryMatchCcxtOption(IMethodSymbol constructor, string key, out CredentialSink sink)
        {
            sink = default;
            if (constructor is null || (constructor.MethodKind != MethodKind.Constructor && constructor.Name != "DynamicallyCreateInstance")) return false;
            var sinkType = GetSinkType(constructor.ContainingType);
            if (sinkType is null || sinkType.Family != SinkFamily.Ccxt || sinkType.Properties is null) return false;
            if (Array.IndexOf(sinkType.Properties, key) < 0) return false;
            sink = new CredentialSink("ccxt option '" + key + "' of '" + constructor.ContainingType.Name + "'", KindOf(key, SinkFamily.Ccxt), sinkType.Exchange);
            return true;
        }

        public const string ExtraApisKey = OptionKeys.ExtraCredentialApis;

        private bool TryMatchUserApi(IMethodSymbol method, IParameterSymbol parameter, SecretsOptions options, out CredentialSink sink)
        {
            sink = default;
            var extra = options.GetList(RuleIds.EXK101, ExtraApisKey);
            if (extra.IsDefaultOrEmpty) return false;
            var memberName = method.MethodKind == MethodKind.Constructor ? method.ContainingType.Name : method.Name;
            if (!MatchesUserApi(extra, method.ContainingType, memberName) &&
                !(method.MethodKind == MethodKind.Constructor && MatchesUserApi(extra, method.ContainingType, ".ctor")))
                return false;
            if (parameter.Type.SpecialType != SpecialType.System_String && parameter.Type is not IArrayTypeSymbol &&
                parameter.Type.Name != "SecureString" && parameter.Type.Name != "ReadOnlySpan")
                return false;
            var kind = KindOf(parameter.Name, SinkFamily.User);
            sink = new CredentialSink(Describe(method, parameter), kind, ExchangeOf(method.ContainingType));
            return true;
        }

        /// <summary>"MyCorp.Exchange.Client.Login" (member) or "MyCorp.Exchange.Client" (every constructor).</summary>
        private static bool MatchesUserApi(ImmutableArray<string> apis, INamedTypeSymbol? type, string member)
        {
            if (type is null) return false;
            string? typeName = null;
            foreach (var api in apis)
            {
                var lastDot = api.LastIndexOf('.');
                if (lastDot <= 0) continue;
                var apiMember = api.Substring(lastDot + 1);
                typeName ??= type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat).Replace("global::", "");
                if (apiMember == member && string.CompareOrdinal(api, 0, typeName, 0, lastDot) == 0 && typeName.Length == lastDot) return true;
                if (string.Equals(api, typeName, StringComparison.Ordinal) && (member == type.Name || member == ".ctor")) return true;
            }

            return false;
        }

        private static bool IsCredentialParameter(SinkType sinkType, string name) =>
            sinkType.Parameters is null ? IsCredentialParameterName(name) : Array.IndexOf(sinkType.Parameters, name) >= 0;

        /// <summary>key, secret, pass, privateKey, apiKey… or any name the secret-name model calls a secret.</summary>
        public static bool IsCredentialParameterName(string name) =>
            CredentialWords.Contains(name) || SecretNameModel.Default.Classify(name) != SecretKind.None;

        /// <summary>The kind of secret a parameter/property/option carries (drives lookup names).</summary>
        public static SecretKind KindOf(string name, SinkFamily family)
        {
            switch (name.ToLowerInvariant())
            {
                case "key":
                case "keyid":
                case "apikey":
                case "publicapikey":
                case "uid":
                    return SecretKind.ApiKey;
                case "secret":
                case "apisecret":
                case "privateapikey":
                case "unsignedsignature":
                    return SecretKind.ApiSecret;
                case "value":
                    return family == SinkFamily.Alpaca ? SecretKind.ApiSecret : SecretKind.AccessToken;
                case "pass":
                case "passphrase":
                case "apipass":
                case "apipassphrase":
                    return SecretKind.Passphrase;
                case "password":
                case "seedpassword":
                    return family == SinkFamily.Ccxt ? SecretKind.Passphrase : SecretKind.Password;
                case "privatekey":
                case "pem":
                case "vch":
                    return SecretKind.PrivateKey;
                case "words":
                    return SecretKind.Mnemonic;
            }

            var kind = SecretNameModel.Default.Classify(name);
            return kind == SecretKind.None ? SecretKind.ApiSecret : kind;
        }

        private static string Describe(IMethodSymbol method, IParameterSymbol parameter) =>
            method.MethodKind == MethodKind.Constructor
                ? "parameter '" + parameter.Name + "' of '" + method.ContainingType.Name + "'"
                : "parameter '" + parameter.Name + "' of '" + method.ContainingType.Name + "." + method.Name + "'";

        /// <summary>The config name a sink's secret is stored under: ApiKey, ApiSecret, Passphrase, PrivateKey…</summary>
        public static string LookupName(SecretKind kind) => kind switch
        {
            SecretKind.ApiKey => "ApiKey",
            SecretKind.ApiSecret => "ApiSecret",
            SecretKind.Passphrase => "Passphrase",
            SecretKind.Password => "Password",
            SecretKind.PrivateKey => "PrivateKey",
            SecretKind.SigningKey => "SigningKey",
            SecretKind.AccessToken => "AccessToken",
            SecretKind.ClientSecret => "ClientSecret",
            SecretKind.Mnemonic => "Mnemonic",
            _ => "Secret",
        };
    }
}
