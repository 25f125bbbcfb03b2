using System.Globalization;
using System.Text;

namespace TopologyLint.Formatting
{
    /// <summary>
    /// Keeps text taken from a document (values quoted in messages, file names) from acting on the CI log a
    /// report is printed to. CI runners read commands from any line of a job's output: GitHub Actions a line
    /// that starts with <c>::</c> (after white space), GitHub and Azure Pipelines <c>##[</c> and
    /// <c>##vso[</c> anywhere in a line. So a value never brings a line break of its own
    /// (<see cref="EscapeControlCharacters"/>), a file name never starts a line with <c>::</c>
    /// (<see cref="LineStartPath"/>), and every format defuses the other openers (<see cref="DefuseCommands"/>,
    /// <see cref="DefuseXmlCommands"/>).
    /// </summary>
    public static class OutputText
    {
        /// <summary>What replaces the second <c>#</c> of an opener in plain text and JSON; in a JSON string it is the same character.</summary>
        private const string EscapedHash = "\\u0023";

        /// <summary>The same in XML, where a character reference is the same character.</summary>
        private const string XmlEscapedHash = "&#x23;";

        /// <summary>
        /// Control characters (and the Unicode line and paragraph separators) as escapes: a newline as
        /// <c>\n</c>, a carriage return as <c>\r</c>, a tab as <c>\t</c>, others as <c>\uXXXX</c>. The result is one line.
        /// </summary>
        public static string EscapeControlCharacters(string value)
        {
            int first = 0;
            while (first < value.Length && !NeedsEscape(value[first]))
            {
                first++;
            }

            if (first == value.Length)
            {
                return value;
            }

            var builder = new StringBuilder(value.Length + 8).Append(value, 0, first);
            for (int i = first; i < value.Length; i++)
            {
                char c = value[i];
                switch (c)
                {
                    case '\n':
                        builder.Append("\\n");
                        break;
                    case '\r':
                        builder.Append("\\r");
                        break;
                    case '\t':
                        builder.Append("\\t");
                        break;
                    default:
                        if (NeedsEscape(c))
                        {
                            builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            builder.Append(c);
                        }

                        break;
                }
            }

            return builder.ToString();
        }

        /// <summary>
        /// Plain text and JSON: the second <c>#</c> of every <c>##[</c> and <c>##vso[</c> (any case) becomes
        /// <c>\u0023</c>, which a JSON reader reads back as <c>#</c> and a CI runner does not recognize.
        /// <c>#</c> never occurs in JSON outside a string, so this keeps a JSON report valid and its values unchanged.
        /// </summary>
        public static string DefuseCommands(string text) => Defuse(text, EscapedHash);

        /// <summary>The same for XML, with a character reference (<c>&amp;#x23;</c>): the values an XML reader sees are unchanged.</summary>
        public static string DefuseXmlCommands(string xml) => Defuse(xml, XmlEscapedHash);

        /// <summary>
        /// A displayed path that begins a line (text and MSBuild formats), one line long; a relative path that would
        /// start the line with <c>::</c> (a workflow command) is written <c>./</c>-prefixed, which names the same file.
        /// </summary>
        public static string LineStartPath(string displayPath)
        {
            string escaped = EscapeControlCharacters(displayPath);
            return escaped.TrimStart().StartsWith("::", System.StringComparison.Ordinal) ? "./" + escaped : escaped;
        }

        private static bool NeedsEscape(char c) => char.IsControl(c) || c == '\u2028' || c == '\u2029';

        private static string Defuse(string text, string escapedHash)
        {
            int at = text.IndexOf("##", System.StringComparison.Ordinal);
            if (at < 0)
            {
                return text;
            }

            var builder = new StringBuilder(text.Length + 16);
            int copied = 0;
            for (; at >= 0; at = text.IndexOf("##", at + 1, System.StringComparison.Ordinal))
            {
                if (OpensCommand(text, at + 2))
                {
                    builder.Append(text, copied, at + 1 - copied).Append(escapedHash);
                    copied = at + 2;
                }
            }

            return copied == 0 ? text : builder.Append(text, copied, text.Length - copied).ToString();
        }

        /// <summary>Whether <c>[</c> or <c>vso[</c> (any case) follows at <paramref name="index"/>.</summary>
        private static bool OpensCommand(string text, int index)
            => (index < text.Length && text[index] == '[')
               || (index + 4 <= text.Length && string.Compare(text, index, "vso[", 0, 4, System.StringComparison.OrdinalIgnoreCase) == 0);
    }
}
