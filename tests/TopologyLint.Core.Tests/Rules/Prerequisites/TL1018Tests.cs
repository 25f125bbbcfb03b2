using System.Globalization;
using TopologyLint.Core.Tests.Rules.Testing;
using TopologyLint.Rules.Prerequisites;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Prerequisites
{
    public class TL1018Tests : RuleTests<SipTrunkGatewayRule>
    {
        [Fact]
        public void Fires_at_the_gateways_of_a_sip_trunk()
        {
            var lint = Verify(ValidTopology.With("connection: tdm, gateways: [gw01.contoso.local]", "connection: sip-trunk, gateways: [|[gw01.contoso.local]|]"));

            Assert.Equal("The SIP trunk 'hq-pri' lists gateways, which a SIP trunk does not need", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void An_empty_gateways_list_lists_no_gateway()
        {
            Verify(ValidTopology.With("connection: tdm, gateways: [gw01.contoso.local]", "connection: sip-trunk, gateways: []"));
        }
    }
}
