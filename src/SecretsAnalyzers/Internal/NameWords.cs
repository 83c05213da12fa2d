using System.Collections.Generic;

namespace SecretsAnalyzers.Internal
{
    /// <summary>
    /// Splits identifiers and configuration keys into lower-case words: camelCase, PascalCase, snake_case,
    /// kebab-case, dotted and colon-separated keys (<c>Binance:ApiSecret</c> → binance, api, secret), and
    /// ALL-CAPS runs (<c>APIKey</c> → api, key). Compound words that people write as one (<c>apikey</c>,
    /// <c>privatekey</c>, <c>passphrase</c>) are expanded so that every spelling matches the same phrase.
    /// </summary>
    internal static class NameWords
    {
        private static readonly Dictionary<string, string[]> Compounds = new Dictionary<string, string[]>
        {
            ["apikey"] = new[] { "api", "key" },
            ["apikeys"] = new[] { "api", "keys" },
            ["apisecret"] = new[] { "api", "secret" },
            ["apisecretkey"] = new[] { "api", "secret", "key" },
            ["apipass"] = new[] { "api", "pass" },
            ["apipassphrase"] = new[] { "api", "passphrase" },
            ["apitoken"] = new[] { "api", "token" },
            ["secretkey"] = new[] { "secret", "key" },
            ["privatekey"] = new[] { "private", "key" },
            ["privkey"] = new[] { "private", "key" },
            ["accesskey"] = new[] { "access", "key" },
            ["accesstoken"] = new[] { "access", "token" },
            ["authtoken"] = new[] { "auth", "token" },
            ["bearertoken"] = new[] { "bearer", "token" },
            ["refreshtoken"] = new[] { "refresh", "token" },
            ["clientsecret"] = new[] { "client", "secret" },
            ["signingkey"] = new[] { "signing", "key" },
            ["hmackey"] = new[] { "hmac", "key" },
            ["seedphrase"] = new[] { "seed", "phrase" },
            ["keyid"] = new[] { "key", "id" },
            ["apikeyid"] = new[] { "api", "key", "id" },
            ["secretname"] = new[] { "secret", "name" },
            ["pass_phrase"] = new[] { "passphrase" },
            ["idtoken"] = new[] { "id", "token" },
            ["sessiontoken"] = new[] { "session", "token" },
            ["bottoken"] = new[] { "bot", "token" },
            ["webhooktoken"] = new[] { "webhook", "token" },
            ["webhooksecret"] = new[] { "webhook", "secret" },
            ["oauthtoken"] = new[] { "oauth", "token" },
            ["usertoken"] = new[] { "user", "token" },
            ["jwttoken"] = new[] { "jwt", "token" },
            ["authkey"] = new[] { "auth", "key" },
            ["signaturekey"] = new[] { "signature", "key" },
            ["twofa"] = new[] { "twofa" },
            ["totpsecret"] = new[] { "totp", "secret" },
            ["totpseed"] = new[] { "totp", "seed" },
            ["otpsecret"] = new[] { "otp", "secret" },
        };

        /// <summary>
        /// The words of <paramref name="name"/>, lower-case, compounds expanded. One lower-case copy of the name at most
        /// (none when it is lower-case already) and one substring per word (none for a one-word name).
        /// </summary>
        public static List<string> Split(string name)
        {
            var words = new List<string>(4);
            var lower = LowerInvariant(name);
            var start = -1;
            for (var i = 0; i < name.Length; i++)
            {
                var c = name[i];
                if (!char.IsLetterOrDigit(c))
                {
                    if (start >= 0) AddWord(words, lower, start, i);
                    start = -1;
                    continue;
                }

                if (start < 0)
                {
                    start = i;
                    continue;
                }

                var prev = name[i - 1];
                var boundary =
                    (char.IsUpper(c) && char.IsLower(prev)) ||                      // apiKey
                    (char.IsUpper(c) && char.IsUpper(prev) && i + 1 < name.Length && char.IsLower(name[i + 1])) || // APIKey
                    char.IsDigit(c) != char.IsDigit(prev);                                    // apiKey2, key2Name
                if (boundary)
                {
                    AddWord(words, lower, start, i);
                    start = i;
                }
            }

            if (start >= 0) AddWord(words, lower, start, name.Length);
            return words;
        }

        private static void AddWord(List<string> words, string lower, int start, int end)
        {
            var word = start == 0 && end == lower.Length ? lower : lower.Substring(start, end - start);
            if (Compounds.TryGetValue(word, out var parts)) words.AddRange(parts);
            else words.Add(word);
        }

        /// <summary><paramref name="name"/> itself when it has no character that lower-casing changes, else its lower-case copy.</summary>
        private static string LowerInvariant(string name)
        {
            foreach (var c in name)
            {
                if (c < 0x80 ? c >= 'A' && c <= 'Z' : char.ToLowerInvariant(c) != c) return name.ToLowerInvariant();
            }

            return name;
        }
    }
}
