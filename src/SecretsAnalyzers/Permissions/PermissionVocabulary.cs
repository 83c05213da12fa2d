using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using SecretsAnalyzers.Internal;

namespace SecretsAnalyzers.Permissions
{
    /// <summary>The four permission classes of an exchange API key, in the order the rules list them.</summary>
    [Flags]
    internal enum KeyPermission
    {
        None = 0,
        Read = 1,
        Trade = 2,
        Transfer = 4,
        Withdraw = 8,
    }

    /// <summary>What one scope or permission token grants.</summary>
    internal enum GrantKind
    {
        None,
        Transfer,
        Withdraw,
        Wildcard,
    }

    /// <summary>
    /// The permission vocabulary of catalog C: scope tokens (Coinbase OAuth, Deribit, Bitfinex), permission names
    /// (Bybit, KuCoin, HTX, MEXC, OKX, BitMEX), boolean grant names (Binance, Bybit.Net parameters, the project's own
    /// flags) and the <c>granted_permissions</c> option. Pure string logic; no symbols.
    /// </summary>
    internal static class PermissionVocabulary
    {
        public const string GrantedPermissionsKey = Options.OptionKeys.GrantedPermissions;

        private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(100);

        /// <summary>Separators of scope and permission lists: comma, space, plus, pipe, semicolon.</summary>
        public static readonly char[] ListSeparators = { ',', ' ', '+', '|', ';', '\t', '\n', '\r' };

        /// <summary>Boolean REST parameters that grant a transfer or withdrawal (query, form or JSON): name then true.</summary>
        public static readonly Regex BooleanGrant = new Regex(
            "(?<name>canUniversalTransfer|enableWithdrawals|enableInternalTransfer|permitsUniversalTransfer|canTransfer|canWithdraw)\"?\\s*[:=]\\s*\"?(?<value>true|1)\\b",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout);

        /// <summary>A permission list in a REST body: <c>perm=read_only,withdraw</c>, <c>"permission":"General,Transfer"</c>.</summary>
        public static readonly Regex PermissionList = new Regex(
            "\\b(?<name>perm|perms|permission|permissions)\"?\\s*[:=]\\s*\"?(?<value>[A-Za-z_,:+ *]+)",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout);

        /// <summary>A Bybit permission group in JSON: <c>"Wallet":["AccountTransfer","SubMemberTransfer"]</c>.</summary>
        public static readonly Regex WalletGroup = new Regex(
            "\"Wallet\"\\s*:\\s*\\[(?<value>[^\\]]*)\\]",
            RegexOptions.CultureInvariant, Timeout);

        /// <summary>The <c>scope=</c> parameter of an authorize URL.</summary>
        public static readonly Regex ScopeParameter = new Regex(
            "[?&]scope=(?<value>[^&#\"]*)",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout);

        /// <summary>A JSON <c>"scope": "…"</c> property (Deribit <c>public/auth</c>, OAuth token requests).</summary>
        public static readonly Regex ScopeJson = new Regex(
            "\"scope\"\\s*:\\s*\"(?<value>[^\"]*)\"",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout);

        /// <summary>Coinbase OAuth <c>account=all</c>.</summary>
        public static readonly Regex AccountAll = new Regex(
            "[?&]account=all\\b",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout);

        /// <summary>Catalog C key-management REST endpoints (create, edit, modify keys and their permissions or IPs).</summary>
        private static readonly string[] KeyManagementPaths =
        {
            "/sapi/v1/sub-account/subAccountApi",
            "/sapi/v2/sub-account/subAccountApi",
            "/sapi/v1/broker/subAccountApi",
            "/sapi/v2/broker/subAccountApi",
            "/v5/user/create-sub-api",
            "/v5/user/update-api",
            "/v5/user/update-sub-api",
            "/api/v5/users/subaccount/apikey",
            "/api/v5/users/subaccount/modify-apikey",
            "/api/v1/sub/api-key",
            "/v2/sub-user/api-key-generation",
            "/v2/sub-user/api-key-modification",
            "/api/v3/sub-account/apiKey",
            "private/create_api_key",
            "private/edit_api_key",
        };

