using System.Text;

namespace SecretsAnalyzers.Internal.ConfigFiles
{
    /// <summary>
    /// A configuration key path as a diagnostic message may print it. A key can itself be the credential: a JSON
    /// property named with the key (<c>"Exchanges": { "u8jzPde0…": "secret" }</c>), a launchSettings profile named
    /// after it, a .env variable whose name is the key. Segments that look like one are printed as
    /// <see cref="Elided"/> (<c>Exchanges:&lt;elided&gt;:Secret</c>); names, indexes and section words stay.
    /// </summary>
    internal static class ConfigKeyDisplay
    {
        public const string Elided = "<elided>";

        /// <summary>The key path with every secret-shaped segment elided.</summary>
        public static string Path(string path)
        {
            if (path.Length == 0) return path;
            if (path.IndexOf(':') < 0) return Segment(path);
            var segments = path.Split(':');
            var builder = new StringBuilder(path.Length);
            for (var i = 0; i < segments.Length; i++)
            {
                if (i > 0) builder.Append(':');
                builder.Append(Segment(segments[i]));
            }

            return builder.ToString();
        }

        /// <summary>The key path without its secret-shaped segments, for names derived from it (lookup names of a fix).</summary>
        public static string WithoutSecretSegments(string path)
        {
            if (!IsSecretShaped(path) && path.IndexOf(':') < 0) return path;
            var builder = new StringBuilder(path.Length);
            foreach (var segment in path.Split(':'))
            {
                if (segment.Length == 0 || IsSecretShaped(segment)) continue;
                if (builder.Length > 0) builder.Append(':');
                builder.Append(segment);
            }

            return builder.ToString();
        }

        /// <summary>One key segment, or <see cref="Elided"/>.</summary>
        public static string Segment(string segment) => IsSecretShaped(segment) ? Elided : segment;

        /// <summary>
        /// True when a key segment may be a credential rather than a name: longer than any configuration name
        /// (48), characters a name does not use (base64's <c>/ + =</c>, anything outside ASCII letters, digits,
        /// <c>_ - . $</c> and space), a UUID, a long all-digit run, or a letter-digit run of 10 or more with three one-character
        /// words (<c>YOvfZUzDzVfUkkibjL</c>) or three groups of digits (<c>AKI1MNBQNS6PUQ80IDW370</c>). Names such as <c>Sha256Signature</c>, <c>BINANCE_API_KEY</c>,
        /// <c>ConnectionStrings</c> and <c>Microsoft.AspNetCore</c> stay.
        /// </summary>
        public static bool IsSecretShaped(string segment)
        {
            if (segment.Length == 0) return false;
            if (segment.Length > 48) return true;
            if (segment.Length == 36 && CredentialShapes.IsUuid(segment)) return true;
            foreach (var c in segment)
            {
                if (!(IsAsciiLetter(c) || IsDigit(c) || c == '_' || c == '-' || c == '.' || c == '$' || c == ' ')) return true;
            }

            var start = 0;
            for (var i = 0; i <= segment.Length; i++)
            {
                if (i < segment.Length && (IsAsciiLetter(segment[i]) || IsDigit(segment[i]))) continue;
                if (i - start >= 10 && IsRandomRun(segment, start, i)) return true;
                start = i + 1;
            }

            return false;
        }

        /// <summary>
        /// Splits the run into name words (<c>Asp</c>, <c>Net</c>, <c>API</c>, <c>256</c>) and counts one-character
        /// words and digit groups: a name has few of either, random text many.
        /// </summary>
        private static bool IsRandomRun(string s, int start, int end)
        {
            var singles = 0;
            var digitGroups = 0;
            var letters = 0;
            var i = start;
            while (i < end)
            {
                var j = i + 1;
                if (IsDigit(s[i]))
                {
                    while (j < end && IsDigit(s[j])) j++;
                    digitGroups++;
                }
                else if (IsUpper(s[i]))
                {
                    while (j < end && IsUpper(s[j])) j++;
                    if (j < end && IsLower(s[j]))
                    {
                        if (j - i > 1) j--;                                                // "APIKey": "API" then "Key"
                        else while (j < end && IsLower(s[j])) j++;
                    }
                }
                else
                {
                    while (j < end && IsLower(s[j])) j++;
                }

                if (!IsDigit(s[i])) letters += j - i;
                if (j - i == 1) singles++;
                i = j;
            }

            if (letters == 0) return end - start >= 12;                                    // a long number, not an index
            return digitGroups >= 3 || singles >= 3;
        }

        private static bool IsUpper(char c) => c >= 'A' && c <= 'Z';

        private static bool IsLower(char c) => c >= 'a' && c <= 'z';

        private static bool IsDigit(char c) => c >= '0' && c <= '9';

        private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
