using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis.Text;

namespace SecretsAnalyzers.Internal.ConfigFiles
{
    /// <summary>
    /// A lenient, non-recursive JSON reader for appsettings-style files. Accepts what the .NET configuration JSON
    /// provider accepts (// and /* */ comments, trailing commas) plus a leading byte-order mark and single-quoted
    /// strings. Stops at the first real syntax error (unterminated string or comment, a bare word, a missing ':' or
    /// ',', nesting deeper than <see cref="MaxDepth"/>, truncated input) and reports it; what was read before stays.
    /// </summary>
    internal static class JsonConfigReader
    {
        public const int MaxDepth = 1000;

        public static ConfigFile Read(string path, SourceText text, ConfigFileKind kind, CancellationToken cancellationToken)
        {
            var parser = new Parser(text, cancellationToken);
            parser.Run();
            return new ConfigFile(path, kind, parser.Entries.ToImmutable(), parser.Error);
        }

        private enum State
        {
            Value,
            ObjectKeyOrEnd,
            ObjectColon,
            AfterObjectValue,
            ArrayValueOrEnd,
            AfterArrayValue,
            End,
        }

        private sealed class Container
        {
            public bool IsArray;
            public int Index;
            public string Key = "";
            public TextSpan KeySpan;

            /// <summary>The path node of this container itself (null for the root): its members hang below it.</summary>
            public ConfigPath? Node;

            /// <summary>The current member's segment: the property name, or the item index as text.</summary>
            public string Segment => IsArray ? Index.ToString(CultureInfo.InvariantCulture) : Key;
        }

        private sealed class Parser
        {
            private readonly SourceText _text;
            private readonly string _s;
            private readonly CancellationToken _ct;
            private readonly List<Container> _stack = new List<Container>();
            private int _pos;

            public Parser(SourceText text, CancellationToken ct)
            {
                _text = text;
                _s = text.ToString();
                _ct = ct;
            }

            public ImmutableArray<ConfigEntry>.Builder Entries { get; } = ImmutableArray.CreateBuilder<ConfigEntry>();

            public ConfigReadError? Error { get; private set; }

            public void Run()
            {
                if (_s.Length > 0 && _s[0] == '\uFEFF') _pos = 1;
                if (!SkipTrivia()) return;
                if (_pos >= _s.Length) return;   // an empty file holds nothing

                var state = State.Value;
                var steps = 0;
                while (state != State.End)
                {
                    if ((++steps & 0xFFF) == 0) _ct.ThrowIfCancellationRequested();
                    if (!SkipTrivia()) return;
                    var eof = _pos >= _s.Length;
                    var c = eof ? '\0' : _s[_pos];
                    switch (state)
                    {
                        case State.Value:
                            if (eof) { Fail("unexpected end of file"); return; }
                            if (c == '{' || c == '[')
                            {
                                if (_stack.Count >= MaxDepth) { Fail("nesting deeper than " + MaxDepth.ToString(CultureInfo.InvariantCulture) + " levels"); return; }
                                _stack.Add(new Container { IsArray = c == '[', Node = _stack.Count == 0 ? null : Child(_stack[_stack.Count - 1]) });
                                _pos++;
                                state = c == '{' ? State.ObjectKeyOrEnd : State.ArrayValueOrEnd;
                            }
                            else if (c == '"' || c == '\'')
                            {
                                if (!ReadString(out var value, out var span)) return;
                                Emit(value, ConfigValueKind.String, span);
                                state = AfterValue();
                            }
                            else
                            {
                                var start = _pos;
                                while (_pos < _s.Length && IsBareChar(_s[_pos])) _pos++;
                                var token = _s.Substring(start, _pos - start);
                                var kind = LiteralKind(token);
                                if (kind is null)
                                {
                                    _pos = start;
                                    Fail(token.Length == 0 ? "unexpected character" : "unexpected word (strings must be quoted)");
                                    return;
                                }

                                Emit(token, kind.Value, new TextSpan(start, token.Length));
                                state = AfterValue();
                            }

                            break;

                        case State.ObjectKeyOrEnd:
                            if (eof) { Fail("unexpected end of file (missing '}')"); return; }
                            if (c == '}') { Pop(); state = AfterValue(); break; }
                            if (c == '"' || c == '\'')
                            {
                                if (!ReadString(out var key, out var keySpan)) return;
                                var top = _stack[_stack.Count - 1];
                                top.Key = key;
                                top.KeySpan = keySpan;
                                state = State.ObjectColon;
                                break;
                            }

                            Fail("expected a quoted property name");
                            return;

                        case State.ObjectColon:
                            if (c != ':') { Fail(eof ? "unexpected end of file (missing ':')" : "expected ':'"); return; }
                            _pos++;
                            state = State.Value;
                            break;

                        case State.AfterObjectValue:
                            if (c == ',') { _pos++; state = State.ObjectKeyOrEnd; break; }
                            if (c == '}') { Pop(); state = AfterValue(); break; }
                            Fail(eof ? "unexpected end of file (missing '}')" : "expected ',' or '}'");
                            return;

                        case State.ArrayValueOrEnd:
                            if (eof) { Fail("unexpected end of file (missing ']')"); return; }
                            if (c == ']') { Pop(); state = AfterValue(); break; }
                            state = State.Value;
                            break;

                        case State.AfterArrayValue:
                            if (c == ',') { _pos++; _stack[_stack.Count - 1].Index++; state = State.ArrayValueOrEnd; break; }
                            if (c == ']') { Pop(); state = AfterValue(); break; }
                            Fail(eof ? "unexpected end of file (missing ']')" : "expected ',' or ']'");
                            return;
                    }
                }

                if (!SkipTrivia()) return;
                if (_pos < _s.Length) Fail("unexpected content after the end of the document");
            }

