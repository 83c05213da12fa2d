using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;

namespace SecretsAnalyzers.Internal
{
    /// <summary>
    /// Facts an analyzer hands its code fix through <c>Diagnostic.Properties</c> (the Roslynator pattern).
    /// The literal value never goes into properties: only the names of the lookups that replace it.
    /// </summary>
    internal static class FixProperties
    {
        public const string Kind = "SecretKind";
        public const string ConfigKey = "ConfigKey";
        public const string EnvVar = "EnvVar";
        public const string VaultName = "VaultName";
        public const string Decode = "Decode";          // a ConstantEncodings spelling: utf8 | base64 | hex (EXK101-EXK104)
        public const string NoFix = "NoFix";            // "true" where the literal sits in a constant-only position, or the diagnostic is non-local (compilation end: IDEs offer no fix)
        public const string Sink = "Sink";
        public const string KeyAtCall = "KeyAtCall";    // "true" (EXK104): the diagnostic sits on the keyed call, the key is its additional location

        /// <summary>Builds the lookup names for a secret: exchange "Binance" + name "apiSecret" →
        /// Binance:ApiSecret, BINANCE_API_SECRET, binance-api-secret.</summary>
        public static ImmutableDictionary<string, string?> Create(string? exchange, string? secretName, SecretKind kind,
            bool canFix = true, string? section = null, string? decode = null)
        {
            var names = LookupNames.For(exchange ?? section, secretName, kind);
            var builder = ImmutableDictionary.CreateBuilder<string, string?>();
            builder[Kind] = kind.ToString();
            builder[ConfigKey] = names.ConfigKey;
            builder[EnvVar] = names.EnvVar;
            builder[VaultName] = names.VaultName;
            if (decode is not null) builder[Decode] = decode;
            if (!canFix) builder[NoFix] = "true";
            return builder.ToImmutable();
        }
    }

    internal readonly struct LookupNames
    {
        public LookupNames(string configKey, string envVar, string vaultName)
        {
            ConfigKey = configKey;
            EnvVar = envVar;
            VaultName = vaultName;
        }

        public string ConfigKey { get; }
        public string EnvVar { get; }
        public string VaultName { get; }

        public static LookupNames For(string? section, string? secretName, SecretKind kind)
        {
            var words = new List<string>();
            if (!string.IsNullOrEmpty(secretName))
            {
                foreach (var w in NameWords.Split(secretName!))
                {
                    if (w.Length > 0 && char.IsLetterOrDigit(w[0])) words.Add(w);
                }
            }

            // Drop a leading exchange word from the member name when it repeats the section (BinanceApiKey under Binance).
            var sectionWords = string.IsNullOrEmpty(section) ? new List<string>() : NameWords.Split(section!);
            if (sectionWords.Count > 0 && words.Count > 1 && words[0] == sectionWords[0]) words.RemoveAt(0);
            if (words.Count == 0 || kind != SecretKind.None && !HasSecretWord(words)) words = DefaultWords(kind, words);

            var sectionName = sectionWords.Count == 0 ? "Exchange" : Pascal(sectionWords);
            var keyName = Pascal(words);
            var config = sectionName + ":" + keyName;

            var env = new StringBuilder();
            foreach (var w in sectionWords.Count == 0 ? new List<string> { "exchange" } : sectionWords) env.Append(w.ToUpperInvariant()).Append('_');
            env.Append(string.Join("_", words).ToUpperInvariant());

            var vault = new StringBuilder();
            foreach (var w in sectionWords.Count == 0 ? new List<string> { "exchange" } : sectionWords) vault.Append(w).Append('-');
            vault.Append(string.Join("-", words));

            return new LookupNames(config, env.ToString(), vault.ToString());
        }

        private static bool HasSecretWord(List<string> words) => SecretNameModel.Default.Classify(words) != SecretKind.None;

        private static List<string> DefaultWords(SecretKind kind, List<string> fallback)
        {
            switch (kind)
            {
                case SecretKind.ApiKey: return new List<string> { "api", "key" };
                case SecretKind.ApiSecret: return new List<string> { "api", "secret" };
                case SecretKind.Passphrase: return new List<string> { "passphrase" };
                case SecretKind.Password: return new List<string> { "password" };
                case SecretKind.PrivateKey: return new List<string> { "private", "key" };
                case SecretKind.SigningKey: return new List<string> { "signing", "key" };
                case SecretKind.AccessToken: return new List<string> { "access", "token" };
                case SecretKind.ClientSecret: return new List<string> { "client", "secret" };
                case SecretKind.Mnemonic: return new List<string> { "mnemonic" };
                default: return fallback.Count > 0 ? fallback : new List<string> { "secret" };
            }
        }

        private static string Pascal(List<string> words)
        {
            var sb = new StringBuilder();
            foreach (var w in words)
            {
                if (w.Length == 0) continue;
                sb.Append(char.ToUpperInvariant(w[0])).Append(w.Substring(1));
            }

            return sb.ToString();
        }
    }
}
