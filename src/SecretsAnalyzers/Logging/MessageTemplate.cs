using System.Collections.Generic;

namespace SecretsAnalyzers.Logging
{
    /// <summary>One <c>{Name}</c>, <c>{@Name}</c>, <c>{$Name}</c> or <c>{0}</c> hole of a structured-logging message template.</summary>
    internal readonly struct TemplatePlaceholder
    {
        public TemplatePlaceholder(int start, int length, string name, bool destructure)
        {
            Start = start;
            Length = length;
            Name = name;
            Destructure = destructure;
        }

        /// <summary>Offset of the opening brace in the template text.</summary>
        public int Start { get; }

        /// <summary>Length including both braces.</summary>
        public int Length { get; }

        public string Name { get; }

        public bool Destructure { get; }
    }

    /// <summary>Parses message templates (Microsoft.Extensions.Logging, Serilog, NLog): <c>{{</c> and <c>}}</c> are escapes.</summary>
    internal static class MessageTemplate
    {
        private static readonly char[] FormatSeparators = { ',', ':' };

        public static List<TemplatePlaceholder> Parse(string? template)
        {
            var result = new List<TemplatePlaceholder>();
            if (string.IsNullOrEmpty(template)) return result;
            var t = template!;
            for (var i = 0; i < t.Length; i++)
            {
                var c = t[i];
                if (c == '{')
                {
                    if (i + 1 < t.Length && t[i + 1] == '{') { i++; continue; }
                    var close = t.IndexOf('}', i + 1);
                    if (close < 0) break;
                    var inner = t.Substring(i + 1, close - i - 1);
                    var destructure = inner.StartsWith("@", System.StringComparison.Ordinal);
                    var name = inner.TrimStart('@', '$');
                    var cut = name.IndexOfAny(FormatSeparators);
                    if (cut >= 0) name = name.Substring(0, cut);
                    result.Add(new TemplatePlaceholder(i, close - i + 1, name.Trim(), destructure));
                    i = close;
                }
                else if (c == '}' && i + 1 < t.Length && t[i + 1] == '}')
                {
                    i++;
                }
            }

            return result;
        }

        /// <summary>
        /// The placeholder a value argument fills: positional templates (<c>{0}</c>, string.Format style) by number,
        /// named templates in order of first appearance. -1 when none.
        /// </summary>
        public static int PlaceholderFor(List<TemplatePlaceholder> placeholders, int valueIndex)
        {
            var numeric = placeholders.Count > 0;
            foreach (var p in placeholders)
            {
                if (!int.TryParse(p.Name, out _)) { numeric = false; break; }
            }

            if (numeric)
            {
                for (var i = 0; i < placeholders.Count; i++)
                {
                    if (int.TryParse(placeholders[i].Name, out var n) && n == valueIndex) return i;
                }

                return -1;
            }

            // Named: the valueIndex-th distinct name, counted in order of first appearance.
            var distinct = 0;
            for (var i = 0; i < placeholders.Count; i++)
            {
                if (SeenBefore(placeholders, i)) continue;
                if (distinct == valueIndex) return i;
                distinct++;
            }

            return -1;
        }

        private static bool SeenBefore(List<TemplatePlaceholder> placeholders, int index)
        {
            var name = placeholders[index].Name;
            for (var j = 0; j < index; j++)
            {
                if (placeholders[j].Name == name) return true;
            }

            return false;
        }
    }
}
