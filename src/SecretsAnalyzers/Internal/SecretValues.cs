using System;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace SecretsAnalyzers.Internal
{
    /// <summary>
    /// Answers "is this value a real-looking secret or a placeholder?" (catalog E1, E2). Cheap checks run first:
    /// length, then character classes, then the word lists, then entropy. Nothing here allocates for the common
    /// case of a short or ordinary string.
    /// </summary>
    internal static class SecretValues
    {
        public const int DefaultMinLength = 8;
        public const int MaxInspectedLength = 8192;

        private static readonly string[] PlaceholderWords =
        {
            "your", "my-", "my_", "example", "sample", "placeholder", "replace", "changeme", "change_me", "change-me",
            "insert", "dummy", "todo", "xxx", "***", "...", "\u2026", "here", "hier", "demo", "redacted", "notset", "not-set", "not_set", "unknown", "secret_", "_secret", "apikey", "api_key",
            "api-key", "password", "passphrase", "privatekey", "private_key", "private key",
        };

        private static readonly string[] NullishValues =
        {
            "null", "none", "undefined", "true", "false", "nil", "empty", "n/a", "na", "tbd", "default",
        };

        /// <summary>The words that mark a value as fake when the rest of it is not random (see <see cref="IsFakeWordValue"/>).</summary>
        private static readonly string[] FakeWords = { "fake", "test", "mock", "stub" };

        /// <summary>
        /// True when the value is a placeholder (catalog E1): empty, templated, a known sample word, a single repeated
        /// character, an ordered sequence, an identifier (all letters, ALL_CAPS env-var names, config keys), a URL,
        /// a path, or too short to be any credential.
        /// </summary>
        public static bool IsPlaceholder(string? value, int minLength = DefaultMinLength)
        {
            if (value is null) return true;

            // Several rules ask about the same literal in a row (value gates of EXK101/EXK102/EXK103, shapes, names): keep
            // this thread's last answers, so each value's placeholder tests run about once.
            var cache = ThreadPlaceholderAnswers ??= new (string?, int, bool)[128];
            ref var answer = ref cache[(value.GetHashCode() & 0x7fffffff) % cache.Length];
            if (answer.Value is not null && answer.MinLength == minLength && string.Equals(answer.Value, value, StringComparison.Ordinal)) return answer.Result;
            var result = ComputeIsPlaceholder(value, minLength);
            answer = (value, minLength, result);
            return result;
        }

        [ThreadStatic]
        private static (string? Value, int MinLength, bool Result)[]? ThreadPlaceholderAnswers;

        private static bool ComputeIsPlaceholder(string value, int minLength)
        {
            var v = value.Trim();
            if (v.Length < minLength) return true;
            if (v.Length > MaxInspectedLength) return false;

            if (IsTemplate(v)) return true;
            if (IsEncryptedEnvelope(v)) return true;

            foreach (var n in NullishValues)
            {
                if (string.Equals(v, n, StringComparison.OrdinalIgnoreCase)) return true;
            }

            if (IsIdentifierLike(v) || IsMarkedName(v)) return true;
            if (IsEnvironmentVariableName(v)) return true;
            if (v.IndexOf("://", StringComparison.Ordinal) >= 0) return true;
            if (LooksLikePath(v)) return true;

            if (ContainsPlaceholderWord(v)) return true;
            if (IsFakeWordValue(v)) return true;
            if (DominantCharShare(v) >= 0.6) return true;
            if (IsOrderedSequence(v)) return true;
            return false;
        }

        /// <summary>
        /// True for a value that is a secret by its look: not a placeholder, at least <paramref name="minLength"/>
        /// long, a single token (no spaces, except a mnemonic or a PEM block) and diverse enough
        /// (Shannon entropy at least <paramref name="minEntropy"/> bits per character).
        /// </summary>
        public static bool LooksReal(string? value, SecretKind kind = SecretKind.None, int minLength = DefaultMinLength, double minEntropy = 2.5)
        {
            if (value is null) return false;
            var v = value.Trim();
            if (v.Length < minLength) return false;
            if (IsPemPrivateKey(v)) return HasRealPemBody(v);
            if (kind == SecretKind.Mnemonic || LooksLikeMnemonic(v)) return LooksLikeMnemonic(v) && !ContainsPlaceholderWord(v);
            if (HasWhitespace(v)) return false;
            if (IsPlaceholder(v, minLength)) return false;
            return ShannonEntropy(v) >= minEntropy;
        }

        /// <summary>Known sample literals that stand for a credential without being one (catalog E1).</summary>
        private static readonly string[] SampleLiterals =
        {
            "key", "secret", "pass", "pwd", "passwd", "pin", "token", "auth", "bearer", "jwt", "credential", "credentials", "creds",
            "the_api_key", "key-name", "x", "y", "z", "value", "abc", "foo", "bar", "baz",
        };

        /// <summary>
        /// True when <paramref name="v"/> is, or contains, a template hole whose delimiters enclose an identifier:
        /// <c>{Name}</c>, <c>{0}</c>, <c>{0:X2}</c>, <c>${VAR}</c>, <c>${{ secrets.KEY }}</c>, <c>{{ var }}</c>, <c>$(Prop)</c>,
        /// <c>%VAR%</c>, and as the whole value <c>&lt;your key&gt;</c>, <c>[API_KEY]</c>, <c>@VAR@</c>, <c>$VAR</c>.
        /// A random string that merely contains <c>{</c>, <c>$</c> or <c>%</c> is not a template.
        /// </summary>
        public static bool IsTemplate(string v)
        {
            if (v.Length < 2) return false;
            var first = v[0];
            var last = v[v.Length - 1];
            if ((first == '<' && last == '>') || (first == '[' && last == ']') || (first == '@' && last == '@'))
                return IsHoleName(v, 1, v.Length - 1, allowSpaces: true);
            if (first == '$' && v.Length > 1 && (char.IsLetter(v[1]) || v[1] == '_') && IsHoleName(v, 1, v.Length, allowSpaces: false))
                return true;

            for (var i = 0; i < v.Length; i++)
            {
                var c = v[i];
                if (c == '{')
                {
                    var open = i + 1;
                    if (open < v.Length && v[open] == '{') open++;
                    var close = v.IndexOf('}', open);
                    if (close > open && IsHoleName(v, open, close, allowSpaces: true, allowFormat: true)) return true;
                }
                else if (c == '$' && i + 1 < v.Length && v[i + 1] == '(')
                {
                    var close = v.IndexOf(')', i + 2);
                    if (close > i + 2 && IsHoleName(v, i + 2, close, allowSpaces: false)) return true;
                }
                else if (c == '%')
                {
                    var close = v.IndexOf('%', i + 1);
                    // %VAR% as the whole value (%appdata%), or an ALL_CAPS %VAR% inside a longer string ("50%off%" is not one).
                    if (close > i + 2 && IsHoleName(v, i + 1, close, allowSpaces: false) && HasLetter(v, i + 1, close) &&
                        (i == 0 && close == v.Length - 1 || IsUpperName(v, i + 1, close))) return true;
                }
            }

            return false;
        }

        /// <summary>Is <c>v[start..end)</c> (trimmed) an identifier path (<c>VAR</c>, <c>secrets.KEY</c>, <c>0</c>, <c>0:X2</c>, <c>name,-10</c>)?</summary>
        private static bool IsHoleName(string v, int start, int end, bool allowSpaces, bool allowFormat = false)
        {
            while (start < end && v[start] == ' ' && allowSpaces) start++;
            while (end > start && v[end - 1] == ' ' && allowSpaces) end--;
            if (end <= start || end - start > 64) return false;
            var head = v[start];
            if (!(char.IsLetterOrDigit(head) || head == '_')) return false;
            var format = false;
            for (var i = start; i < end; i++)
            {
                var c = v[i];
                if (format) continue;   // {0:X2}, {amount,10:N2}: anything after the format separator
                if (char.IsLetterOrDigit(c) || c == '_' || c == '.' || c == '-') continue;
                if (allowFormat && (c == ':' || c == ',') && i > start) { format = true; continue; }
                if (allowSpaces && c == ' ') continue;
                return false;
            }

            // {0}, {12}: a positional hole; otherwise the name must hold a letter.
            return HasLetter(v, start, end) || !format && AllDigits(v, start, end) || format;
        }

        private static bool HasLetter(string v, int start, int end)
        {
            for (var i = start; i < end; i++)
            {
                if (char.IsLetter(v[i])) return true;
            }

            return false;
        }

        private static bool IsUpperName(string v, int start, int end)
        {
            for (var i = start; i < end; i++)
            {
                var c = v[i];
                if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) return false;
            }

            return true;
        }

        private static bool AllDigits(string v, int start, int end)
        {
            for (var i = start; i < end; i++)
            {
                if (!char.IsDigit(v[i])) return false;
            }

            return end > start;
        }

        /// <summary>
        /// Password-class values (password, passwd, pwd, passphrase, PIN): people choose them, so any value that is not a
        /// placeholder is a secret, with no length or entropy gate. Not secrets: empty values, prompts and
        /// labels (<c>"Password:"</c>, <c>"Enter your passphrase"</c>, anything with spaces), masks and single punctuation
        /// (<c>"*"</c>), the sample letters <c>x</c>, <c>y</c>, <c>z</c>, a value equal to the name,
        /// templates and format strings with holes, resource keys (<c>Login.Password</c>), env-var names, known sample
        /// words and masks (<c>****</c>). A PIN (<paramref name="pin"/>) is 4 to 12 digits.
        /// </summary>
        public static bool LooksLikeChosenPassword(string? value, string? name, bool pin = false)
        {
            if (value is null) return false;
            var v = value.Trim();
            if (v.Length == 0 || v.Length > MaxInspectedLength || v.Length != value.Length) return false;
            if (pin)
            {
                if (v.Length < 4 || v.Length > 12) return false;
                foreach (var c in v)
                {
                    if (c < '0' || c > '9') return false;
                }

                return DominantCharShare(v) < 0.75;
            }

            if (HasWhitespace(v)) return LooksLikeMnemonic(v) && !ContainsPlaceholderWord(v);
            var lastChar = v[v.Length - 1];
            if (lastChar == ':' || lastChar == '?') return false;
            foreach (var n in NullishValues)
            {
                if (string.Equals(v, n, StringComparison.OrdinalIgnoreCase)) return false;
            }

            foreach (var sample in SampleLiterals)
            {
                if (string.Equals(v, sample, StringComparison.OrdinalIgnoreCase)) return false;
            }

            if (name is not null && SameLetters(v, name)) return false;
            if (IsTemplate(v) || IsEncryptedEnvelope(v)) return false;
            if (v.IndexOf("://", StringComparison.Ordinal) >= 0 || LooksLikePath(v)) return false;
            if (IsResourceKey(v)) return false;
            if (IsEnvironmentVariableName(v) && v.IndexOf('_') >= 0) return false;
            if (IsCapitalsNamingACredential(v)) return false;
            if (ContainsPlaceholderWord(v) || IsFakeWordValue(v)) return false;
            if (IsPunctuationOnly(v) || v.Length >= 3 && DominantCharShare(v) >= 0.75) return false;
            return true;
        }

        private static readonly string[] CredentialWords = { "PASS", "PWD", "KEY", "SECRET", "TOKEN", "PIN" };

        /// <summary>Capital letters only, naming a credential (<c>APIPASS</c>, <c>MYPASSWORD</c>, <c>APISECRET</c>): a label, not a choice.</summary>
        private static bool IsCapitalsNamingACredential(string v)
        {
            if (v.Length < 4) return false;
            foreach (var c in v)
            {
                if (c < 'A' || c > 'Z') return false;
            }

            foreach (var word in CredentialWords)
            {
                if (v.IndexOf(word, StringComparison.Ordinal) >= 0) return true;
            }

            return false;
        }

        /// <summary>The letters and digits of both strings are the same, ignoring case (<c>"db_password"</c> in <c>DbPassword</c>).</summary>
        private static bool SameLetters(string a, string b)
        {
            int i = 0, j = 0;
            while (true)
            {
                while (i < a.Length && !char.IsLetterOrDigit(a[i])) i++;
                while (j < b.Length && !char.IsLetterOrDigit(b[j])) j++;
                if (i == a.Length || j == b.Length) return i == a.Length && j == b.Length;
                if (char.ToLowerInvariant(a[i]) != char.ToLowerInvariant(b[j])) return false;
                i++;
                j++;
            }
        }

        /// <summary>A dotted or colon-separated identifier path used as a resource or configuration key: <c>Login.Password</c>, <c>auth:pwd</c>.</summary>
        private static bool IsResourceKey(string v)
        {
            var separators = 0;
            foreach (var c in v)
            {
                if (c == '.' || c == ':' || c == '/') separators++;
                else if (!(char.IsLetter(c) || c == '_' || c == '-')) return false;
            }

            return separators > 0;
        }

        private static bool IsPunctuationOnly(string v)
        {
            foreach (var c in v)
            {
                if (char.IsLetterOrDigit(c)) return false;
            }

            return true;
        }

        public static bool ContainsPlaceholderWord(string v)
        {
            foreach (var word in PlaceholderWords)
            {
                if (v.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0) return true;
            }

            return false;
        }

        public static bool HasWhitespace(string v)
        {
            foreach (var c in v)
            {
                if (char.IsWhiteSpace(c)) return true;
            }

            return false;
        }

        /// <summary>Letters and separators only (<c>BinanceSecret</c>, <c>binance-api-secret</c>, <c>Binance:ApiSecret</c>, <c>X-MBX-APIKEY</c>).</summary>
        public static bool IsIdentifierLike(string v)
        {
            foreach (var c in v)
            {
                if (!(char.IsLetter(c) || c == '_' || c == '.' || c == '-' || c == ':' || c == '/' || c == ' ')) return false;
            }

            return true;
        }

        /// <summary>
        /// A value stored encrypted, not in the clear: <c>ENC:…</c>, <c>ENC(…)</c> (Jasypt), <c>ENC[AES256_GCM,…]</c> (SOPS),
        /// OpenSSL's salted base64 (<c>U2FsdGVkX1…</c>, "Salted__"). Its key lives elsewhere; the ciphertext leaks nothing.
        /// </summary>
        public static bool IsEncryptedEnvelope(string v) =>
            v.StartsWith("ENC:", StringComparison.OrdinalIgnoreCase) || v.StartsWith("ENC(", StringComparison.OrdinalIgnoreCase) ||
            v.StartsWith("ENC[", StringComparison.Ordinal) || v.StartsWith("U2FsdGVkX1", StringComparison.Ordinal);

        /// <summary>
        /// A name of words with one short letter-and-digit mark (<c>CB-2FA-Token</c>, <c>X-API-KEY-V2</c>, <c>auth.v1.token</c>):
        /// two or more words of letters and one segment of at most three characters that mixes letters and digits.
        /// </summary>
        public static bool IsMarkedName(string v)
        {
            if (v.Length > 64) return false;
            int words = 0, marks = 0, start = 0;
            for (var i = 0; i <= v.Length; i++)
            {
                if (i < v.Length && char.IsLetterOrDigit(v[i])) continue;
                if (i < v.Length && v[i] is not ('-' or '_' or '.' or ':' or '/' or ' ')) return false;
                var length = i - start;
                if (length == 0) return false;
                int letters = 0;
                for (var j = start; j < i; j++) if (char.IsLetter(v[j])) letters++;
                if (letters == length) words++;
                else if (length <= 3 && letters > 0) marks++;
                else return false;
                start = i + 1;
            }

            return words >= 2 && marks == 1;
        }

        /// <summary>An ALL_CAPS environment-variable name such as <c>BINANCE_API_SECRET</c> or <c>API_KEY_2</c>.</summary>
        public static bool IsEnvironmentVariableName(string v)
        {
            if (v.Length == 0 || !(v[0] >= 'A' && v[0] <= 'Z')) return false;
            var hasUnderscoreOrIsWord = false;
            foreach (var c in v)
            {
                if (c == '_') hasUnderscoreOrIsWord = true;
                else if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return false;
            }

            // An all-caps run of letters and digits without '_' could be a real key (Alpaca PK…): env names have '_'
            // or no digits at all.
            if (!hasUnderscoreOrIsWord)
            {
                foreach (var c in v)
                {
                    if (c >= '0' && c <= '9') return false;
                }
            }

            return true;
        }

        private static bool LooksLikePath(string v)
        {
            if (v[0] == '/' && v.IndexOf('/', 1) > 0) return true;
            if (v.StartsWith("~/", StringComparison.Ordinal) || v.StartsWith("./", StringComparison.Ordinal) || v.StartsWith("../", StringComparison.Ordinal)) return true;
            if (v.Length > 2 && char.IsLetter(v[0]) && v[1] == ':' && (v[2] == '\\' || v[2] == '/')) return true;
            if (v.StartsWith("\\\\", StringComparison.Ordinal)) return true;
            var dot = v.LastIndexOf('.');
            if (dot > 0 && v.Length - dot <= 5)
            {
                var ext = v.Substring(dot + 1).ToLowerInvariant();
                switch (ext)
                {
                    case "json": case "pem": case "key": case "txt": case "env": case "xml": case "pfx": case "p12":
                    case "cs": case "dll": case "exe": case "config": case "yaml": case "yml": case "crt": case "cer":
                        return true;
                }
            }

            return false;
        }

        /// <summary>
        /// "fake-api-key", "TestSecret123", "mock_passphrase": a fake word with little else. A value that only starts
        /// with FAKE/TEST but continues with a long random tail is not a placeholder (test suites plant such keys on
        /// purpose, and a real key may contain these letters by chance).
        /// </summary>
        private static bool IsFakeWordValue(string v)
        {
            foreach (var word in FakeWords)
            {
                var index = v.IndexOf(word, StringComparison.OrdinalIgnoreCase);
                if (index < 0) continue;
                var rest = v.Remove(index, word.Length);
                var randomChars = 0;
                foreach (var c in rest)
                {
                    if (char.IsLetterOrDigit(c)) randomChars++;
                }

                var restCore = rest.Trim('-', '_', '.', ' ');
                if (randomChars < 12 || IsIdentifierLike(restCore) || ShannonEntropy(restCore) < 3.0) return true;
            }

            return false;
        }

        private static double DominantCharShare(string v)
        {
            if (v.Length == 0) return 1;
            Span<int> counts = stackalloc int[128];
            var max = 0;
            var other = 0;
            foreach (var c in v)
            {
                if (c == '-' || c == '_') continue;
                if (c < 128)
                {
                    var n = ++counts[c];
                    if (n > max) max = n;
                }
                else
                {
                    other++;
                }
            }

            var total = 0;
            foreach (var c in v)
            {
                if (c != '-' && c != '_') total++;
            }

            return total == 0 ? 1 : (double)Math.Max(max, 0) / total;
        }

        /// <summary>"123456789", "abcdefgh", "ABCDEF012345": mostly ascending (or descending) neighbours.</summary>
        private static bool IsOrderedSequence(string v)
        {
            if (v.Length < 6) return false;
            var steps = 0;
            for (var i = 1; i < v.Length; i++)
            {
                var d = v[i] - v[i - 1];
                if (d == 1 || d == -1 || (v[i - 1] == '9' && v[i] == '0') || (v[i - 1] == '9' && (v[i] == 'a' || v[i] == 'A'))) steps++;
            }

            return steps >= (v.Length - 1) * 0.7;
        }

        /// <summary>
        /// Shannon entropy in bits per character, one pass with a stack histogram: the one entropy function of the
        /// package (EXK102, EXK103, EXK105 and the credential shapes). Non-ASCII characters are counted each on its own,
        /// in a dictionary created only when one occurs.
        /// </summary>
        public static double ShannonEntropy(string s)
        {
            if (string.IsNullOrEmpty(s)) return 0;
            Span<int> counts = stackalloc int[128];
            System.Collections.Generic.Dictionary<char, int>? others = null;
            foreach (var c in s)
            {
                if (c < 128)
                {
                    counts[c]++;
                }
                else
                {
                    others ??= new System.Collections.Generic.Dictionary<char, int>();
                    others[c] = others.TryGetValue(c, out var n) ? n + 1 : 1;
                }
            }

            double entropy = 0;
            double len = s.Length;
            foreach (var n in counts)
            {
                if (n == 0) continue;
                var p = n / len;
                entropy -= p * Math.Log(p, 2);
            }

            if (others is null) return entropy;
            foreach (var n in others.Values)
            {
                var p = n / len;
                entropy -= p * Math.Log(p, 2);
            }

            return entropy;
        }

        public static bool IsPemPrivateKey(string v) =>
            v.IndexOf("-----BEGIN", StringComparison.Ordinal) >= 0 &&
            v.IndexOf("PRIVATE KEY", StringComparison.Ordinal) >= 0;

        /// <summary>A PEM block whose body (between the markers, with real or escaped newlines) holds at least 64 base64 characters.</summary>
        public static bool HasRealPemBody(string v)
        {
            var begin = v.IndexOf("-----BEGIN", StringComparison.Ordinal);
            var afterHeader = v.IndexOf("-----", begin + 10, StringComparison.Ordinal);
            if (afterHeader < 0) return false;
            afterHeader += 5;
            var end = v.IndexOf("-----END", afterHeader, StringComparison.Ordinal);
            if (end < 0) end = v.Length;
            var base64 = 0;
            var bad = 0;
            for (var i = afterHeader; i < end; i++)
            {
                var c = v[i];
                if (c == '\\' && i + 1 < end && (v[i + 1] == 'n' || v[i + 1] == 'r')) { i++; continue; }
                if (char.IsWhiteSpace(c)) continue;
                if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/' || c == '=') base64++;
                else if (c != ':' && c != ',' && c != '-') bad++;
            }

            var body = v.Substring(afterHeader, end - afterHeader);
            return base64 >= 64 && bad == 0 && !IsPlaceholderPemBody(body);
        }

        private static bool IsPlaceholderPemBody(string body)
        {
            foreach (var word in PlaceholderWords)
            {
                if (word.Length > 2 && body.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0) return true;
            }

            return DominantCharShare(body.Replace("\\n", "").Replace("\n", "")) >= 0.6;
        }

        /// <summary>12, 15, 18, 21 or 24 lower-case words of 3 to 8 letters (the shape of a BIP-39 mnemonic).</summary>
        public static bool LooksLikeMnemonic(string v)
        {
            // Shape first, without allocating: only spaces and a-z between the trimmed ends, the right word count and lengths.
            var start = 0;
            var end = v.Length;
            while (start < end && char.IsWhiteSpace(v[start])) start++;
            while (end > start && char.IsWhiteSpace(v[end - 1])) end--;
            var count = 0;
            var wordLength = 0;
            for (var i = start; i <= end; i++)
            {
                if (i == end || v[i] == ' ')
                {
                    if (wordLength == 0) continue;
                    if (wordLength < 3 || wordLength > 8) return false;
                    count++;
                    wordLength = 0;
                    continue;
                }

                if (v[i] < 'a' || v[i] > 'z') return false;
                wordLength++;
            }

            if (count != 12 && count != 15 && count != 18 && count != 21 && count != 24) return false;
            var parts = v.Substring(start, end - start).Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
            var distinct = new System.Collections.Generic.HashSet<string>(parts, StringComparer.Ordinal);
            return distinct.Count >= parts.Length * 0.75;
        }

        // ---------------- Published documentation example keys (catalog E2) ----------------

        private static readonly (int Length, byte[] Sha256, string Origin)[] PublicExamples =
        {
            (64, Hex("5ba1ed8425baaa72d558afddb8aaacdfe29ad0dc1a44dae76640127e83626d29"), "the Binance API documentation (example API key)"),
            (64, Hex("23e9efa3ced6e70c7f2dbe0d08295f18f94b0cbd5c6026677e3bc51897ee31f2"), "the Binance API documentation (example secret)"),
            (24, Hex("ce93dfaaa78576ca5341a58eb9695ebd305ca56468d0d14a4fb771c0f771a5e1"), "the KuCoin API documentation (example key)"),
            (36, Hex("ec11591eafd9f5b2a3d8335399141f1a08e1dd4d87377df4b3c663e5bd53aba4"), "the KuCoin API documentation (example secret)"),
            (28, Hex("12a0a8b3150e58e7314463245c2eb704714837ce5b608f607e2da8a4fc80a16a"), "the KuCoin API documentation (example passphrase)"),
            (32, Hex("477a08c0eb19eedcfbcaaf28687d05fd4854161e23ecce1b8836a4ece1d880e9"), "the OKX API documentation (example secret)"),
            (10, Hex("4604edee7c9ac20bfe8182e9de1038a2078018e9f50582f28e0c1023870c03b6"), "the Deribit API documentation (example client_id)"),
            (32, Hex("3b86a0c9508a2de58cc9405a6bbb8b81d51aeaf55b16aa64768969906a8b25ff"), "the Deribit API documentation (example client_secret)"),
            (88, Hex("98c0adc16caa135bf2c8732f2558ae4e3e03443c4d1a20b8974fed384ad505d8"), "the Kraken API documentation (example private key)"),
            // The first five accounts every Hardhat and Anvil node funds from the published "test … junk" mnemonic: known to
            // everyone, drained on sight on a real chain; with and without the 0x prefix.
            (66, Hex("60a09e4357868c1e9b801052726d061c370429f723db84523ed58ac354f6eb8a"), "the Hardhat and Anvil default development accounts (private key #0)"),
            (64, Hex("bc1a50966c9e6486bc4ebf880b51611a2a97fcb8e7a6976e9b81a9e3e8ca0e3c"), "the Hardhat and Anvil default development accounts (private key #0)"),
            (66, Hex("095101cf732c298a0ce0320b9de704209cdd8640b70d8fdf4e5be51aa2eb272e"), "the Hardhat and Anvil default development accounts (private key #1)"),
            (64, Hex("8335c55334821eefd4334369ff9c04a8594f161013cf9d87f58802d87297837e"), "the Hardhat and Anvil default development accounts (private key #1)"),
            (66, Hex("bb4978fbe7638de8e6ee13d9a59a5fb047beb0f0ee059fe166541b1f96b6af63"), "the Hardhat and Anvil default development accounts (private key #2)"),
            (64, Hex("b26ab6529d20ebebb4192256f202984754f785481c64b1a1aed58cac93b3617e"), "the Hardhat and Anvil default development accounts (private key #2)"),
            (66, Hex("f02322197a196ceb746aa52cee2a869abf0fe231c4d6d050a8a5f02c6625a1d4"), "the Hardhat and Anvil default development accounts (private key #3)"),
            (64, Hex("64034b44c579b335ab5e85debbfe72789e970138cc8d296799c3833a2a8525fb"), "the Hardhat and Anvil default development accounts (private key #3)"),
            (66, Hex("5de22089c247b9b2722ec5c33498e6bc481b1faba85f4da957f8b84679fcf88c"), "the Hardhat and Anvil default development accounts (private key #4)"),
            (64, Hex("4d3e46eec8244d1d106f866ee48994f6176705298aee1b8426b2ad2529eb454b"), "the Hardhat and Anvil default development accounts (private key #4)"),
        };

        // One hasher and one byte buffer per thread: a SHA256 instance is not thread-safe, and creating one per value was
        // most of this check's cost.
        [ThreadStatic] private static SHA256? ThreadSha256;
        [ThreadStatic] private static byte[]? ThreadUtf8;

        /// <summary>
        /// True when the value is a key published in an exchange's documentation (recognised by SHA-256 fingerprint;
        /// the values themselves are never stored). <paramref name="origin"/> names the document.
        /// </summary>
        public static bool IsPublicExampleKey(string? value, out string origin)
        {
            origin = "";
            if (value is null) return false;
            var lengthMatches = false;
            foreach (var example in PublicExamples)
            {
                if (example.Length == value.Length) { lengthMatches = true; break; }
            }

            if (!lengthMatches) return false;

            // The same literal is asked about by several rules (value gates, EXK101/102/103, at once and at symbol end): the
            // answer stays with the string instance (a literal's value is one instance for every rule that reads it), so
            // each value is hashed once.
            var found = (int)ExampleAnswersByInstance.GetValue(value, MatchBoxed);
            if (found < 0) return false;
            origin = PublicExamples[found].Origin;
            return true;
        }

        private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string, object> ExampleAnswersByInstance = new();

        /// <summary>-1 (no example) and every example index, boxed once.</summary>
        private static readonly object[] BoxedExamples = Enumerable.Range(-1, PublicExamples.Length + 1).Select(i => (object)i).ToArray();

        private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string, object>.CreateValueCallback MatchBoxed = v => BoxedExamples[Match(v) + 1];

        /// <summary>The index of the public example whose SHA-256 <paramref name="value"/> has, or -1.</summary>
        private static int Match(string value)
        {
            var buffer = ThreadUtf8;
            var max = Encoding.UTF8.GetMaxByteCount(value.Length);
            if (buffer is null || buffer.Length < max) ThreadUtf8 = buffer = new byte[Math.Max(max, 256)];
            var count = Encoding.UTF8.GetBytes(value, 0, value.Length, buffer, 0);
            var hash = (ThreadSha256 ??= SHA256.Create()).ComputeHash(buffer, 0, count);
            for (var i = 0; i < PublicExamples.Length; i++)
            {
                if (PublicExamples[i].Length == value.Length && SameBytes(PublicExamples[i].Sha256, hash)) return i;
            }

            return -1;
        }

        private static bool SameBytes(byte[] a, byte[] b)
        {
            if (a.Length != b.Length) return false;
            for (var i = 0; i < a.Length; i++)
            {
                if (a[i] != b[i]) return false;
            }

            return true;
        }

        private static byte[] Hex(string hex)
        {
            var bytes = new byte[hex.Length / 2];
            for (var i = 0; i < bytes.Length; i++) bytes[i] = Convert.ToByte(hex.Substring(i * 2, 2), 16);
            return bytes;
        }
    }
}
