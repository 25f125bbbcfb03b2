using System.Globalization;
using TopologyLint.Core.Tests.Rules.Testing;
using TopologyLint.Rules.Document;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Document
{
    public class TL0003Tests : RuleTests<UnresolvedReferenceRule>
    {
        private const string Head = "topology: t\nproduct: lync-server-2013\nsipDomains: [contoso.com]\nsites:\n  - {id: redmond, kind: central}\n";

        private const string Pools = "pools:\n"
            + "  - {fqdn: fe.contoso.com, role: front-end, site: redmond, servers: [{fqdn: fe1.contoso.com}]}\n"
            + "  - {fqdn: edge.contoso.com, role: edge, site: redmond, servers: [{fqdn: e1.contoso.com}]}\n";

        [Fact]
        public void Unknown_site_is_reported_at_the_reference()
        {
            var lint = Verify(("a.topology.yaml", Head + "users:\n  - {sip: a@contoso.com, site: [|dublin|]}\n"));

            Assert.Equal("'dublin' names no site", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Mediation_pool_that_is_an_edge_pool_is_reported()
        {
            var lint = Verify(("a.topology.yaml", Head + Pools + "pstn:\n  - {id: p, site: redmond, connection: sip-trunk, mediationPool: [|edge.contoso.com|]}\n"));

            Assert.Contains("edge pool", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Published_pool_that_does_not_exist_is_reported()
        {
            Verify(("a.topology.yaml", Head + Pools + "reverseProxies:\n  - fqdn: rp.contoso.com\n    site: redmond\n    publishes: [fe.contoso.com, FE.CONTOSO.COM, [|gone.contoso.com|]]\n"));
        }

        [Fact]
        public void Resolved_references_give_nothing()
        {
            Verify(("a.topology.yaml", Head + Pools + "pstn:\n  - {id: p, site: redmond, connection: sip-trunk, mediationPool: fe.contoso.com}\n"));
        }
    }
}
