using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis.Text;

namespace SecretsAnalyzers.Internal.ConfigFiles
{
    /// <summary>
    /// Reads .NET Framework XML configuration (<c>App.config</c>, <c>Web.config</c> and their transforms): appSettings
    /// <c>&lt;add key="BinanceApiSecret" value="…"/&gt;</c> (path = the key, as <c>ConfigurationManager.AppSettings</c>
    /// reads it), connectionStrings <c>&lt;add name="Trades" connectionString="…"/&gt;</c> (path
    /// <c>ConnectionStrings:Trades</c>) and settings sections <c>&lt;setting name="ApiKey"&gt;&lt;value&gt;…&lt;/value&gt;&lt;/setting&gt;</c>.
    /// A scanner over the text, not an XML parser: comments and CDATA are skipped, entities in values are decoded, other
    /// elements are ignored; an unterminated comment, tag or attribute is the only error (entries before it are kept).
    /// </summary>
    internal static class XmlConfigReader
    {
        public static ConfigFile Read(string path, SourceText text, CancellationToken cancellationToken)
        {
            var s = text.ToString();
            var entries = ImmutableArray.CreateBuilder<ConfigEntry>();
            ConfigReadError? error = null;
            var attributes = new List<Attribute>();
            var i = 0;
            var steps = 0;
            while (i < s.Length)
            {
                if ((++steps & 0x3FF) == 0) cancellationToken.ThrowIfCancellationRequested();
                var lt = s.IndexOf('<', i);
                if (lt < 0) break;
                if (string.CompareOrdinal(s, lt, "<!--", 0, 4) == 0 || string.CompareOrdinal(s, lt, "<![CDATA[", 0, 9) == 0)
                {
                    var comment = s[lt + 2] == '-';
                    var close = s.IndexOf(comment ? "-->" : "]]>", lt + 4, System.StringComparison.Ordinal);
                    if (close < 0)
                    {
                        error = ConfigFileReader.MakeError(text, comment ? "unterminated comment" : "unterminated CDATA section", lt);
                        break;
                    }

                    i = close + 3;
                    continue;
                }

                var nameStart = lt + 1;
                var nameEnd = nameStart;
                while (nameEnd < s.Length && IsNameChar(s[nameEnd])) nameEnd++;
                var element = s.Substring(nameStart, nameEnd - nameStart);
                var isAdd = element == "add";
                var isSetting = element == "setting";

                // Read the tag to its '>' (quoted '>' inside attribute values do not end it), collecting attributes of
                // the elements that carry values.
                attributes.Clear();
                var tagEnd = ReadTag(s, nameEnd, isAdd || isSetting ? attributes : null, out var unterminatedAt);
                if (tagEnd < 0)
                {
                    error = ConfigFileReader.MakeError(text, unterminatedAt >= 0 ? "unterminated attribute value" : "unterminated tag",
                        unterminatedAt >= 0 ? unterminatedAt : lt);
                    break;
                }

                i = tagEnd + 1;
                if (isAdd)
                {
                    if (Find(attributes, "key") is { } key && Find(attributes, "value") is { } value)
                        entries.Add(Entry(text, key.Value, value, key));
                    else if (Find(attributes, "name") is { } name && Find(attributes, "connectionString") is { } connection)
                        entries.Add(Entry(text, "ConnectionStrings:" + name.Value, connection, name));
                }
                else if (isSetting && s[tagEnd - 1] != '/' && Find(attributes, "name") is { } setting)
                {
                    // <setting name="ApiKey" serializeAs="String"><value>…</value></setting>
                    var settingEnd = s.IndexOf("</setting>", i, System.StringComparison.Ordinal);
                    var open = s.IndexOf("<value>", i, System.StringComparison.Ordinal);
                    if (open >= 0 && (settingEnd < 0 || open < settingEnd))
                    {
                        var start = open + "<value>".Length;
                        var close = s.IndexOf("</value>", start, System.StringComparison.Ordinal);
                        if (close >= 0)
                        {
                            var span = TextSpan.FromBounds(start, close);
                            entries.Add(Entry(text, setting.Value, new Attribute("value", Decode(s, start, close), span), setting));
                            i = close;
                        }
                    }
                }
            }

            return new ConfigFile(path, ConfigFileKind.XmlConfig, entries.ToImmutable(), error);
        }

