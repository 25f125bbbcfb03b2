using System.Globalization;
using TopologyLint.Core.Tests.Rules.Testing;
using TopologyLint.Rules.Capacity;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Capacity
{
    public class TL6001Tests : RuleTests<FrontEndServerLimitRule>
    {
        [Fact]
        public void Fires_at_an_enterprise_pool_of_thirteen_servers()
        {
            var lint = Verify(ValidTopology.With(PoolText.FrontEndServers, PoolText.Servers("fe", 13)).With(PoolText.FrontEnd, PoolText.MarkedFrontEnd));

            Assert.Equal("The front-end pool 'fe.contoso.local' has 13 servers; a Front End pool holds at most 12", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void A_pool_without_an_edition_is_an_enterprise_pool()
        {
            Verify(ValidTopology.With(PoolText.FrontEndServers, PoolText.Servers("fe", 13)).With(PoolText.FrontEnd, PoolText.MarkedFrontEnd).With("    edition: enterprise\n", string.Empty));
        }

        [Fact]
        public void Twelve_servers_are_the_limit()
        {
            Verify(ValidTopology.With(PoolText.FrontEndServers, PoolText.Servers("fe", 12)));
        }

        [Fact]
        public void A_server_defined_twice_counts_once()
        {
            string servers = PoolText.Servers("fe", 12) + "      - {fqdn: {|TL0004:fe01.contoso.local|}, domainMember: true}\n";

            Verify(ValidTopology.With(PoolText.FrontEndServers, servers));
        }

        [Fact]
        public void A_standard_edition_pool_is_left_to_tl6003()
        {
            Verify(ValidTopology.With(PoolText.FrontEndServers, PoolText.Servers("fe", 13)).With("    edition: enterprise\n", "    edition: {|TL6003:standard|}\n"));
        }

        [Fact]
        public void Other_roles_are_not_front_end_pools()
        {
            Verify(ValidTopology.With("      - {fqdn: edge01.contoso.com, domainMember: false}\n", PoolText.Servers("edge", 13)).With("  - fqdn: edge.contoso.com\n", "  - {|TL6004:fqdn|}: edge.contoso.com\n"));
        }
    }
}