            private void Pop()
            {
                _stack.RemoveAt(_stack.Count - 1);
                _pos++;
            }

            private State AfterValue()
            {
                if (_stack.Count == 0) return State.End;
                return _stack[_stack.Count - 1].IsArray ? State.AfterArrayValue : State.AfterObjectValue;
            }

            /// <summary>The node of the current member of <paramref name="container"/>: parent node + one segment, never a whole path.</summary>
            private static ConfigPath Child(Container container) => new ConfigPath(container.Node, container.Segment);

            private void Emit(string value, ConfigValueKind kind, TextSpan span)
            {
                ConfigPath node;
                var keySpan = default(TextSpan);
                if (_stack.Count == 0)
                {
                    node = new ConfigPath(null, "");
                }
                else
                {
                    var top = _stack[_stack.Count - 1];
                    node = Child(top);
                    if (!top.IsArray) keySpan = top.KeySpan;
                }

                Entries.Add(new ConfigEntry(node, node.Segment, value, kind, span, _text.Lines.GetLinePositionSpan(span), keySpan));
            }

            /// <summary>Reads a quoted string at <see cref="_pos"/>; the span is the text between the quotes.</summary>
            private bool ReadString(out string value, out TextSpan span)
            {
                var quote = _s[_pos];
                var start = ++_pos;
                StringBuilder? sb = null;
                var runStart = start;
                while (_pos < _s.Length)
                {
                    var c = _s[_pos];
                    if (c == quote)
                    {
                        span = TextSpan.FromBounds(start, _pos);
                        if (sb is null)
                        {
                            value = _s.Substring(start, _pos - start);
                        }
                        else
                        {
                            sb.Append(_s, runStart, _pos - runStart);
                            value = sb.ToString();
                        }

                        _pos++;
                        return true;
                    }

                    if (c == '\n' || c == '\r') break;   // JSON strings cannot span lines: the closing quote is missing
                    if (c == '\\')
                    {
                        sb ??= new StringBuilder();
                        sb.Append(_s, runStart, _pos - runStart);
                        _pos++;
                        if (_pos >= _s.Length) break;
                        var e = _s[_pos];
                        switch (e)
                        {
                            case 'n': sb.Append('\n'); break;
                            case 'r': sb.Append('\r'); break;
                            case 't': sb.Append('\t'); break;
                            case 'b': sb.Append('\b'); break;
                            case 'f': sb.Append('\f'); break;
                            case 'u':
                                if (_pos + 4 < _s.Length && int.TryParse(_s.Substring(_pos + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code))
                                {
                                    sb.Append((char)code);
                                    _pos += 4;
                                }
                                else
                                {
                                    sb.Append('u');
                                }

                                break;
                            default: sb.Append(e); break;   // \" \\ \/ and lenient unknown escapes
                        }

                        _pos++;
                        runStart = _pos;
                        continue;
                    }

                    _pos++;
                }

                value = "";
                span = default;
                Fail("unterminated string", start - 1);
                return false;
            }

            /// <summary>Skips whitespace and comments. False (with an error) on an unterminated block comment.</summary>
            private bool SkipTrivia()
            {
                while (_pos < _s.Length)
                {
                    var c = _s[_pos];
                    if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\uFEFF' || char.IsWhiteSpace(c))
                    {
                        _pos++;
                    }
                    else if (c == '/' && _pos + 1 < _s.Length && _s[_pos + 1] == '/')
                    {
                        _pos += 2;
                        while (_pos < _s.Length && _s[_pos] != '\n' && _s[_pos] != '\r') _pos++;
                    }
                    else if (c == '/' && _pos + 1 < _s.Length && _s[_pos + 1] == '*')
                    {
                        var end = _s.IndexOf("*/", _pos + 2, System.StringComparison.Ordinal);
                        if (end < 0)
                        {
                            Fail("unterminated comment");
                            return false;
                        }

                        _pos = end + 2;
                    }
                    else
                    {
                        break;
                    }
                }

                return true;
            }

            private static bool IsBareChar(char c) =>
                (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == '_';

            private static ConfigValueKind? LiteralKind(string token)
            {
                if (token.Length == 0) return null;
                if (token == "true") return ConfigValueKind.True;
                if (token == "false") return ConfigValueKind.False;
                if (token == "null") return ConfigValueKind.Null;
                return double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out _) ? ConfigValueKind.Number : (ConfigValueKind?)null;
            }

            private void Fail(string reason) => Fail(reason, _pos);

            private void Fail(string reason, int position)
            {
                if (Error is null) Error = ConfigFileReader.MakeError(_text, reason, position);
            }
        }
    }
}