        private readonly struct Attribute
        {
            public Attribute(string name, string value, TextSpan valueSpan)
            {
                Name = name;
                Value = value;
                ValueSpan = valueSpan;
            }

            public string Name { get; }

            public string Value { get; }

            public TextSpan ValueSpan { get; }
        }

        private static ConfigEntry Entry(SourceText text, string path, in Attribute value, in Attribute key)
        {
            var node = ConfigPath.Parse(path);
            return new ConfigEntry(node, node.Segment, value.Value, ConfigValueKind.String, value.ValueSpan,
                text.Lines.GetLinePositionSpan(value.ValueSpan), key.ValueSpan);
        }

        private static Attribute? Find(List<Attribute> attributes, string name)
        {
            foreach (var attribute in attributes)
            {
                if (attribute.Name == name) return attribute;
            }

            return null;
        }

        /// <summary>The index of the tag's closing '>' (-1 when the text ends first; <paramref name="unterminatedAt"/> is then the
        /// opening quote of an unterminated attribute value, or -1).</summary>
        private static int ReadTag(string s, int i, List<Attribute>? attributes, out int unterminatedAt)
        {
            unterminatedAt = -1;
            while (i < s.Length)
            {
                var c = s[i];
                if (c == '>') return i;
                if (!IsNameChar(c))
                {
                    i++;
                    continue;
                }

                var nameStart = i;
                while (i < s.Length && IsNameChar(s[i])) i++;
                var name = s.Substring(nameStart, i - nameStart);
                while (i < s.Length && char.IsWhiteSpace(s[i])) i++;
                if (i >= s.Length || s[i] != '=') continue;
                i++;
                while (i < s.Length && char.IsWhiteSpace(s[i])) i++;
                if (i >= s.Length) return -1;
                var quote = s[i];
                if (quote != '"' && quote != '\'') continue;
                var close = s.IndexOf(quote, i + 1);
                if (close < 0)
                {
                    unterminatedAt = i;
                    return -1;
                }

                attributes?.Add(new Attribute(name, Decode(s, i + 1, close), TextSpan.FromBounds(i + 1, close)));
                i = close + 1;
            }

            return -1;
        }

        /// <summary>The text between <paramref name="start"/> and <paramref name="end"/> with XML entities decoded.</summary>
        private static string Decode(string s, int start, int end)
        {
            var amp = s.IndexOf('&', start, end - start);
            if (amp < 0) return s.Substring(start, end - start);
            var sb = new StringBuilder(end - start);
            var i = start;
            while (i < end)
            {
                var c = s[i];
                var semicolon = c == '&' ? s.IndexOf(';', i + 1, System.Math.Min(10, end - i - 1)) : -1;
                if (semicolon > i)
                {
                    var entity = s.Substring(i + 1, semicolon - i - 1);
                    string? replacement = entity switch
                    {
                        "amp" => "&",
                        "lt" => "<",
                        "gt" => ">",
                        "quot" => "\"",
                        "apos" => "'",
                        _ => CharacterReference(entity),
                    };
                    if (replacement is not null)
                    {
                        sb.Append(replacement);
                        i = semicolon + 1;
                        continue;
                    }
                }

                sb.Append(c);
                i++;
            }

            return sb.ToString();
        }

        private static string? CharacterReference(string entity)
        {
            if (entity.Length < 2 || entity[0] != '#') return null;
            var hex = entity[1] == 'x' || entity[1] == 'X';
            var digits = entity.Substring(hex ? 2 : 1);
            if (!int.TryParse(digits, hex ? System.Globalization.NumberStyles.HexNumber : System.Globalization.NumberStyles.Integer,
                    System.Globalization.CultureInfo.InvariantCulture, out var code) || code <= 0 || code > 0xFFFF)
                return null;
            return ((char)code).ToString();
        }

        private static bool IsNameChar(char c) =>
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == ':' || c == '.' || c == '-';
    }
}
