using System;
using System.Text;
using System.Text.RegularExpressions;

namespace SecretsAnalyzers.Internal
{
    /// <summary>What made a literal match a credential shape, for the message and the fix (never the value).</summary>
    internal readonly struct ShapeMatch
    {
        public ShapeMatch(string format, string? exchange, SecretKind kind, bool selfIdentifying)
        {
            Format = format;
            Exchange = exchange;
            Kind = kind;
            SelfIdentifying = selfIdentifying;
        }

        /// <summary>"Kraken API secret format", "Gemini API key format", "EC private key (PEM)", …</summary>
        public string Format { get; }

        /// <summary>Display name of the exchange the format belongs to (for lookup names), or null.</summary>
        public string? Exchange { get; }

        public SecretKind Kind { get; }

        public bool SelfIdentifying { get; }

        public bool IsMatch => Format is not null;
    }

    /// <summary>
    /// The context a literal sits in, gathered by the caller (EXK103 from syntax, EXK105 from the key path).
    /// Context-dependent shapes need at least one signal; the weakest shapes (UUID, plain hex) need two.
    /// </summary>
    internal struct ShapeContext
    {
        /// <summary>The exchange named by the enclosing member, type, namespace, call or a nearby argument (display name).</summary>
        public string? Exchange;

        /// <summary>The literal is passed to a credential-shaped parameter or call (apiKey, secret, SetCredentials, Login…).</summary>
        public bool CredentialPosition;

        /// <summary>Another credential-shaped literal is passed to the same call (a key/secret pair).</summary>
        public bool Pair;

        /// <summary>Ethereum wallet context (Nethereum, Web3, wallet, account, private key signer).</summary>
        public bool Ethereum;

        /// <summary>Hashing or signature-verification code nearby (hash, digest, checksum, sha, expected…): hex is a digest there.</summary>
        public bool HashContext;

        /// <summary>The literal is part of a known-answer test (an assertion compares against an expected signature).</summary>
        public bool TestVector;

        /// <summary>The literal is an identifier (an order, trade or client id parameter, or an order/query call): UUID and hex shapes are ids there.</summary>
        public bool IdContext;

        /// <summary>The exchange word is in the very name the value is written to (<c>kucoinAccess = "…"</c>, <c>["bittrex"] = "…"</c>), as scanners' keyword rules require.</summary>
        public bool NamedExchange;

        /// <summary>A neighbouring declaration or initialiser member holds a value of the same random shape (a key and a secret side by side).</summary>
        public bool NeighbourPair;
    }

    /// <summary>
    /// The catalogue of exchange credential formats (exchange catalog A3, B2). Every check starts with
    /// <see cref="PassesGate"/> (length and alphabet, no allocation), then exact-shape tests by hand-written loops;
    /// the few regexes are static, compiled once and bounded by a timeout.
    /// </summary>
    internal static class CredentialShapes
    {
        public const int MinShapeLength = 18;
        public const int DefaultGenericMinLength = 20;
        public const double DefaultGenericMinEntropy = 3.5;

        private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(100);

        private static readonly Regex Gemini = new Regex(@"^(?:account|master)-[A-Za-z0-9]{20}$", RegexOptions.CultureInvariant, Timeout);
        private static readonly Regex CoinbaseKeyName = new Regex(
            @"^organizations/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/apiKeys/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$",
            RegexOptions.CultureInvariant, Timeout);
        private static readonly Regex Htx = new Regex(@"^[0-9a-z]{8}-[0-9a-z]{8}-[0-9a-z]{8}-[0-9a-z]{5}$", RegexOptions.CultureInvariant, Timeout);
        private static readonly Regex Telegram = new Regex(@"^[0-9]{8,10}:A[A-Za-z0-9_-]{34}$", RegexOptions.CultureInvariant, Timeout);
        private static readonly Regex DiscordWebhook = new Regex(
            @"^https://(?:ptb\.|canary\.)?discord(?:app)?\.com/api/webhooks/[0-9]{17,20}/[A-Za-z0-9_-]{60,68}/?$", RegexOptions.CultureInvariant, Timeout);
        private static readonly Regex SlackWebhook = new Regex(
            @"^https://hooks\.slack\.com/(?:services|workflows|triggers)/T[A-Z0-9]{8,12}/[AB][A-Z0-9]{8,12}/[A-Za-z0-9]{24,32}$", RegexOptions.CultureInvariant, Timeout);
        private static readonly Regex SlackToken = new Regex(@"^xox[abposr]-[0-9]{9,13}-[0-9A-Za-z-]{10,}$", RegexOptions.CultureInvariant, Timeout);
        private static readonly Regex Oanda = new Regex(@"^[0-9a-f]{32}-[0-9a-f]{32}$", RegexOptions.CultureInvariant, Timeout);
        private static readonly Regex Robinhood = new Regex(@"^rh-api-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", RegexOptions.CultureInvariant, Timeout);
        private static readonly Regex Poloniex = new Regex(@"^[0-9A-Z]{8}-[0-9A-Z]{8}-[0-9A-Z]{8}-[0-9A-Z]{8}$", RegexOptions.CultureInvariant, Timeout);
        private static readonly Regex PemLabel = new Regex(@"-----BEGIN ([A-Z0-9 ]{0,20})PRIVATE KEY-----", RegexOptions.CultureInvariant, Timeout);

