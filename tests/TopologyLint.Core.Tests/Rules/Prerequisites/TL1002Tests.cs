using TopologyLint.Core.Tests.Rules.Testing;
using TopologyLint.Rules.Prerequisites;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Prerequisites
{
    public class TL1002Tests : RuleTests<EdgePoolRule>
    {
        private const string EdgePool =
            "  - fqdn: edge.contoso.com\n" +
            "    role: edge\n" +
            "    site: hq\n" +
            "    edgeServices: [access, av, web-conferencing]\n" +
            "    servers:\n" +
            "      - {fqdn: edge01.contoso.com, domainMember: false}\n";

        [Fact]
        public void Fires_at_the_root_when_no_pool_is_an_edge_pool()
        {
            Verify(ValidTopology.With(EdgePool, string.Empty).MarkRoot());
        }

        [Fact]
        public void An_edge_pool_in_an_include_fragment_counts()
        {
            string root = ValidTopology.With(EdgePool, string.Empty) + "include: [fragments/edge.yaml]\n";

            Assert.Empty(Lint((ValidTopology.FileName, root), ("fragments/edge.yaml", "pools:\n" + EdgePool)).Diagnostics);
        }
    }
}
