using System;
using System.Collections.Generic;
using System.Text;

namespace SecretsAnalyzers.Internal
{
    /// <summary>A credential found inside a larger string: what names it (never the value) and how long it is.</summary>
    internal readonly struct EmbeddedCredential
    {
        public EmbeddedCredential(string name, SecretKind kind, int length)
        {
            Name = name;
            Kind = kind;
            Length = length;
        }

        /// <summary>The key of the pair (<c>Password</c>, <c>api_key</c>) or a fixed description (<c>URL password</c>); never part of the secret.</summary>
        public string Name { get; }

        public SecretKind Kind { get; }

        /// <summary>The length of the secret part.</summary>
        public int Length { get; }
    }

    /// <summary>
    /// Finds credentials written inside ordinary strings, the way scanners read text rather than symbols:
    /// <c>key=value</c> pairs with a secret key (<c>Password=…</c>, <c>Pwd = …</c>, <c>api_key=…</c>, <c>?key=…</c>,
    /// <c>access_token=…</c>) in connection strings, query strings, command lines and messages; URL userinfo
    /// (<c>scheme://user:pass@host</c>); and <c>Authorization</c> header text (<c>Bearer …</c>, <c>Basic …</c> whose
    /// base64 decodes to <c>user:pass</c>). Only the secret part is judged, with the same value rules as a secret-named
    /// symbol (password-class keys accept any chosen value that is not a placeholder). Pure text: no symbols.
    /// </summary>
    internal static class EmbeddedCredentials
    {
        private const int MaxKeyLength = 40;

        /// <summary>Cheap pre-check: could <paramref name="v"/> hold a pair, userinfo or an authorization value?</summary>
        public static bool MayContain(string v) =>
            v.Length >= 5 && v.Length <= SecretValues.MaxInspectedLength &&
            (v.IndexOf('=') > 0 || v.IndexOf(':') > 0 || v.IndexOf("</", StringComparison.Ordinal) > 0 ||
             v.IndexOf("Bearer ", StringComparison.OrdinalIgnoreCase) >= 0 || v.IndexOf("Basic ", StringComparison.OrdinalIgnoreCase) >= 0);

        /// <summary>The first credential in <paramref name="v"/> whose secret part passes the value rules.</summary>
        public static bool TryFind(string v, SecretNameModel names, int minLength, double minEntropy, out EmbeddedCredential found)
        {
            found = default;
            if (!MayContain(v)) return false;
            return TryFindPair(v, names, minLength, minEntropy, out found) ||
                   TryFindColonPair(v, names, minLength, minEntropy, out found) ||
                   TryFindXmlElement(v, names, minLength, minEntropy, out found) ||
                   TryFindUserInfo(v, out found) ||
                   TryFindAuthorization(v, minLength, minEntropy, out found);
        }

        /// <summary>
        /// A Basic-auth pair <c>"user:pass"</c> (the argument that <c>Convert.ToBase64String(Encoding.X.GetBytes(…))</c> encodes):
        /// a non-empty user and a password that passes the password rules.
        /// </summary>
        public static bool TryFindBasicPair(string v, out EmbeddedCredential found)
        {
            found = default;
            var colon = v.IndexOf(':');
            if (colon <= 0 || colon == v.Length - 1 || SecretValues.HasWhitespace(v)) return false;
            var user = v.Substring(0, colon);
            var password = v.Substring(colon + 1);
            if (SecretValues.IsTemplate(user) || !SecretValues.LooksLikeChosenPassword(password, user)) return false;
            found = new EmbeddedCredential("Basic credentials", SecretKind.Password, password.Length);
            return true;
        }

