using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;

namespace SecretsAnalyzers.Internal
{
    /// <summary>What a secret-named symbol holds; drives messages and the names code fixes give to lookups.</summary>
    internal enum SecretKind
    {
        None = 0,
        ApiKey,
        ApiSecret,
        Passphrase,
        Password,
        PrivateKey,
        SigningKey,
        AccessToken,
        ClientSecret,
        Mnemonic,
    }

    /// <summary>
    /// Answers "is this name a secret?". A name is a secret when, after trailing encoding words (Value, Bytes,
    /// Base64, Pem…) are dropped, it ends with a secret phrase (api key, secret, passphrase, private key, password,
    /// access token, mnemonic…). A name ending with a label word (Name, Header, Url, Id, Path, Policy…) describes a
    /// secret instead of holding one: <c>apiKeyHeaderName</c>, <c>secretName</c>, <c>keyId</c>, <c>passwordPolicy</c>.
    /// Answers are memoised per name string on the model: <see cref="Default"/> is shared by every compilation and a model
    /// with user words lives with its options (<c>SecretsOptions.Names</c>), so the memo is bounded (<see cref="MaxMemoisedNames"/>)
    /// and starts over when full instead of growing across compilations.
    /// </summary>
    internal sealed class SecretNameModel
    {
        /// <summary>How many distinct names a model remembers before it forgets them all and starts over.</summary>
        internal const int MaxMemoisedNames = 16384;

        public static readonly SecretNameModel Default = new SecretNameModel(ImmutableArray<string[]>.Empty, ImmutableHashSet<string>.Empty);

        private static readonly HashSet<string> TrailingNoise = new HashSet<string>(StringComparer.Ordinal)
        {
            "value", "val", "string", "str", "text", "base", "b", "utf", "b64", "hex", "bytes", "byte", "pem", "raw", "plain",
            "plaintext", "encoded", "data", "utf8", "literal", "const", "default",
        };

        private static readonly HashSet<string> BuiltInLabels = new HashSet<string>(StringComparer.Ordinal)
        {
            "name", "names", "header", "headers", "url", "uri", "endpoint", "path", "file", "filename", "type", "types",
            "version", "length", "len", "policy", "policies", "id", "ids", "label", "prefix", "suffix", "hint", "field",
            "param", "parameter", "format", "pattern", "regex", "env", "variable", "var", "setting", "section",
            "location", "dir", "directory", "folder", "provider", "client", "store", "manager", "service", "vault",
            "count", "size", "hash", "hashed", "digest", "expiry", "expiration", "expires", "expired", "timeout",
            "rotation", "required", "enabled", "mask", "masked", "redacted", "attribute", "description", "help",
            "title", "message", "error", "errors", "kind", "mode", "source", "ref", "reference", "lookup",
            "placeholder", "option", "options", "index", "column", "property", "tag", "validator",
            "validation", "rule", "rules", "prompt", "dialog", "input", "box", "changed", "reset", "updated",
            "created", "at", "date", "time", "timestamp", "exists", "present", "set", "missing", "min", "max",
            "strength", "complexity", "algorithm", "algo", "permissions", "permission", "scope", "scopes", "salt",
            "list", "identifier", "alias", "display", "regexp", "template", "schema", "spec", "config", "configuration",
            "selector", "handler", "callback", "factory", "builder", "reader", "loader", "resolver", "cache", "info",
            "scheme", "method", "char", "issuer", "audience", "lifetime", "ttl", "duration", "limit", "usage", "address",
            "contract", "symbol", "decimals", "mint", "balance", "amount", "price", "supply", "standard", "network",
            "chain", "counter", "generator", "parser", "lexer", "request", "response", "route", "claim", "claims",
            "state", "status", "level", "flow", "grant", "realm", "domain", "host", "server", "port", "user", "username",
            "email", "role", "roles", "group", "separator", "delimiter", "encoding", "caption", "tooltip", "watermark",
            "visible", "visibility", "toggle", "storage", "container", "repository", "helper", "controller", "view",
            "form", "button", "textbox", "lbl", "txt", "tb", "cookie", "uses", "used", "valid", "invalid", "verified",
        };

