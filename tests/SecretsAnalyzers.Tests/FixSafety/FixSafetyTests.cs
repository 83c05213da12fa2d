using System;
using System.Linq;
using System.Threading.Tasks;
using SecretsAnalyzers.Tests.Hardening;

namespace SecretsAnalyzers.Tests.FixSafety
{
    /// <summary>
    /// Every action and every document Fix All of every fixer, on every snippet of <see cref="FixSafetyCorpus"/>: the
    /// result compiles without new errors, holds no conflict marker, keeps the lines outside the edited statements and
    /// members, fixes what Fix All was offered for, and a one-site Fix All equals the single fix.
    /// </summary>
    public sealed class FixSafetyTests
    {
        private readonly Xunit.Abstractions.ITestOutputHelper _output;

        public FixSafetyTests(Xunit.Abstractions.ITestOutputHelper output) => _output = output;

        public static TheoryData<string> Names()
        {
            var data = new TheoryData<string>();
            foreach (var s in FixSafetyCorpus.All) data.Add(s.Name);
            return data;
        }

        [Theory]
        [MemberData(nameof(Names))]
        public async Task Every_fix_compiles_and_keeps_unrelated_code(string name)
        {
            var snippet = FixSafetyCorpus.All.Single(s => s.Name == name);
            var outcome = await FixSafetyHarness.RunAsync(snippet);
            _output.WriteLine($"fix safety {name}: {outcome.Diagnostics} diagnostics, {outcome.Actions} actions, {outcome.FixAllRuns} Fix All runs");
            if (!name.StartsWith("sample_", StringComparison.Ordinal)) Assert.True(outcome.Actions > 0, $"{name} offers no fix: the snippet no longer exercises a fixer");
            Assert.True(outcome.Failures.Count == 0, $"{outcome.Failures.Count} unsafe fixes:{Environment.NewLine}{string.Join(Environment.NewLine, outcome.Failures.Distinct().Take(30))}");
        }
    }
}
