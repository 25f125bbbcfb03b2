using System;
using Microsoft.CodeAnalysis.Text;
using TopologyLint.LanguageServer.Features;
using Xunit;

namespace TopologyLint.LanguageServer.Tests
{
    /// <summary>The path at a cursor ("|"), read tolerantly from text in YAML block and flow style and JSON, valid or not.</summary>
    public sealed class DocumentPathsTests
    {
        [Theory]
        [InlineData("a: 1\nb: |", "value b ''")]
        [InlineData("key:|", "value key ''")]
        [InlineData("|", "key  '' {}")]
        [InlineData("a: 1\n|\nb: 2\n", "key  '' {a,b}")]
        [InlineData("pools:\n  - fqdn: x\n    ro|\n    site: y\n", "key pools.* 'ro' {fqdn,site}")]
        [InlineData("sites:\n- id: x\n  k|\n", "key sites.* 'k' {id}")]
        [InlineData("sites:\n  - \"i|d\": x\n", "key sites.* '\"id\"' {}")]
        [InlineData("pools:\n  - fqdn: a\n    servers:\n      - fqdn: b\n  - |\n", "item pools.* ''")]
        [InlineData("pools:\n  - fqdn: a\n    role: med|iation\n", "value pools.*.role 'mediation'")]
        [InlineData("sites: [{id: a}, {i|}]", "key sites.* 'i' {}")]
        [InlineData("sites: [{id: a, kind: |}]", "value sites.*.kind ''")]
        [InlineData("pstn: [{id: p,\n        site: |}]", "value pstn.*.site ''")]
        [InlineData("trunks: [a, |]", "value trunks.* ''")]
        [InlineData("sites: [{id: a, 'ki|'}]", "key sites.* ''ki'' {id}")]
        [InlineData("{\"a\": {\"b\": [1, {\"c\": \"|\"}]}}", "value a.b.*.c '\"\"'")]
        [InlineData("{\n  \"a\": 1,\n  \"|\"\n}\n", "key  '\"\"' {a}")]
        [InlineData("{\n  \"a\": 1,\n  \"b|\n  \"c\": 2\n}\n", "key  '\"b' {a,c}")]
        [InlineData("pools:\n  - fqdn: a\n    servers:\n      - fqdn: b\n        os: {name: x}\n  - fqdn: c\n    |\n", "key pools.* '' {fqdn}")]
        [InlineData("a: 1\n|\nb:\n  c:\n    d: [1, {e: 2}]\n    g: h\nf: 3\n", "key  '' {a,b,f}")]
        [InlineData("sites: [{id: a, x: [1, {y: \"]\"}]}, {i|}]", "key sites.* 'i' {}")]
        [InlineData("{\"a\": {\"b\": [1, 2]}, |, \"c\": {\"d\": \"}\"}, \"e\": 1}", "key  '' {a,c,e}")]
        [InlineData("sites: [{id: a, # it's\n         kind: central}, {|}]", "key sites.* '' {}")]
        [InlineData("users: [{sip: a, site: b, enabled: true},\n        {sip: c, s|", "key users.* 's' {sip}")]
        [InlineData("sites: [{id: a |}]", "key sites.* '' {id} ,@14")]
        [InlineData("{\n  \"a\": 1\n  \"b|\"\n}", "key  '\"b\"' {a} ,@10")]
        [InlineData("{\"a\": [1]\n \"|\"}", "key  '\"\"' {a} ,@9")]
        public void The_path_at_the_cursor(string marked, string expected)
        {
            Assert.Equal(expected, Describe(marked));
        }

        [Theory]
        [InlineData("pools:\n  - fqdn: x\n    # a comment |\n")]
        [InlineData("pools:\n  - fqdn: x # a note|\n")]
        [InlineData("pools:\n  - fqdn: x |\n")]
        [InlineData("note: |\n  text |here\nsites: []\n")]
        [InlineData("os: {name: x}  # c|\n")]
        [InlineData("sites: [{id |}]")]
        [InlineData("trunks:\n  -|\n")]
        public void Nothing_is_typed_in_a_comment_a_text_block_or_after_a_value_or_a_key_without_its_colon(string marked)
        {
            Assert.Null(Describe(marked));
        }

        [Fact]
        public void Without_sibling_keys_the_scan_stops_at_the_cursor()
        {
            SourceText text = SourceText.From("a: 1\nb\nc: 2\n");

            PathContext at = DocumentPaths.At(text, 6, siblingKeys: false)!;

            Assert.True(at.IsKey);
            Assert.Equal("b", at.Name);
            Assert.Equal(new[] { "a" }, at.SiblingKeys);
            Assert.Equal(new[] { "a", "c" }, DocumentPaths.At(text, 6)!.SiblingKeys);
        }

        [Theory]
        [InlineData(StyleMatrix.Block)]
        [InlineData(StyleMatrix.Flow)]
        [InlineData(StyleMatrix.Json)]
        public void No_cursor_in_any_cut_of_a_document_throws_or_answers_outside_the_text(string style)
        {
            // Typing passes through every prefix of a document: each cut, with the next 40 characters on a new line.
            string full = StyleMatrix.TextOf(style);
            for (int length = 0; length <= full.Length; length++)
            {
                SourceText text = SourceText.From(string.Concat(full.AsSpan(0, length), "\n", full.AsSpan(length, System.Math.Min(40, full.Length - length))));
                foreach (int cursor in new[] { length, 0, text.Length / 2, text.Length })
                {
                    if (DocumentPaths.At(text, cursor) is { } at)
                    {
                        Assert.InRange(at.Token.Start, 0, text.Length);
                        Assert.InRange(at.Token.End, at.Token.Start, text.Length);
                    }
                }
            }
        }

        private static string? Describe(string marked)
        {
            int cursor = marked.IndexOf('|', System.StringComparison.Ordinal);
            if (marked.StartsWith("note: |", System.StringComparison.Ordinal))
            {
                cursor = marked.LastIndexOf('|');
            }

            SourceText text = SourceText.From(marked.Remove(cursor, 1));
            if (DocumentPaths.At(text, cursor) is not { } at)
            {
                return null;
            }

            string kind = at.IsKey ? "key" : at.IsSequenceItem ? "item" : "value";
            string siblings = at.IsKey ? " {" + string.Join(",", at.SiblingKeys) + "}" : string.Empty;
            string separator = at.MissingSeparatorAt >= 0 ? " ,@" + at.MissingSeparatorAt : string.Empty;
            return $"{kind} {string.Join(".", at.Path)} '{text.ToString(at.Token)}'{siblings}{separator}";
        }
    }
}
