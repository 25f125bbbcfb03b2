using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.Text;
using TopologyLint.Loading;
using TopologyLint.Syntax;

namespace TopologyLint.Fixes
{
    /// <summary>
    /// Minimal edits of YAML and JSON: each touches only the text it must, and writes new text the way its
    /// neighbours are written: the same quotes, indentation, flow or block style and line ending. Each returns
    /// null where it cannot tell how to stay minimal (a block scalar, a mapping written inside a flow sequence
    /// without braces): then no fix is offered rather than a guess.
    /// </summary>
    public static class SyntaxEdits
    {
        // A YAML 1.2 core-schema plain scalar that stays a string: not null, a boolean or a number, and no indicator.
        private static readonly Regex PlainString = new Regex("^[A-Za-z_][A-Za-z0-9_.@-]*$", RegexOptions.CultureInvariant);
        private static readonly HashSet<string> PlainKeywords = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase) { "null", "true", "false", "y", "n", "yes", "no", "on", "off", ".inf", ".nan" };

        public static bool IsJson(SourceFile file) => DocumentLoader.IsJson(file.Path);

        /// <summary>Replaces a scalar's value, keeping its quote style (none, single or double).</summary>
        public static TextEdit? ReplaceScalar(ScalarNode scalar, string value)
        {
            SourceText text = scalar.File.Text;
            if (scalar.Span.Length == 0)
            {
                return null;
            }

            char first = text[scalar.Span.Start];
            string written;
            if (first == '"' || first == '\'')
            {
                if (value.IndexOf(first) >= 0 || value.IndexOf('\\') >= 0)
                {
                    return null;
                }

                written = first + value + first;
            }
            else if (IsJson(scalar.File) || first == '|' || first == '>' || !IsPlainSafe(value))
            {
                return null;
            }
            else
            {
                written = value;
            }

            return new TextEdit(scalar.File.Path, scalar.Span, written);
        }

        /// <summary>
        /// Appends items to a sequence: in a flow sequence (YAML or JSON) after the last item, on its line or,
        /// when items are one a line, on new lines indented like it; in a block sequence as <c>- item</c> lines
        /// at the dashes' indentation, after the last item's line (so a comment there stays on it).
        /// </summary>
        public static TextEdit? AppendToSequence(SequenceNode sequence, IReadOnlyList<string> values)
        {
            SourceText text = sequence.File.Text;
            bool json = IsJson(sequence.File);
            if (values.Count == 0 || sequence.Span.Length == 0)
            {
                return null;
            }

            string[] items = values.Select(v => Literal(json, v, QuoteOf(sequence.Items.Count > 0 ? sequence.Items[sequence.Items.Count - 1] : null))).ToArray();
            if (text[sequence.Span.Start] == '[')
            {
                if (sequence.Items.Count == 0)
                {
                    return new TextEdit(sequence.File.Path, new TextSpan(sequence.Span.Start + 1, 0), string.Join(", ", items));
                }

                DocumentNode last = sequence.Items[sequence.Items.Count - 1];
                return AfterLastFlowItem(text, sequence.File.Path, sequence.Span.Start, last, items);
            }

            if (json || sequence.Items.Count == 0)
            {
                return null;
            }

            DocumentNode lastItem = sequence.Items[sequence.Items.Count - 1];
            int dash = DashBefore(text, lastItem.Span.Start);
            if (dash < 0)
            {
                return null;
            }

            TextLine dashLine = text.Lines.GetLineFromPosition(dash);
            string indentation = text.ToString(TextSpan.FromBounds(dashLine.Start, dash));
            TextLine endLine = text.Lines.GetLineFromPosition(lastItem.Span.End);
            string lineBreak = LineBreak(text, endLine.LineNumber);
            var inserted = new StringBuilder();
            foreach (string item in items)
            {
                inserted.Append(lineBreak).Append(indentation).Append("- ").Append(item);
            }

            return new TextEdit(sequence.File.Path, new TextSpan(endLine.End, 0), inserted.ToString());
        }

        /// <summary>
        /// Adds <c>key: value</c> to a mapping (<paramref name="value"/> already written for the file's syntax): in a
        /// flow mapping (YAML or JSON) after the last entry, on its line or on a new line indented like it; in a
        /// block mapping on a new line after the last entry, at its keys' indentation.
        /// </summary>
        public static TextEdit? AddEntry(MappingNode mapping, string key, string value)
        {
            SourceText text = mapping.File.Text;
            bool json = IsJson(mapping.File);
            string entry = (json ? Literal(true, key, null) : key) + ": " + value;
            EntryList entries = mapping.Entries;
            if (mapping.Span.Length > 0 && text[mapping.Span.Start] == '{')
            {
                if (entries.Count == 0)
                {
                    return new TextEdit(mapping.File.Path, new TextSpan(mapping.Span.Start + 1, 0), entry);
                }

                return AfterLastFlowItem(text, mapping.File.Path, mapping.Span.Start, entries[entries.Count - 1].Value, new[] { entry }, entries[entries.Count - 1].KeySpan.Start);
            }

            if (json || entries.Count == 0)
            {
                return null;
            }

            MappingEntry lastEntry = entries[entries.Count - 1];
            DocumentNode lastValue = lastEntry.Value;
            if (!StartsBlockLine(text, lastEntry.KeySpan.Start) || (lastValue is ScalarNode && lastValue.Span.Length > 0 && text[lastValue.Span.Start] is '|' or '>'))
            {
                return null;
            }

            TextLine keyLine = text.Lines.GetLineFromPosition(lastEntry.KeySpan.Start);
            string indentation = new string(' ', lastEntry.KeySpan.Start - keyLine.Start);
            TextLine endLine = text.Lines.GetLineFromPosition(System.Math.Max(lastEntry.KeySpan.End, lastValue.Span.End));
            return new TextEdit(mapping.File.Path, new TextSpan(endLine.End, 0), LineBreak(text, endLine.LineNumber) + indentation + entry);
        }

