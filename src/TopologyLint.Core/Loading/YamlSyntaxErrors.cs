using System;
using System.Globalization;
using Microsoft.CodeAnalysis.Text;
using YamlDotNet.Core;

namespace TopologyLint.Loading
{
    /// <summary>
    /// Turns what YamlDotNet throws into a TL0001 message a person can act on, placed where the problem is:
    /// an unclosed bracket at the bracket, a tab at the tab, a bad escape at the backslash, with what to
    /// write instead. What is not recognised keeps the parser's own words and place.
    /// </summary>
    internal static class YamlSyntaxErrors
    {
        /// <summary>The most characters YAML allows in a key written without <c>? </c> (YAML 1.2, 7.4.2).</summary>
        private const int MaxImplicitKeyLength = 1024;

        /// <param name="error">What the parser threw.</param>
        /// <param name="at">Where the parser placed it (for other exceptions than <see cref="YamlException"/>, after its last event).</param>
        /// <param name="text">The document's text, to look at the characters around the error.</param>
        /// <param name="bracket">The innermost flow collection still open, from the tree being built.</param>
        public static (TextSpan At, string Message) Describe(Exception error, TextSpan at, SourceText text, (int Start, bool IsMapping)? bracket)
        {
            string message = error is YamlException yaml ? StripLocation(yaml.Message) : error.Message;
            bool expectedSeparator = message.IndexOf("did not find expected ','", StringComparison.Ordinal) >= 0;
            if (bracket is { } open && (error is InvalidOperationException || expectedSeparator && IsBlankToEnd(text, at.Start)))
            {
                return (new TextSpan(open.Start, 1), Unclosed(text, open));
            }

            if (expectedSeparator && bracket is { IsMapping: true } && at.Start < text.Length && text[at.Start] == ':')
            {
                return (new TextSpan(at.Start, 1), "In a '{ }' mapping a key and its ':' must be on the same line: move the ':' to the end of the line above");
            }

            if (expectedSeparator && bracket is { } enclosing)
            {
                return (at, $"Expected ',' before the next item, or '{Closing(enclosing.IsMapping)}' to close the '{Opening(enclosing.IsMapping)}' at {Place(text, enclosing.Start)}");
            }

            if (message.IndexOf("tab", StringComparison.OrdinalIgnoreCase) >= 0 && IndentingTab(text, at.Start) is int tab)
            {
                return (new TextSpan(tab, 1), "A tab in the indentation: YAML indents with spaces only; replace the tab with spaces");
            }

            if (error is YamlException escape && message.IndexOf("unknown escape character", StringComparison.Ordinal) >= 0)
            {
                return BadEscape(text, (int)escape.Start.Index, (int)escape.End.Index, at);
            }

            if (message.IndexOf("found extra spaces in first line", StringComparison.Ordinal) >= 0 && BlankLineBefore(text, at.Start) is TextSpan spaces)
            {
                return (spaces, "The first line of this block ('|') holds only spaces, which the YAML reader cannot take: leave that line empty (no spaces), or remove it");
            }

            if (message.IndexOf("found invalid mapping", StringComparison.Ordinal) >= 0 && at.Start < text.Length)
            {
                TextLine line = text.Lines.GetLineFromPosition(at.Start);
                TextLine above = line.LineNumber > 0 ? text.Lines[line.LineNumber - 1] : line;
                return (at, $"A 'key: value' cannot start inside the value of '{text.ToString(above.Span).Trim()}': indent it under a key of its own, or quote the value above if the ':' belongs to it");
            }

            if (message.IndexOf("did not find expected key", StringComparison.Ordinal) >= 0)
            {
                return MissingKey(text, at);
            }

            return (at, (error is YamlException ? "YAML syntax error: " : "The YAML cannot be read after this point: ") + message.TrimEnd('.'));
        }

        private static (TextSpan, string) MissingKey(SourceText text, TextSpan at)
        {
            TextLine line = text.Lines.GetLineFromPosition(Math.Min(at.Start, text.Length));
            string content = text.ToString(line.Span);
            int keyStart = content.Length - content.TrimStart(' ').Length;
            int colon = content.IndexOf(": ", keyStart, StringComparison.Ordinal);
            colon = colon < 0 && content.EndsWith(":", StringComparison.Ordinal) ? content.Length - 1 : colon;
            if (colon - keyStart > MaxImplicitKeyLength)
            {
                return (new TextSpan(line.Start + keyStart, colon - keyStart), $"This key is {(colon - keyStart).ToString("N0", CultureInfo.InvariantCulture)} characters long; YAML allows at most {MaxImplicitKeyLength.ToString("N0", CultureInfo.InvariantCulture)} in a key: shorten it");
            }

            foreach (TextLine candidate in new[] { line, line.LineNumber > 0 ? text.Lines[line.LineNumber - 1] : line })
            {
                string written = text.ToString(candidate.Span);
                string item = written.TrimStart(' ');
                if (item.StartsWith("- :", StringComparison.Ordinal) && (item.Length == 3 || item[3] == ' '))
                {
                    int colonAt = candidate.Start + written.Length - item.Length + 2;
                    return (new TextSpan(colonAt, 1), "This list item is a key-value pair with neither key nor value ('- :'), which the YAML reader cannot take: write the key ('- name: value'), quote an empty one ('- \"\": value'), or remove the ':'");
                }
            }

            return (at, "This line does not continue the mapping above it: a 'key: value' at the indentation of the keys before was expected; check this line's indentation and that the line above is complete");
        }

