using System;
using System.Globalization;
using System.Text;

namespace TopologyLint.Import
{
    /// <summary>
    /// YAML scalars and comments for the writer: a value from the input is written plain only when YAML 1.1 and
    /// 1.2 tools all read it back as the same string, else double-quoted with escapes; a comment never spans lines.
    /// </summary>
    internal static class YamlText
    {
        /// <summary>Words that YAML 1.1 tools read as booleans or null.</summary>
        private static readonly string[] Reserved = { "true", "false", "yes", "no", "on", "off", "y", "n", "null" };

        public static string Scalar(string value) => IsPlain(value) ? value : Quoted(value);

        /// <summary>Always double-quoted (URLs and line URIs, as the DSL's examples write them).</summary>
        public static string Quoted(string value)
        {
            var quoted = new StringBuilder(value.Length + 2).Append('"');
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                switch (c)
                {
                    case '"':
                        quoted.Append("\\\"");
                        break;
                    case '\\':
                        quoted.Append("\\\\");
                        break;
                    case '\t':
                        quoted.Append("\\t");
                        break;
                    case '\n':
                        quoted.Append("\\n");
                        break;
                    case '\r':
                        quoted.Append("\\r");
                        break;
                    default:
                        if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                        {
                            quoted.Append(c).Append(value[++i]);
                        }
                        else if (char.IsSurrogate(c))
                        {
                            // A lone surrogate (possible in JSON's \u escapes) has no UTF-8 form.
                            quoted.Append("\\uFFFD");
                        }
                        else if (NeedsEscape(c))
                        {
                            quoted.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            quoted.Append(c);
                        }

                        break;
                }
            }

            return quoted.Append('"').ToString();
        }

        /// <summary>Text for a comment: control and line-separating characters escaped, so it stays on its one line.</summary>
        public static string CommentText(string text)
        {
            var safe = new StringBuilder(text.Length);
            foreach (char c in text)
            {
                if (NeedsEscape(c) || c == '\t' || c == '\n' || c == '\r' || char.IsSurrogate(c))
                {
                    safe.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                }
                else
                {
                    safe.Append(c);
                }
            }

            return safe.ToString();
        }

        /// <summary>C0 and C1 controls, DEL, the BOM and the Unicode line and paragraph separators.</summary>
        private static bool NeedsEscape(char c)
            => c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\uFEFF' || c == '\u2028' || c == '\u2029';

        /// <summary>A letter, then letters, digits and <c>. _ @ -</c>, and not a word YAML 1.1 reads as a boolean or null.</summary>
        private static bool IsPlain(string value)
        {
            if (value.Length == 0 || !IsAsciiLetter(value[0]))
            {
                return false;
            }

            foreach (char c in value)
            {
                if (!IsAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '.' && c != '_' && c != '@' && c != '-')
                {
                    return false;
                }
            }

            return Array.IndexOf(Reserved, value.ToLowerInvariant()) < 0;
        }

        private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