        /// <summary>
        /// The cheap gate every literal passes before any shape check: 18 to 8192 characters, and either a single token
        /// of printable ASCII, a PEM block, or a run of lower-case words (a possible mnemonic).
        /// </summary>
        public static bool PassesGate(string? v)
        {
            if (v is null || v.Length < MinShapeLength || v.Length > SecretValues.MaxInspectedLength) return false;
            if (v.IndexOf("-----BEGIN", StringComparison.Ordinal) >= 0) return true;
            var spaces = 0;
            foreach (var c in v)
            {
                if (c == ' ') spaces++;
                else if (c < '!' || c > '~') return false;
            }

            if (spaces == 0) return true;
            return spaces >= 11 && spaces <= 40;   // 12..24 words
        }

        /// <summary>Formats that identify themselves anywhere: Gemini account-/master- keys, Bitget bg_, MEXC mx0v,
        /// Coinbase CDP key names, PEM private keys with a real body.</summary>
        public static ShapeMatch MatchSelfIdentifying(string v)
        {
            if (v.Length < MinShapeLength) return default;
            var c0 = v[0];
            if ((c0 == 'a' || c0 == 'm') && (v.Length == 28 || v.Length == 27) && HasDigit(v, 7) && IsMatch(Gemini, v) && !Suspicious(v.Substring(v.IndexOf('-') + 1)))
                return new ShapeMatch("Gemini API key format", "Gemini", SecretKind.ApiKey, true);
            if (c0 == 'b' && v.Length == 35 && v.StartsWith("bg_", StringComparison.Ordinal) && All(v, 3, CharSet.LowerHex) && !Suspicious(v.Substring(3)))
                return new ShapeMatch("Bitget API key format", "Bitget", SecretKind.ApiKey, true);
            if (c0 == 'm' && v.Length == 18 && v.StartsWith("mx0v", StringComparison.Ordinal) && All(v, 4, CharSet.Alnum) && HasDigit(v, 4) && !Suspicious(v.Substring(4)))
                return new ShapeMatch("MEXC API key format", "Mexc", SecretKind.ApiKey, true);
            if (c0 == 'o' && v.Length == 95 && IsMatch(CoinbaseKeyName, v))
                return new ShapeMatch("Coinbase CDP API key name format", "Coinbase", SecretKind.ApiKey, true);
            if (c0 == 'e' && v[1] == 'y' && v[2] == 'J' && IsSignedJwt(v))
                return new ShapeMatch("JSON Web Token format", null, SecretKind.AccessToken, true);
            if (c0 >= '0' && c0 <= '9' && v.Length >= 44 && v.Length <= 46 && IsMatch(Telegram, v) && !Suspicious(v.Substring(v.IndexOf(':') + 1)))
                return new ShapeMatch("Telegram bot token format", null, SecretKind.AccessToken, true);
            if (c0 == 'h' && v.IndexOf("/api/webhooks/", StringComparison.Ordinal) > 0 && IsMatch(DiscordWebhook, v) && !Suspicious(v.Substring(v.LastIndexOf('/', v.Length - 2) + 1)))
                return new ShapeMatch("Discord webhook URL with its token", null, SecretKind.AccessToken, true);
            if (c0 == 'h' && v.StartsWith("https://hooks.slack.com/", StringComparison.Ordinal) && IsMatch(SlackWebhook, v) && !Suspicious(v.Substring(v.LastIndexOf('/') + 1)))
                return new ShapeMatch("Slack webhook URL with its token", null, SecretKind.AccessToken, true);
            if (c0 == 'x' && v.StartsWith("xox", StringComparison.Ordinal) && IsMatch(SlackToken, v) && !Suspicious(v.Substring(5)))
                return new ShapeMatch("Slack token format", null, SecretKind.AccessToken, true);
            if (v.Length == 65 && v[32] == '-' && IsMatch(Oanda, v) && !Suspicious(v.Substring(0, 32)) && !Suspicious(v.Substring(33)))
                return new ShapeMatch("OANDA API token format", "OANDA", SecretKind.AccessToken, true);
            if (c0 == 'r' && v.Length == 43 && IsMatch(Robinhood, v))
                return new ShapeMatch("Robinhood Crypto API key format", "Robinhood", SecretKind.ApiKey, true);
            if (SecretValues.IsPemPrivateKey(v) && SecretValues.HasRealPemBody(v))
            {
                var label = "";
                try
                {
                    var m = PemLabel.Match(v);
                    if (m.Success) label = m.Groups[1].Value.Trim();
                }
                catch (RegexMatchTimeoutException)
                {
                }

                return new ShapeMatch(PemFormat(label), label == "EC" ? "Coinbase" : null, SecretKind.PrivateKey, true);
            }

            return default;
        }

