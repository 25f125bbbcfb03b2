using System.Linq;
using TopologyLint.Analysis;
using TopologyLint.Configuration;
using TopologyLint.Loading;
using Xunit;

namespace TopologyLint.Core.Tests.YamlLoading
{
    /// <summary>Where the loader finds comments, and which of them stand on a line of their own, decided from the text.</summary>
    public class CommentPlacementTests
    {
        private static LoadedDocument Load(string text)
            => DocumentLoader.Load("/t/a.yaml", System.Text.Encoding.UTF8.GetBytes(text), LoaderLimits.Default, new DiagnosticSink(DefaultConfiguration.Instance));

        [Fact]
        public void Comments_are_found_everywhere_YAML_allows_them_and_nowhere_else()
        {
            const string Text =
                "# first\n" +
                "a: [1, 2]   # after a bracket\n" +
                "b: &x 1  # after an anchored scalar\n" +
                "c: {\n" +
                "  d: 1,  # inside a flow mapping\n" +
                "  e: \"no # comment\"\n" +
                "}  # after a brace\n" +
                "f: 'x # y' #tight\n" +
                "g: a#b\n" +
                "h: &a#b 2\n" +
                "i: | # a block's header\n" +
                "  # text of the block\n" +
                "j: *x\n" +
                "    # own line, indented\n" +
                "# last, without a line break";

            LoadedDocument document = Load(Text);

            Assert.NotNull(document.Root);
            Assert.Equal(
                new[]
                {
                    ("first", 1, 1, true), ("after a bracket", 2, 13, false), ("after an anchored scalar", 3, 10, false),
                    ("inside a flow mapping", 5, 10, false), ("after a brace", 7, 4, false), ("tight", 8, 12, false),
                    ("a block's header", 11, 6, false), ("own line, indented", 14, 5, true), ("last, without a line break", 15, 1, true),
                },
                document.Comments.Select(c => (c.Text, c.LineSpan.Start.Line + 1, c.LineSpan.Start.Character + 1, c.IsOnOwnLine)));
            Assert.All(document.Comments, c => Assert.Equal('#', Text[c.Span.Start]));
            Assert.Equal(Text.Length, document.Comments.Last().Span.End);
        }

        [Fact]
        public void Only_comments_before_a_syntax_error_are_kept()
        {
            LoadedDocument document = Load("# before\na: [1, 2\nb: 3 # after the error\n");

            Assert.Null(document.Root);
            Assert.Equal(new[] { "before" }, document.Comments.Select(c => c.Text));
        }
    }
}
