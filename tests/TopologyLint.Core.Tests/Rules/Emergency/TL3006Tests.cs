using System.Globalization;
using TopologyLint.Core.Tests.Rules.Testing;
using TopologyLint.Rules.Emergency;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Emergency
{
    public class TL3006Tests : RuleTests<LocationPolicyRule>
    {
        private const string Policy = "{scope: global, enhancedEmergencyServices: true, emergencyDialString: \"911\", pstnUsage: Emergency}";

        private static string WithNetwork(string policy = Policy, string siteKeys = ", locationPolicy: campus")
            => ValidTopology.Yaml +
                "network:\n" +
                "  locationPolicies:\n" +
                "    - " + policy + "\n" +
                "    - {scope: user, name: campus, enhancedEmergencyServices: true, emergencyDialString: \"911\", pstnUsage: Emergency}\n" +
                "  regions: [{id: americas, centralSite: hq}]\n" +
                "  sites:\n" +
                "    - {id: campus, region: americas" + siteKeys + "}\n";

        [Fact]
        public void A_complete_policy_on_every_network_site_is_fine()
        {
            Verify(WithNetwork());
        }

        [Fact]
        public void Fires_at_an_e911_policy_without_a_usage()
        {
            var lint = Verify(WithNetwork("{[|scope|]: global, enhancedEmergencyServices: true, emergencyDialString: \"911\"}"));

            Assert.Equal("The location policy 'Global' enables E9-1-1 but has no pstnUsage: emergency calls cannot be routed", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Fires_once_at_an_e911_policy_without_a_usage_and_a_dial_string()
        {
            var lint = Verify(WithNetwork("{[|scope|]: global, enhancedEmergencyServices: true}"));

            Assert.Equal("The location policy 'Global' enables E9-1-1 but has no pstnUsage and no emergencyDialString: emergency calls cannot be routed", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void A_policy_without_e911_needs_neither()
        {
            Verify(WithNetwork("{scope: global, enhancedEmergencyServices: false}"));
        }

        [Fact]
        public void Fires_at_a_network_site_without_a_location_policy_while_e911_is_in_use()
        {
            var lint = Verify(WithNetwork(siteKeys: string.Empty).With("    - {id: campus, ", "    - {[|id|]: campus, "));

            Assert.Equal("The network site 'campus' names no locationPolicy: E9-1-1 requires a location policy for each network site", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Network_sites_need_no_policy_while_e911_is_not_in_use()
        {
            Verify(WithNetwork("{scope: global, enhancedEmergencyServices: false}", string.Empty)
                .With("{scope: user, name: campus, enhancedEmergencyServices: true", "{scope: user, name: campus, enhancedEmergencyServices: false"));
        }
    }
}
