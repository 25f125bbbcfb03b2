using System.Globalization;
using TopologyLint.Core.Tests.Rules.Testing;
using TopologyLint.Rules.Prerequisites;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Prerequisites
{
    public class TL1017Tests : RuleTests<TdmGatewayRule>
    {
        [Fact]
        public void Fires_at_the_connection_when_a_tdm_connection_lists_no_gateways()
        {
            var lint = Verify(ValidTopology.With("{id: hq-pri, site: hq, connection: tdm, gateways: [gw01.contoso.local], ", "{[|id|]: hq-pri, site: hq, connection: tdm, "));

            Assert.Equal("The TDM PSTN connection 'hq-pri' has no gateway", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Fires_at_an_empty_gateways_list()
        {
            Verify(ValidTopology.With("gateways: [gw01.contoso.local]", "gateways: [|[]|]"));
        }

        [Fact]
        public void A_sip_trunk_needs_no_gateway()
        {
            Verify(ValidTopology.With("connection: tdm, gateways: [gw01.contoso.local], ", "connection: sip-trunk, "));
        }

        [Fact]
        public void A_gateways_value_that_is_not_a_list_is_left_to_the_schema()
        {
            Verify(ValidTopology.With("gateways: [gw01.contoso.local]", "gateways: {|TL0002:gw01.contoso.local|}"));
        }
    }
}