        /// <summary>
        /// The message word for a PEM label, from a fixed vocabulary: the label itself is text from the secret's file
        /// and is never echoed ("-----BEGIN FAKEKEY123 PRIVATE KEY-----" is "private key (PEM)").
        /// </summary>
        internal static string PemFormat(string label)
        {
            switch (label)
            {
                case "": return "PKCS#8 private key (PEM)";
                case "RSA": return "RSA private key (PEM)";
                case "EC": return "EC private key (PEM)";
                case "DSA": return "DSA private key (PEM)";
                case "ENCRYPTED": return "ENCRYPTED private key (PEM)";
                case "OPENSSH": return "OPENSSH private key (PEM)";
                default: return "private key (PEM)";
            }
        }

        /// <summary>
        /// Context-dependent formats (Binance 64 alphanumeric, Kraken 56/88 base64, KuCoin 24 hex + UUID, OKX UUID +
        /// 32 upper hex, Bitfinex 43, BitMEX 24/48, Alpaca PK/AK, Ethereum private key, BIP-39 mnemonic, …) under the
        /// signals of <paramref name="context"/>.
        /// </summary>
        public static ShapeMatch MatchInContext(string v, in ShapeContext context)
        {
            if (context.TestVector) return default;
            var ex = context.Exchange;
            if (context.IdContext && (IsUuid(v) || All(v, 0, CharSet.Hex))) return default;
            var strong = context.CredentialPosition || context.Pair || context.NamedExchange && ex is not null;
            var any = strong || ex is not null || context.NeighbourPair;
            if (!any && !context.Ethereum) return default;
            var len = v.Length;

            // Mnemonic (spaces) first: the other shapes are single tokens.
            if (v.IndexOf(' ') >= 0)
            {
                if ((strong || context.Ethereum) && SecretValues.LooksLikeMnemonic(v) && !SecretValues.ContainsPlaceholderWord(v) && !LooksLikeProse(v))
                    return new ShapeMatch("BIP-39 mnemonic format", null, SecretKind.Mnemonic, false);
                return default;
            }

            if (Suspicious(v)) return default;

            // Alpaca key ids: PK/AK/CK + 18 or 24 upper alphanumerics.
            if ((len == 20 || len == 26) && (v[0] == 'P' || v[0] == 'A' || v[0] == 'C') && v[1] == 'K' && All(v, 2, CharSet.UpperAlnum) && HasDigit(v, 2) && HasLetter(v, 2)
                && (ex == "Alpaca" || strong))
                return new ShapeMatch("Alpaca API key ID format", "Alpaca", SecretKind.ApiKey, false);

            var hex = All(v, 0, CharSet.Hex);
            var ethHex = (len == 66 && v[0] == '0' && (v[1] == 'x' || v[1] == 'X') && All(v, 2, CharSet.Hex)) || (len == 64 && hex);
            // 32 bytes of hex are as often a hash (a transaction, a block, a topic, a trie root) as a key: an Ethereum
            // context alone does not make one a key, a credential position or pair does.
            if (ethHex && !context.HashContext && (context.Ethereum && strong || ex is null && strong && len == 66))
                return new ShapeMatch("Ethereum private key format", null, SecretKind.PrivateKey, false);

            switch (ex)
            {
                case "Binance":
                    if (len == 64 && All(v, 0, CharSet.Alnum) && Mixed(v)) return new ShapeMatch("Binance API key or secret format", ex, SecretKind.ApiKey, false);
                    break;
                case "Kraken":
                    if (len == 56 && All(v, 0, CharSet.Base64) && Mixed(v)) return new ShapeMatch("Kraken API key format", ex, SecretKind.ApiKey, false);
                    if (len == 88 && IsBase64Of64Bytes(v)) return new ShapeMatch("Kraken API secret format", ex, SecretKind.ApiSecret, false);
                    if (len >= 80 && len <= 90 && All(v, 0, CharSet.Base64Any) && HasDigit(v, 0) && HasLetter(v, 0) && strong && SecretValues.ShannonEntropy(v) >= 4.0)
                        return new ShapeMatch("Kraken access token format", ex, SecretKind.ApiSecret, false);
                    break;
                case "Coinbase":
                    if (len == 88 && IsBase64Of64Bytes(v)) return new ShapeMatch("Coinbase API secret format", ex, SecretKind.ApiSecret, false);
                    if (len == 64 && All(v, 0, CharSet.LowerUrlSafe) && HasDigit(v, 0) && HasLetter(v, 0) && !hex && strong && SecretValues.ShannonEntropy(v) >= 3.5)
                        return new ShapeMatch("Coinbase access token format", ex, SecretKind.AccessToken, false);
                    if (len == 32 && hex && strong && !context.HashContext) return new ShapeMatch("Coinbase Exchange API key format", ex, SecretKind.ApiKey, false);
                    break;
                case "Kucoin":
                    if (len == 24 && All(v, 0, CharSet.LowerHex) && strong && !context.HashContext) return new ShapeMatch("KuCoin API key format", ex, SecretKind.ApiKey, false);
                    if (len == 36 && IsUuid(v) && (context.Pair || context.NamedExchange) && !context.HashContext) return new ShapeMatch("KuCoin API secret format", ex, SecretKind.ApiSecret, false);
                    break;
                case "OKX":
                    if (len == 32 && All(v, 0, CharSet.UpperHex) && strong && !context.HashContext) return new ShapeMatch("OKX API secret format", ex, SecretKind.ApiSecret, false);
                    if (len == 36 && IsUuid(v) && context.Pair) return new ShapeMatch("OKX API key format", ex, SecretKind.ApiKey, false);
                    break;
                case "Bitfinex":
                    if (len == 43 && All(v, 0, CharSet.UrlSafe) && Mixed(v)) return new ShapeMatch("Bitfinex API key or secret format", ex, SecretKind.ApiKey, false);
                    break;
                case "BitMEX":
                    if (len == 24 && All(v, 0, CharSet.UrlSafe) && Mixed(v) && strong) return new ShapeMatch("BitMEX API key format", ex, SecretKind.ApiKey, false);
                    if (len == 48 && All(v, 0, CharSet.UrlSafe) && Mixed(v)) return new ShapeMatch("BitMEX API secret format", ex, SecretKind.ApiSecret, false);
                    break;
                case "Gemini":
                    if ((len == 27 || len == 28) && All(v, 0, CharSet.Alnum) && Mixed(v) && strong) return new ShapeMatch("Gemini API secret format", ex, SecretKind.ApiSecret, false);
                    break;
                case "Bybit":
                    if (len == 18 && All(v, 0, CharSet.Alnum) && Mixed(v) && strong) return new ShapeMatch("Bybit API key format", ex, SecretKind.ApiKey, false);
                    if (len == 36 && All(v, 0, CharSet.Alnum) && Mixed(v)) return new ShapeMatch("Bybit API secret format", ex, SecretKind.ApiSecret, false);
                    break;
                case "Alpaca":
                    if ((len == 40 || len == 44) && All(v, 0, CharSet.Alnum) && Mixed(v)) return new ShapeMatch("Alpaca API secret format", ex, SecretKind.ApiSecret, false);
                    break;
                case "HTX":
                    if (len == 32 && IsMatch(Htx, v) && HasDigit(v, 0)) return new ShapeMatch("HTX API key format", ex, SecretKind.ApiKey, false);
                    break;
                case "Bitget":
                case "GateIo":
                case "Mexc":
                    if ((len == 32 || len == 64) && All(v, 0, CharSet.LowerHex) && strong && !context.HashContext)
                        return new ShapeMatch((ex == "GateIo" ? "Gate" : ex == "Mexc" ? "MEXC" : ex) + " API secret format", ex, SecretKind.ApiSecret, false);
                    break;
                case "Bittrex":
                    if (len == 32 && All(v, 0, CharSet.LowerAlnum) && HasDigit(v, 0) && HasLetter(v, 0) && !context.HashContext && (strong || !hex))
                        return new ShapeMatch("Bittrex API key or secret format", ex, SecretKind.ApiKey, false);
                    break;
                case "Poloniex":
                    if (len == 35 && IsMatch(Poloniex, v) && HasDigit(v, 0) && HasLetter(v, 0)) return new ShapeMatch("Poloniex API key format", ex, SecretKind.ApiKey, false);
                    if (len == 128 && hex && strong && !context.HashContext) return new ShapeMatch("Poloniex API secret format", ex, SecretKind.ApiSecret, false);
                    break;
                case "CexIo":
                    if (len >= 24 && len <= 32 && All(v, 0, CharSet.Alnum) && Mixed(v) && strong) return new ShapeMatch("CEX.IO API key or secret format", ex, SecretKind.ApiKey, false);
                    break;
                case "FMFW":
                    if (len == 32 && All(v, 0, CharSet.UrlSafe) && Mixed(v) && strong) return new ShapeMatch("FMFW (HitBTC) API key or secret format", ex, SecretKind.ApiKey, false);
                    break;
                case "Luno":
                    if (len == 43 && All(v, 0, CharSet.UrlSafe) && Mixed(v)) return new ShapeMatch("Luno API secret format", ex, SecretKind.ApiSecret, false);
                    break;
                case "Tradier":
                    if (len == 28 && All(v, 0, CharSet.Alnum) && Mixed(v) && strong) return new ShapeMatch("Tradier access token format", ex, SecretKind.AccessToken, false);
                    break;
                case "OANDA":
                    if (len == 65 && IsMatch(Oanda, v)) return new ShapeMatch("OANDA API token format", ex, SecretKind.AccessToken, false);
                    break;
                case "Bitstamp":
                    if (len == 32 && All(v, 0, CharSet.Alnum) && Mixed(v) && strong) return new ShapeMatch("Bitstamp API key format", ex, SecretKind.ApiKey, false);
                    break;
            }

            if (!strong && !context.NeighbourPair) return default;

            // A credential call or pair without a named exchange: the unambiguous long formats still identify a key.
            if (len == 64 && All(v, 0, CharSet.Alnum) && Mixed(v) && !hex) return new ShapeMatch("64-character exchange API key format (Binance style)", ex, SecretKind.ApiKey, false);
            if (len == 88 && IsBase64Of64Bytes(v)) return new ShapeMatch("88-character base64 exchange secret format (Kraken style)", ex, SecretKind.ApiSecret, false);
            if (len == 56 && All(v, 0, CharSet.Base64) && Mixed(v) && !hex) return new ShapeMatch("56-character exchange API key format (Kraken style)", ex, SecretKind.ApiKey, false);
            if (len == 43 && All(v, 0, CharSet.UrlSafe) && Mixed(v)) return new ShapeMatch("43-character exchange key format (Bitfinex style)", ex, SecretKind.ApiKey, false);
            if (len == 48 && All(v, 0, CharSet.UrlSafe) && Mixed(v)) return new ShapeMatch("48-character exchange secret format (BitMEX style)", ex, SecretKind.ApiSecret, false);
            return default;
        }