        /// <summary>True when <paramref name="text"/> names a key-management endpoint of catalog C (Gate: /sub_accounts/{id}/keys).</summary>
        public static bool IsKeyManagementEndpoint(string text)
        {
            if (text.Length < 10) return false;
            foreach (var path in KeyManagementPaths)
            {
                if (text.IndexOf(path, StringComparison.OrdinalIgnoreCase) >= 0) return true;
            }

            var gate = text.IndexOf("/sub_accounts/", StringComparison.OrdinalIgnoreCase);
            return gate >= 0 && text.IndexOf("/keys", gate, StringComparison.OrdinalIgnoreCase) > gate;
        }

        /// <summary>True when a literal may hold a REST body or query worth parsing (cheap pre-check).</summary>
        public static bool MayHoldRestGrant(string text) =>
            text.IndexOf("transfer", StringComparison.OrdinalIgnoreCase) >= 0 ||
            text.IndexOf("withdraw", StringComparison.OrdinalIgnoreCase) >= 0 ||
            text.IndexOf("perm", StringComparison.OrdinalIgnoreCase) >= 0;

        /// <summary>Classifies one scope or permission token (already trimmed).</summary>
        public static GrantKind Classify(string token)
        {
            if (token.Length == 0) return GrantKind.None;
            var t = token.Trim('"', '\'', '[', ']', '{', '}').ToLowerInvariant();
            if (t.Length == 0) return GrantKind.None;

            switch (t)
            {
                case "*":
                case "all":
                case "full":
                case "fullaccess":
                case "full_access":
                case "full-access":
                case "admin":
                case "administrator":
                case "*:*":
                case "account=all":
                    return GrantKind.Wildcard;
            }

            if (t.EndsWith(":*", StringComparison.Ordinal) || t.EndsWith(".*", StringComparison.Ordinal)) return GrantKind.Wildcard;

            // Read-only variants never grant movement of funds: wallet:withdrawals:read, SPOT_TRANSFER_READ, wallet:read.
            if (t.EndsWith(":read", StringComparison.Ordinal) || t.EndsWith("_read", StringComparison.Ordinal) ||
                t.EndsWith("read_only", StringComparison.Ordinal) || t.EndsWith("readonly", StringComparison.Ordinal) ||
                t.EndsWith("history", StringComparison.Ordinal) || t.EndsWith("records", StringComparison.Ordinal))
                return GrantKind.None;

            // Paxos-style actions name the verb first: transfer:read_transfer reads, transfer:write_crypto_withdrawal moves funds.
            var action = t.LastIndexOf(':') + 1;
            if (action > 0 && (string.CompareOrdinal(t, action, "read_", 0, 5) == 0 || string.CompareOrdinal(t, action, "view_", 0, 5) == 0) &&
                t.IndexOf("write", action, StringComparison.Ordinal) < 0)   // Deribit's read_write still writes
                return GrantKind.None;

            if (t == "wallet:read_write" || t == "wallets:write" || t == "wallets") return GrantKind.Transfer;
            if (t == "wallet:transactions:send" || t == "wallet:withdrawals:create" || t == "crypto:send" || t == "fiat:send") return GrantKind.Withdraw;
            if (t.IndexOf("withdraw", StringComparison.Ordinal) >= 0) return GrantKind.Withdraw;
            if (t.IndexOf("transfer", StringComparison.Ordinal) >= 0) return GrantKind.Transfer;
            return GrantKind.None;
        }

