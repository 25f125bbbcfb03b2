using System.Globalization;
using TopologyLint.Core.Tests.Rules.Testing;
using TopologyLint.Rules.ExternalAccess;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.ExternalAccess
{
    public class TL5001Tests : RuleTests<EdgeAssociationRule>
    {
        private const string SecondEdge = "    edgeServices: [access, av, web-conferencing]\n";

        [Fact]
        public void Fires_at_a_front_end_pool_when_two_edge_pools_leave_it_unassociated()
        {
            var lint = Verify(ValidTopology.Yaml.WithPool("edge2.contoso.com", "edge", SecondEdge).With(ExternalText.FrontEnd, "  - [|fqdn|]: fe.contoso.local\n"));

            Assert.Equal("The front-end pool 'fe.contoso.local' is associated with no Edge pool: name one in its edgePool", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void The_only_edge_pool_is_implied()
        {
            Verify(ValidTopology.Yaml);
        }

        [Fact]
        public void A_written_edge_pool_associates_the_pool()
        {
            Verify(ValidTopology.Yaml.WithPool("edge2.contoso.com", "edge", SecondEdge).With("    edition: enterprise\n", "    edition: enterprise\n    edgePool: edge2.contoso.com\n"));
        }

        [Fact]
        public void Once_one_pool_writes_edge_pool_the_only_edge_pool_is_no_longer_implied()
        {
            Verify(ValidTopology.Yaml
                .WithPool("fe2.contoso.local", "front-end", "    edgePool: edge.contoso.com\n")
                .With(ExternalText.FrontEnd, "  - [|fqdn|]: fe.contoso.local\n")
                .Publishing("fe.contoso.local, fe2.contoso.local"));
        }

        [Fact]
        public void An_edge_pool_that_names_nothing_gets_tl0003_only()
        {
            Verify(ValidTopology.Yaml.With("    edition: enterprise\n", "    edition: enterprise\n    edgePool: {|TL0003:edge9.contoso.com|}\n"));
        }

        [Fact]
        public void Without_an_edge_pool_the_rule_does_not_run()
        {
            Verify(ValidTopology.With("  - fqdn: edge.contoso.com\n    role: edge\n    site: hq\n    edgeServices: [access, av, web-conferencing]\n    servers:\n      - {fqdn: edge01.contoso.com, domainMember: false}\n", string.Empty));
        }
    }
}
