using Microsoft.CodeAnalysis;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Document
{
    public class TL0003Tests
    {
        private const string Head = "topology: t\nproduct: lync-server-2013\nsipDomains: [contoso.com]\nsites:\n  - {id: redmond, kind: central}\n";

        private const string Pools = "pools:\n"
            + "  - {fqdn: fe.contoso.com, role: front-end, site: redmond, servers: [{fqdn: fe1.contoso.com}]}\n"
            + "  - {fqdn: edge.contoso.com, role: edge, site: redmond, servers: [{fqdn: e1.contoso.com}]}\n";

        [Fact]
        public void Unknown_site_is_reported_at_the_reference()
        {
            using var lint = new TestLint();
            var diagnostics = lint.Lint("a.topology.yaml", Head + "users:\n  - {sip: a@contoso.com, site: dublin}\n");
            Diagnostic d = Assert.Single(diagnostics, x => x.Id == "TL0003");
            Assert.Equal(DiagnosticSeverity.Error, d.Severity);
            Assert.Equal((7, 32, 7, 38), d.Span());
            Assert.Equal("'dublin' names no site", d.GetMessage());
        }

        [Fact]
        public void Mediation_pool_that_is_an_edge_pool_is_reported()
        {
            using var lint = new TestLint();
            var diagnostics = lint.Lint("a.topology.yaml", Head + Pools + "pstn:\n  - {id: p, site: redmond, connection: sip-trunk, mediationPool: edge.contoso.com}\n");
            Diagnostic d = Assert.Single(diagnostics, x => x.Id == "TL0003");
            Assert.Equal((10, 66, 10, 82), d.Span());
            Assert.Contains("edge pool", d.GetMessage());
        }

        [Fact]
        public void Published_pool_that_does_not_exist_is_reported()
        {
            using var lint = new TestLint();
            var diagnostics = lint.Lint("a.topology.yaml", Head + Pools + "reverseProxies:\n  - fqdn: rp.contoso.com\n    site: redmond\n    publishes: [fe.contoso.com, FE.CONTOSO.COM, gone.contoso.com]\n");
            Assert.Equal(new[] { "TL0003@12:49" }, System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Where(diagnostics.Positions(), p => p.StartsWith("TL0003"))));
        }

        [Fact]
        public void Resolved_references_give_nothing()
        {
            using var lint = new TestLint();
            var diagnostics = lint.Lint("a.topology.yaml", Head + Pools + "pstn:\n  - {id: p, site: redmond, connection: sip-trunk, mediationPool: fe.contoso.com}\n");
            Assert.DoesNotContain(diagnostics, x => x.Id == "TL0003");
        }
    }
}