        private static bool TryFindPair(string v, SecretNameModel names, int minLength, double minEntropy, out EmbeddedCredential found)
        {
            found = default;
            for (var eq = v.IndexOf('='); eq > 0 && eq < v.Length - 1; eq = v.IndexOf('=', eq + 1))
            {
                // Key: the word before '=' (spaces allowed around '='), starting the string or after a separator.
                var keyEnd = eq;
                while (keyEnd > 0 && (v[keyEnd - 1] == '+' || v[keyEnd - 1] == '?' || v[keyEnd - 1] == ':')) keyEnd--;   // make: +=, ?=, :=
                while (keyEnd > 0 && v[keyEnd - 1] == ' ') keyEnd--;
                var quotedKey = keyEnd > 1 && (v[keyEnd - 1] == '"' || v[keyEnd - 1] == '\'');
                if (quotedKey) keyEnd--;
                var keyStart = keyEnd;
                while (keyStart > 0 && IsKeyChar(v[keyStart - 1])) keyStart--;
                if (keyStart == keyEnd || keyEnd - keyStart > MaxKeyLength) continue;
                if (quotedKey && (keyStart == 0 || v[keyStart - 1] != v[keyEnd])) continue;
                if (keyStart > 0 && !IsSeparator(v[keyStart - 1])) continue;
                if (eq + 1 < v.Length && v[eq + 1] == '=') { eq++; continue; }   // "==" comparison, base64 padding

                // Value: up to the next separator, or a quoted run ("key" => "value" too).
                var valueStart = eq + 1;
                if (valueStart < v.Length && v[valueStart] == '>') valueStart++;
                while (valueStart < v.Length && v[valueStart] == ' ') valueStart++;
                if (valueStart >= v.Length) continue;
                int valueEnd;
                var quote = v[valueStart];
                if (quote == '\'' || quote == '"')
                {
                    valueStart++;
                    valueEnd = v.IndexOf(quote, valueStart);
                    if (valueEnd < 0) continue;
                }
                else
                {
                    valueEnd = ScanValue(v, valueStart);
                }

                if (valueEnd <= valueStart) continue;
                var key = v.Substring(keyStart, keyEnd - keyStart);
                var kind = ClassifyKey(key, names, keyStart > 0 && (v[keyStart - 1] == '?' || v[keyStart - 1] == '&'));
                if (kind == SecretKind.None || !IsPlainKey(key)) continue;
                var value = v.Substring(valueStart, valueEnd - valueStart);
                if (!IsSecretValue(value, key, kind, minLength, minEntropy)) continue;
                // Username=postgres;Password=postgres: a default pair, as "admin:admin" is for Basic credentials.
                if (kind == SecretKind.Password && IsUserValue(v, value)) continue;
                found = new EmbeddedCredential(key, kind, value.Length);
                return true;
            }

            return false;
        }

        /// <summary><paramref name="value"/> with its <c>%XX</c> escapes decoded (unchanged when it holds none or a malformed one).</summary>
        private static string PercentDecoded(string value)
        {
            for (var i = value.IndexOf('%'); i >= 0; i = value.IndexOf('%', i + 1))
            {
                if (i + 2 >= value.Length || !Uri.IsHexDigit(value[i + 1]) || !Uri.IsHexDigit(value[i + 2])) return value;
            }

            try
            {
                return Uri.UnescapeDataString(value);
            }
            catch (UriFormatException)
            {
                return value;
            }
        }

        /// <summary>The connection-string keys that name the user.</summary>
        private static readonly HashSet<string> UserKeys = new(StringComparer.OrdinalIgnoreCase) { "User", "Username", "User Id", "UserId", "User Name", "Uid" };

        /// <summary>True when a <c>;</c>-separated pair of <paramref name="v"/> names the user as <paramref name="value"/> (<see cref="UserKeys"/>).</summary>
        private static bool IsUserValue(string v, string value)
        {
            var start = 0;
            while (start < v.Length)
            {
                var end = v.IndexOf(';', start);
                if (end < 0) end = v.Length;
                var eq = v.IndexOf('=', start, end - start);
                if (eq > start)
                {
                    if (UserKeys.Contains(v.Substring(start, eq - start).Trim()) &&
                        v.Substring(eq + 1, end - eq - 1).Trim().Equals(value, StringComparison.OrdinalIgnoreCase))
                        return true;
                }

                start = end + 1;
            }

            return false;
        }