        /// <summary>
        /// A generic high-entropy token in a credential context (gitleaks' generic-api-key idea): a single token of at least
        /// <paramref name="minLength"/> characters with at least <paramref name="minEntropy"/> bits per character that is not
        /// an id, hash, GUID, URL, path, JWT fixture, base64 of ordinary text, version or number.
        /// </summary>
        public static ShapeMatch MatchGeneric(string v, in ShapeContext context, int minLength, double minEntropy)
        {
            if (context.TestVector || context.IdContext || !context.CredentialPosition) return default;
            if (v.Length < minLength || !IsTokenAlphabet(v)) return default;
            if (IsNotASecretToken(v, context)) return default;
            if (SecretValues.IsPlaceholder(v, minLength)) return default;
            if (SecretValues.ShannonEntropy(v) < minEntropy) return default;
            return new ShapeMatch("high-entropy credential token", context.Exchange, SecretKind.None, false);
        }

        /// <summary>
        /// Cheap pre-check before any context is gathered: could <paramref name="v"/> match a context-dependent format
        /// (a known length in its alphabet, or a run of words) or the generic rule (long and diverse enough)?
        /// </summary>
        public static bool CouldMatchInContext(string v, int genericMinLength, double genericMinEntropy)
        {
            if (v.IndexOf(' ') >= 0) return v.Length >= 36 && SecretValues.LooksLikeMnemonic(v);
            switch (v.Length)
            {
                case 18: case 20: case 24: case 25: case 26: case 27: case 28: case 29: case 30: case 31: case 32: case 35: case 36:
                case 40: case 43: case 44: case 48: case 56: case 64: case 65: case 66: case 80: case 81: case 82: case 83: case 84:
                case 85: case 86: case 87: case 88: case 89: case 90: case 128:
                    if (All(v, 0, CharSet.Base64Any)) return true;
                    break;
            }

            return v.Length >= genericMinLength && IsTokenAlphabet(v) && SecretValues.ShannonEntropy(v) >= genericMinEntropy && !IsNotASecretToken(v, default);
        }

