using System;
using System.Collections.Immutable;

namespace SecretsAnalyzers.Transport
{
    /// <summary>
    /// The parts of an <c>http://</c> or <c>ws://</c> URL that the transport rules need, read from the constant prefix
    /// of a literal, an interpolated string or a concatenation. The host is unknown (<see cref="Host"/> null) when the
    /// prefix ends before the host does (<c>$"http://{host}/api"</c>).
    /// </summary>
    internal readonly struct PlainUrl
    {
        private PlainUrl(bool isWebSocket, string? host, int port)
        {
            IsWebSocket = isWebSocket;
            Host = host;
            Port = port;
        }

        /// <summary>ws:// (EXK202) rather than http:// (EXK201).</summary>
        public bool IsWebSocket { get; }

        /// <summary>The host without userinfo and port (IPv6 hosts keep their brackets); null when computed at run time.</summary>
        public string? Host { get; }

        /// <summary>The explicit port, or -1.</summary>
        public int Port { get; }

        /// <summary>Cheap first test: does <paramref name="text"/> start with http:// or ws:// (any case)?</summary>
        public static bool HasPlainScheme(string? text) =>
            text is not null &&
            (text.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ||
             text.StartsWith("ws://", StringComparison.OrdinalIgnoreCase));

        /// <summary>
        /// Parses the constant <paramref name="prefix"/> of a URL. <paramref name="complete"/> says the whole value is
        /// constant. Returns false when the text is not a plain URL or is only the scheme ("http://").
        /// </summary>
        /// <remarks>
        /// Userinfo is never part of <see cref="Host"/>. A password may contain '/', '?', '#' or '\'
        /// (<c>http://KEY:pa/ss@api.binance.com</c>), so the host starts after the last '@' before the path, found by
        /// <see cref="HostStart"/>. When the authority cannot be told from userinfo yet (a prefix such as
        /// <c>"http://KEY:" + password</c>), the host is unknown rather than a guess that could be part of a credential.
        /// </remarks>
        public static bool TryParse(string prefix, bool complete, out PlainUrl url)
        {
            url = default;
            int start;
            bool ws;
            if (prefix.StartsWith("http://", StringComparison.OrdinalIgnoreCase)) { start = 7; ws = false; }
            else if (prefix.StartsWith("ws://", StringComparison.OrdinalIgnoreCase)) { start = 5; ws = true; }
            else return false;

            var hostStart = HostStart(prefix, start, complete, out var ambiguous);
            if (ambiguous)
            {
                // Userinfo may still follow ("http://KEY:" + password + "@host"), or the text is not a URL at all.
                if (complete) return false;
                url = new PlainUrl(ws, null, -1);
                return true;
            }

            var end = prefix.IndexOfAny(AuthorityEnd, hostStart);
            var authorityComplete = end >= 0 || complete;
            if (end < 0) end = prefix.Length;
            var authority = prefix.Substring(hostStart, end - hostStart);

            string host;
            string rest;
            bool hostComplete;
            if (authority.StartsWith("[", StringComparison.Ordinal))
            {
                var close = authority.IndexOf(']');
                hostComplete = close >= 0;
                host = hostComplete ? authority.Substring(0, close + 1) : authority;
                rest = hostComplete ? authority.Substring(close + 1) : "";
            }
            else
            {
                var colon = authority.IndexOf(':');
                hostComplete = colon >= 0 || authorityComplete;
                host = colon >= 0 ? authority.Substring(0, colon) : authority;
                rest = colon >= 0 ? authority.Substring(colon) : "";
            }

            if (!hostComplete)
            {
                url = new PlainUrl(ws, null, -1);
                return true;
            }

            if (host.Length == 0)
            {
                // The scheme alone ("http://") is a prefix constant, not an endpoint.
                if (authorityComplete && complete) return false;
                url = new PlainUrl(ws, null, -1);
                return true;
            }

            var port = -1;
            if (rest.Length > 1 && rest[0] == ':' && int.TryParse(rest.Substring(1), out var p)) port = p;
            url = new PlainUrl(ws, host, port);
            return true;
        }

        /// <summary>
        /// Where the host of the URL in <paramref name="text"/> starts, <paramref name="start"/> being the first character
        /// after "scheme://". The host follows the last '@' of the authority. A '@' after the first '/', '?', '#' or '\'
        /// still ends userinfo unless the text before that character is a network name of its own
        /// (<c>localhost:5000/users/@me</c>, <c>api.corp.net/?mail=a@b.io</c>): <c>KEY:pa/ss@host</c> and
        /// <c>KEY/ss@host</c> are a user name and password, whatever follows. <paramref name="ambiguous"/> is set when
        /// the text before the first delimiter has a port that is not a number and no '@' ends it: the text is not a URL
        /// when complete, and when it is a prefix (<c>"http://KEY:" + password</c>) the host may still follow.
        /// </summary>
        internal static int HostStart(string text, int start, bool complete, out bool ambiguous)
        {
            ambiguous = false;
            var firstEnd = text.IndexOfAny(AuthorityEnd, start);
            var firstAuthorityEnd = firstEnd < 0 ? text.Length : firstEnd;
            var lastAt = text.LastIndexOf('@');
            if (lastAt >= start && lastAt < firstAuthorityEnd) return lastAt + 1;         // the ordinary case

            var own = text.Substring(start, firstAuthorityEnd - start);
            if (lastAt < start)
            {
                if (firstEnd < 0 && !complete)
                {
                    // "http://gateway.corp.net:" + port, but also "http://KEY:" + password + "@host".
                    if (own.IndexOf(':') >= 0 && !IsNetworkName(own)) ambiguous = true;
                }
                else if (!HasNumericPort(own))
                {
                    ambiguous = true;                                                       // "http://KEY:pa/ss": no URL
                }

                return start;
            }

            // A '@' in the path or query: the authority before it may carry its own userinfo ("u:p@host/?to=a@b.io").
            var ownAt = own.LastIndexOf('@');
            if (ownAt >= 0) return IsNetworkName(own.Substring(ownAt + 1)) ? start + ownAt + 1 : lastAt + 1;
            return IsNetworkName(own) ? start : lastAt + 1;
        }

        /// <summary>
        /// <c>host[:port]</c> with a numeric (or not yet typed) port and a host a network resolves without userinfo
        /// around it: dotted, an IP literal, localhost or a bind wildcard. A single label ("KEY") is not enough here:
        /// it is only ever asked about text that a later '@' or a non-numeric port makes look like a user name, and a
        /// password may itself contain '@' (<c>u:p@ss/w@host</c>).
        /// </summary>
        private static bool IsNetworkName(string authority)
        {
            if (!HasNumericPort(authority)) return false;
            if (authority.StartsWith("[", StringComparison.Ordinal)) return true;
            var colon = authority.IndexOf(':');
            var host = colon >= 0 ? authority.Substring(0, colon) : authority;
            if (host.Length == 0) return false;
            foreach (var ch in host)
            {
                if (!(char.IsLetterOrDigit(ch) || ch == '.' || ch == '-' || ch == '_' || ch == '+' || ch == '*')) return false;
            }

            return host.IndexOf('.') > 0 || host == "+" || host == "*" || host.Equals("localhost", StringComparison.OrdinalIgnoreCase);
        }

        private static bool HasNumericPort(string authority)
        {
            var from = authority.StartsWith("[", StringComparison.Ordinal) ? authority.IndexOf(']') + 1 : 0;
            if (from == 0 && authority.Length > 0 && authority[0] == '[') return true;     // "[::1" typed so far
            var colon = authority.IndexOf(':', from);
            if (colon < 0) return from == 0 || from == authority.Length;
            for (var i = colon + 1; i < authority.Length; i++)
            {
                if (authority[i] < '0' || authority[i] > '9') return false;
            }

            return true;
        }

        private static readonly char[] AuthorityEnd = { '/', '?', '#', '\\' };

        /// <summary>Loopback and wildcard bind addresses in every spelling: localhost, *.localhost, 127.0.0.0/8, [::1], 0.0.0.0.</summary>
        public static bool IsLoopback(string host)
        {
            var h = host.TrimEnd('.');
            if (h.Equals("localhost", StringComparison.OrdinalIgnoreCase) ||
                h.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase))
                return true;
            if (h == "0.0.0.0" || h == "+" || h == "*" || h == "[::]") return true;
            if (h.StartsWith("127.", StringComparison.Ordinal) && IsDottedDigits(h, 4)) return true;
            if (h.StartsWith("[", StringComparison.Ordinal) && h.EndsWith("]", StringComparison.Ordinal))
            {
                var v6 = h.Substring(1, h.Length - 2);
                var zone = v6.IndexOf('%');
                if (zone >= 0) v6 = v6.Substring(0, zone);
                if (v6 == "::1") return true;
                if (v6.StartsWith("::ffff:127.", StringComparison.OrdinalIgnoreCase) && IsDottedDigits(v6, 11)) return true;
                return IsExpandedIpv6Loopback(v6);
            }

            return false;
        }

