using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Document
{
    public class TL0002Tests
    {
        private const string Valid = "topology: t\nproduct: lync-server-2013\nsipDomains: [contoso.com]\n";

        [Fact]
        public void Unknown_key_is_reported_at_the_key()
        {
            using var lint = new TestLint();
            var diagnostics = lint.Lint("a.topology.yaml", Valid + "sites:\n  - id: redmond\n    kind: central\n    colour: blue\n");
            Diagnostic d = Assert.Single(diagnostics, x => x.Id == "TL0002");
            Assert.Equal(DiagnosticSeverity.Error, d.Severity);
            Assert.Equal((7, 5, 7, 11), d.Span());
            Assert.Contains("'colour'", d.GetMessage());
        }

        [Fact]
        public void Missing_required_key_is_reported_at_the_items_first_key()
        {
            using var lint = new TestLint();
            var diagnostics = lint.Lint("a.topology.yaml", Valid + "sites:\n  - kind: central\n");
            Diagnostic d = Assert.Single(diagnostics, x => x.Id == "TL0002");
            Assert.Equal((5, 5, 5, 9), d.Span());
            Assert.Contains("'id'", d.GetMessage());
        }

        [Fact]
        public void Wrong_enum_value_is_reported_at_the_value()
        {
            using var lint = new TestLint();
            var diagnostics = lint.Lint("a.topology.yaml", Valid + "sites:\n  - {id: redmond, kind: headquarters}\n");
            Diagnostic d = Assert.Single(diagnostics, x => x.Id == "TL0002");
            Assert.Equal((5, 25, 5, 37), d.Span());
            Assert.Contains("central", d.GetMessage());
        }

        [Fact]
        public void Wrong_type_is_reported_at_the_value_in_json()
        {
            using var lint = new TestLint();
            var diagnostics = lint.Lint("a.topology.json", "{\"topology\": \"t\", \"product\": \"lync-server-2013\",\n \"sipDomains\": \"contoso.com\"}");
            Diagnostic d = Assert.Single(diagnostics, x => x.Id == "TL0002");
            Assert.Equal((2, 16, 2, 29), d.Span());
        }

        [Fact]
        public void Missing_root_keys_are_reported_at_the_root_mappings_first_key()
        {
            using var lint = new TestLint();
            var diagnostics = lint.Lint("a.topology.yaml", "# header\ntopology: t\n");
            Assert.Equal(new[] { "TL0002@2:1", "TL0002@2:1" }, diagnostics.Where(d => d.Id == "TL0002").Positions());
        }

        [Fact]
        public void Extension_keys_and_a_valid_document_give_nothing()
        {
            using var lint = new TestLint();
            var diagnostics = lint.Lint("a.topology.yaml", Valid + "x-owner: telephony\nsites:\n  - {id: redmond, kind: central, x-notes: {any: [thing]}}\n");
            Assert.DoesNotContain(diagnostics, d => d.Id == "TL0002");
        }

        [Fact]
        public void Fragment_items_are_validated_in_their_own_file()
        {
            using var lint = new TestLint();
            lint.Write("users.yaml", "users:\n  - sip: a@contoso.com\n    enabled: yes-please\n");
            var diagnostics = lint.Lint("a.topology.yaml", Valid + "include: [users.yaml]\n");
            Diagnostic d = Assert.Single(diagnostics, x => x.Id == "TL0002");
            Assert.EndsWith("users.yaml", d.Location.GetLineSpan().Path);
            Assert.Equal((3, 14, 3, 24), d.Span());
        }
    }
}
