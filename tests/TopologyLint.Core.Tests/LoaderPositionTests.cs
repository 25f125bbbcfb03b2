using System.Globalization;
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
        public void A_key_written_plain_and_quoted_keeps_each_span_and_one_text()
        {
            LoadedDocument document = Load("/t/a.yaml", "x: {a: 1}\ny: {\"a\": 2}\nz: {'a': 3}\nv: {true: 4}\nw: {'true': 5}\n");
            var root = (MappingNode)document.Root!;
            MappingEntry[] entries = new[] { "x", "y", "z" }.Select(k => ((MappingNode)root[k]!).Entries[0]).ToArray();

            Assert.All(entries, e => Assert.Equal("a", e.KeyText));
            Assert.Equal(new[] { 1, 3, 3 }, entries.Select(e => e.KeySpan.Length));
            Assert.Equal(new[] { (1, 5), (2, 5), (3, 5) }, entries.Select(e => (e.Key.LineSpan.Start.Line + 1, e.Key.LineSpan.Start.Character + 1)));
            Assert.Equal(new[] { ScalarType.Boolean, ScalarType.String }, new[] { "v", "w" }.Select(k => ((MappingNode)root[k]!).Entries[0].KeyType));
            Assert.Equal("/y/a", entries[1].Key.GetPointer());
        }

        [Fact]
        public void A_collection_that_ends_with_an_alias_ends_where_the_alias_is_written()
        {
            LoadedDocument document = Load("/t/a.yaml", "a: [1, &s {k: v}]\nb:\n  - c: 1\n    d: *s\n  - e\n");
            var item = (MappingNode)((SequenceNode)((MappingNode)document.Root!)["b"]!).Items[0];

            Assert.Equal((3, 5, 4, 10), Span(item));
            Assert.Equal("/b/0/d", item.Entries[1].Key.GetPointer());
            Assert.Equal("/b/0/c", item["c"]!.GetPointer());
        }

        [Fact]
        public void An_aliased_key_is_placed_where_the_alias_is_written()
        {
            using var lint = new TestLint();
            Diagnostic duplicate = Assert.Single(lint.Lint("alias-key.topology.yaml", "&k a: 1\n*k : 2\n"), d => d.Id == "TL0006");

            Assert.Equal((2, 1), (duplicate.Location.GetLineSpan().StartLinePosition.Line + 1, duplicate.Location.GetLineSpan().StartLinePosition.Character + 1));
            Assert.Contains("line 1", duplicate.GetMessage(CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        }

        [Fact]
        public void A_single_pair_in_a_flow_sequence_spans_from_its_key()
        {
            LoadedDocument document = Load("/t/a.yaml", "a: [x: 1]\n");
            var pair = (MappingNode)((SequenceNode)((MappingNode)document.Root!)["a"]!).Items[0];

            Assert.Equal((1, 5, 1, 9), Span(pair));
            Assert.Equal("/a/0", pair.GetPointer());
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
        public void Pointers_are_found_from_the_root_for_keys_values_nulls_and_aliases()
        {
            LoadedDocument document = Load("/t/p.yaml", "a:\nb: 1\nlist:\n  -\n  -\n  - {x/y: &n [1, ~], z: *n}\nlast:\n");
            var root = (MappingNode)document.Root!;
            var list = (SequenceNode)root["list"]!;
            var flow = (MappingNode)list.Items[2];
            Assert.Equal("/a", root["a"]!.GetPointer());
            Assert.Equal("/b", root.Entries[1].Key.GetPointer());
            Assert.Equal("/list/0", list.Items[0].GetPointer());
            Assert.Equal("/list/1", list.Items[1].GetPointer());
            Assert.Equal("/list/2/x~1y/1", ((SequenceNode)flow["x/y"]!).Items[1].GetPointer());
            Assert.Equal("/list/2/x~1y", flow["z"]!.GetPointer());
            Assert.Equal("/last", root["last"]!.GetPointer());
            Assert.Equal(string.Empty, root.GetPointer());
        }
    }
}
