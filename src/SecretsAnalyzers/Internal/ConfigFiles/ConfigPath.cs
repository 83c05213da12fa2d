using System.Collections.Generic;
using System.Text;

namespace SecretsAnalyzers.Internal.ConfigFiles
{
    /// <summary>
    /// One segment of a configuration key path, linked to its parent: the reader creates one node per object member or
    /// array item it enters, never a whole path. <see cref="Full"/> joins the segments with ':' only when asked, without
    /// recursion, and keeps the result on the node and its ancestors, so the items of one array share their parent's
    /// text and a path is built once however many rules ask for it.
    /// </summary>
    internal sealed class ConfigPath
    {
        private string? _full;

        public ConfigPath(ConfigPath? parent, string segment)
        {
            Parent = parent;
            Segment = segment;
        }

        /// <summary>The enclosing section, or null at the top level.</summary>
        public ConfigPath? Parent { get; }

        /// <summary>The property name or array index of this node.</summary>
        public string Segment { get; }

        /// <summary>The full key path ("Binance:ApiSecret", "Exchanges:0:Secret").</summary>
        public string Full
        {
            get
            {
                if (_full is not null) return _full;
                var pending = new Stack<ConfigPath>();
                var node = this;
                while (node is not null && node._full is null)
                {
                    pending.Push(node);
                    node = node.Parent;
                }

                var prefix = node?._full;
                while (pending.Count > 0)
                {
                    var next = pending.Pop();
                    next._full = prefix is null ? next.Segment : prefix + ":" + next.Segment;
                    prefix = next._full;
                }

                return _full!;
            }
        }

        /// <summary>
        /// The path from the <paramref name="namedSegments"/>-th last segment that is not an array index to the end,
        /// indexes included ("Exchanges:0:Binance:Secret", 2 → "Binance:Secret"; the whole path when it has fewer);
        /// walks up only as far as needed.
        /// </summary>
        public string Tail(int namedSegments)
        {
            var parts = new List<string>();
            var named = 0;
            for (var node = this; node is not null && named < namedSegments; node = node.Parent)
            {
                parts.Add(node.Segment);
                if (!IsIndex(node.Segment)) named++;
            }

            var sb = new StringBuilder();
            for (var i = parts.Count - 1; i >= 0; i--)
            {
                sb.Append(parts[i]);
                if (i > 0) sb.Append(':');
            }

            return sb.ToString();
        }

        /// <summary>A node chain for a ':'-separated path (the .env reader's names).</summary>
        public static ConfigPath Parse(string path)
        {
            ConfigPath? node = null;
            var start = 0;
            for (var i = 0; i <= path.Length; i++)
            {
                if (i < path.Length && path[i] != ':') continue;
                node = new ConfigPath(node, path.Substring(start, i - start));
                start = i + 1;
            }

            node!._full = path;
            return node;
        }

        public static bool IsIndex(string segment)
        {
            if (segment.Length == 0) return false;
            foreach (var c in segment)
            {
                if (c < '0' || c > '9') return false;
            }

            return true;
        }

        public override string ToString() => Full;
    }
}