        /// <summary>Words a scope or permission token of catalog C is made of; a message prints a token only when it is
        /// built from these (joined by <c>: _ - .</c>, or run together as in <c>SubMemberTransferList</c>).</summary>
        private static readonly HashSet<string> ScopeWords = new HashSet<string>(StringComparer.Ordinal)
        {
            "access", "account", "accounts", "address", "addresses", "admin", "administrator", "all", "any", "api", "apply",
            "asset", "assets", "block", "buy", "buys", "can", "capital", "contract", "copy", "create", "crypto", "custody",
            "deal", "deposit", "deposits", "derivatives", "earn", "email", "enable", "enabled", "everything", "exchange",
            "fiat", "flex", "full", "fund", "funding", "funds", "futures", "general", "history", "inner", "internal", "key",
            "keys", "list", "main", "manage", "management", "margin", "master", "member", "members", "only", "options",
            "order", "orders", "perm", "permission", "permissions", "permit", "permits", "position", "positions", "read",
            "request", "scope", "scopes", "sell", "sells", "send", "settings", "spot", "sub", "trade", "trades", "trading",
            "transaction", "transactions", "transfer", "transfers", "ui", "universal", "user", "wallet", "wallets",
            "withdraw", "withdrawal", "withdrawals", "withdraws", "write",
        };

        /// <summary>
        /// True when <paramref name="token"/> is made only of scope vocabulary (<c>wallet:withdrawals:create</c>,
        /// <c>SPOT_TRANSFER_WRITE</c>, <c>AccountTransfer</c>, <c>*</c>, <c>account=all</c>). Text glued to a scope
        /// (<c>withdrawFAKEKEY123</c>) is not, so it is never echoed in a message or a fix property.
        /// </summary>
        public static bool IsVocabulary(string token)
        {
            var t = token.Trim('"', '\'', '[', ']', '{', '}').ToLowerInvariant();
            if (t.Length == 0 || t.Length > 64) return false;
            var start = 0;
            for (var i = 0; i <= t.Length; i++)
            {
                if (i < t.Length && t[i] >= 'a' && t[i] <= 'z') continue;
                if (i < t.Length && t[i] != ':' && t[i] != '_' && t[i] != '-' && t[i] != '.' && t[i] != '=' && t[i] != '*') return false;
                if (i < t.Length && t[i] == '*' && !(i == start && (i + 1 == t.Length || t[i + 1] == ':' || t[i + 1] == '.'))) return false;
                if (i > start && !IsRunOfScopeWords(t, start, i)) return false;
                start = i + 1;
            }

            return true;
        }

        /// <summary>What a message says for <paramref name="token"/>: the token itself when it is scope vocabulary, else the grant's generic name.</summary>
        public static string Display(string token, GrantKind kind) =>
            IsVocabulary(token) ? token.Trim('"', '\'', '[', ']', '{', '}') : GrantName(kind);

        /// <summary>True when t[start, end) splits into scope words ("submembertransferlist").</summary>
        private static bool IsRunOfScopeWords(string t, int start, int end)
        {
            // reachable[i]: t[start, start + i) is a run of words. Tokens are at most 64 characters.
            var length = end - start;
            var reachable = new bool[length + 1];
            reachable[0] = true;
            for (var i = 0; i < length; i++)
            {
                if (!reachable[i]) continue;
                for (var j = i + 2; j <= length && j - i <= 14; j++)
                {
                    if (!reachable[j] && ScopeWords.Contains(t.Substring(start + i, j - i))) reachable[j] = true;
                }
            }

            return reachable[length];
        }

        /// <summary>
        /// Deribit: <c>read_write</c> on every group (account, trade and wallet) is full access. Returns true when the
        /// tokens hold <c>account:read_write</c>, <c>trade:read_write</c> and <c>wallet:read_write</c>.
        /// </summary>
        public static bool IsReadWriteEverywhere(IReadOnlyList<Token> tokens)
        {
            var account = false;
            var trade = false;
            var wallet = false;
            foreach (var token in tokens)
            {
                var t = token.Text.ToLowerInvariant();
                if (t == "account:read_write") account = true;
                else if (t == "trade:read_write") trade = true;
                else if (t == "wallet:read_write") wallet = true;
            }

            return account && trade && wallet;
        }

