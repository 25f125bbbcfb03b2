using System.Linq;
using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Configuration;
using TopologyLint.Loading;
using TopologyLint.Syntax;
using Xunit;

namespace TopologyLint.Core.Tests.YamlLoading
{
    /// <summary>
    /// TL0001 says what is wrong in the document's terms and where, with what to write instead; it never
    /// passes on the parser's internals. Valid YAML that YamlDotNet misreads is read where the loader can
    /// work around it without moving a position, and named with its fix where it cannot.
    /// </summary>
    public class SyntaxErrorMessageTests
    {
        private static (LoadedDocument Document, Diagnostic[] Diagnostics) Load(string path, string text)
        {
            var sink = new DiagnosticSink(DefaultConfiguration.Instance);
            LoadedDocument document = DocumentLoader.Load(path, System.Text.Encoding.UTF8.GetBytes(text), LoaderLimits.Default, sink);
            return (document, sink.Diagnostics.ToArray());
        }

        [Theory]
        [InlineData("a: [1, 2\n", 1, 4, "The list '[' at line 1, column 4 is never closed: add ']'")]
        [InlineData("a: [1,\n  2\nb: 1\n", 1, 4, "The list '[' at line 1, column 4 is never closed")]
        [InlineData("a: {b: 1, c: [1, 2]\n# the end\n", 1, 4, "The mapping '{' at line 1, column 4 is never closed: add '}'")]
        [InlineData("a: [\"x\" \"y\"]\n", 1, 9, "Expected ',' before the next item, or ']' to close the '[' at line 1, column 4")]
        [InlineData("a:\n\tb: 1\n", 2, 1, "A tab in the indentation")]
        [InlineData("a:\n  b: 1\n\tc: 2\n", 3, 1, "A tab in the indentation")]
        [InlineData("account: \"CONTOSO\\lyncadmin\"\n", 1, 18, "'\\l' is not an escape in a double-quoted string: write the value in single quotes ('CONTOSO\\lyncadmin')")]
        [InlineData("---\n---\na: 1\n", 2, 1, "A topology file holds one YAML document, but '---' starts a second one here")]
        [InlineData("a: 1\n---\nb: 2\n", 2, 1, "'---' starts a second one here")]
        [InlineData("users:\n- :\n- x\n", 2, 3, "neither key nor value ('- :')")]
        [InlineData("a: {foo\n : bar}\n", 2, 2, "a key and its ':' must be on the same line")]
        [InlineData("x-note: |\n  \n  text\ny: 1\n", 2, 1, "The first line of this block ('|') holds only spaces")]
        [InlineData("a:\n  b: 1\n c: 2\n", 3, 2, "This line does not continue the mapping above it")]
        [InlineData("a: 1\n b: 2\n", 2, 3, "A 'key: value' cannot start inside the value of 'a: 1'")]
        public void A_YAML_syntax_error_says_what_to_write_and_where(string text, int line, int column, string message)
            => AssertError("/t/a.topology.yaml", text, line, column, message);

        [Fact]
        public void A_key_over_the_YAML_limit_is_named_with_its_length()
            => AssertError("/t/a.topology.yaml", "a: 1\n" + new string('k', 1100) + ": 2\n", 2, 1, "This key is 1,100 characters long; YAML allows at most 1,024");

        [Theory]
        [InlineData("", 1, 1, "The file holds no JSON value")]
        [InlineData("{\"a\": [1, 2,]}", 1, 13, "A comma after the last entry")]
        [InlineData("{\"a\": [1, 2]", 1, 1, "The object '{' at line 1, column 1 is never closed: add '}'")]
        [InlineData("{\"a\": [1,\n \"x\"", 1, 7, "The array '[' at line 1, column 7 is never closed: add ']'")]
        [InlineData("{\"a\": 1 // note\n}", 1, 9, "JSON has no comments")]
        [InlineData("{\"account\": \"CONTOSO\\lyncadmin\"}", 1, 21, "'\\l' is not an escape in a JSON string")]
        [InlineData("{\"a\": 1}\n{\"b\": 2}", 2, 1, "A second JSON value starts here")]
        public void A_JSON_syntax_error_says_what_to_write_and_where(string text, int line, int column, string message)
            => AssertError("/t/a.topology.json", text, line, column, message);

        [Theory]
        [InlineData("a:\n  b: 1\n\t\n  c: 2\n")]
        [InlineData("a:\n  - 1\n  \t \n  - 2\n")]
        [InlineData("a: [1]\n\t\nc: 2\n")]
        public void A_blank_line_holding_a_tab_is_read_and_moves_no_position(string text)
        {
            (LoadedDocument document, Diagnostic[] diagnostics) = Load("/t/a.topology.yaml", text);

            Assert.Empty(diagnostics);
            var root = Assert.IsType<MappingNode>(document.Root);
            DocumentNode last = root.Entries[root.Entries.Count - 1].Value;
            DocumentNode lastScalar = last is MappingNode mapping ? mapping.Entries[mapping.Entries.Count - 1].Value : last is SequenceNode sequence ? sequence.Items[sequence.Items.Count - 1] : last;
            Assert.Equal(text.LastIndexOf('2'), lastScalar.Span.Start);
            Assert.Equal("2", Assert.IsType<ScalarNode>(lastScalar).Value);
        }

        [Fact]
        public void A_tab_inside_a_value_line_is_still_an_error()
            => AssertError("/t/a.topology.yaml", "a:\n  b: 1\n\tc: 2\n", 3, 1, "A tab in the indentation");

        private static void AssertError(string path, string text, int line, int column, string message)
        {
            (LoadedDocument document, Diagnostic[] diagnostics) = Load(path, text);
            Diagnostic error = Assert.Single(diagnostics);
            string written = error.GetMessage(System.Globalization.CultureInfo.InvariantCulture);

            Assert.Equal("TL0001", error.Id);
            Assert.Contains(message, written, System.StringComparison.Ordinal);
            Assert.Equal((line, column), (error.Span().Line, error.Span().Column));
            Assert.DoesNotContain("Operation is not valid", written, System.StringComparison.Ordinal);
            Assert.DoesNotContain("reader options", written, System.StringComparison.Ordinal);
            Assert.DoesNotContain("isFinalBlock", written, System.StringComparison.Ordinal);
            Assert.Null(document.Root);
        }
    }
}
