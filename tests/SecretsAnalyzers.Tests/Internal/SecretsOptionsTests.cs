using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SecretsAnalyzers.Internal;
using SecretsAnalyzers.Options;

namespace SecretsAnalyzers.Tests.Internal
{
    /// <summary>Option lookups are memoised per (rule id, key) on one options instance: same answers, each key read once.</summary>
    public class SecretsOptionsTests
    {
        private sealed class CountingOptions : AnalyzerConfigOptions
        {
            private readonly Dictionary<string, string> _values;

            public CountingOptions(Dictionary<string, string> values) => _values = values;

            public List<string> Reads { get; } = new List<string>();

            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value)
            {
                lock (Reads) Reads.Add(key);
                return _values.TryGetValue(key, out value);
            }
        }

        private static readonly System.StringComparer KeyComparer = AnalyzerConfigOptions.KeyComparer;

        private static (SecretsOptions Options, CountingOptions Raw) Make() =>
            Make(new Dictionary<string, string>(KeyComparer)
            {
                ["secrets_analyzers.EXK201.allowed_hosts"] = " api.internal, *.corp ",
                ["secrets_analyzers.allowed_hosts"] = "global.example",
                ["secrets_analyzers.EXK102.min_entropy"] = "4.25",
                ["secrets_analyzers.min_length"] = "12",
                ["secrets_analyzers.secret_words"] = "trading_pin",
                ["secrets_analyzers.EXK999.unregistered_key"] = "x",
            });

        private static (SecretsOptions Options, CountingOptions Raw) Make(Dictionary<string, string> values)
        {
            var raw = new CountingOptions(values);
            return (SecretsOptions.From(raw), raw);
        }

        [Fact]
        public void Rule_specific_and_global_answers_are_kept_apart()
        {
            var (options, _) = Make();
            for (var i = 0; i < 2; i++)
            {
                Assert.Equal(new[] { "api.internal", "*.corp" }, options.GetList("EXK201", OptionKeys.AllowedHosts));
                Assert.Equal(new[] { "global.example" }, options.GetList(null, OptionKeys.AllowedHosts));
                Assert.Equal(new[] { "global.example" }, options.GetList("EXK202", OptionKeys.AllowedHosts));
                Assert.Equal("api.internal, *.corp", options.GetString("EXK201", OptionKeys.AllowedHosts));
                Assert.Equal("global.example", options.GetString(null, OptionKeys.AllowedHosts));
                Assert.Equal(4.25, options.GetDouble("EXK102", OptionKeys.MinEntropy, 3.0));
                Assert.Equal(3.5, options.GetDouble("EXK103", OptionKeys.MinEntropy, 3.5));
                Assert.Equal(12, options.GetInt("EXK102", OptionKeys.MinLength, 10));
                Assert.Null(options.GetString("EXK999", "unregistered_key"));
                Assert.Equal(SecretKind.ApiSecret, options.Names.Classify("accountTradingPin"));
            }
        }

        [Fact]
        public void Each_key_is_read_once_per_options_instance()
        {
            var (options, raw) = Make();
            for (var i = 0; i < 5; i++)
            {
                options.GetDouble("EXK102", OptionKeys.MinEntropy, 3.0);
                options.GetList("EXK201", OptionKeys.AllowedHosts);
                options.GetString(null, OptionKeys.MinLength);
            }

            Assert.Equal(
                new[] { "secrets_analyzers.EXK102.min_entropy", "secrets_analyzers.EXK201.allowed_hosts", "secrets_analyzers.min_length" },
                raw.Reads);
        }

        [Fact]
        public void Unset_keys_fall_back_to_defaults()
        {
            var (options, _) = Make(new Dictionary<string, string>(KeyComparer) { ["secrets_analyzers.EXK102.min_entropy"] = "NaN" });
            Assert.Equal(3.0, options.GetDouble("EXK102", OptionKeys.MinEntropy, 3.0));
            Assert.Empty(options.GetList("EXK201", OptionKeys.AllowedHosts));
            Assert.Null(options.GetString(null, OptionKeys.AllowedHosts));
            Assert.True(options.GetBool("EXK105", OptionKeys.RespectGitIgnore, true));
        }
    }
}