        /// <summary>A token of a list with its position inside the text it came from.</summary>
        internal readonly struct Token
        {
            public Token(string text, int start)
            {
                Text = text;
                Start = start;
            }

            public string Text { get; }
            public int Start { get; }
            public int End => Start + Text.Length;
        }

        /// <summary>Splits <paramref name="text"/> (from <paramref name="start"/>, <paramref name="length"/> chars) into list tokens.</summary>
        public static List<Token> Tokenize(string text, int start, int length)
        {
            var tokens = new List<Token>();
            var end = start + length;
            var i = start;
            while (i < end)
            {
                while (i < end && IsSeparator(text[i])) i++;
                var s = i;
                while (i < end && !IsSeparator(text[i])) i++;
                if (i > s) tokens.Add(new Token(text.Substring(s, i - s), s));
            }

            return tokens;
        }

        private static bool IsSeparator(char c) =>
            Array.IndexOf(ListSeparators, c) >= 0 || c == '"' || c == '\'' || c == '[' || c == ']';

        /// <summary>
        /// The smallest edit that removes the token at [<paramref name="start"/>, <paramref name="end"/>) from a list in
        /// <paramref name="text"/>, with one adjacent separator: (find, replace) where replace is empty. Quotes around a
        /// JSON item go with it.
        /// </summary>
        public static (string Find, string Replace) RemovalEdit(string text, int start, int end)
        {
            var (find, replace, _) = RemovalEditAt(text, start, end);
            return (find, replace);
        }

        /// <summary><see cref="RemovalEdit"/> with where the edit starts in <paramref name="text"/>.</summary>
        public static (string Find, string Replace, int At) RemovalEditAt(string text, int start, int end)
        {
            // Extend over the quotes of a JSON item.
            if (start > 0 && end < text.Length && text[start - 1] == '"' && text[end] == '"')
            {
                start--;
                end++;
            }

            // Prefer the following separator (and one space after it); else the preceding one.
            var after = end;
            while (after < text.Length && (text[after] == ' ')) after++;
            if (after < text.Length && (text[after] == ',' || text[after] == '+' || text[after] == '|' || text[after] == ';'))
            {
                after++;
                while (after < text.Length && text[after] == ' ') after++;
                return (text.Substring(start, after - start), "", start);
            }

            var before = start;
            while (before > 0 && text[before - 1] == ' ') before--;
            if (before > 0 && (text[before - 1] == ',' || text[before - 1] == '+' || text[before - 1] == '|' || text[before - 1] == ';'))
            {
                before--;
                return (text.Substring(before, end - before), "", before);
            }

            if (start > 0 && text[start - 1] == ' ') return (text.Substring(start - 1, end - start + 1), "", start - 1);
            if (end < text.Length && text[end] == ' ') return (text.Substring(start, end - start + 1), "", start);
            return (text.Substring(start, end - start), "", start);
        }

        // ---------------- names of boolean and enum grants ----------------

        private static readonly HashSet<string> GrantVerbs = new HashSet<string>(StringComparer.Ordinal)
        {
            "enable", "enabled", "enables", "can", "allow", "allowed", "allows", "permit", "permits", "permitted",
            "grant", "granted", "permission",
        };

