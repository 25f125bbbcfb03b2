using System.Globalization;
using TopologyLint.Core.Tests.Rules.Testing;
using TopologyLint.Rules.VoiceRouting;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.VoiceRouting
{
    public class TL4002Tests : RuleTests<DuplicateTrunkPortsRule>
    {
        private const string Trunk = "  - {name: gw01-tls, gateway: gw01.contoso.local, gatewayPort: 5067, transport: tls, mediationPool: med.contoso.local, mediationPort: 5067}\n";

        [Fact]
        public void Fires_at_the_later_trunk_with_the_same_four_values_and_names_the_earlier()
        {
            var lint = Verify(VoiceTopology.With(Trunk, Trunk + "  - {[|name|]: gw01-tcp, gateway: GW01.contoso.local, gatewayPort: 5067, transport: tcp, mediationPool: MED.contoso.local, mediationPort: 5067}\n"));

            Assert.Equal("The trunk 'gw01-tcp' has the same Mediation pool, Mediation port 5067, gateway and gateway port 5067 as the trunk 'gw01-tls'", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Theory]
        [InlineData("gatewayPort: 5068, mediationPool: med.contoso.local, mediationPort: 5067")]
        [InlineData("gatewayPort: 5067, mediationPool: med.contoso.local, mediationPort: 5068")]
        [InlineData("gatewayPort: 5067, mediationPool: fe.contoso.local, mediationPort: 5067")]
        [InlineData("mediationPool: med.contoso.local, mediationPort: 5067")]
        [InlineData("gatewayPort: 5067, mediationPool: med.contoso.local")]
        public void A_trunk_that_differs_in_one_value_or_does_not_write_it_is_not_compared(string rest)
        {
            Verify(VoiceTopology.With(Trunk, Trunk + "  - {name: gw01-b, gateway: gw01.contoso.local, " + rest + "}\n"));
        }

        [Fact]
        public void A_trunk_whose_pool_TL0003_reports_is_not_compared()
        {
            Verify(VoiceTopology.With(Trunk, Trunk + "  - {name: gw01-b, gateway: gw01.contoso.local, gatewayPort: 5067, mediationPool: {|TL0003:edge.contoso.com|}, mediationPort: 5067}\n"));
        }

        [Fact]
        public void Trunks_read_from_v1_entries_have_no_ports_and_are_never_compared()
        {
            Verify(ValidTopology.With(VoiceTopology.V1Pstn, VoiceTopology.V1Pstn + "  - {id: hq-pri2, site: hq, connection: tdm, gateways: [gw01.contoso.local], mediationPool: med.contoso.local}\n"));
        }
    }
}
