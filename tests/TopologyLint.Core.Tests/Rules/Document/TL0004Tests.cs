using Microsoft.CodeAnalysis;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Document
{
    public class TL0004Tests
    {
        private const string Head = "topology: t\nproduct: lync-server-2013\nsipDomains: [contoso.com]\n";

        [Fact]
        public void Second_site_id_is_reported_at_its_identifier()
        {
            using var lint = new TestLint();
            var diagnostics = lint.Lint("a.topology.yaml", Head + "sites:\n  - {id: redmond, kind: central}\n  - {id: redmond, kind: branch}\n");
            Diagnostic d = Assert.Single(diagnostics, x => x.Id == "TL0004");
            Assert.Equal(DiagnosticSeverity.Error, d.Severity);
            Assert.Equal((6, 10, 6, 17), d.Span());
            Assert.Equal("The site id 'redmond' is already defined at line 5", d.GetMessage());
        }

        [Fact]
        public void Server_fqdn_equal_to_a_pool_fqdn_is_reported_case_insensitively()
        {
            using var lint = new TestLint();
            var diagnostics = lint.Lint("a.topology.yaml", Head + "sites: [{id: s, kind: central}]\npools:\n  - {fqdn: fe.contoso.com, role: front-end, site: s, servers: [{fqdn: FE.contoso.com}]}\n");
            Assert.Contains("TL0004@6:71", diagnostics.Positions());
        }

        [Fact]
        public void Duplicate_user_in_a_fragment_names_the_other_file()
        {
            using var lint = new TestLint();
            lint.Write("more.yaml", "users:\n  - sip: alice@contoso.com\n");
            var diagnostics = lint.Lint("a.topology.yaml", Head + "include: [more.yaml]\nusers:\n  - sip: Alice@contoso.com\n");
            Diagnostic d = Assert.Single(diagnostics, x => x.Id == "TL0004");
            Assert.EndsWith("more.yaml", d.Location.GetLineSpan().Path);
            Assert.Equal((2, 10, 2, 27), d.Span());
            Assert.Contains("a.topology.yaml line 6", d.GetMessage());
        }

        [Fact]
        public void Distinct_identifiers_give_nothing()
        {
            using var lint = new TestLint();
            var diagnostics = lint.Lint("a.topology.yaml", Head + "sites:\n  - {id: redmond, kind: central}\n  - {id: dublin, kind: central}\nusers: [{sip: a@contoso.com}, {sip: b@contoso.com}]\n");
            Assert.DoesNotContain(diagnostics, x => x.Id == "TL0004");
        }
    }
}