        /// <summary>
        /// What a boolean member or parameter named <paramref name="name"/> grants when set to true:
        /// EnableWithdrawals, CanWithdraw, AllowWithdrawals, EnableInternalTransfer, PermitsUniversalTransfer,
        /// CanTransfer, permissionWalletTransfer, canUniversalTransfer; FullAccess / AllPermissions for wildcards.
        /// </summary>
        public static GrantKind ClassifyBooleanName(string name)
        {
            if (name.Length < 6) return GrantKind.None;
            if (name.IndexOf("withdraw", StringComparison.OrdinalIgnoreCase) < 0 && name.IndexOf("transfer", StringComparison.OrdinalIgnoreCase) < 0 &&
                name.IndexOf("full", StringComparison.OrdinalIgnoreCase) < 0 && name.IndexOf("all", StringComparison.OrdinalIgnoreCase) < 0 &&
                name.IndexOf("admin", StringComparison.OrdinalIgnoreCase) < 0)
                return GrantKind.None;
            var lower = name.ToLowerInvariant();
            var hasWithdraw = lower.IndexOf("withdraw", StringComparison.Ordinal) >= 0;
            var hasTransfer = lower.IndexOf("transfer", StringComparison.Ordinal) >= 0;
            var hasFull = lower.IndexOf("full", StringComparison.Ordinal) >= 0 || lower.IndexOf("all", StringComparison.Ordinal) >= 0 ||
                          lower.IndexOf("admin", StringComparison.Ordinal) >= 0;
            if (!hasWithdraw && !hasTransfer && !hasFull) return GrantKind.None;

            var words = NameWords.Split(name);
            var verb = false;
            foreach (var w in words)
            {
                if (GrantVerbs.Contains(w)) verb = true;
            }

            if (hasWithdraw || hasTransfer)
            {
                if (!verb) return GrantKind.None;
                foreach (var w in words)
                {
                    // History / list / limit / fee readers are not grants (CanTransferHistory, EnableWithdrawalLimit).
                    if (w == "history" || w == "limit" || w == "fee" || w == "fees" || w == "list" || w == "address" || w == "records") return GrantKind.None;
                }

                return hasWithdraw ? GrantKind.Withdraw : GrantKind.Transfer;
            }

            // FullAccess, AllPermissions, AllScopes, AdminAccess.
            for (var i = 0; i + 1 < words.Count; i++)
            {
                var a = words[i];
                var b = words[i + 1];
                if ((a == "full" || a == "admin") && b == "access") return GrantKind.Wildcard;
                if (a == "all" && (b == "permissions" || b == "scopes" || b == "rights")) return GrantKind.Wildcard;
            }

            return GrantKind.None;
        }

        /// <summary>An enum value of a Permission/Scope/Right type: Withdraw, Withdrawals, Transfer, InternalTransfer… or All/FullAccess.</summary>
        public static GrantKind ClassifyEnumMember(string name)
        {
            var lower = name.ToLowerInvariant();
            switch (lower)
            {
                case "all":
                case "full":
                case "fullaccess":
                case "admin":
                case "administrator":
                case "everything":
                    return GrantKind.Wildcard;
            }

            if (lower.EndsWith("read", StringComparison.Ordinal) || lower.EndsWith("readonly", StringComparison.Ordinal) ||
                lower.EndsWith("history", StringComparison.Ordinal) || lower.StartsWith("view", StringComparison.Ordinal))
                return GrantKind.None;
            if (lower.IndexOf("withdraw", StringComparison.Ordinal) >= 0) return GrantKind.Withdraw;
            if (lower.IndexOf("transfer", StringComparison.Ordinal) >= 0) return GrantKind.Transfer;
            return GrantKind.None;
        }

        /// <summary>
        /// A bare flag of a key-permission model (<c>CdpKeyPermissions { View, Trade, Transfer }</c>): Transfer, Withdraw,
        /// Withdrawals, InternalTransfer… as an enum member would be; Is/Has-prefixed names describe, they do not grant.
        /// </summary>
        public static GrantKind ClassifyPermissionModelFlag(string name)
        {
            if (name.StartsWith("Is", StringComparison.Ordinal) || name.StartsWith("Has", StringComparison.Ordinal) ||
                name.StartsWith("Was", StringComparison.Ordinal))
                return GrantKind.None;
            return ClassifyEnumMember(name);
        }

        private static readonly string[] AssetModelWords =
        {
            "Currency", "Currencies", "Coin", "Asset", "Network", "Chain", "Balance", "Symbol", "Market", "Instrument", "Ticker", "Token",
            "Payment", "Bank",
        };