        /// <summary>A flow sequence of values, written for the file's syntax: <c>[a, b]</c> or <c>["a", "b"]</c>.</summary>
        public static string FlowSequence(SourceFile file, IEnumerable<string> values)
            => "[" + string.Join(", ", values.Select(v => Literal(IsJson(file), v, null))) + "]";

        /// <summary>A string value: JSON-quoted in JSON; in YAML plain when that stays a string, else in <paramref name="quote"/> (double by default).</summary>
        public static string Literal(bool json, string value, char? quote)
        {
            if (json)
            {
                return "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
            }

            if (quote == '\'')
            {
                return "'" + value.Replace("'", "''") + "'";
            }

            return quote == null && IsPlainSafe(value) ? value : "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
        }

        /// <summary>The line break that ends a line (<c>\r\n</c> stays <c>\r\n</c>); for the last line, the one before it; <c>\n</c> in a one-line file.</summary>
        public static string LineBreak(SourceText text, int line)
        {
            for (int index = line; index >= 0; index--)
            {
                TextLine current = text.Lines[index];
                if (current.EndIncludingLineBreak > current.End)
                {
                    return text.ToString(TextSpan.FromBounds(current.End, current.EndIncludingLineBreak));
                }
            }

            return "\n";
        }

        /// <summary>The spaces and tabs that start a line.</summary>
        public static string Indentation(SourceText text, int line)
        {
            TextLine current = text.Lines[line];
            int position = current.Start;
            while (position < current.End && (text[position] == ' ' || text[position] == '\t'))
            {
                position++;
            }

            return text.ToString(TextSpan.FromBounds(current.Start, position));
        }

        private static bool IsPlainSafe(string value) => PlainString.IsMatch(value) && !PlainKeywords.Contains(value) || Regex.IsMatch(value, "^tel:\\+[0-9]+(;ext=[0-9]+)?$", RegexOptions.CultureInvariant);

        private static char? QuoteOf(DocumentNode? item)
            => item is ScalarNode scalar && scalar.Span.Length > 0 && scalar.File.Text[scalar.Span.Start] is '"' or '\''
                ? scalar.File.Text[scalar.Span.Start]
                : null;

        private static TextEdit? AfterLastFlowItem(SourceText text, string path, int open, DocumentNode last, IReadOnlyList<string> items, int? lastStart = null)
        {
            int itemStart = lastStart ?? last.Span.Start;
            int after = last.Span.End;
            int next = after;
            while (next < text.Length && (text[next] == ' ' || text[next] == '\t'))
            {
                next++;
            }

            if (next < text.Length && text[next] == ',')
            {
                // A trailing comma (YAML allows one): the items go after it, and keep one after them.
                return new TextEdit(path, new TextSpan(next + 1, 0), " " + string.Join(", ", items) + ",");
            }

            TextLine itemLine = text.Lines.GetLineFromPosition(itemStart);
            if (itemLine.LineNumber == text.Lines.GetLineFromPosition(open).LineNumber)
            {
                return new TextEdit(path, new TextSpan(after, 0), ", " + string.Join(", ", items));
            }

            // One item a line: each new one on a line of its own, indented like the last.
            string indentation = new string(' ', itemStart - itemLine.Start);
            string lineBreak = LineBreak(text, itemLine.LineNumber);
            return new TextEdit(path, new TextSpan(after, 0), string.Concat(items.Select(i => "," + lineBreak + indentation + i)));
        }

        /// <summary>The <c>-</c> of the block sequence item starting at <paramref name="itemStart"/>, or -1 when only spaces and dashes may precede it on its line.</summary>
        private static int DashBefore(SourceText text, int itemStart)
        {
            int position = itemStart - 1;
            while (position >= 0 && text[position] == ' ')
            {
                position--;
            }

            return position >= 0 && text[position] == '-' && StartsBlockLine(text, position) ? position : -1;
        }

        /// <summary>Whether only indentation and block sequence dashes (<c>- </c>) come before <paramref name="position"/> on its line.</summary>
        private static bool StartsBlockLine(SourceText text, int position)
        {
            TextLine line = text.Lines.GetLineFromPosition(position);
            for (int index = line.Start; index < position; index++)
            {
                char c = text[index];
                if (c != ' ' && !(c == '-' && index + 1 < text.Length && text[index + 1] == ' '))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