        private static SecretKind ClassifyKey(string key, SecretNameModel names, bool inQuery)
        {
            var kind = names.Classify(key);
            if (kind != SecretKind.None) return kind;
            switch (key.ToLowerInvariant())
            {
                case "key" when inQuery:
                case "accountkey":
                case "sharedaccesskey":
                    return SecretKind.ApiKey;
                case "pass":
                    return SecretKind.Password;
                default:
                    return SecretKind.None;
            }
        }

        private static bool IsSecretValue(string value, string key, SecretKind kind, int minLength, double minEntropy)
        {
            // A query value is URL-encoded: judge the text it stands for ("socket%20key" is two words, "device%3Atoken" a name).
            if (value.IndexOf('%') >= 0) value = PercentDecoded(value);
            if (value.Length == 0) return false;
            // SQL and command parameters stand for a value: @p, :pwd, $1, ?
            var c0 = value[0];
            if ((c0 == '@' || c0 == ':' || c0 == '$' || c0 == '?') && (value.Length == 1 || char.IsLetterOrDigit(value[1]))) return false;
            if (value.IndexOf('(') >= 0 || value.IndexOf(')') >= 0) return false;   // code: crypt(…), Mask(x)
            if (kind == SecretKind.Password || kind == SecretKind.Passphrase)
                return SecretValues.LooksLikeChosenPassword(value, key, SecretNameModel.IsPinName(key));
            if (kind == SecretKind.AccessToken && LooksLikeAddress(value)) return false;
            return SecretValues.LooksReal(value, kind, minLength, minEntropy);
        }

        /// <summary>
        /// JSON and YAML pairs: <c>"apiSecret": "…"</c>, <c>api_secret: …</c>. A password-class value must be quoted here
        /// (<c>Password: required</c> is prose); other values must look generated.
        /// </summary>
        private static bool TryFindColonPair(string v, SecretNameModel names, int minLength, double minEntropy, out EmbeddedCredential found)
        {
            found = default;
            for (var colon = v.IndexOf(':'); colon > 0 && colon < v.Length - 1; colon = v.IndexOf(':', colon + 1))
            {
                if (v[colon + 1] == '/' || v[colon + 1] == ':' || v[colon + 1] == '=') continue;   // URLs, C++/XAML scopes, :=
                var keyEnd = colon;
                var quotedKey = v[keyEnd - 1] == '"' || v[keyEnd - 1] == '\'';
                if (quotedKey) keyEnd--;
                var keyStart = keyEnd;
                while (keyStart > 0 && IsKeyChar(v[keyStart - 1])) keyStart--;
                if (keyStart == keyEnd || keyEnd - keyStart > MaxKeyLength) continue;
                if (quotedKey && (keyStart == 0 || v[keyStart - 1] != v[keyEnd])) continue;
                var before = quotedKey ? keyStart - 1 : keyStart;
                if (before > 0 && !IsSeparator(v[before - 1]) && v[before - 1] != ':') continue;

                var valueStart = colon + 1;
                while (valueStart < v.Length && (v[valueStart] == ' ' || v[valueStart] == '\t')) valueStart++;
                if (valueStart >= v.Length) continue;
                var quote = v[valueStart];
                var quoted = quote == '"' || quote == '\'';
                int valueEnd;
                if (quoted)
                {
                    valueStart++;
                    valueEnd = v.IndexOf(quote, valueStart);
                    if (valueEnd < 0) continue;
                }
                else
                {
                    valueEnd = ScanValue(v, valueStart);
                }

                if (valueEnd <= valueStart) continue;
                var key = v.Substring(keyStart, keyEnd - keyStart);
                var kind = ClassifyKey(key, names, inQuery: false);
                if (kind == SecretKind.None || !IsPlainKey(key)) continue;
                if (!quoted && (kind == SecretKind.Password || kind == SecretKind.Passphrase)) continue;
                var value = v.Substring(valueStart, valueEnd - valueStart);
                if (!IsSecretValue(value, key, kind, minLength, minEntropy)) continue;
                found = new EmbeddedCredential(key, kind, value.Length);
                return true;
            }

            return false;
        }

