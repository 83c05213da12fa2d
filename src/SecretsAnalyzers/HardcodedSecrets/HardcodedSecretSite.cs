using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using SecretsAnalyzers.Internal;

namespace SecretsAnalyzers.HardcodedSecrets
{
    /// <summary>Which hard-coded-secret rule owns a literal.</summary>
    internal enum HardcodedSecretRule
    {
        None = 0,

        /// <summary>The constant reaches a known credential API (sink).</summary>
        EXK101,

        /// <summary>The constant sits in a secret-named symbol, member, entry or connection-string pair.</summary>
        EXK102,

        /// <summary>The constant is a published documentation example key in an EXK101/EXK102 position.</summary>
        EXK107,

        /// <summary>
        /// The constant reaches a credential API only inside known-answer tests of a test project
        /// (<see cref="KnownAnswerTests"/>): test-vector material that no hard-coded-secret rule reports.
        /// </summary>
        KnownAnswerVector,
    }

    /// <summary>Everything an analyzer needs to report a literal (message arguments and fix facts; never the value).</summary>
    internal readonly struct HardcodedSecretSite
    {
        public HardcodedSecretSite(HardcodedSecretRule rule, string target, SecretKind kind, string? exchange, string secretName,
            SyntaxNode node, bool canFix, int length, string? exampleOrigin, bool utf8Origin)
        {
            Rule = rule;
            Target = target;
            Kind = kind;
            Exchange = exchange;
            SecretName = secretName;
            Node = node;
            CanFix = canFix;
            Length = length;
            ExampleOrigin = exampleOrigin;
            Utf8Origin = utf8Origin;
        }

        public HardcodedSecretRule Rule { get; }

        /// <summary>Message argument {0}: the sink (EXK101, "parameter 'secret' of 'HMACCredential'") or the symbol name (EXK102).</summary>
        public string Target { get; }

        public SecretKind Kind { get; }

        public string? Exchange { get; }

        /// <summary>The name lookups are derived from ("ApiSecret", "BinanceApiSecret").</summary>
        public string SecretName { get; }

        /// <summary>The node to squiggle (the literal or the constant expression containing it).</summary>
        public SyntaxNode Node { get; }

        /// <summary>False in constant-only positions (parameter defaults, case labels, consts used as constants…).</summary>
        public bool CanFix { get; }

        public int Length { get; }

        /// <summary>For EXK107: the document the example key comes from.</summary>
        public string? ExampleOrigin { get; }

        public bool Utf8Origin { get; }

        /// <summary>The fix facts for <c>Diagnostic.Properties</c> (lookup names, kind, NoFix, Decode).</summary>
        public ImmutableDictionary<string, string?> CreateProperties() =>
            FixProperties.Create(Exchange, SecretName, Kind, CanFix && Rule != HardcodedSecretRule.EXK107, decode: Utf8Origin ? ConstantEncodings.Utf8 : null);

        /// <summary>Message argument {1}: the length, never the value.</summary>
        public string Describe() => Length.ToString(CultureInfo.InvariantCulture) + " characters";
    }

    /// <summary>What <see cref="HardcodedSecretSites.TryGetSite"/> may consult beyond the literal's own operation tree.</summary>
    internal readonly struct SiteLookups
    {
        public SiteLookups(SymbolValueIndex? uses, ConstantOnlyNames? constantNames)
        {
            Uses = uses;
            ConstantNames = constantNames;
        }

        /// <summary>Where the values of the enclosing type's symbols go (complete only at the type's symbol end); null:
        /// symbols the literal initialises are not followed.</summary>
        public SymbolValueIndex? Uses { get; }

        /// <summary>Names used in constant-only positions, per tree (decides whether a const can become a lookup).</summary>
        public ConstantOnlyNames? ConstantNames { get; }

        public SiteLookups WithUses(SymbolValueIndex? uses) => new SiteLookups(uses, ConstantNames);
    }
}