        /// <summary>The alphabet of API tokens (gitleaks' generic rule: word characters, '.', '=', '-', plus base64's '+' and '/').
        /// Format strings, query strings, URLs, timestamps and prose fall outside it.</summary>
        public static bool IsTokenAlphabet(string v)
        {
            foreach (var c in v)
            {
                if (!(In(c, CharSet.Base64Any) || c == '.' || c == '~')) return false;
            }

            return true;
        }

        /// <summary>Does the value fit (by length and alphabet) one of the context-dependent exchange formats or a mnemonic?</summary>
        public static bool FitsAContextShape(string v)
        {
            if (v.IndexOf(' ') >= 0) return v.Length >= 36 && SecretValues.LooksLikeMnemonic(v);
            switch (v.Length)
            {
                case 18: case 20: case 24: case 25: case 26: case 27: case 28: case 29: case 30: case 31: case 32: case 35: case 36:
                case 40: case 43: case 44: case 48: case 56: case 64: case 65: case 66: case 80: case 81: case 82: case 83: case 84:
                case 85: case 86: case 87: case 88: case 89: case 90: case 128:
                    return All(v, 0, CharSet.Base64Any);
                default:
                    return false;
            }
        }

        /// <summary>
        /// Two values that look like one generated credential pair: the same length (32 or more), the token alphabet, not
        /// hex, not a UUID, diverse, different, not placeholders (<c>const string A = "…64…"; const string B = "…64…";</c>).
        /// </summary>
        public static bool IsSameRandomShape(string a, string b)
        {
            if (a.Length != b.Length || a.Length < 32 || a.Length > 256 || string.Equals(a, b, StringComparison.Ordinal)) return false;
            return IsRandomToken(a) && IsRandomToken(b);
        }

