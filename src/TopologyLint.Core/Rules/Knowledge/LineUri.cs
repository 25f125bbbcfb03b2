using System;

namespace TopologyLint.Rules.Knowledge
{
    /// <summary>
    /// A user's primary number (<c>lineUri</c>, copied to <c>msRTCSIP-line</c>) in the normalized forms of
    /// docs/topology.md, "User": <c>tel:+E164</c>, <c>tel:+E164;ext=N</c>, or a bare extension <c>N</c> (TL1008-TL1010).
    /// A value, not an object: every user's number is parsed on large topologies, and parsing allocates nothing.
    /// Two line URIs are equal when they are the same number (the <c>tel:</c> scheme and the <c>ext</c>
    /// parameter name compare case-insensitively, the digits exactly).
    /// </summary>
    public readonly struct LineUri : IEquatable<LineUri>
    {
        private const string TelScheme = "tel:+";
        private const string ExtensionParameter = ";ext=";
        private const int MaxE164Digits = 15;
        private const int MaxExtensionDigits = 10;

        private LineUri(Digits e164, Digits extension)
        {
            E164 = e164;
            Extension = extension;
        }

        /// <summary>The digits after <c>tel:+</c>; <see cref="Digits.None"/> for a bare extension.</summary>
        public Digits E164 { get; }

        /// <summary>The extension digits (<c>;ext=N</c> or a bare <c>N</c>); <see cref="Digits.None"/> for a direct number.</summary>
        public Digits Extension { get; }

        /// <summary>No line URI: what <see cref="TryParse(string, out LineUri)"/> gives for text that is not normalized (a parsed one has digits).</summary>
        public static LineUri None => default;

        public bool IsNone => E164.IsNone && Extension.IsNone;

        public bool IsBareExtension => E164.IsNone;

        public bool HasExtension => !Extension.IsNone;

        /// <summary>
        /// Parses a normalized line URI. The <c>tel:</c> scheme and the <c>ext</c> parameter name compare
        /// case-insensitively (RFC 3966); the digits may hold no separators.
        /// </summary>
        public static bool TryParse(string text, out LineUri lineUri) => TryParse(text.AsSpan(), out lineUri);

        /// <summary>The same, on characters that need not be a string (a value read where it is written).</summary>
        public static bool TryParse(ReadOnlySpan<char> text, out LineUri lineUri)
        {
            lineUri = default;
            if (!StartsWithIgnoringCase(text, 0, TelScheme))
            {
                if (!Digits.TryRead(text, 0, MaxExtensionDigits, out Digits bareExtension, out int bareEnd) || bareEnd != text.Length)
                {
                    return false;
                }

                lineUri = new LineUri(Digits.None, bareExtension);
                return true;
            }

            if (!Digits.TryRead(text, TelScheme.Length, MaxE164Digits, out Digits e164, out int numberEnd))
            {
                return false;
            }

            if (numberEnd == text.Length)
            {
                lineUri = new LineUri(e164, Digits.None);
                return true;
            }

            // Whatever follows the number must be ";ext=" and digits to the end: a separator such as '-'
            // or a second parameter is not normalized.
            if (!StartsWithIgnoringCase(text, numberEnd, ExtensionParameter)
                || !Digits.TryRead(text, numberEnd + ExtensionParameter.Length, MaxExtensionDigits, out Digits extension, out int extensionEnd)
                || extensionEnd != text.Length)
            {
                return false;
            }

            lineUri = new LineUri(e164, extension);
            return true;
        }

        /// <summary>
        /// Whether <paramref name="text"/> holds <paramref name="expected"/> (ASCII lower case) at <paramref name="start"/>, letters
        /// compared case-insensitively: the same answer as <see cref="StringComparison.OrdinalIgnoreCase"/> for the letters of
        /// "tel" and "ext" (no other character upper-cases to them), compared in place at any offset.
        /// </summary>
        private static bool StartsWithIgnoringCase(ReadOnlySpan<char> text, int start, string expected)
        {
            if (text.Length - start < expected.Length)
            {
                return false;
            }

            for (int i = 0; i < expected.Length; i++)
            {
                char c = text[start + i];
                char lower = c >= 'A' && c <= 'Z' ? (char)(c + ('a' - 'A')) : c;
                if (lower != expected[i])
                {
                    return false;
                }
            }

            return true;
        }

        public bool Equals(LineUri other) => E164.Equals(other.E164) && Extension.Equals(other.Extension);

        public override bool Equals(object? obj) => obj is LineUri other && Equals(other);

        public override int GetHashCode() => unchecked((E164.GetHashCode() * 397) ^ Extension.GetHashCode());

        public static bool operator ==(LineUri left, LineUri right) => left.Equals(right);

        public static bool operator !=(LineUri left, LineUri right) => !left.Equals(right);

        /// <summary>
        /// A run of 1 to 15 ASCII digits packed into one number with its length, so that two runs are equal
        /// exactly when their text is ("007" and "7" differ) and comparing them builds no string.
        /// </summary>
        public readonly struct Digits : IEquatable<Digits>
        {
            /// <summary>Up to 15 digits: 10^15 * 16 still fits a long, and the length fits the low 4 bits.</summary>
            private const int MaxLength = 15;

            /// <summary>value * 16 + length; 0 (length 0) for no digits.</summary>
            private readonly long _packed;

            private Digits(long packed) => _packed = packed;

            public static Digits None => default;

            public bool IsNone => _packed == 0;

            /// <summary>
            /// Reads the digits from <paramref name="start"/> up to the first other character or the end; false
            /// when there are none or more than <paramref name="maxLength"/> (at most 15).
            /// </summary>
            public static bool TryRead(ReadOnlySpan<char> text, int start, int maxLength, out Digits digits, out int end)
            {
                digits = None;
                long value = 0;
                end = start;
                while (end < text.Length && text[end] >= '0' && text[end] <= '9')
                {
                    if (end - start == Math.Min(maxLength, MaxLength))
                    {
                        return false;
                    }

                    value = (value * 10) + (text[end] - '0');
                    end++;
                }

                int length = end - start;
                if (length == 0)
                {
                    return false;
                }

                digits = new Digits((value * 16) + length);
                return true;
            }

            public bool Equals(Digits other) => _packed == other._packed;

            public override bool Equals(object? obj) => obj is Digits other && Equals(other);

            public override int GetHashCode() => _packed.GetHashCode();

            public static bool operator ==(Digits left, Digits right) => left.Equals(right);

            public static bool operator !=(Digits left, Digits right) => !left.Equals(right);
        }
    }
}