        // Words before "token" that make it a non-secret token: paging cursors, lexer tokens, anti-forgery tokens,
        // device push tokens, cancellation tokens, coins (an ERC-20 "token" is a contract, not a credential), DeFi roles
        // (collateral, gas payment, receive token), broker instrument tokens, and public tokens.
        private static readonly HashSet<string> NonSecretTokenQualifiers = new HashSet<string>(StringComparer.Ordinal)
        {
            "cancellation", "cancel", "continuation", "page", "next", "previous", "prev", "paging", "pagination", "cursor",
            "sync", "csrf", "xsrf", "antiforgery", "forgery", "verification", "lexer", "syntax", "parse", "parser", "end",
            "start", "eof", "stop", "change", "resume", "skip", "delta", "device", "push", "registration", "fcm", "apns",
            "notification", "erc", "erc20", "native", "base", "quote", "wrapped", "stable", "reward", "governance", "lp",
            "pool", "gas", "fee", "nft", "current", "last", "first", "special", "word", "pad", "padding", "mask", "unk",
            "bos", "eos", "sep", "cls", "input", "output", "max", "min", "context", "text", "doc", "xml", "json",
            "collateral", "payment", "receive", "margin", "settlement", "settle", "underlying", "debt", "borrow", "stake",
            "staked", "staking", "swap", "bridge", "instrument", "symbol", "asset", "coin", "currency", "public", "index", "long", "short",
        };

        // Secret phrases, matched as a suffix of the word list (after trailing noise is dropped).
        private static readonly (string[] Words, SecretKind Kind)[] BuiltInPhrases =
        {
            (new[] { "private", "key" }, SecretKind.PrivateKey),
            (new[] { "signing", "key" }, SecretKind.SigningKey),
            (new[] { "sign", "key" }, SecretKind.SigningKey),
            (new[] { "hmac", "key" }, SecretKind.SigningKey),
            (new[] { "hmac", "secret" }, SecretKind.SigningKey),
            (new[] { "client", "secret" }, SecretKind.ClientSecret),
            (new[] { "secret", "key" }, SecretKind.ApiSecret),
            (new[] { "secret" }, SecretKind.ApiSecret),
            (new[] { "secrets" }, SecretKind.ApiSecret),
            (new[] { "api", "key" }, SecretKind.ApiKey),
            (new[] { "api", "keys" }, SecretKind.ApiKey),
            (new[] { "access", "key" }, SecretKind.ApiKey),
            (new[] { "auth", "key" }, SecretKind.ApiKey),
            (new[] { "passphrase" }, SecretKind.Passphrase),
            (new[] { "pass", "phrase" }, SecretKind.Passphrase),
            (new[] { "password" }, SecretKind.Password),
            (new[] { "passwd" }, SecretKind.Password),
            (new[] { "pwd" }, SecretKind.Password),
            (new[] { "passcode" }, SecretKind.Password),
            (new[] { "access", "token" }, SecretKind.AccessToken),
            (new[] { "auth", "token" }, SecretKind.AccessToken),
            (new[] { "bearer", "token" }, SecretKind.AccessToken),
            (new[] { "api", "token" }, SecretKind.AccessToken),
            (new[] { "refresh", "token" }, SecretKind.AccessToken),
            (new[] { "oauth", "token" }, SecretKind.AccessToken),
            (new[] { "session", "token" }, SecretKind.AccessToken),
            (new[] { "token" }, SecretKind.AccessToken),
            (new[] { "bearer" }, SecretKind.AccessToken),
            (new[] { "jwt" }, SecretKind.AccessToken),
            (new[] { "auth" }, SecretKind.AccessToken),
            (new[] { "credential" }, SecretKind.ApiSecret),
            (new[] { "credentials" }, SecretKind.ApiSecret),
            (new[] { "creds" }, SecretKind.ApiSecret),
            (new[] { "cred" }, SecretKind.ApiSecret),
            (new[] { "signature", "key" }, SecretKind.SigningKey),
            (new[] { "totp", "seed" }, SecretKind.ApiSecret),
            (new[] { "otp", "seed" }, SecretKind.ApiSecret),
            (new[] { "mfa", "seed" }, SecretKind.ApiSecret),
            (new[] { "fa", "seed" }, SecretKind.ApiSecret),
            (new[] { "factor", "seed" }, SecretKind.ApiSecret),
            (new[] { "totp", "key" }, SecretKind.ApiSecret),
            (new[] { "otp", "key" }, SecretKind.ApiSecret),
            (new[] { "twofa" }, SecretKind.ApiSecret),
            (new[] { "pin" }, SecretKind.Password),
            (new[] { "mnemonic" }, SecretKind.Mnemonic),
            (new[] { "seed", "phrase" }, SecretKind.Mnemonic),
            (new[] { "seed", "words" }, SecretKind.Mnemonic),
            (new[] { "recovery", "phrase" }, SecretKind.Mnemonic),
        };

