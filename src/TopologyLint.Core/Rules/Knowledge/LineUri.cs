using System;

namespace TopologyLint.Rules.Knowledge
{
    /// <summary>
    /// A user's primary number (<c>lineUri</c>, copied to <c>msRTCSIP-line</c>) in the normalized forms of
    /// TOPOLOGY.md: <c>tel:+E164</c>, <c>tel:+E164;ext=N</c>, or a bare extension <c>N</c> (TL1008-TL1010).
    /// </summary>
    public sealed class LineUri
    {
        private const string TelScheme = "tel:+";
        private const string ExtensionParameter = ";ext=";
        private const int MaxE164Digits = 15;
        private const int MaxExtensionDigits = 10;

        private LineUri(string? e164Digits, string? extension)
        {
            E164Digits = e164Digits;
            Extension = extension;
        }

        /// <summary>The digits after <c>tel:+</c>; null for a bare extension.</summary>
        public string? E164Digits { get; }

        /// <summary>The extension digits (<c>;ext=N</c> or a bare <c>N</c>); null for a direct number.</summary>
        public string? Extension { get; }

        public bool IsBareExtension => E164Digits == null;

        /// <summary>The number in one spelling (<c>tel:</c> in lower case), so that equal numbers compare equal as strings.</summary>
        public string Normalized => IsBareExtension
            ? Extension!
            : "tel:+" + E164Digits + (Extension == null ? string.Empty : ExtensionParameter + Extension);

        /// <summary>
        /// Parses a normalized line URI. The <c>tel:</c> scheme and the <c>ext</c> parameter name compare
        /// case-insensitively (RFC 3966); the digits may hold no separators.
        /// </summary>
        public static bool TryParse(string text, out LineUri? lineUri)
        {
            lineUri = null;
            if (!text.StartsWith(TelScheme, StringComparison.OrdinalIgnoreCase))
            {
                if (!IsDigits(text, 0, text.Length, MaxExtensionDigits))
                {
                    return false;
                }

                lineUri = new LineUri(null, text);
                return true;
            }

            int extensionAt = text.IndexOf(ExtensionParameter, TelScheme.Length, StringComparison.OrdinalIgnoreCase);
            int numberEnd = extensionAt < 0 ? text.Length : extensionAt;
            if (!IsDigits(text, TelScheme.Length, numberEnd, MaxE164Digits))
            {
                return false;
            }

            string? extension = null;
            if (extensionAt >= 0)
            {
                int extensionStart = extensionAt + ExtensionParameter.Length;
                if (!IsDigits(text, extensionStart, text.Length, MaxExtensionDigits))
                {
                    return false;
                }

                extension = text.Substring(extensionStart);
            }

            lineUri = new LineUri(text.Substring(TelScheme.Length, numberEnd - TelScheme.Length), extension);
            return true;
        }

        /// <summary>True when text[start..end) is 1 to <paramref name="maxDigits"/> ASCII digits.</summary>
        private static bool IsDigits(string text, int start, int end, int maxDigits)
        {
            int length = end - start;
            if (length < 1 || length > maxDigits)
            {
                return false;
            }

            for (int i = start; i < end; i++)
            {
                if (text[i] < '0' || text[i] > '9')
                {
                    return false;
                }
            }

            return true;
        }
    }
}