        private static (TextSpan, string) BadEscape(SourceText text, int quote, int backslash, TextSpan at)
        {
            if (backslash < 0 || backslash + 1 >= text.Length || text[backslash] != '\\')
            {
                return (at, "A double-quoted string has a backslash that starts no escape: in single quotes a backslash is kept as written; in double quotes write it twice (\\\\)");
            }

            string escape = text.ToString(new TextSpan(backslash, 2));
            TextLine line = text.Lines.GetLineFromPosition(quote);
            int close = quote + 1;
            while (close < line.End && (text[close] != '"' || text[close - 1] == '\\'))
            {
                close++;
            }

            string value = quote >= 0 && quote < text.Length && text[quote] == '"' && close < line.End ? text.ToString(TextSpan.FromBounds(quote + 1, close)) : string.Empty;
            string singleQuoted = value.Length > 0 && value.IndexOf('\'') < 0 && value.IndexOf("\\\\", StringComparison.Ordinal) < 0 && value.IndexOf("\\\"", StringComparison.Ordinal) < 0
                ? $" ('{value}')"
                : string.Empty;
            return (new TextSpan(backslash, 2), $"'{escape}' is not an escape in a double-quoted string: write the value in single quotes{singleQuoted}, where a backslash is kept as written, or write the backslash twice (\\\\)");
        }

        private static string Unclosed(SourceText text, (int Start, bool IsMapping) open)
            => open.IsMapping
                ? $"The mapping '{{' at {Place(text, open.Start)} is never closed: add '}}' after its last 'key: value' (and separate entries with ',')"
                : $"The list '[' at {Place(text, open.Start)} is never closed: add ']' after its last item (and separate items with ',')";

        private static char Opening(bool isMapping) => isMapping ? '{' : '[';

        private static char Closing(bool isMapping) => isMapping ? '}' : ']';

        private static string Place(SourceText text, int position)
        {
            LinePosition at = text.Lines.GetLinePosition(position);
            return $"line {at.Line + 1}, column {at.Character + 1}";
        }

        /// <summary>Whether only white space and comments follow <paramref name="position"/>: the input ended inside a bracket.</summary>
        private static bool IsBlankToEnd(SourceText text, int position)
        {
            bool inComment = false;
            for (int i = position; i < text.Length; i++)
            {
                char c = text[i];
                if (c == '\n' || c == '\r')
                {
                    inComment = false;
                }
                else if (c == '#' && (i == 0 || char.IsWhiteSpace(text[i - 1])))
                {
                    inComment = true;
                }
                else if (!inComment && c != ' ' && c != '\t')
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The first tab in the leading white space of a line, from the line holding <paramref name="from"/> on; null when there is none.</summary>
        private static int? IndentingTab(SourceText text, int from)
        {
            for (int number = text.Lines.GetLineFromPosition(Math.Min(from, text.Length)).LineNumber; number < text.Lines.Count; number++)
            {
                TextLine line = text.Lines[number];
                for (int i = line.Start; i < line.End && (text[i] == ' ' || text[i] == '\t'); i++)
                {
                    if (text[i] == '\t')
                    {
                        return i;
                    }
                }
            }

            return null;
        }

        /// <summary>The spaces of the nearest line before <paramref name="position"/>'s that holds only spaces.</summary>
        private static TextSpan? BlankLineBefore(SourceText text, int position)
        {
            for (int number = text.Lines.GetLineFromPosition(Math.Min(position, text.Length)).LineNumber - 1; number >= 0; number--)
            {
                TextLine line = text.Lines[number];
                string written = text.ToString(line.Span);
                if (written.Length > 0 && written.Trim(' ').Length == 0)
                {
                    return line.Span;
                }
            }

            return null;
        }

        /// <summary>YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 20) - (...): "; the location is reported separately.</summary>
        private static string StripLocation(string message)
        {
            int marker = message.IndexOf("): ", StringComparison.Ordinal);
            return message.StartsWith("(Line:", StringComparison.Ordinal) && marker >= 0 ? message.Substring(marker + 3) : message;
        }
    }
}