        private static readonly string[] KeyModelWords = { "ApiKey", "Key", "Permission", "Scope", "Right", "Credential", "Restriction", "Grant" };

        /// <summary>Suffixes of types that report what an exchange answered, not what a key is granted.</summary>
        private static readonly string[] ReadModelSuffixes = { "Status", "Info", "Information", "Response", "Result", "EventArgs", "Snapshot" };

        /// <summary>
        /// True when a type describes rather than grants. An asset, network, market, balance or payment method
        /// (<c>ExchangeCurrency</c>, <c>CoinNetwork</c>, <c>AssetBalance</c>, <c>PaymentMethod</c>, <c>BankAccount</c>): its
        /// <c>WithdrawalEnabled = true</c> or <c>AllowWithdraw = true</c> says the asset or method can be withdrawn, it grants
        /// no key anything; a name that also names a key model (<c>ApiKeyAssetPermission</c>) is a key model. And a
        /// read model, whatever it describes (<c>AccountStatus</c>, <c>ApiKeyInfo</c>, <c>KeyPermissionsResponse</c>): its
        /// <c>canWithdraw</c> is what the exchange reported, and code that builds one (a test, a mock, a mapper) grants
        /// nothing.
        /// </summary>
        public static bool IsDescriptiveModelTypeName(string? name)
        {
            if (string.IsNullOrEmpty(name)) return false;
            foreach (var suffix in ReadModelSuffixes)
                if (name!.EndsWith(suffix, StringComparison.Ordinal)) return true;
            foreach (var word in KeyModelWords)
                if (name!.IndexOf(word, StringComparison.Ordinal) >= 0) return false;
            foreach (var word in AssetModelWords)
                if (name!.IndexOf(word, StringComparison.Ordinal) >= 0) return true;
            return false;
        }

        /// <summary>True when a type name marks a permission vocabulary: contains Permission, Scope or Right.</summary>
        public static bool IsPermissionTypeName(string name) =>
            name.IndexOf("Permission", StringComparison.OrdinalIgnoreCase) >= 0 ||
            name.IndexOf("Scope", StringComparison.OrdinalIgnoreCase) >= 0 ||
            name.IndexOf("Right", StringComparison.Ordinal) >= 0;

        /// <summary>True when a member, parameter or key name says it holds scopes or permissions.</summary>
        public static bool IsScopeName(string? name)
        {
            if (name is null || name.Length < 4) return false;
            if (name.IndexOf("scope", StringComparison.OrdinalIgnoreCase) >= 0) return true;
            if (name.IndexOf("perm", StringComparison.OrdinalIgnoreCase) < 0 && name.IndexOf("right", StringComparison.OrdinalIgnoreCase) < 0 &&
                name.IndexOf("grant", StringComparison.OrdinalIgnoreCase) < 0)
                return false;
            foreach (var w in NameWords.Split(name))
            {
                if (w == "perm" || w == "perms" || w == "permission" || w == "permissions" || w == "rights" || w == "grants") return true;
            }

            return false;
        }

