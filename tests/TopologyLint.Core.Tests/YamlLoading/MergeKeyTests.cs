using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Configuration;
using TopologyLint.Engine;
using TopologyLint.Loading;
using TopologyLint.Syntax;
using Xunit;

namespace TopologyLint.Core.Tests.YamlLoading
{
    /// <summary>YAML merge keys (<c>&lt;&lt;: *defaults</c>, <c>&lt;&lt;: [*a, *b]</c>) as YAML 1.1 tools read them, with merged entries placed where they are written.</summary>
    public class MergeKeyTests
    {
        private static (LoadedDocument Document, DiagnosticSink Sink) Load(string text)
        {
            var sink = new DiagnosticSink(DefaultConfiguration.Instance);
            return (DocumentLoader.Load("/t/a.yaml", System.Text.Encoding.UTF8.GetBytes(text), LoaderLimits.Default, sink), sink);
        }

        private static string Text(DocumentNode? node) => Assert.IsType<ScalarNode>(node).Value;

        private static int Line(DocumentNode? node) => node!.LineSpan.Start.Line + 1;

        [Fact]
        public void Explicit_keys_win_over_merged_ones_and_merged_entries_stay_where_they_are_written()
        {
            (LoadedDocument document, _) = Load("base: &b {name: a, edition: standard}\nx:\n  edition: enterprise\n  <<: *b\n  arch: x64\n");
            var x = (MappingNode)((MappingNode)document.Root!)["x"]!;

            Assert.Equal(new[] { "edition", "arch", "name" }, x.Entries.Select(e => e.KeyText));
            Assert.Equal("enterprise", Text(x["edition"]));
            Assert.Equal(("a", 1), (Text(x["name"]), Line(x["name"])));
            Assert.Equal(1, x.Entries.Single(e => e.KeyText == "name").Key.LineSpan.Start.Line + 1);
        }

        [Fact]
        public void Earlier_merged_mappings_win_over_later_ones()
        {
            (LoadedDocument document, _) = Load("p: &p {a: 1, b: 1}\nq: &q {b: 2, c: 2}\nx: {<<: [*p, *q], c: 3}\n");
            var x = (MappingNode)((MappingNode)document.Root!)["x"]!;

            Assert.Equal(new[] { ("c", "3"), ("a", "1"), ("b", "1") }, x.Entries.Select(e => (e.KeyText, Text(e.Value))));
            Assert.Equal(new[] { 3, 1, 1 }, x.Entries.Select(e => Line(e.Value)));
        }

        [Fact]
        public void A_merged_mapping_that_itself_merges_brings_its_merged_entries()
        {
            (LoadedDocument document, _) = Load("a: &a {k: 1}\nb: &b {<<: *a, l: 2}\nc: {<<: *b}\n");
            var c = (MappingNode)((MappingNode)document.Root!)["c"]!;

            Assert.Equal(new[] { "l", "k" }, c.Entries.Select(e => e.KeyText));
        }

        [Fact]
        public void A_quoted_merge_key_is_an_ordinary_key()
        {
            (LoadedDocument document, DiagnosticSink sink) = Load("b: &b {k: 1}\nx: {'<<': *b}\n");
            var x = (MappingNode)((MappingNode)document.Root!)["x"]!;

            Assert.Equal("<<", Assert.Single(x.Entries).KeyText);
            Assert.Empty(sink.Diagnostics);
        }

        [Theory]
        [InlineData("x:\n  <<: 1\n")]
        [InlineData("x:\n  <<: [{a: 1}, b]\n")]
        public void A_merge_key_whose_value_is_not_mappings_is_a_syntax_error_at_the_key(string text)
        {
            (LoadedDocument document, DiagnosticSink sink) = Load(text);

            Diagnostic error = Assert.Single(sink.Diagnostics);
            Assert.Equal(("TL0001", 2, 3), (error.Id, error.Location.GetLineSpan().StartLinePosition.Line + 1, error.Location.GetLineSpan().StartLinePosition.Character + 1));
            Assert.Contains("merge key '<<'", error.GetMessage(CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
            Assert.Null(document.Root);
        }

        [Fact]
        public void A_diagnostic_about_a_merged_value_points_at_the_anchor_and_a_suppression_there_works()
        {
            string contoso = File.ReadAllText(ExampleTwinTests.RepositoryPath("examples/contoso/contoso.topology.yaml"));
            const string Server = "- {fqdn: fe01.contoso.local, os: {name: windows-server-2012-r2, edition: standard, architecture: x64}, domainMember: true}";
            Assert.Contains(Server, contoso, System.StringComparison.Ordinal);
            string merged = contoso
                .Replace("x-owner: telephony-team", "x-owner: telephony-team\nx-os: &old-os {name: windows-server-2000, edition: standard, architecture: x64}", System.StringComparison.Ordinal)
                .Replace(Server, "- {fqdn: fe01.contoso.local, os: {<<: *old-os, edition: enterprise}, domainMember: true}", System.StringComparison.Ordinal);
            using var lint = new TestLint();
            lint.Write("fragments/branch-users.yaml", File.ReadAllText(ExampleTwinTests.RepositoryPath("examples/contoso/fragments/branch-users.yaml")));

            Diagnostic schema = Assert.Single(lint.Lint("contoso.topology.yaml", merged));
            Assert.Equal(("TL0002", 11, 22), (schema.Id, schema.Span().Line, schema.Span().Column));

            string suppressed = merged.Replace("x-os: &old-os", "# topolint-disable-next-line TL0002 -- old servers are being replaced\nx-os: &old-os", System.StringComparison.Ordinal);
            LintResult result = lint.Run(new[] { lint.Write("contoso.topology.yaml", suppressed) });
            Assert.Empty(result.Diagnostics);
            Assert.Equal("TL0002", Assert.Single(result.SuppressedDiagnostics).Diagnostic.Id);
        }
    }
}