        // Words that make a bare "pass" a credential (apiPass, userPass) or a bare "key" an API key (binanceKey).
        private static readonly HashSet<string> PassQualifiers = new HashSet<string>(StringComparer.Ordinal)
        {
            "api", "key", "secret", "account", "user", "admin", "db", "login", "trading", "wallet", "keystore", "root",
            "exchange", "app",
        };

        private readonly ImmutableArray<string[]> _extraPhrases;
        private readonly ImmutableHashSet<string> _extraLabels;
        private readonly ConcurrentDictionary<string, NameFacts> _memo = new ConcurrentDictionary<string, NameFacts>(StringComparer.Ordinal);
        private int _memoCount;

        private SecretNameModel(ImmutableArray<string[]> extraPhrases, ImmutableHashSet<string> extraLabels)
        {
            _extraPhrases = extraPhrases;
            _extraLabels = extraLabels;
        }

        /// <summary>The model extended with user secret words and label words from <c>.editorconfig</c>.</summary>
        public static SecretNameModel Create(ImmutableArray<string> extraSecretWords, ImmutableArray<string> extraLabelWords)
        {
            if (extraSecretWords.IsDefaultOrEmpty && extraLabelWords.IsDefaultOrEmpty) return Default;
            var phrases = ImmutableArray.CreateBuilder<string[]>();
            if (!extraSecretWords.IsDefaultOrEmpty)
            {
                foreach (var word in extraSecretWords)
                {
                    var split = NameWords.Split(word);
                    if (split.Count > 0) phrases.Add(split.ToArray());
                }
            }

            var labels = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
            if (!extraLabelWords.IsDefaultOrEmpty)
            {
                foreach (var word in extraLabelWords)
                {
                    foreach (var part in NameWords.Split(word)) labels.Add(part);
                }
            }

            return new SecretNameModel(phrases.ToImmutable(), labels.ToImmutable());
        }

        public bool IsSecretName(string? name) => Classify(name) != SecretKind.None;

        /// <summary>
        /// For rules where a member's name is the only evidence (a data model printing or logging its members): a secret
        /// name other than a bare <c>Token</c> or <c>&lt;Exchange&gt;Token</c>, which in trading models is as often an
        /// asset, a gift-card or a paging token as a credential. Values written to such names are still judged by EXK102.
        /// </summary>
        public bool IsSecretMemberName(string? name) =>
            !string.IsNullOrEmpty(name) && name!.Length <= 128 && Facts(name).IsSecretMember;

        /// <summary>A PIN name (<c>withdrawalPin</c>, <c>TRADING_PIN</c>): its value is a short number. (<c>PinCode</c> is a postal code.)</summary>
        public static bool IsPinName(string? name) =>
            !string.IsNullOrEmpty(name) && name!.Length <= 128 && Default.Facts(name).IsPin;

        /// <summary>Classifies a symbol, member, configuration key or header name.</summary>
        public SecretKind Classify(string? name)
        {
            if (string.IsNullOrEmpty(name) || name!.Length > 128) return SecretKind.None;
            return Facts(name).Kind;
        }