        /// <summary>
        /// Hosts that name documents rather than endpoints: XML namespace owners and the reserved example domains
        /// (RFC 2606). <c>new Uri("http://www.w3.org/2001/XMLSchema")</c> is an identifier, not a connection.
        /// </summary>
        public static bool IsNonEndpointHost(string host)
        {
            var h = host.TrimEnd('.');
            foreach (var name in NonEndpointHosts)
            {
                if (h.Equals(name, StringComparison.OrdinalIgnoreCase) ||
                    h.EndsWith("." + name, StringComparison.OrdinalIgnoreCase))
                    return true;
            }

            return h.EndsWith(".example", StringComparison.OrdinalIgnoreCase) ||
                   h.EndsWith(".invalid", StringComparison.OrdinalIgnoreCase);
        }

        private static readonly string[] NonEndpointHosts =
        {
            "w3.org", "xmlsoap.org", "schemas.microsoft.com", "schemas.openxmlformats.org", "schemas.android.com",
            "purl.org", "xmlns.com", "ns.adobe.com", "json-schema.org", "docs.oasis-open.org", "tempuri.org",
            "schemas.datacontract.org", "xml.org", "schema.org", "opengis.net",
            "example.com", "example.org", "example.net",
        };

        /// <summary>Matches <paramref name="host"/> against the user's allowed hosts (exact, <c>*.suffix</c>, <c>.suffix</c> or <c>*</c>).</summary>
        public static bool IsAllowed(string host, ImmutableArray<string> allowed)
        {
            if (allowed.IsDefaultOrEmpty) return false;
            var h = host.TrimEnd('.');
            var bare = h.Length > 2 && h[0] == '[' ? h.Substring(1, h.Length - 2) : h;
            foreach (var raw in allowed)
            {
                var entry = raw.Trim();
                if (entry.Length == 0) continue;
                if (entry == "*") return true;
                if (entry.StartsWith("*.", StringComparison.Ordinal) || entry.StartsWith(".", StringComparison.Ordinal))
                {
                    var suffix = entry.Substring(entry.IndexOf('.'));
                    if (h.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) ||
                        h.Equals(suffix.Substring(1), StringComparison.OrdinalIgnoreCase))
                        return true;
                    continue;
                }

                var e = entry.Length > 2 && entry[0] == '[' && entry[entry.Length - 1] == ']' ? entry.Substring(1, entry.Length - 2) : entry;
                if (e.Equals(bare, StringComparison.OrdinalIgnoreCase)) return true;
            }

            return false;
        }

        private static bool IsDottedDigits(string text, int from)
        {
            if (from >= text.Length) return false;
            for (var i = from; i < text.Length; i++)
            {
                var c = text[i];
                if (c != '.' && (c < '0' || c > '9')) return false;
            }

            return true;
        }

        private static bool IsExpandedIpv6Loopback(string v6)
        {
            // 0:0:0:0:0:0:0:1 and shortened forms such as 0::1 or ::0:1.
            if (v6.Length == 0 || v6[v6.Length - 1] != '1') return false;
            var sawDigitOne = false;
            for (var i = 0; i < v6.Length; i++)
            {
                var c = v6[i];
                if (c == ':' || c == '0') continue;
                if (c == '1' && i == v6.Length - 1 && !sawDigitOne) { sawDigitOne = true; continue; }
                return false;
            }

            return sawDigitOne && v6.IndexOf(':') >= 0 && (v6.EndsWith(":1", StringComparison.Ordinal));
        }
    }
}
