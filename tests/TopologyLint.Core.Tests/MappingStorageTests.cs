using System.Linq;
using System.Text;
using TopologyLint.Analysis;
using TopologyLint.Configuration;
using TopologyLint.Loading;
using TopologyLint.Syntax;
using Xunit;

namespace TopologyLint.Core.Tests
{
    /// <summary>Mapping entries are stored as slots in shared blocks, with scalar values inline; what is read back must be what was written.</summary>
    public class MappingStorageTests
    {
        private static MappingNode LoadRoot(string text, string path = "/t/a.yaml") => ParsedMappings.Parse(text, path);

        [Fact]
        public void Mappings_spread_over_several_blocks_keep_their_own_entries()
        {
            // 3,000 mappings of three entries fill more than two blocks of 4,096 slots; each reads back its own values.
            var text = new StringBuilder("items:\n");
            for (int i = 0; i < 3000; i++)
            {
                text.Append("  - {n: ").Append(i).Append(", name: \"item ").Append(i).Append("\", on: ").Append(i % 2 == 0 ? "true" : "false").Append("}\n");
            }

            var items = (SequenceNode)LoadRoot(text.ToString())["items"]!;

            Assert.Equal(3000, items.Items.Count);
            for (int i = 0; i < 3000; i++)
            {
                var item = (MappingNode)items.Items[i];
                Assert.Equal(new[] { "n", "name", "on" }, item.Entries.Select(e => e.KeyText));
                Assert.Equal(i, ((ScalarNode)item["n"]!).AsInteger());
                Assert.Equal($"item {i}", ((ScalarNode)item["name"]!).Value);
                Assert.Equal(i % 2 == 0, ((ScalarNode)item["on"]!).AsBoolean());
            }
        }

        [Fact]
        public void A_mapping_larger_than_a_block_keeps_every_entry()
        {
            string text = string.Concat(Enumerable.Range(0, 5000).Select(i => $"k{i}: v{i}\n"));

            MappingNode root = LoadRoot(text);

            Assert.Equal(5000, root.Entries.Count);
            Assert.Equal("v4999", ((ScalarNode)root["k4999"]!).Value);
            Assert.Equal("v0", ((ScalarNode)root.Entries[0].Value).Value);
        }

        [Fact]
        public void An_inline_scalar_value_is_made_with_its_place_text_and_type_and_knows_its_pointer()
        {
            MappingNode root = LoadRoot("a:\n  b: 'it''s'\n  c: \"x\\ty\"\n  d: 12\n  e:\n");
            var a = (MappingNode)root["a"]!;

            var quoted = (ScalarNode)a["b"]!;
            var escaped = (ScalarNode)a["c"]!;
            var number = (ScalarNode)a["d"]!;
            var empty = (ScalarNode)a["e"]!;

            Assert.Equal(("it's", ScalarType.String, 2, 6, 7), (quoted.Value, quoted.Type, quoted.LineSpan.Start.Line + 1, quoted.LineSpan.Start.Character + 1, quoted.Span.Length));
            Assert.Equal(("x\ty", 3, 6, 6), (escaped.Value, escaped.LineSpan.Start.Line + 1, escaped.LineSpan.Start.Character + 1, escaped.Span.Length));
            Assert.Equal((12L, ScalarType.Integer), (number.AsInteger(), number.Type));
            Assert.Equal(ScalarType.Null, empty.Type);
            Assert.Equal(new[] { "/a/b", "/a/c", "/a/d", "/a/e" }, new[] { quoted, escaped, number, empty }.Select(n => n.GetPointer()));
        }

        [Fact]
        public void An_entry_recognizes_its_value_by_place_not_by_instance()
        {
            MappingNode root = LoadRoot("a: 1\nb: 1\nc: [1]\n");
            MappingEntry a = root.Entries[0];

            Assert.NotSame(a.Value, a.Value);
            Assert.True(a.HasValue(a.Value));
            Assert.False(a.HasValue(root.Entries[1].Value));
            Assert.False(a.HasValue(a.Key));
            Assert.True(root.Entries[2].HasValue(root["c"]!));
            Assert.False(root.Entries[2].HasValue(((SequenceNode)root["c"]!).Items[0]));
        }

        [Fact]
        public void Nodes_made_twice_for_one_place_are_the_same_node_by_every_comparison()
        {
            MappingNode root = LoadRoot("a: 1\nb: {c: x}\nd: [1]\n");
            DocumentNode first = root["a"]!;
            DocumentNode again = root["a"]!;

            Assert.NotSame(first, again);
            Assert.True(first.IsSameNodeAs(again));
            Assert.True(first == again);
            Assert.Equal(first, again);
            Assert.Equal(first.GetHashCode(), again.GetHashCode());
            Assert.Single(new System.Collections.Generic.HashSet<DocumentNode> { first, again, root.Entries[0].Value });
            Assert.True(root.ReportNode.IsSameNodeAs(root.ReportNode));
            Assert.True(root.ReportNode == root.Entries[0].Key);
        }

