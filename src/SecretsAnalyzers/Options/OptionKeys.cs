using System.Collections.Immutable;

namespace SecretsAnalyzers.Options
{
    /// <summary>One <c>.editorconfig</c> key: its name under <c>secrets_analyzers.</c>, who reads it, its default and meaning.</summary>
    internal sealed class OptionKey
    {
        public OptionKey(string name, string[] rules, string[] ruleSpecific, bool global, string defaultValue, string description)
        {
            Name = name;
            Rules = ImmutableArray.Create(rules);
            RuleSpecific = ImmutableArray.Create(ruleSpecific);
            Global = global;
            Default = defaultValue;
            Description = description;
        }

        /// <summary>The key without prefix: <c>allowed_hosts</c>, <c>fix.configuration_section</c>.</summary>
        public string Name { get; }

        /// <summary>The rules whose behaviour the key changes; each rule's page documents it.</summary>
        public ImmutableArray<string> Rules { get; }

        /// <summary>The rules that read the rule-specific form <c>secrets_analyzers.EXKnnn.name</c> first.</summary>
        public ImmutableArray<string> RuleSpecific { get; }

        /// <summary>True when the global form <c>secrets_analyzers.name</c> is documented (it is always the fallback).</summary>
        public bool Global { get; }

        public string Default { get; }

        public string Description { get; }

        /// <summary>Every documented spelling, rule-specific ones first.</summary>
        public ImmutableArray<string> Forms
        {
            get
            {
                var forms = ImmutableArray.CreateBuilder<string>();
                foreach (var rule in RuleSpecific) forms.Add(SecretsOptions.Prefix + rule + "." + Name);
                if (Global) forms.Add(SecretsOptions.Prefix + Name);
                return forms.ToImmutable();
            }
        }
    }

    /// <summary>
    /// Every option key the analyzers and fixes read, in one place (the model is NetAnalyzers' EditorConfigOptionNames).
    /// <see cref="SecretsOptions"/> answers only keys registered here; the Meta tests check that each key is on the page
    /// of every rule it names and in the README table.
    /// </summary>
    internal static class OptionKeys
    {
        public const string SecretWords = "secret_words";
        public const string LabelWords = "label_words";
        public const string ExcludedSymbolNames = "excluded_symbol_names";
        public const string ExtraCredentialApis = "extra_credential_apis";
        public const string MinLength = "min_length";
        public const string MinEntropy = "min_entropy";
        public const string FixConfigurationSection = "fix.configuration_section";
        public const string AllowedHosts = "allowed_hosts";
        public const string GrantedPermissions = "granted_permissions";
        public const string MaskMethods = "mask_methods";
        public const string RespectGitIgnore = "respect_gitignore";

        private static readonly string[] NameRules =
        {
            RuleIds.EXK102, RuleIds.EXK103, RuleIds.EXK105, RuleIds.EXK107, RuleIds.EXK401, RuleIds.EXK402, RuleIds.EXK403, RuleIds.EXK404,
        };

        public static readonly ImmutableArray<OptionKey> All = ImmutableArray.Create(
            new OptionKey(SecretWords, NameRules, new string[0], global: true, "none",
                "extra words or phrases that make a name a secret (`trading_pin`)"),
            new OptionKey(LabelWords, NameRules, new string[0], global: true, "none",
                "extra words that make a name a label, not a secret (`slot` → `apiKeySlot`)"),
            new OptionKey(ExcludedSymbolNames, new[] { RuleIds.EXK102, RuleIds.EXK103, RuleIds.EXK107 }, new[] { RuleIds.EXK102, RuleIds.EXK103 }, global: true, "none",
                "symbol names whose literals are never reported (`TestKeys, KnownVectors`)"),
            new OptionKey(ExtraCredentialApis, new[] { RuleIds.EXK101, RuleIds.EXK107 }, new[] { RuleIds.EXK101 }, global: false, "none",
                "your own credential sinks: `Namespace.Type.Member`, or `Namespace.Type` for all its constructors"),
            new OptionKey(MinLength, new[] { RuleIds.EXK102, RuleIds.EXK103, RuleIds.EXK105 }, new[] { RuleIds.EXK102, RuleIds.EXK103, RuleIds.EXK105 }, global: true,
                "`10` (EXK102), `20` (EXK103), `8` (EXK105)", "minimum length of a value the rule judges"),
            new OptionKey(MinEntropy, new[] { RuleIds.EXK102, RuleIds.EXK103, RuleIds.EXK105 }, new[] { RuleIds.EXK102, RuleIds.EXK103, RuleIds.EXK105 }, global: true,
                "`3.0` (EXK102), `3.5` (EXK103), `2.5` (EXK105)", "minimum Shannon entropy (bits per character) of such a value"),
            new OptionKey(FixConfigurationSection, new[] { RuleIds.EXK101, RuleIds.EXK102, RuleIds.EXK103, RuleIds.EXK104 }, new string[0], global: true, "none",
                "a prefix for configuration keys written by the fix (`Exchanges` → `Exchanges:Binance:ApiSecret`)"),
            new OptionKey(AllowedHosts, new[] { RuleIds.EXK201, RuleIds.EXK202 }, new[] { RuleIds.EXK201, RuleIds.EXK202 }, global: true, "none (loopback is always allowed)",
                "hosts that may be reached without TLS: exact names, `*.suffix`, `.suffix`"),
            new OptionKey(GrantedPermissions, new[] { RuleIds.EXK304, RuleIds.EXK305, RuleIds.EXK306 }, new string[0], global: true, "unset",
                "what the project's exchange key may do: `read`, `trade`, `transfer`, `withdraw`"),
            new OptionKey(MaskMethods, new[] { RuleIds.EXK401, RuleIds.EXK402, RuleIds.EXK404 }, new string[0], global: true, "none",
                "your own masking methods (`Mask`, `Redactor.Redact`, `MyCorp.Text.Redactor.Redact`) whose result is no longer secret"),
            new OptionKey(RespectGitIgnore, new[] { RuleIds.EXK105 }, new[] { RuleIds.EXK105 }, global: false, "`true`",
                "skip configuration files the repository's `.gitignore` files ignore; `false` reports them too"));

        /// <summary>True for a registered key name (without prefix or rule id).</summary>
        public static bool IsRegistered(string name)
        {
            foreach (var key in All)
            {
                if (key.Name == name) return true;
            }

            return false;
        }
    }
}
