using System.Globalization;
using TopologyLint.Core.Tests.Rules.Testing;
using TopologyLint.Rules.Capacity;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Capacity
{
    public class TL6004Tests : RuleTests<EdgeServerLimitRule>
    {
        private const string EdgeServer = "      - {fqdn: edge01.contoso.com, domainMember: false}\n";

        [Fact]
        public void Fires_at_an_edge_pool_of_thirteen_servers()
        {
            var lint = Verify(ValidTopology.With(EdgeServer, PoolText.Servers("edge", 13)).With("  - fqdn: edge.contoso.com\n", "  - [|fqdn|]: edge.contoso.com\n"));

            Assert.Equal("The edge pool 'edge.contoso.com' has 13 servers; the supported maximum is 12", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Twelve_servers_are_the_limit()
        {
            Verify(ValidTopology.With(EdgeServer, PoolText.Servers("edge", 12)));
        }
    }
}