        [Fact]
        public void Different_places_kinds_or_files_are_different_nodes()
        {
            MappingNode root = LoadRoot("a: 1\nb: 1\nc: [1]\n");
            MappingNode sameTextElsewhere = LoadRoot("a: 1\nb: 1\nc: [1]\n", "/t/b.yaml");

            Assert.False(root["a"]!.IsSameNodeAs(root["b"]));
            Assert.False(root["a"]!.IsSameNodeAs(root.Entries[0].Key));
            Assert.False(root["a"]!.IsSameNodeAs(sameTextElsewhere["a"]));
            Assert.False(root["a"]!.IsSameNodeAs(null));
            Assert.True(root["a"] != root["b"]);
            Assert.False(root["c"]!.IsSameNodeAs(((SequenceNode)root["c"]!).Items[0]));
        }

        [Fact]
        public void A_value_aliasing_an_anchored_scalar_reads_as_the_anchor_and_has_its_pointer()
        {
            MappingNode root = LoadRoot("a: &x hello\nb: *x\n");

            var alias = (ScalarNode)root["b"]!;

            Assert.Equal("hello", alias.Value);
            Assert.Equal("/a", alias.GetPointer());
        }
    
        [Fact]
        public void A_repeated_key_is_found_among_a_few_entries_and_among_many()
        {
            // k1 repeats while the mapping has two entries (found by scanning them); k25 and k29 repeat once
            // it has 30 (found in the index of first keys). The message names the first key's line.
            string text = "k0: 0\nk1: 1\nk1: again\n" + string.Concat(Enumerable.Range(2, 28).Select(i => $"k{i}: {i}\n")) + "k25: again\nk29: again\n";
            var sink = new DiagnosticSink(DefaultConfiguration.Instance);

            var root = (MappingNode)DocumentLoader.Load("/t/a.yaml", Encoding.UTF8.GetBytes(text), LoaderLimits.Default, sink).Root!;

            Assert.Equal(30, root.Entries.Count);
            Assert.Equal("1", ((ScalarNode)root["k1"]!).Value);
            Assert.Equal(
                new[] { (3, "line 2"), (32, "line 27"), (33, "line 31") },
                sink.Diagnostics.Where(d => d.Id == "TL0006").Select(d => (d.Location.GetLineSpan().StartLinePosition.Line + 1, FirstLineIn(d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)))));
        }

        [Fact]
        public void A_long_quoted_value_is_read_back_from_the_source()
        {
            MappingNode root = LoadRoot("name: \"a value longer than sixteen characters\"\nother: 'another long single-quoted value'\n");

            var name = (ScalarNode)root["name"]!;
            var other = (ScalarNode)root["other"]!;

            Assert.Equal(("a value longer than sixteen characters", 1, 7, 40), (name.Value, name.LineSpan.Start.Line + 1, name.LineSpan.Start.Character + 1, name.Span.Length));
            Assert.Equal("another long single-quoted value", other.Value);
            Assert.Equal("/other", other.GetPointer());
        }

        [Theory]
        [InlineData("/t/a.yaml", "a: True\nb: FALSE\nc: true\nd: 'true'\n")]
        [InlineData("/t/a.json", "{\"a\": true, \"b\": false, \"c\": true, \"d\": \"true\"}")]
        public void Booleans_are_read_from_the_source_and_a_quoted_one_is_a_string(string path, string text)
        {
            MappingNode root = LoadRoot(text, path);

            Assert.Equal(new bool?[] { true, false, true, null }, new[] { "a", "b", "c", "d" }.Select(k => ((ScalarNode)root[k]!).AsBoolean()));
        }

        [Fact]
        public void A_mapping_made_of_another_file_s_entries_reads_their_keys_and_values()
        {
            MappingNode source = LoadRoot("zeta: 1\nalpha: [x]\n", "/t/source.yaml");
            MappingNode other = LoadRoot("other: 2\n", "/t/other.yaml");

            var copy = new MappingNode(other.File, other.Span, source.Entries.ToList());

            Assert.Equal(new[] { "zeta", "alpha" }, copy.Entries.Select(e => e.KeyText));
            Assert.Equal("1", ((ScalarNode)copy["zeta"]!).Value);
            Assert.Same(source["alpha"], copy["alpha"]);
        }

        private static string FirstLineIn(string message)
            => System.Text.RegularExpressions.Regex.Match(message, "line [0-9]+").Value;
    }
}
