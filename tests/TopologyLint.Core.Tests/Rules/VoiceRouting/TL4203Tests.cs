using System.Globalization;
using TopologyLint.Core.Tests.Rules.Testing;
using TopologyLint.Rules.VoiceRouting;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.VoiceRouting
{
    public class TL4203Tests : RuleTests<NetworkConfigurationRule>
    {
        private const string Complete =
            "  regions:\n" +
            "    - {id: na, centralSite: hq}\n" +
            "  sites:\n" +
            "    - {id: hq-campus, region: na}\n" +
            "  subnets:\n" +
            "    - {subnet: 10.0.0.0/16, site: hq-campus}\n";

        private static string WithNetwork(string network) => VoiceTopology.Yaml + "network:\n  callAdmissionControl: true\n" + network;

        [Fact]
        public void A_complete_configuration_is_not_reported()
        {
            Verify(WithNetwork(Complete));
        }

        [Fact]
        public void Fires_at_a_subnet_that_names_no_network_site()
        {
            var lint = Verify(WithNetwork(Complete.Replace("    - {subnet: 10.0.0.0/16, site: hq-campus}\n", "    - {subnet: 10.0.0.0/16, site: hq-campus}\n    - {[|subnet|]: 10.1.0.0/16}\n", System.StringComparison.Ordinal)));

            Assert.Equal("The subnet '10.1.0.0/16' names no network site: with call admission control on, each subnet needs a network site, each network site a region, and each region a central site", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Fires_at_a_network_site_that_names_no_region()
        {
            Verify(WithNetwork(Complete.Replace("    - {id: hq-campus, region: na}\n", "    - {id: hq-campus, region: na}\n    - {[|id|]: lab}\n", System.StringComparison.Ordinal)));
        }

        [Fact]
        public void Fires_at_a_region_that_names_no_central_site()
        {
            Verify(WithNetwork(Complete.Replace("    - {id: na, centralSite: hq}\n", "    - {id: na, centralSite: hq}\n    - {[|id|]: emea}\n", System.StringComparison.Ordinal)));
        }

        [Fact]
        public void Fires_at_the_central_site_value_of_a_region_that_names_a_branch_site()
        {
            var lint = Verify(WithNetwork(Complete.Replace("centralSite: hq}", "centralSite: [|reno|]}", System.StringComparison.Ordinal))
                .Replace("pools:\n", "  - {id: reno, kind: branch}\npools:\n", System.StringComparison.Ordinal));

            Assert.StartsWith("The region 'na' names the site 'reno', which is not a central site:", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void A_region_whose_site_TL0003_reports_is_not_reported_again()
        {
            Verify(WithNetwork(Complete.Replace("centralSite: hq}", "centralSite: {|TL0003:nowhere|}}", System.StringComparison.Ordinal)));
        }

        [Fact]
        public void Fires_once_at_call_admission_control_when_no_subnet_is_written()
        {
            var lint = Verify(VoiceTopology.Yaml + "network:\n  mediaBypass: site-and-region\n  callAdmissionControl: [|true|]\n");

            Assert.StartsWith("No subnet is written: with call admission control and media bypass by site and region on,", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Fires_at_site_and_region_bypass_when_no_subnet_is_written_and_CAC_is_off()
        {
            Verify(VoiceTopology.Yaml + "network:\n  mediaBypass: [|site-and-region|]\n  callAdmissionControl: false\n  subnets: []\n");
        }

        [Fact]
        public void Fires_at_the_first_E911_policy_when_only_E911_needs_subnets()
        {
            var lint = Verify(VoiceTopology.Yaml + "network:\n  locationPolicies:\n    - {scope: global, enhancedEmergencyServices: false}\n    - {scope: user, name: a, enhancedEmergencyServices: [|true|]}\n    - {scope: user, name: b, enhancedEmergencyServices: true}\n");

            Assert.StartsWith("No subnet is written: with E9-1-1 on,", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Theory]
        [InlineData("  mediaBypass: always\n  sites: [{id: lab}]\n")]
        [InlineData("  mediaBypass: disabled\n  callAdmissionControl: false\n  subnets: [{subnet: 10.1.0.0/16}]\n")]
        [InlineData("  locationPolicies: [{scope: global, enhancedEmergencyServices: false}]\n")]
        public void Does_not_run_when_no_feature_needs_it(string network)
        {
            Verify(VoiceTopology.Yaml + "network:\n" + network);
        }
    }
}
