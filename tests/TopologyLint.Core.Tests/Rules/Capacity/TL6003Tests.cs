using System.Globalization;
using TopologyLint.Core.Tests.Rules.Testing;
using TopologyLint.Rules.Capacity;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Capacity
{
    public class TL6003Tests : RuleTests<StandardEditionServerRule>
    {
        [Fact]
        public void Fires_at_the_edition_of_a_standard_edition_pool_of_three_servers()
        {
            var lint = Verify(ValidTopology.With("    edition: enterprise\n", "    edition: [|standard|]\n").With(PoolText.FrontEndServers, PoolText.Servers("fe", 3)));

            Assert.Equal("The Standard Edition pool 'fe.contoso.local' has 3 servers; a Standard Edition server is a pool of one", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void A_standard_edition_server_alone_is_fine()
        {
            Verify(ValidTopology.With("    edition: enterprise\n", "    edition: standard\n").With(PoolText.FrontEndServers, PoolText.Servers("fe", 1)));
        }

        [Fact]
        public void An_enterprise_pool_of_several_servers_is_fine()
        {
            Verify(ValidTopology.With(PoolText.FrontEndServers, PoolText.Servers("fe", 3)));
        }

        [Fact]
        public void An_edition_written_on_another_role_has_no_meaning()
        {
            Verify(ValidTopology.With("    role: mediation\n", "    role: mediation\n    edition: standard\n"));
        }
    }
}
