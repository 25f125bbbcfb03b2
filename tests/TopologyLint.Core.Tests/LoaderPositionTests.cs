using System.Linq;
using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Configuration;
using TopologyLint.Loading;
using TopologyLint.Syntax;
using Xunit;

namespace TopologyLint.Core.Tests
{
    public class LoaderPositionTests
    {
        private static LoadedDocument Load(string path, string text)
            => DocumentLoader.Load(path, System.Text.Encoding.UTF8.GetBytes(text), LoaderLimits.Default, new DiagnosticSink(DefaultConfiguration.Instance));

        private static (int, int, int, int) Span(DocumentNode node)
            => (node.LineSpan.Start.Line + 1, node.LineSpan.Start.Character + 1, node.LineSpan.End.Line + 1, node.LineSpan.End.Character + 1);

        [Fact]
        public void Block_mapping_spans_from_first_key_to_end_of_last_value()
        {
            LoadedDocument document = Load("/t/a.yaml", "# c\nsites:\n  - id: redmond\n    kind: central\nname: x\n");
            var root = Assert.IsType<MappingNode>(document.Root);
            Assert.Equal((2, 1, 5, 8), Span(root));
            var site = Assert.IsType<MappingNode>(((SequenceNode)root["sites"]!).Items[0]);
            Assert.Equal((3, 5, 4, 18), Span(site));
            Assert.Equal((3, 3, 4, 18), Span(root["sites"]!));
            Assert.Equal("/sites/0/kind", site["kind"]!.GetPointer());
        }

        [Fact]
        public void Flow_collections_span_their_brackets()
        {
            LoadedDocument document = Load("/t/a.yaml", "a: {b: [1, 2], c: 'x'}\n");
            var a = Assert.IsType<MappingNode>(((MappingNode)document.Root!)["a"]);
            Assert.Equal((1, 4, 1, 23), Span(a));
            Assert.Equal((1, 8, 1, 14), Span(a["b"]!));
            Assert.Equal((1, 19, 1, 22), Span(a["c"]!));
            Assert.Equal(ScalarType.String, ((ScalarNode)a["c"]!).Type);
            Assert.Equal(ScalarType.Integer, ((ScalarNode)((SequenceNode)a["b"]!).Items[0]).Type);
        }

        [Fact]
        public void Json_positions_count_utf16_columns_after_multibyte_text()
        {
            LoadedDocument document = Load("/t/a.json", "{\n  \"name\": \"Zürich 😀\", \"n\": 12,\n  \"ok\": true}");
            var root = Assert.IsType<MappingNode>(document.Root);
            Assert.Equal((1, 1, 3, 14), Span(root));
            Assert.Equal((2, 11, 2, 22), Span(root["name"]!));
            Assert.Equal((2, 29, 2, 31), Span(root["n"]!));
            Assert.Equal(ScalarType.Integer, ((ScalarNode)root["n"]!).Type);
            Assert.Equal(ScalarType.Boolean, ((ScalarNode)root["ok"]!).Type);
        }

        [Fact]
        public void Duplicate_key_is_reported_at_the_second_key_and_the_first_wins()
        {
            using var lint = new TestLint();
            var diagnostics = lint.Lint("d.topology.yaml", "a: 1\nb: 2\na: 3\n");
            Diagnostic duplicate = Assert.Single(diagnostics, d => d.Id == "TL0006");
            Assert.Equal((3, 1, 3, 2), duplicate.Span());
        }

        [Fact]
        public void Duplicate_key_in_json_is_reported_at_the_second_key()
        {
            using var lint = new TestLint();
            var diagnostics = lint.Lint("d.topology.json", "{\"a\": 1,\n \"a\": 2}");
            Diagnostic duplicate = Assert.Single(diagnostics, d => d.Id == "TL0006");
            Assert.Equal((2, 2, 2, 5), duplicate.Span());
        }

        [Theory]
        [InlineData("e.topology.yaml", "", 1, 1)]
        [InlineData("e.topology.yaml", "key: [1, 2\nother: 3\n", 1, 8)]
        [InlineData("e.topology.json", "{\"a\": }", 1, 7)]
        public void Malformed_documents_give_TL0001_at_the_error(string name, string text, int line, int column)
        {
            using var lint = new TestLint();
            Diagnostic error = Assert.Single(lint.Lint(name, text), d => d.Id == "TL0001");
            Assert.Equal(DiagnosticSeverity.Error, error.Severity);
            (int l, int c, _, _) = error.Span();
            Assert.Equal((line, column), (l, c));
        }

        [Fact]
        public void Invalid_utf8_is_TL0001_with_the_byte_offset()
        {
            using var lint = new TestLint();
            string path = lint.WriteBytes("bad.topology.yaml", new byte[] { (byte)'a', (byte)':', (byte)' ', 0xC3, 0x28, (byte)'\n' });
            Diagnostic error = Assert.Single(lint.Run(new[] { path }).Diagnostics);
            Assert.Equal("TL0001", error.Id);
            Assert.Contains("byte offset 3", error.GetMessage());
            Assert.Equal((1, 4, 1, 4), error.Span());
        }

        [Fact]
        public void Utf16_is_refused_clearly()
        {
            using var lint = new TestLint();
            string path = lint.WriteBytes("u.topology.yaml", new byte[] { 0xFF, 0xFE, (byte)'a', 0 });
            Diagnostic error = Assert.Single(lint.Run(new[] { path }).Diagnostics);
            Assert.Contains("UTF-16", error.GetMessage());
        }
    }
}
