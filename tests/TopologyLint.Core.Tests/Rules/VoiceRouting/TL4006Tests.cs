using System.Globalization;
using TopologyLint.Core.Tests.Rules.Testing;
using TopologyLint.Rules.VoiceRouting;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.VoiceRouting
{
    public class TL4006Tests : RuleTests<SipTrunkMediationSiteRule>
    {
        private static string WithDallas(string yaml) => yaml.Replace("pools:\n", "  - {id: dallas, kind: central}\npools:\n", System.StringComparison.Ordinal);

        [Fact]
        public void Fires_at_the_mediation_pool_of_a_SIP_trunk_whose_gateway_is_at_another_site()
        {
            var lint = Verify(WithDallas(VoiceTopology.With(
                "  - {fqdn: gw01.contoso.local, site: hq}\n",
                "  - {fqdn: gw01.contoso.local, site: dallas}\n").Replace(
                "transport: tls, mediationPool: med.contoso.local,",
                "transport: tls, connection: sip-trunk, mediationPool: [|med.contoso.local|],",
                System.StringComparison.Ordinal)));

            Assert.Equal("The SIP trunk 'gw01-tls' terminates at site 'dallas', but its Mediation pool 'med.contoso.local' is at site 'hq': deploy a Mediation Server at the site where the trunk terminates", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Fires_once_at_the_mediation_pool_value_of_a_v1_sip_trunk_entry_at_another_site()
        {
            var lint = Verify(WithDallas(ValidTopology.With(
                VoiceTopology.V1Pstn,
                VoiceTopology.V1Pstn + "  - {id: itsp, site: dallas, connection: sip-trunk, gateways: [sbc1.itsp.net, sbc2.itsp.net], mediationPool: [|med.contoso.local|]}\n")));

            Assert.StartsWith("The SIP trunk 'itsp' terminates at site 'dallas'", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void A_v1_sip_trunk_entry_without_gateways_is_read_at_its_own_site()
        {
            Verify(WithDallas(ValidTopology.With(
                VoiceTopology.V1Pstn,
                VoiceTopology.V1Pstn + "  - {id: itsp, site: dallas, connection: sip-trunk, mediationPool: [|med.contoso.local|]}\n")));
        }

        [Fact]
        public void A_TDM_trunk_may_use_a_Mediation_pool_at_another_site()
        {
            Verify(WithDallas(VoiceTopology.With("  - {fqdn: gw01.contoso.local, site: hq}\n", "  - {fqdn: gw01.contoso.local, site: dallas}\n")));
        }

        [Fact]
        public void A_SIP_trunk_at_its_Mediation_pools_site_is_not_reported()
        {
            Verify(VoiceTopology.With("transport: tls, mediationPool:", "transport: tls, connection: sip-trunk, mediationPool:"));
        }

        [Fact]
        public void A_SIP_trunk_whose_site_is_unknown_is_not_reported()
        {
            Verify(VoiceTopology.With("  - {fqdn: gw01.contoso.local, site: hq}\n", "  - {fqdn: gw01.contoso.local, site: {|TL0003:nowhere|}}\n")
                .Replace("transport: tls, mediationPool:", "transport: tls, connection: sip-trunk, mediationPool:", System.StringComparison.Ordinal));
        }
    }
}
