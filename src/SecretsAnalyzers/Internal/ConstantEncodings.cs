namespace SecretsAnalyzers.Internal
{
    /// <summary>
    /// The one vocabulary for how constant bytes were encoded in source, which is also how a fix must decode the
    /// lookup that replaces them. The constant tracker records the encoding it unwraps (<see cref="ConstantEncoding"/>); the fix property
    /// <see cref="FixProperties.Decode"/>, the analyzers that set it and the fixers that read it spell it with these strings only.
    /// </summary>
    internal static class ConstantEncodings
    {
        /// <summary><c>Encoding.*.GetBytes("…")</c>, <c>"…"u8</c>: the lookup is wrapped in <c>Encoding.UTF8.GetBytes</c>.</summary>
        public const string Utf8 = "utf8";

        /// <summary><c>Convert.FromBase64String("…")</c>.</summary>
        public const string Base64 = "base64";

        /// <summary><c>Convert.FromHexString("…")</c>.</summary>
        public const string Hex = "hex";

        /// <summary><c>new byte[] { … }</c>, <c>[ … ]</c>: the lookup holds base64.</summary>
        public const string Bytes = "bytes";

        /// <summary>A string passed as is (a PEM key).</summary>
        public const string Text = "text";

        /// <summary>True for the decodes the configuration lookup rewriter can apply (utf8, base64, hex).</summary>
        public static bool IsLookupDecode(string? decode) => decode == Utf8 || decode == Base64 || decode == Hex;
    }
}
