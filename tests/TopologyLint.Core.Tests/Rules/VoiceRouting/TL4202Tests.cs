using System.Globalization;
using TopologyLint.Core.Tests.Rules.Testing;
using TopologyLint.Rules.VoiceRouting;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.VoiceRouting
{
    public class TL4202Tests : RuleTests<MediaBypassMismatchRule>
    {
        private const string Trunk = "transport: tls, mediationPool:";

        private static string WithTrunkBypass(string value) => VoiceTopology.With(Trunk, "transport: tls, mediaBypass: " + value + ", mediationPool:");

        [Fact]
        public void Fires_at_a_trunk_with_bypass_when_network_is_not_written()
        {
            var lint = Verify(WithTrunkBypass("[|true|]"));

            Assert.Equal("The trunk 'gw01-tls' enables media bypass, but network.mediaBypass is not written (disabled): media bypass must be configured both globally and for each PSTN trunk", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Fires_at_a_trunk_with_bypass_when_it_is_disabled_globally()
        {
            var lint = Verify(WithTrunkBypass("[|true|]") + "network: {mediaBypass: disabled}\n");

            Assert.StartsWith("The trunk 'gw01-tls' enables media bypass, but network.mediaBypass is 'disabled'", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Theory]
        [InlineData("always")]
        [InlineData("site-and-region")]
        public void Fires_at_global_bypass_when_no_trunk_enables_it(string mode)
        {
            var lint = Verify(VoiceTopology.Yaml + "network: {mediaBypass: [|" + mode + "|], regions: [{id: na, centralSite: hq}], sites: [{id: hq-campus, region: na}], subnets: [{subnet: 10.0.0.0/16, site: hq-campus}]}\n");

            Assert.Equal($"network.mediaBypass is '{mode}', but no trunk enables media bypass: media bypass must be configured both globally and for each PSTN trunk", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Theory]
        [InlineData("always")]
        [InlineData("site-and-region")]
        public void Bypass_on_at_both_levels_is_not_reported(string mode)
        {
            Verify(WithTrunkBypass("true") + "network: {mediaBypass: " + mode + ", regions: [{id: na, centralSite: hq}], sites: [{id: hq-campus, region: na}], subnets: [{subnet: 10.0.0.0/16, site: hq-campus}]}\n");
        }

        [Fact]
        public void Bypass_off_at_both_levels_is_not_reported()
        {
            Verify(WithTrunkBypass("false") + "network: {mediaBypass: disabled}\n");
        }

        [Fact]
        public void A_global_value_TL0002_reports_is_skipped()
        {
            Verify(WithTrunkBypass("true") + "network: {mediaBypass: {|TL0002:off|}}\n");
        }
    }
}
