using System;
using Microsoft.CodeAnalysis.Text;
using TopologyLint.LanguageServer.Workspace;
using Xunit;

namespace TopologyLint.LanguageServer.Tests
{
    /// <summary>How spans of a text's older version are carried into the newer one: moved, kept, or dropped when an edit touches them.</summary>
    public sealed class TextDifferenceTests
    {
        [Theory]
        [InlineData("site: redmond\npools: [\n", "site: redmond\npools: {\n")] // an edit after it
        [InlineData("x: [\nsite: redmond\n", "x: {{\nsite: redmond\n")] // an edit before it, one character longer
        [InlineData("x: [1]\nsite: redmond\n", "site: redmond\n")] // a line deleted before it
        [InlineData("site: redmond", "site: redmond")] // unchanged, at the very end of the text
        public void A_span_the_edit_does_not_touch_reads_the_same_in_the_newer_text(string older, string newer)
        {
            TextSpan span = SpanOf(older, "redmond");

            TextSpan? mapped = TextDifference.Between(SourceText.From(older), SourceText.From(newer)).Map(span);

            Assert.NotNull(mapped);
            Assert.Equal("redmond", newer.Substring(mapped.Value.Start, mapped.Value.Length));
            Assert.Equal(newer.IndexOf("redmond", StringComparison.Ordinal), mapped.Value.Start);
        }

        [Theory]
        [InlineData("site: redmond\n", "site: redmondx\n")] // typed right after it
        [InlineData("site: redmond\n", "site: xredmond\n")] // typed right before it
        [InlineData("site: redmond", "site: redmond2")] // appended at the end of the text, right after it
        [InlineData("site: redmond\n", "site: [redmond\n")] // an opening bracket before it: the same letters, but a change next to them
        [InlineData("site: redmond\n", "site: red\n")] // cut
        public void A_span_the_edit_changes_or_touches_is_dropped(string older, string newer)
        {
            TextSpan span = SpanOf(older, "redmond");

            Assert.Null(TextDifference.Between(SourceText.From(older), SourceText.From(newer)).Map(span));
        }

        [Fact]
        public void Texts_longer_than_a_compared_chunk_map_spans_on_both_sides_of_the_edit()
        {
            string filler = new string('#', 5000) + "\n";
            string older = "first: redmond\n" + filler + "x: [\n" + filler + "last: dublin\n";
            string newer = "first: redmond\n" + filler + "x: {[\n" + filler + "last: dublin\n";
            var difference = TextDifference.Between(SourceText.From(older), SourceText.From(newer));

            TextSpan? first = difference.Map(SpanOf(older, "redmond"));
            TextSpan? last = difference.Map(SpanOf(older, "dublin"));

            Assert.Equal(SpanOf(newer, "redmond"), first);
            Assert.Equal(SpanOf(newer, "dublin"), last);
            Assert.Null(difference.Map(SpanOf(older, "[")));
        }

        private static TextSpan SpanOf(string text, string word) => new TextSpan(text.IndexOf(word, StringComparison.Ordinal), word.Length);
    }
}