        private static bool IsRandomToken(string v) =>
            All(v, 0, CharSet.Base64Any) && !All(v, 0, CharSet.Hex) && !IsUuid(v) && Mixed(v) && SecretValues.ShannonEntropy(v) >= 4.0 && !Suspicious(v) && !IsBase64OfText(v);

        /// <summary>Ids, hashes, GUIDs, URLs, paths, JWTs, base64 of ordinary text, dotted names, numbers.</summary>
        public static bool IsNotASecretToken(string v, in ShapeContext context)
        {
            if (v.IndexOf("://", StringComparison.Ordinal) >= 0 || v.IndexOf('/') >= 0 && v.IndexOf('/') == v.LastIndexOf('/') && v.Length > 0 && v[0] == '/') return true;
            if (v.IndexOf('\\') >= 0 || v.IndexOf('@') > 0 && v.IndexOf('.') > 0) return true;   // Windows paths, e-mail addresses
            if (IsUuid(v) || (v.Length == 38 && v[0] == '{' && IsUuid(v.Substring(1, 36)))) return true;
            if (All(v, 0, CharSet.Hex) && (v.Length == 32 || v.Length == 40 || v.Length == 64 || v.Length == 96 || v.Length == 128)) return true;  // digests
            if (context.HashContext && All(v, 0, CharSet.Hex)) return true;
            if (All(v, 0, CharSet.Digits)) return true;
            if (v.StartsWith("eyJ", StringComparison.Ordinal) && Count(v, '.') == 2) return context.TestVector || context.HashContext;
            if (Count(v, '.') >= 2 && !v.StartsWith("eyJ", StringComparison.Ordinal)) return true;   // versions, host names, namespaces
            if (IsRoutePath(v)) return true;
            if (IsBase64OfText(v)) return true;
            return false;
        }

