using TopologyLint.Core.Tests.Rules.Testing;
using TopologyLint.Rules.Availability;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Availability
{
    public class TL2003Tests : RuleTests<PstnConnectionRule>
    {
        private const string Pstn = "pstn:\n  - {id: hq-pri, site: hq, connection: tdm, gateways: [gw01.contoso.local], mediationPool: med.contoso.local}\n";

        [Fact]
        public void Fires_at_the_root_when_enterprise_voice_users_have_no_pstn_connection()
        {
            Verify(ValidTopology.With(Pstn, string.Empty).MarkRoot());
        }

        [Fact]
        public void No_pstn_connection_is_needed_without_enterprise_voice_users()
        {
            Verify(ValidTopology.With(Pstn, string.Empty).Replace("enterpriseVoice: true", "enterpriseVoice: false"));
        }

        [Fact]
        public void A_pstn_value_that_is_not_a_list_is_left_to_the_schema()
        {
            Verify(ValidTopology.With(Pstn, "pstn: {|TL0002:hq-pri|}\n"));
        }

        [Fact]
        public void A_trunk_is_a_pstn_connection()
        {
            Verify(ValidTopology.With(Pstn, "gateways: [{fqdn: gw01.contoso.local, site: hq}]\ntrunks:\n  - {name: gw01-tls, gateway: gw01.contoso.local, mediationPool: med.contoso.local}\n"));
        }
    }
}
