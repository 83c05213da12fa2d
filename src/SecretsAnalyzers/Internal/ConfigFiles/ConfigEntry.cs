using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SecretsAnalyzers.Internal.ConfigFiles
{
    /// <summary>The kind of a scalar read from a configuration file.</summary>
    internal enum ConfigValueKind
    {
        /// <summary>A JSON string, or any .env value.</summary>
        String = 0,
        Number,
        True,
        False,
        Null,
    }

    /// <summary>
    /// One scalar value of a configuration file with its key path and its exact position in the file.
    /// Paths follow Microsoft.Extensions.Configuration: object keys joined with ':' and array items by index
    /// (<c>Binance:ApiSecret</c>, <c>Exchanges:0:Secret</c>, <c>profiles:Bot:environmentVariables:BINANCE_SECRET</c>);
    /// .env names map <c>__</c> to ':' the same way (<c>Binance__ApiSecret</c> → <c>Binance:ApiSecret</c>).
    /// </summary>
    internal readonly struct ConfigEntry
    {
        public ConfigEntry(ConfigPath node, string key, string value, ConfigValueKind kind, TextSpan valueSpan,
            LinePositionSpan valueLineSpan, TextSpan keySpan)
        {
            Node = node;
            Key = key;
            Value = value;
            Kind = kind;
            ValueSpan = valueSpan;
            ValueLineSpan = valueLineSpan;
            KeySpan = keySpan;
        }

        /// <summary>The key path as linked segments: ask it for a tail or a parent without building the whole path.</summary>
        public ConfigPath Node { get; }

        /// <summary>The full key path, ':'-separated ("" for a root scalar); built on first use and kept.</summary>
        public string Path => Node.Full;

        /// <summary>The segment above <see cref="Key"/> (an array item's array name), or null at the top level.</summary>
        public string? ParentKey => Node.Parent?.Segment;

        /// <summary>The last segment of <see cref="Path"/> (the property name, the array index, or the .env variable name).</summary>
        public string Key { get; }

        /// <summary>The value, unescaped for strings; the raw token for numbers, true, false and null.</summary>
        public string Value { get; }

        public ConfigValueKind Kind { get; }

        public bool IsString => Kind == ConfigValueKind.String;

        /// <summary>The value's text in the file: for a quoted string the characters between the quotes (still escaped).</summary>
        public TextSpan ValueSpan { get; }

        /// <summary>Zero-based line/column of <see cref="ValueSpan"/>.</summary>
        public LinePositionSpan ValueLineSpan { get; }

        /// <summary>The span of the property name (between its quotes) or of the .env variable name; empty for array items and root scalars.</summary>
        public TextSpan KeySpan { get; }

        /// <summary>A location on the value for a diagnostic in the file at <paramref name="filePath"/>.</summary>
        public Location GetLocation(string filePath) => Location.Create(filePath, ValueSpan, ValueLineSpan);

        public override string ToString() => Path;   // never the value
    }

    /// <summary>Why a configuration file could not be read to its end, and where.</summary>
    internal sealed class ConfigReadError
    {
        public ConfigReadError(string message, TextSpan span, LinePositionSpan lineSpan)
        {
            Message = message;
            Span = span;
            LineSpan = lineSpan;
        }

        /// <summary>A short reason with a one-based position, e.g. "unterminated string at line 4, column 17". Never quotes file content.</summary>
        public string Message { get; }

        public TextSpan Span { get; }

        public LinePositionSpan LineSpan { get; }
    }
}
