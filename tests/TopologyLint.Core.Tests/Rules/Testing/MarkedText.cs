using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace TopologyLint.Core.Tests.Rules.Testing
{
    /// <summary>A span a test expects a diagnostic at: the rule ID and the span in the text without markers.</summary>
    internal readonly struct ExpectedSpan
    {
        public ExpectedSpan(string id, TextSpan span)
        {
            Id = id;
            Span = span;
        }

        public string Id { get; }

        public TextSpan Span { get; }
    }

    /// <summary>
    /// A test document with the spans where diagnostics are expected marked in it, as Roslyn's analyzer
    /// tests mark them: <c>[|text|]</c> for the rule under test, <c>{|TL0002:text|}</c> for a named rule.
    /// A marked span may be empty (<c>[||]</c>); markers nest, so two diagnostics at one span are marked twice.
    /// </summary>
    internal sealed class MarkedText
    {
        private MarkedText(string text, IReadOnlyList<ExpectedSpan> spans)
        {
            Text = text;
            Spans = spans;
        }

        /// <summary>The document as the engine reads it, markers removed.</summary>
        public string Text { get; }

        public IReadOnlyList<ExpectedSpan> Spans { get; }

        /// <param name="marked">The document with its <c>[|...|]</c> markers.</param>
        /// <param name="defaultId">The ID a <c>[|...|]</c> marker stands for.</param>
        public static MarkedText Parse(string marked, string defaultId)
        {
            var text = new StringBuilder(marked.Length);
            var spans = new List<ExpectedSpan>();
            var open = new Stack<(string Id, int Start, string Close)>();
            int i = 0;
            while (i < marked.Length)
            {
                if (At(marked, i, "[|"))
                {
                    open.Push((defaultId, text.Length, "|]"));
                    i += 2;
                }
                else if (At(marked, i, "{|"))
                {
                    int colon = marked.IndexOf(':', i + 2);
                    if (colon < 0)
                    {
                        throw new FormatException($"'{{|' at {i} names no rule: write {{|TL0000:text|}}");
                    }

                    open.Push((marked.Substring(i + 2, colon - i - 2), text.Length, "|}"));
                    i = colon + 1;
                }
                else if (open.Count > 0 && At(marked, i, open.Peek().Close))
                {
                    (string id, int start, _) = open.Pop();
                    spans.Add(new ExpectedSpan(id, TextSpan.FromBounds(start, text.Length)));
                    i += 2;
                }
                else
                {
                    text.Append(marked[i]);
                    i++;
                }
            }

            if (open.Count > 0)
            {
                throw new FormatException($"A marker opened at {open.Peek().Start} of the text is not closed with '{open.Peek().Close}'");
            }

            return new MarkedText(text.ToString(), spans);
        }

        /// <summary><paramref name="text"/> with <paramref name="spans"/> marked, <c>{|ID:...|}</c> each, for a failure message.</summary>
        public static string Mark(string text, IEnumerable<ExpectedSpan> spans)
        {
            // At one place, closing markers come first (the inner span's first), then opening ones (the outer span's
            // first); inserting from the end of the text and, at one place, in the reverse order keeps every index valid.
            var inserts = new List<(int Position, int Order, string Marker)>();
            foreach (ExpectedSpan span in spans)
            {
                inserts.Add((span.Span.End, -span.Span.Length, "|}"));
                inserts.Add((span.Span.Start, int.MinValue / 2 + span.Span.Length, "{|" + span.Id + ":"));
            }

            var marked = new StringBuilder(text);
            foreach ((int position, _, string marker) in inserts.OrderByDescending(i => i.Position).ThenBy(i => i.Order))
            {
                marked.Insert(position, marker);
            }

            return marked.ToString();
        }

        private static bool At(string marked, int index, string token) => string.CompareOrdinal(marked, index, token, 0, token.Length) == 0;
    }
}
