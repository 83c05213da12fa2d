using System.Collections.Immutable;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis.Text;

namespace SecretsAnalyzers.Internal.ConfigFiles
{
    /// <summary>
    /// Reads .env files: <c>NAME=value</c> lines, optional <c>export</c>, <c># comments</c>, unquoted values (an
    /// inline <c> #</c> starts a comment), single-quoted literal values and double-quoted values with escapes that may
    /// span lines (PEM blocks). Lines that are not assignments are skipped; an unterminated quote is the only error.
    /// Names map <c>__</c> to ':' in <see cref="ConfigEntry.Path"/> as .NET configuration does.
    /// </summary>
    internal static class DotEnvReader
    {
        public static ConfigFile Read(string path, SourceText text, CancellationToken cancellationToken)
        {
            var s = text.ToString();
            var entries = ImmutableArray.CreateBuilder<ConfigEntry>();
            ConfigReadError? error = null;
            var pos = s.Length > 0 && s[0] == '\uFEFF' ? 1 : 0;
            var lines = 0;
            while (pos < s.Length)
            {
                if ((++lines & 0x3FF) == 0) cancellationToken.ThrowIfCancellationRequested();
                var lineEnd = IndexOfLineEnd(s, pos);

                var i = SkipSpaces(s, pos, lineEnd);
                if (i < lineEnd && s[i] != '#' && StartsWithWord(s, i, lineEnd, "export")) i = SkipSpaces(s, i + 6, lineEnd);

                var nameStart = i;
                while (i < lineEnd && IsNameChar(s[i])) i++;
                var nameEnd = i;
                i = SkipSpaces(s, i, lineEnd);
                if (nameEnd == nameStart || i >= lineEnd || (s[i] != '=' && s[i] != ':'))
                {
                    pos = NextLine(s, lineEnd);
                    continue;
                }

                i = SkipSpaces(s, i + 1, lineEnd);
                var name = s.Substring(nameStart, nameEnd - nameStart);
                string value;
                TextSpan span;
                if (i < lineEnd && (s[i] == '"' || s[i] == '\'' || s[i] == '`'))
                {
                    var quote = s[i];
                    var start = i + 1;
                    var j = start;
                    StringBuilder? sb = null;
                    var run = start;
                    while (j < s.Length && s[j] != quote)
                    {
                        if (s[j] == '\\' && quote == '"' && j + 1 < s.Length)
                        {
                            sb ??= new StringBuilder();
                            sb.Append(s, run, j - run);
                            var e = s[j + 1];
                            sb.Append(e == 'n' ? '\n' : e == 'r' ? '\r' : e == 't' ? '\t' : e);
                            j += 2;
                            run = j;
                            continue;
                        }

                        j++;
                    }

                    if (j >= s.Length)
                    {
                        error = ConfigFileReader.MakeError(text, "unterminated quoted value", i);
                        break;
                    }

                    span = TextSpan.FromBounds(start, j);
                    if (sb is null)
                    {
                        value = s.Substring(start, j - start);
                    }
                    else
                    {
                        sb.Append(s, run, j - run);
                        value = sb.ToString();
                    }

                    lineEnd = IndexOfLineEnd(s, j);
                }
                else
                {
                    var end = lineEnd;
                    for (var k = i; k < lineEnd; k++)
                    {
                        if (s[k] == '#' && k > i && (s[k - 1] == ' ' || s[k - 1] == '\t'))
                        {
                            end = k;
                            break;
                        }
                    }

                    while (end > i && (s[end - 1] == ' ' || s[end - 1] == '\t')) end--;
                    span = TextSpan.FromBounds(i, end);
                    value = s.Substring(i, end - i);
                }

                var pathName = name.Replace("__", ":");
                entries.Add(new ConfigEntry(ConfigPath.Parse(pathName), name, value, ConfigValueKind.String, span,
                    text.Lines.GetLinePositionSpan(span), TextSpan.FromBounds(nameStart, nameEnd)));
                pos = NextLine(s, lineEnd);
            }

            return new ConfigFile(path, ConfigFileKind.DotEnv, entries.ToImmutable(), error);
        }

        private static int IndexOfLineEnd(string s, int from)
        {
            var i = from;
            while (i < s.Length && s[i] != '\n' && s[i] != '\r') i++;
            return i;
        }

        private static int NextLine(string s, int lineEnd)
        {
            var i = lineEnd;
            if (i < s.Length && s[i] == '\r') i++;
            if (i < s.Length && s[i] == '\n') i++;
            return i == lineEnd && i < s.Length ? i + 1 : i;
        }

        private static int SkipSpaces(string s, int i, int end)
        {
            while (i < end && (s[i] == ' ' || s[i] == '\t' || s[i] == '\uFEFF')) i++;
            return i;
        }

        private static bool StartsWithWord(string s, int i, int end, string word) =>
            i + word.Length < end && string.CompareOrdinal(s, i, word, 0, word.Length) == 0 && (s[i + word.Length] == ' ' || s[i + word.Length] == '\t');

        private static bool IsNameChar(char c) =>
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-';
    }
}