        /// <summary>An XML element whose name is a secret name: <c>&lt;apiSecret&gt;…&lt;/apiSecret&gt;</c>.</summary>
        private static bool TryFindXmlElement(string v, SecretNameModel names, int minLength, double minEntropy, out EmbeddedCredential found)
        {
            found = default;
            for (var close = v.IndexOf("</", StringComparison.Ordinal); close > 0; close = v.IndexOf("</", close + 2, StringComparison.Ordinal))
            {
                var nameEnd = v.IndexOf('>', close + 2);
                if (nameEnd < 0 || nameEnd - close - 2 > MaxKeyLength || nameEnd == close + 2) continue;
                var key = v.Substring(close + 2, nameEnd - close - 2);
                var open = v.LastIndexOf("<" + key + ">", close, StringComparison.Ordinal);
                if (open < 0) continue;
                var kind = ClassifyKey(key, names, inQuery: false);
                if (kind == SecretKind.None || !IsPlainKey(key)) continue;
                var value = v.Substring(open + key.Length + 2, close - open - key.Length - 2).Trim();
                if (value.Length == 0 || value.IndexOf('<') >= 0 || SecretValues.HasWhitespace(value)) continue;
                if (!IsSecretValue(value, key, kind, minLength, minEntropy)) continue;
                found = new EmbeddedCredential(key, kind, value.Length);
                return true;
            }

            return false;
        }

        /// <summary><c>user:pass@host</c> after <c>scheme://</c>; the user is not reported, the password is judged.</summary>
        private static bool TryFindUserInfo(string v, out EmbeddedCredential found)
        {
            found = default;
            for (var scheme = v.IndexOf("://", StringComparison.Ordinal); scheme > 0; scheme = v.IndexOf("://", scheme + 3, StringComparison.Ordinal))
            {
                var start = scheme + 3;
                var end = start;
                while (end < v.Length && v[end] != '/' && v[end] != '?' && v[end] != '#' && !char.IsWhiteSpace(v[end]) && v[end] != '"' && v[end] != '\'') end++;
                var at = v.LastIndexOf('@', end - 1, end - start);
                if (at <= start) continue;
                var colon = v.IndexOf(':', start, at - start);
                if (colon <= start || colon >= at - 1) continue;
                var password = v.Substring(colon + 1, at - colon - 1);
                var user = v.Substring(start, colon - start);
                if (SecretValues.IsTemplate(user) || SecretValues.IsTemplate(password)) continue;
                if (!SecretValues.LooksLikeChosenPassword(Uri.UnescapeDataString(password), user)) continue;
                found = new EmbeddedCredential("URL password", SecretKind.Password, password.Length);
                return true;
            }

            return false;
        }

        /// <summary><c>Bearer &lt;token&gt;</c> (optionally after <c>Authorization:</c>) or <c>Basic &lt;base64 of user:pass&gt;</c>.</summary>
        private static bool TryFindAuthorization(string v, int minLength, double minEntropy, out EmbeddedCredential found)
        {
            found = default;
            var bearer = v.IndexOf("Bearer ", StringComparison.OrdinalIgnoreCase);
            if (bearer >= 0 && (bearer == 0 || !char.IsLetterOrDigit(v[bearer - 1])))
            {
                var token = NextToken(v, bearer + 7);
                if (token.Length > 0 && !SecretValues.IsTemplate(token) && !LooksLikeAddress(token) &&
                    SecretValues.LooksReal(token, SecretKind.AccessToken, Math.Max(16, minLength), minEntropy))
                {
                    found = new EmbeddedCredential("Bearer token", SecretKind.AccessToken, token.Length);
                    return true;
                }
            }

            var basic = v.IndexOf("Basic ", StringComparison.OrdinalIgnoreCase);
            if (basic >= 0 && (basic == 0 || !char.IsLetterOrDigit(v[basic - 1])))
            {
                var token = NextToken(v, basic + 6);
                if (token.Length >= 8 && DecodeBase64(token) is { } decoded && TryFindBasicPair(decoded, out var pair))
                {
                    found = new EmbeddedCredential(pair.Name, pair.Kind, token.Length);
                    return true;
                }
            }

            return false;
        }

