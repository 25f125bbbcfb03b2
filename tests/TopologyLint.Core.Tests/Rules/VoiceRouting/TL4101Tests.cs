using System.Globalization;
using TopologyLint.Core.Tests.Rules.Testing;
using TopologyLint.Rules.VoiceRouting;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.VoiceRouting
{
    public class TL4101Tests : RuleTests<RouteWithoutTrunkOrUsageRule>
    {
        private const string Route = "    - {name: local, pattern: '^\\+1425\\d{7}$', pstnUsages: [Local], trunks: [gw01-tls]}\n";

        [Theory]
        [InlineData("pstnUsages: [Local]", "trunk")]
        [InlineData("pstnUsages: [Local], trunks: []", "trunk")]
        [InlineData("trunks: [gw01-tls]", "PSTN usage")]
        [InlineData("pstnUsages: [], trunks: [gw01-tls]", "PSTN usage")]
        [InlineData("pstnUsages: []", "trunk and no PSTN usage")]
        public void Fires_at_a_route_that_lists_no_trunk_or_no_usage(string keys, string missing)
        {
            var lint = Verify(VoiceTopology.With(Route, "    - {[|name|]: local, pattern: '^\\+1425\\d{7}$', " + keys + "}\n"));

            Assert.Equal($"The route 'local' lists no {missing}: it can carry no call", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Names_that_TL0003_reports_still_count_as_listed()
        {
            Verify(VoiceTopology.With(Route, "    - {name: local, pattern: '^\\+1425\\d{7}$', pstnUsages: [{|TL0003:Nowhere|}], trunks: [{|TL0003:no-trunk|}]}\n"));
        }

        [Fact]
        public void A_route_may_name_a_v1_entry_as_its_trunk()
        {
            Verify(ValidTopology.With(VoiceTopology.V1Pstn, VoiceTopology.V1Pstn + VoiceTopology.VoiceSection.Replace("trunks: [gw01-tls]", "trunks: [hq-pri]", System.StringComparison.Ordinal)));
        }
    }
}
