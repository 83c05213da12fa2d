using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SecretsAnalyzers.Internal;

namespace SecretsAnalyzers.Options
{
    /// <summary>
    /// The <c>secrets_analyzers.*</c> options of one file. Keys are looked up rule-specific first
    /// (<c>secrets_analyzers.EXK201.allowed_hosts</c>), then global (<c>secrets_analyzers.allowed_hosts</c>),
    /// then the built-in default. A malformed value means the default; nothing here throws.
    /// </summary>
    internal sealed class SecretsOptions
    {
        public const string Prefix = "secrets_analyzers.";

        // Keys shared by several rule families (every key, with its rules and default, is in OptionKeys).
        public const string SecretWordsKey = OptionKeys.SecretWords;
        public const string LabelWordsKey = OptionKeys.LabelWords;
        public const string ExcludedSymbolNamesKey = OptionKeys.ExcludedSymbolNames;
        public const string MinLengthKey = OptionKeys.MinLength;
        public const string MinEntropyKey = OptionKeys.MinEntropy;

        public static readonly SecretsOptions Empty = new SecretsOptions(null);

        private readonly AnalyzerConfigOptions? _options;

        // Lookups memoised per (rule id or null, key): the option key strings are built once per pair, not per call.
        private readonly ConcurrentDictionary<(string? RuleId, string Key), string?> _strings =
            new ConcurrentDictionary<(string? RuleId, string Key), string?>();
        private readonly ConcurrentDictionary<(string? RuleId, string Key), ImmutableArray<string>> _lists =
            new ConcurrentDictionary<(string? RuleId, string Key), ImmutableArray<string>>();
        private readonly Func<(string? RuleId, string Key), string?> _readString;
        private readonly Func<(string? RuleId, string Key), ImmutableArray<string>> _readList;
        private SecretNameModel? _names;

        private SecretsOptions(AnalyzerConfigOptions? options)
        {
            _options = options;
            _readString = k => Read(k.RuleId, k.Key);
            _readList = k => ParseList(GetString(k.RuleId, k.Key));
        }

        public static SecretsOptions From(AnalyzerConfigOptions? options) =>
            options is null ? Empty : new SecretsOptions(options);

        /// <summary>The secret-name model with the user's extra secret and label words applied.</summary>
        public SecretNameModel Names =>
            _names ??= SecretNameModel.Create(GetList(null, SecretWordsKey), GetList(null, LabelWordsKey));

        /// <summary>The value of a key registered in <see cref="OptionKeys"/>; an unregistered key is never read.</summary>
        public string? GetString(string? ruleId, string key)
        {
            return _options is null ? null : _strings.GetOrAdd((ruleId, key), _readString);
        }

        private string? Read(string? ruleId, string key)
        {
            if (!OptionKeys.IsRegistered(key)) return null;
            if (ruleId is not null &&
                _options!.TryGetValue(Prefix + ruleId + "." + key, out var specific) &&
                !string.IsNullOrWhiteSpace(specific))
            {
                return specific.Trim();
            }

            return _options!.TryGetValue(Prefix + key, out var global) && !string.IsNullOrWhiteSpace(global)
                ? global.Trim()
                : null;
        }

        /// <summary>A comma- or pipe-separated list; empty when unset.</summary>
        public ImmutableArray<string> GetList(string? ruleId, string key)
        {
            if (_options is null) return ImmutableArray<string>.Empty;
            return _lists.GetOrAdd((ruleId, key), _readList);
        }

        public bool GetBool(string? ruleId, string key, bool defaultValue)
        {
            var raw = GetString(ruleId, key);
            return raw is not null && bool.TryParse(raw, out var value) ? value : defaultValue;
        }

        public double GetDouble(string? ruleId, string key, double defaultValue)
        {
            var raw = GetString(ruleId, key);
            return raw is not null && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                   && !double.IsNaN(value) && !double.IsInfinity(value)
                ? value
                : defaultValue;
        }

        public int GetInt(string? ruleId, string key, int defaultValue)
        {
            var raw = GetString(ruleId, key);
            return raw is not null && int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
                ? value
                : defaultValue;
        }

        internal static ImmutableArray<string> ParseList(string? raw)
        {
            if (string.IsNullOrWhiteSpace(raw)) return ImmutableArray<string>.Empty;
            var builder = ImmutableArray.CreateBuilder<string>();
            foreach (var part in raw!.Split(new[] { ',', '|', ';' }, StringSplitOptions.RemoveEmptyEntries))
            {
                var item = part.Trim();
                if (item.Length > 0) builder.Add(item);
            }

            return builder.ToImmutable();
        }
    }

    /// <summary>
    /// One per compilation (created in the compilation-start action): parses each distinct
    /// <see cref="AnalyzerConfigOptions"/> once and hands out the same <see cref="SecretsOptions"/> for every tree sharing it.
    /// </summary>
    internal sealed class SecretsOptionsCache
    {
        private readonly AnalyzerConfigOptionsProvider _provider;
        private readonly ConditionalWeakTable<AnalyzerConfigOptions, SecretsOptions> _byOptions =
            new ConditionalWeakTable<AnalyzerConfigOptions, SecretsOptions>();

        /// <summary>Per tree, its options: asked for on nearly every operation, and a reference-keyed lookup is cheaper than the provider's.</summary>
        private readonly ConcurrentDictionary<SyntaxTree, SecretsOptions> _byTree = new ConcurrentDictionary<SyntaxTree, SecretsOptions>();

        private SecretsOptions? _global;

        public SecretsOptionsCache(AnalyzerOptions options) => _provider = options.AnalyzerConfigOptionsProvider;

        public SecretsOptions Global => _global ??= SecretsOptions.From(_provider.GlobalOptions);

        public SecretsOptions For(SyntaxTree tree) =>
            _byTree.TryGetValue(tree, out var options) ? options : _byTree.GetOrAdd(tree, For(_provider.GetOptions(tree)));

        public SecretsOptions For(AdditionalText file) => For(_provider.GetOptions(file));

        private SecretsOptions For(AnalyzerConfigOptions options) =>
            _byOptions.GetValue(options, o => SecretsOptions.From(o));
    }
}
