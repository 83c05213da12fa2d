using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace SecretsAnalyzers.Tests.Hardening
{
    /// <summary>
    /// Deterministic source mutations: delete, duplicate and swap tokens, truncate, insert random unicode, unbalanced
    /// quotes and braces, and preprocessor directives. One instance per seed source (its token spans are computed once).
    /// </summary>
    public sealed class Mutator
    {
        private static readonly string[] Unicode =
        {
            "\u0000", "\uFEFF", "\u200B", "\u202E", "\u2028", "\u2029", "\uD800", "\uDC00", "\uD83D\uDE80", "\u0301",
            "\u00A0", "\u3000", "\uFFFF", "\uFFFD", "\u0085", "\u000B", "\u001A", "é", "Ω", "𝒳", "\\u0041", "\\U0001F600",
        };

        private static readonly string[] Quotes = { "\"", "'", "@\"", "$\"", "$@\"", "\"\"\"", "$$\"\"\"", "\"\"\"\"", "\"{", "$\"{", "'\\", "\"\\", "u8\"", "{{", "}}" };
        private static readonly string[] Braces = { "{", "}", "(", ")", "[", "]", "<", ">", "{{{", "}}}", "((", "))", "<<", ">>", "?.", "=>", "!", "?", ";" };

        private static readonly string[] Directives =
        {
            "#if DEBUG", "#if !NEVER", "#if NEVER", "#else", "#elif X", "#endif", "#region Keys", "#endregion", "#define SECRET",
            "#undef DEBUG", "#pragma warning disable EXK101", "#pragma warning restore", "#nullable disable", "#nullable enable",
            "#line 1 \"other.cs\"", "#line hidden", "#line default", "#error broken", "#warning half", "#pragma checksum \"a.cs\" \"{00000000-0000-0000-0000-000000000000}\" \"00\"",
            "#:package x", "#!", "#",
        };

        private readonly string _text;
        private readonly ImmutableArray<TextSpan> _tokens;

        public Mutator(string text)
        {
            _text = text;
            _tokens = CSharpSyntaxTree.ParseText(text, HardeningHarness.ParseOptions).GetRoot()
                .DescendantTokens(descendIntoTrivia: true)
                .Where(t => t.Span.Length > 0)
                .Select(t => t.Span)
                .ToImmutableArray();
        }

        /// <summary>Applies one to four random mutations.</summary>
        public string Mutate(Random rng)
        {
            var text = _text;
            var count = 1 + rng.Next(4);
            for (var i = 0; i < count; i++) text = MutateOnce(text, rng, useTokens: i == 0);
            return text;
        }

        /// <summary>The source cut at <paramref name="position"/>: what the IDE sees while the user types.</summary>
        public static string Cut(string text, int position) => text.Substring(0, Math.Clamp(position, 0, text.Length));

        private string MutateOnce(string text, Random rng, bool useTokens)
        {
            // Token operations use the seed's token spans, so they apply only to the first (unmodified) text.
            var op = rng.Next(useTokens && _tokens.Length > 2 ? 10 : 6);
            switch (op)
            {
                case 0: return Truncate(text, rng);
                case 1: return Insert(text, rng, Pick(rng, Unicode) + (rng.Next(3) == 0 ? Pick(rng, Unicode) : ""));
                case 2: return Insert(text, rng, Pick(rng, Quotes));
                case 3: return Insert(text, rng, Pick(rng, Braces));
                case 4: return InsertLine(text, rng, Pick(rng, Directives));
                case 5: return DuplicateRange(text, rng);
                case 6: return DeleteTokens(text, rng);
                case 7: return DuplicateToken(text, rng);
                case 8: return SwapTokens(text, rng);
                default: return ReplaceToken(text, rng);
            }
        }

        private static string Truncate(string text, Random rng) => text.Substring(0, rng.Next(text.Length + 1));

        private static string Insert(string text, Random rng, string what)
        {
            var at = rng.Next(text.Length + 1);
            return text.Substring(0, at) + what + text.Substring(at);
        }

        private static string InsertLine(string text, Random rng, string directive)
        {
            var at = rng.Next(text.Length + 1);
            var lineStart = text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
            if (at == 0) lineStart = 0;
            return text.Substring(0, lineStart) + directive + "\n" + text.Substring(lineStart);
        }

        private static string DuplicateRange(string text, Random rng)
        {
            if (text.Length == 0) return text;
            var start = rng.Next(text.Length);
            var length = Math.Min(text.Length - start, 1 + rng.Next(400));
            return text.Substring(0, start + length) + text.Substring(start, length) + text.Substring(start + length);
        }

        private string DeleteTokens(string text, Random rng)
        {
            var first = rng.Next(_tokens.Length);
            var last = Math.Min(_tokens.Length - 1, first + rng.Next(3));
            var span = TextSpan.FromBounds(_tokens[first].Start, _tokens[last].End);
            return text.Remove(span.Start, span.Length);
        }

        private string DuplicateToken(string text, Random rng)
        {
            var t = _tokens[rng.Next(_tokens.Length)];
            return text.Insert(t.End, " " + text.Substring(t.Start, t.Length));
        }

        private string SwapTokens(string text, Random rng)
        {
            var i = rng.Next(_tokens.Length);
            var j = rng.Next(3) == 0 ? rng.Next(_tokens.Length) : Math.Min(_tokens.Length - 1, i + 1 + rng.Next(4));
            if (i == j) return text;
            var (a, b) = i < j ? (_tokens[i], _tokens[j]) : (_tokens[j], _tokens[i]);
            return text.Substring(0, a.Start) + text.Substring(b.Start, b.Length) + text.Substring(a.End, b.Start - a.End)
                + text.Substring(a.Start, a.Length) + text.Substring(b.End);
        }

        private string ReplaceToken(string text, Random rng)
        {
            var t = _tokens[rng.Next(_tokens.Length)];
            string[] replacements =
            {
                "null", "default", "\"\"", "\"http://\"", "\"ws://\"", "\"https://api.binance.com\"", "__arglist", "stackalloc", "await",
                "dynamic", "nameof", "typeof(void)", "1e400", "0x", "\"" + HardeningSecrets.BinanceSecret + "\"", "new()", "this", "base",
                "ref", "out", "in", "params", "throw", "yield", "=>", "?.", "!", "..", "..^1", "with { }", "@", "$\"{", "\"\"\"\n\"\"\"",
            };
            return text.Substring(0, t.Start) + Pick(rng, replacements) + text.Substring(t.End);
        }

        private static string Pick(Random rng, string[] items) => items[rng.Next(items.Length)];
    }
}