        /// <summary>What this model says about <paramref name="name"/>: from the memo, or split once and remembered.</summary>
        private NameFacts Facts(string name)
        {
            if (_memo.TryGetValue(name, out var facts)) return facts;
            facts = Compute(NameWords.Split(name));
            if (Interlocked.Increment(ref _memoCount) > MaxMemoisedNames)
            {
                // Full: start over (names seen again are remembered again). Races only make the bound approximate.
                _memo.Clear();
                Interlocked.Exchange(ref _memoCount, 1);
            }

            _memo.TryAdd(name, facts);
            return facts;
        }

        private NameFacts Compute(List<string> words)
        {
            var kind = Classify(words);
            var end = words.Count;
            while (end > 0 && (TrailingNoise.Contains(words[end - 1]) || IsNumber(words[end - 1]))) end--;
            var isPin = end > 0 && words[end - 1] == "pin";
            var isSecretMember = kind != SecretKind.None &&
                                 (end == 0 || words[end - 1] != "token" ||
                                  (end >= 2 && !ExchangeNames.IsExchangeWord(words[end - 2]) && words[end - 2] != "_"));
            return new NameFacts(kind, isSecretMember, isPin);
        }

        public SecretKind Classify(List<string> words)
        {
            var end = words.Count;
            // tokenA / tokenB / token0 / token1: the two assets of a liquidity pool, not credentials.
            if (end >= 2 && words[end - 2] == "token" && words[end - 1] is "a" or "b" or "0" or "1") return SecretKind.None;
            while (end > 0 && (TrailingNoise.Contains(words[end - 1]) || IsNumber(words[end - 1]))) end--;
            if (end == 0) return SecretKind.None;

            var last = words[end - 1];
            if (BuiltInLabels.Contains(last) || _extraLabels.Contains(last)) return SecretKind.None;

            foreach (var phrase in _extraPhrases)
            {
                if (EndsWith(words, end, phrase)) return SecretKind.ApiSecret;
            }

            // "public key" is not secret (but "public api key", ExchangeSharp's PublicApiKey, is the API key).
            if (last == "key" && end >= 2 && (words[end - 2] == "public" || words[end - 2] == "pub")) return SecretKind.None;

            // "cancellationToken", "nextPageToken", "usdtErc20Token": not credentials.
            if (last == "token" && end >= 2)
            {
                var qualifier = end - 2;
                if (qualifier > 0 && IsNumber(words[qualifier])) qualifier--;   // erc 20 token
                if (NonSecretTokenQualifiers.Contains(words[qualifier])) return SecretKind.None;
            }

            foreach (var (phrase, kind) in BuiltInPhrases)
            {
                if (EndsWith(words, end, phrase)) return kind;
            }

            if (last == "pass" && (end == 1 || PassQualifiers.Contains(words[end - 2]) || ExchangeNames.IsExchangeWord(words[end - 2])))
                return SecretKind.Passphrase;

            if (last == "key" && end >= 2 && ExchangeNames.IsExchangeWord(words[end - 2])) return SecretKind.ApiKey;

            return SecretKind.None;
        }

        private static bool EndsWith(List<string> words, int end, string[] phrase)
        {
            if (phrase.Length > end) return false;
            for (var i = 0; i < phrase.Length; i++)
            {
                if (!string.Equals(words[end - phrase.Length + i], phrase[i], StringComparison.Ordinal)) return false;
            }

            return true;
        }

        private readonly struct NameFacts
        {
            public NameFacts(SecretKind kind, bool isSecretMember, bool isPin)
            {
                Kind = kind;
                IsSecretMember = isSecretMember;
                IsPin = isPin;
            }

            public SecretKind Kind { get; }

            public bool IsSecretMember { get; }

            public bool IsPin { get; }
        }

        private static bool IsNumber(string word)
        {
            foreach (var c in word)
            {
                if (!char.IsDigit(c)) return false;
            }

            return true;
        }
    }
}