        private static string NextToken(string v, int start)
        {
            while (start < v.Length && v[start] == ' ') start++;
            var end = start;
            while (end < v.Length && !char.IsWhiteSpace(v[end]) && v[end] != '"' && v[end] != '\'' && v[end] != ',' && v[end] != ';') end++;
            return v.Substring(start, end - start);
        }

        private static string? DecodeBase64(string token)
        {
            if (token.Length % 4 != 0) return null;
            foreach (var c in token)
            {
                if (!(char.IsLetterOrDigit(c) || c == '+' || c == '/' || c == '=')) return null;
            }

            try
            {
                var bytes = Convert.FromBase64String(token);
                foreach (var b in bytes)
                {
                    if (b < 32 || b > 126) return null;
                }

                return Encoding.ASCII.GetString(bytes);
            }
            catch (FormatException)
            {
                return null;
            }
        }

        /// <summary>An Ethereum address (0x + 40 hex) or a base58 account/mint address: public, never a credential.</summary>
        public static bool LooksLikeAddress(string v)
        {
            if (v.Length == 42 && v[0] == '0' && (v[1] == 'x' || v[1] == 'X'))
            {
                for (var i = 2; i < v.Length; i++)
                {
                    var c = v[i];
                    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) return false;
                }

                return true;
            }

            if (v.Length < 32 || v.Length > 44) return false;
            foreach (var c in v)
            {
                var base58 = (c >= '1' && c <= '9') || (c >= 'A' && c <= 'Z' && c != 'I' && c != 'O') || (c >= 'a' && c <= 'z' && c != 'l');
                if (!base58) return false;
            }

            return true;
        }

        /// <summary>The end of an unquoted value: the next separator outside braces, so a hole (<c>{0}</c>, <c>{Token}</c>) stays whole.</summary>
        private static int ScanValue(string v, int start)
        {
            var end = start;
            var depth = 0;
            while (end < v.Length)
            {
                var c = v[end];
                if (c == '{' || c == '(' || c == '[') depth++;
                else if ((c == '}' || c == ')' || c == ']') && depth > 0) { depth--; end++; continue; }
                if (IsValueTerminator(c)) break;
                end++;
            }

            return end;
        }

        private static bool IsKeyChar(char c) => char.IsLetterOrDigit(c) || c == '_' || c == '-' || c == '.';

        /// <summary>A key written as a word: letters with '_', '-' or '.', digits only as a short suffix (never a random run).</summary>
        private static bool IsPlainKey(string key)
        {
            var digits = 0;
            foreach (var c in key)
            {
                if (char.IsDigit(c)) digits++;
                else if (digits > 0) return false;
            }

            return digits <= 2;
        }

        private static bool IsSeparator(char c) =>
            c == ';' || c == '&' || c == '?' || c == ',' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '"' || c == '\'' ||
            c == '{' || c == '(' || c == '[' || c == '|' || c == '/' || c == '-';

        private static bool IsValueTerminator(char c) =>
            c == ';' || c == '&' || c == ',' || c == '"' || c == '\'' || c == '#' || char.IsWhiteSpace(c) || c == '}' || c == ')' || c == ']' || c == '<';
    }
}