        /// <summary>
        /// A relative route of words and versions (<c>1.0/Account/LoginApi</c>, <c>api/v3/order/test</c>): two or more
        /// slashes, every segment letters (with - _ .), a version or a number. Base64 with slashes mixes letters and digits.
        /// </summary>
        private static bool IsRoutePath(string v)
        {
            if (Count(v, '/') < 2) return false;
            var start = 0;
            for (var i = 0; i <= v.Length; i++)
            {
                if (i < v.Length && v[i] != '/') continue;
                int letters = 0, digits = 0;
                for (var j = start; j < i; j++)
                {
                    var c = v[j];
                    if (char.IsLetter(c)) letters++;
                    else if (char.IsDigit(c)) digits++;
                    else if (c is not ('-' or '_' or '.')) return false;
                }

                // a word, a number or version (1.0, 42), or a short version tag (v3)
                if (letters > 0 && digits > 0 && !(i - start <= 3 && (v[start] is 'v' or 'V'))) return false;
                start = i + 1;
            }

            return true;
        }

        /// <summary>True when a base64 (or base64url) value decodes to mostly printable text with spaces: ordinary text, not key bytes.</summary>
        public static bool IsBase64OfText(string v)
        {
            if (v.Length < 12 || v.Length > 4096 || !All(v, 0, CharSet.Base64Any)) return false;
            var s = v.Replace('-', '+').Replace('_', '/').TrimEnd('=');
            var pad = (4 - s.Length % 4) % 4;
            if (pad == 3) return false;
            byte[] bytes;
            try
            {
                bytes = Convert.FromBase64String(s + new string('=', pad));
            }
            catch (FormatException)
            {
                return false;
            }

            if (bytes.Length == 0) return false;
            var printable = 0;
            var letters = 0;
            foreach (var b in bytes)
            {
                if (b == 9 || b == 10 || b == 13 || (b >= 32 && b < 127)) printable++;
                if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || b == ' ') letters++;
            }

            return printable == bytes.Length && letters >= bytes.Length * 0.6;
        }

        /// <summary>
        /// A signed JWT: three base64url parts, a header that decodes to JSON naming an <c>alg</c> other than <c>none</c>, a
        /// JSON payload, and a signature of at least 16 characters. The jwt.io documentation example (John Doe) is not one.
        /// </summary>
        public static bool IsSignedJwt(string v)
        {
            if (v.Length < 36 || v.Length > 8192) return false;
            var dot1 = v.IndexOf('.');
            var dot2 = dot1 < 0 ? -1 : v.IndexOf('.', dot1 + 1);
            if (dot1 < 10 || dot2 < 0 || v.IndexOf('.', dot2 + 1) >= 0 || v.Length - dot2 - 1 < 16) return false;
            for (var i = 0; i < v.Length; i++)
            {
                if (i != dot1 && i != dot2 && !In(v[i], CharSet.UrlSafe) && v[i] != '=') return false;
            }

            var header = DecodeBase64Url(v.Substring(0, dot1));
            var payload = DecodeBase64Url(v.Substring(dot1 + 1, dot2 - dot1 - 1));
            if (header is null || payload is null || header.IndexOf("\"alg\"", StringComparison.Ordinal) < 0 || payload.Length < 2 || payload[0] != '{') return false;
            if (header.IndexOf("\"none\"", StringComparison.OrdinalIgnoreCase) >= 0) return false;
            return payload.IndexOf("John Doe", StringComparison.Ordinal) < 0 && !Suspicious(v.Substring(dot2 + 1));
        }

        private static string? DecodeBase64Url(string part)
        {
            var s = part.Replace('-', '+').Replace('_', '/').TrimEnd('=');
            var pad = (4 - s.Length % 4) % 4;
            if (pad == 3) return null;
            try
            {
                return Encoding.UTF8.GetString(Convert.FromBase64String(s + new string('=', pad)));
            }
            catch (FormatException)
            {
                return null;
            }
        }

