using System.Globalization;
using TopologyLint.Core.Tests.Rules.Testing;
using TopologyLint.Rules.VoiceRouting;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.VoiceRouting
{
    public class TL4001Tests : RuleTests<GatewayWithoutTrunkRule>
    {
        [Fact]
        public void Fires_at_a_gateway_that_no_trunk_names()
        {
            var lint = Verify(VoiceTopology.With(
                "  - {fqdn: gw01.contoso.local, site: hq}\n",
                "  - {fqdn: gw01.contoso.local, site: hq}\n  - {[|fqdn|]: gw02.contoso.local, site: hq}\n"));

            Assert.Equal("The gateway 'gw02.contoso.local' is the gateway of no trunk: Topology Builder needs a root trunk to add a gateway", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void A_gateway_whose_only_trunk_names_it_by_another_case_has_its_root_trunk()
        {
            Verify(VoiceTopology.With("gateway: gw01.contoso.local,", "gateway: GW01.contoso.local,"));
        }

        [Fact]
        public void A_trunk_whose_gateway_TL0003_reports_gives_no_gateway_a_trunk()
        {
            Verify(VoiceTopology.With("gateway: gw01.contoso.local,", "gateway: {|TL0003:gw09.contoso.local|},")
                .Replace("  - {fqdn: gw01.contoso.local, site: hq}\n", "  - {[|fqdn|]: gw01.contoso.local, site: hq}\n", System.StringComparison.Ordinal));
        }

        [Fact]
        public void A_gateway_read_from_a_v1_entry_is_never_reported()
        {
            // The v1 entry is the gateway's trunk (TOPOLOGY-v2 A.3), whether or not trunks[] names the gateway.
            Verify(ValidTopology.Yaml);
        }

        [Fact]
        public void A_gateway_that_a_v1_entry_lists_gets_that_entry_as_its_trunk()
        {
            Verify(ValidTopology.With(VoiceTopology.V1Pstn, "gateways:\n  - {fqdn: gw01.contoso.local, site: hq}\n" + VoiceTopology.V1Pstn));
        }
    }
}
