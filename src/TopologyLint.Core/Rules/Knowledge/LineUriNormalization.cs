using System;
using System.Text;

namespace TopologyLint.Rules.Knowledge
{
    /// <summary>
    /// The normalized form of a line URI that is written as dialled (TL1009), when the number it means is beyond
    /// doubt: it has a country code, i.e. a leading <c>+</c> (after an optional <c>tel:</c> in any case), and
    /// only spaces, dots, hyphens and parentheses stand between its digits. A number without <c>+</c> is never
    /// completed: <c>tel:14255550100</c> may be a local number, and guessing a country code would give a user
    /// someone else's number.
    /// </summary>
    public static class LineUriNormalization
    {
        private const string Forms = "tel:+E164, tel:+E164;ext=N or a bare extension N, digits only";

        /// <summary>The normalized line URI <paramref name="written"/> means, or null when that is not beyond doubt.</summary>
        public static string? Normalize(string written) => Read(written, out _);

        /// <summary>What TL1009's message says after "is not normalized: ": the form to write, or why none is offered.</summary>
        public static string Advice(string written)
        {
            string? normalized = Read(written, out bool lacksCountryCode);
            if (normalized != null)
            {
                return $"write '{normalized}' ({Forms})";
            }

            return lacksCountryCode
                ? $"it has no country code (no '+'), so the number it means cannot be told; write {Forms}, with the country code"
                : "write " + Forms;
        }

        private static string? Read(string written, out bool lacksCountryCode)
        {
            lacksCountryCode = false;
            string text = written.Trim();
            if (text.StartsWith("tel:", StringComparison.OrdinalIgnoreCase))
            {
                text = text.Substring("tel:".Length);
            }

            int extension = text.IndexOf(";ext=", StringComparison.OrdinalIgnoreCase);
            string? number = WithoutSeparators(extension < 0 ? text : text.Substring(0, extension));
            string? extensionDigits = extension < 0 ? string.Empty : WithoutSeparators(text.Substring(extension + ";ext=".Length));
            if (number == null || extensionDigits == null)
            {
                return null;
            }

            if (!number.StartsWith("+", StringComparison.Ordinal))
            {
                lacksCountryCode = number.Length > 0 && AllDigits(number);
                return null;
            }

            string e164 = number.Substring(1);
            if (!AllDigits(e164) || e164.Length > 15 || (extension >= 0 && (extensionDigits.Length == 0 || extensionDigits.Length > 10 || !AllDigits(extensionDigits))))
            {
                return null;
            }

            string normalized = "tel:+" + e164 + (extension < 0 ? string.Empty : ";ext=" + extensionDigits);
            return LineUri.TryParse(normalized, out _) ? normalized : null;
        }

        /// <summary>The text without spaces, dots, hyphens and parentheses; null when anything else but ASCII digits and a leading '+' is left.</summary>
        private static string? WithoutSeparators(string text)
        {
            var kept = new StringBuilder(text.Length);
            foreach (char c in text)
            {
                if (c == ' ' || c == '.' || c == '-' || c == '(' || c == ')')
                {
                    continue;
                }

                if ((c < '0' || c > '9') && !(c == '+' && kept.Length == 0))
                {
                    return null;
                }

                kept.Append(c);
            }

            return kept.ToString();
        }

        private static bool AllDigits(string text)
        {
            if (text.Length == 0)
            {
                return false;
            }

            foreach (char c in text)
            {
                if (c < '0' || c > '9')
                {
                    return false;
                }
            }

            return true;
        }
    }
}
