using System.Globalization;
using System.Linq;
using TopologyLint.Core.Tests.Rules.Testing;
using TopologyLint.Rules.Prerequisites;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Prerequisites
{
    public class TL1019Tests : RuleTests<MediationPoolRule>
    {
        [Fact]
        public void Fires_at_the_connection_when_it_names_no_mediation_pool()
        {
            var lint = Verify(ValidTopology.With("{id: hq-pri, site: hq, connection: tdm, gateways: [gw01.contoso.local], mediationPool: med.contoso.local}", "{[|id|]: hq-pri, site: hq, connection: tdm, gateways: [gw01.contoso.local]}"));

            Assert.Contains("'hq-pri'", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void A_front_end_pool_with_collocated_mediation_serves()
        {
            var lint = Verify(ValidTopology.With("mediationPool: med.contoso.local}", "mediationPool: fe.contoso.local}"));

            Assert.Empty(lint.Result.Diagnostics);
        }

        [Fact]
        public void A_mediation_pool_that_names_an_edge_pool_gets_tl0003_only()
        {
            var lint = Verify(ValidTopology.With("mediationPool: med.contoso.local}", "mediationPool: {|TL0003:edge.contoso.com|}}"));

            Assert.Equal(new[] { "TL0003" }, lint.Result.Diagnostics.Select(d => d.Id));
        }
    }
}