        /// <summary>Lower- or upper-case UUID.</summary>
        public static bool IsUuid(string v)
        {
            if (v.Length != 36) return false;
            for (var i = 0; i < 36; i++)
            {
                var c = v[i];
                if (i == 8 || i == 13 || i == 18 || i == 23)
                {
                    if (c != '-') return false;
                }
                else if (!IsHex(c))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsBase64Of64Bytes(string v) =>
            v.Length == 88 && v[86] == '=' && v[87] == '=' && All(v.Substring(0, 86), 0, CharSet.Base64NoPad) && Mixed(v);

        /// <summary>Values a real key never is: placeholders (catalog E1) and scanner stop-words.</summary>
        private static bool Suspicious(string v) =>
            SecretValues.ContainsPlaceholderWord(v) ||
            v.IndexOf("abcde", StringComparison.OrdinalIgnoreCase) >= 0 ||
            v.IndexOf("00000", StringComparison.Ordinal) >= 0 ||
            v.IndexOf("aaaaaa", StringComparison.OrdinalIgnoreCase) >= 0 ||
            v.IndexOf("sample", StringComparison.OrdinalIgnoreCase) >= 0 ||
            SecretValues.IsPlaceholder(v, 1);

        private static bool LooksLikeProse(string v)
        {
            // Common English function words are rare in BIP-39 phrases: "the", "and", "of", "to", "is", "with".
            var hits = 0;
            foreach (var w in v.Split(' '))
            {
                switch (w)
                {
                    case "the": case "and": case "with": case "that": case "this": case "from": case "have": case "will":
                    case "when": case "your": case "for": case "are": case "not":
                        hits++;
                        break;
                }
            }

            return hits >= 2;
        }

        private static bool IsMatch(Regex regex, string v)
        {
            try
            {
                return regex.IsMatch(v);
            }
            catch (RegexMatchTimeoutException)
            {
                return false;
            }
        }

        [Flags]
        private enum CharSet
        {
            Digits = 1,
            Lower = 2,
            Upper = 4,
            LowerHexLetters = 8,
            UpperHexLetters = 16,
            PlusSlash = 32,
            Equals = 64,
            DashUnderscore = 128,
            Alnum = Digits | Lower | Upper,
            UpperAlnum = Digits | Upper,
            LowerHex = Digits | LowerHexLetters,
            UpperHex = Digits | UpperHexLetters,
            Hex = LowerHex | UpperHex,
            Base64NoPad = Alnum | PlusSlash,
            Base64 = Alnum | PlusSlash | Equals,
            UrlSafe = Alnum | DashUnderscore,
            LowerAlnum = Digits | Lower,
            LowerUrlSafe = Digits | Lower | DashUnderscore,
            Base64Any = Base64 | DashUnderscore,
        }

        private static bool All(string v, int start, CharSet set)
        {
            if (start >= v.Length) return false;
            for (var i = start; i < v.Length; i++)
            {
                if (!In(v[i], set)) return false;
            }

            return true;
        }

        private static bool In(char c, CharSet set)
        {
            if (c >= '0' && c <= '9') return (set & CharSet.Digits) != 0;
            if (c >= 'a' && c <= 'z') return (set & CharSet.Lower) != 0 || ((set & CharSet.LowerHexLetters) != 0 && c <= 'f');
            if (c >= 'A' && c <= 'Z') return (set & CharSet.Upper) != 0 || ((set & CharSet.UpperHexLetters) != 0 && c <= 'F');
            if (c == '+' || c == '/') return (set & CharSet.PlusSlash) != 0;
            if (c == '=') return (set & CharSet.Equals) != 0;
            if (c == '-' || c == '_') return (set & CharSet.DashUnderscore) != 0;
            return false;
        }

        private static bool IsHex(char c) => (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');

        private static bool HasDigit(string v, int start)
        {
            for (var i = start; i < v.Length; i++)
            {
                if (v[i] >= '0' && v[i] <= '9') return true;
            }

            return false;
        }

        private static bool HasLetter(string v, int start)
        {
            for (var i = start; i < v.Length; i++)
            {
                if (char.IsLetter(v[i])) return true;
            }

            return false;
        }

        /// <summary>Upper, lower and digit all present: random keys have all three, identifiers and words rarely do.</summary>
        private static bool Mixed(string v)
        {
            bool upper = false, lower = false, digit = false;
            foreach (var c in v)
            {
                if (c >= 'A' && c <= 'Z') upper = true;
                else if (c >= 'a' && c <= 'z') lower = true;
                else if (c >= '0' && c <= '9') digit = true;
            }

            return upper && lower && digit;
        }

        private static int Count(string v, char c)
        {
            var n = 0;
            foreach (var x in v)
            {
                if (x == c) n++;
            }

            return n;
        }

        /// <summary>Builds a human description of a value for messages: its length only.</summary>
        public static string Describe(string v) => new StringBuilder().Append(v.Length).Append(" characters").ToString();
    }
}