        /// <summary>
        /// True when the whole literal is a list of OAuth-style scopes (every token has a colon, e.g.
        /// <c>wallet:accounts:read,wallet:withdrawals:create</c> or <c>account:read trade:read_write</c>).
        /// </summary>
        public static bool IsScopeList(string text)
        {
            if (text.Length < 6 || text.Length > 2000 || text.IndexOf(':') < 0) return false;
            if (text.IndexOf("://", StringComparison.Ordinal) >= 0) return false;
            var any = false;
            foreach (var token in Tokenize(text, 0, text.Length))
            {
                var t = token.Text;
                var colon = t.IndexOf(':');
                if (colon <= 0 || colon == t.Length - 1 || !char.IsLetter(t[0])) return false;
                // Scopes are ASCII and their service is lower case (wallet:accounts:read, wallet:*, session:MyBot):
                // accessionNo:* is a search query's field and "Eng:Transfer_Ru:…" a localisation string.
                if (!IsScopeAlphabet(t, colon)) return false;
                for (var i = 0; i < t.Length; i++)
                {
                    var c = t[i];
                    if (!(char.IsLetterOrDigit(c) || c == ':' || c == '_' || c == '-' || c == '*' || c == '.')) return false;
                    // A wildcard is a whole segment (wallet:*, wallet:*:read); *Error:* is Markdown emphasis, not a scope.
                    if (c == '*' && (t[i - 1] is not (':' or '.') || (i + 1 < t.Length && t[i + 1] is not (':' or '.')))) return false;
                }

                // wallet:withdrawal:created is a notification event (what happened), not a scope (what may happen).
                if (EndsWithEventWord(t)) return false;
                any = true;
            }

            return any;
        }

        private static bool IsScopeAlphabet(string token, int firstColon)
        {
            for (var i = 0; i < token.Length; i++)
            {
                var c = token[i];
                if (c > 127 || i < firstColon && c is >= 'A' and <= 'Z') return false;
            }

            return true;
        }

        private static readonly string[] EventWords =
        {
            "created", "completed", "canceled", "cancelled", "failed", "succeeded", "confirmed", "updated", "deleted", "pending",
            "rejected", "expired",
        };

        /// <summary>True when the last segment of a colon token is an event state (<c>wallet:withdrawal:created</c>).</summary>
        private static bool EndsWithEventWord(string token)
        {
            var last = token.LastIndexOf(':');
            var length = token.Length - last - 1;
            foreach (var word in EventWords)
            {
                if (length == word.Length && string.Compare(token, last + 1, word, 0, length, StringComparison.OrdinalIgnoreCase) == 0) return true;
            }

            return false;
        }

        // ---------------- granted_permissions ----------------

        /// <summary>Parses <c>read, trade</c> (aliases: view/query/read_only; trading/spot/futures; withdrawal(s);
        /// transfer(s)/internal_transfer/universal_transfer). Unknown words are ignored.</summary>
        public static KeyPermission ParseGranted(ImmutableArray<string> items)
        {
            var result = KeyPermission.None;
            foreach (var raw in items)
            {
                result |= ParseOne(raw.Trim().ToLowerInvariant());
            }

            return result;
        }

        private static KeyPermission ParseOne(string item)
        {
            switch (item)
            {
                case "read":
                case "reading":
                case "read_only":
                case "readonly":
                case "view":
                case "query":
                    return KeyPermission.Read;
                case "trade":
                case "trading":
                case "spot":
                case "futures":
                case "margin":
                    return KeyPermission.Trade;
                case "transfer":
                case "transfers":
                case "internal_transfer":
                case "universal_transfer":
                    return KeyPermission.Transfer;
                case "withdraw":
                case "withdrawal":
                case "withdrawals":
                    return KeyPermission.Withdraw;
                default:
                    return KeyPermission.None;
            }
        }

        public static string Name(KeyPermission permission) => permission switch
        {
            KeyPermission.Read => "read",
            KeyPermission.Trade => "trade",
            KeyPermission.Transfer => "transfer",
            KeyPermission.Withdraw => "withdraw",
            _ => "none",
        };

        public static readonly ImmutableArray<KeyPermission> All =
            ImmutableArray.Create(KeyPermission.Read, KeyPermission.Trade, KeyPermission.Transfer, KeyPermission.Withdraw);

        public static string Join(KeyPermission set)
        {
            var parts = new List<string>(4);
            foreach (var p in All)
            {
                if ((set & p) != 0) parts.Add(Name(p));
            }

            return string.Join(", ", parts);
        }

        public static string GrantName(GrantKind kind) => kind switch
        {
            GrantKind.Transfer => "transfer",
            GrantKind.Withdraw => "withdraw",
            _ => "full access",
        };
    }
}
