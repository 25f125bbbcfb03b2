using System.Globalization;
using TopologyLint.Core.Tests.Rules.Testing;
using TopologyLint.Core.Tests.Rules.VoiceRouting;
using TopologyLint.Rules.Emergency;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Emergency
{
    public class TL3007Tests : RuleTests<EmergencyRouteRule>
    {
        private const string EmergencyRoute = "    - {name: emergency, pattern: '^\\+911$', pstnUsages: [Emergency], trunks: [gw01-tls]}\n";

        private static string Topology(string route, string policy = "{scope: global, enhancedEmergencyServices: true, emergencyDialString: \"911\", emergencyDialMasks: [\"112\"], pstnUsage: Emergency}")
            => VoiceTopology.With("  pstnUsages: [Local]\n", "  pstnUsages: [Local, Emergency]\n")
                .With("trunks: [gw01-tls]}\n", "trunks: [gw01-tls]}\n" + route)
            + "network:\n  locationPolicies:\n    - " + policy + "\n";

        [Fact]
        public void A_policy_whose_usage_a_carrying_route_matching_its_number_lists_is_clean()
        {
            Verify(Topology(EmergencyRoute));
        }

        [Fact]
        public void Fires_at_the_usage_when_no_route_lists_it()
        {
            var lint = Verify(Topology(string.Empty, "{scope: global, enhancedEmergencyServices: true, emergencyDialString: \"911\", pstnUsage: [|Emergency|]}"));

            Assert.Equal("The location policy 'Global' sends emergency calls to '+911' through the PSTN usage 'Emergency', but no route with a trunk lists that usage and matches '+911': emergency calls cannot be routed", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Fires_when_the_route_that_lists_the_usage_does_not_match_the_emergency_number()
        {
            Verify(Topology(EmergencyRoute.Replace("^\\+911$", "^\\+112$", System.StringComparison.Ordinal), "{scope: global, enhancedEmergencyServices: true, emergencyDialString: \"911\", pstnUsage: [|Emergency|]}"));
        }

        [Fact]
        public void Fires_when_the_matching_route_has_no_resolved_trunk()
        {
            Verify(Topology(EmergencyRoute.Replace("trunks: [gw01-tls]", "trunks: [{|TL0003:gw09|}]", System.StringComparison.Ordinal), "{scope: global, enhancedEmergencyServices: true, emergencyDialString: \"911\", pstnUsage: [|Emergency|]}"));
        }

        [Fact]
        public void A_matching_route_of_another_usage_does_not_count()
        {
            Verify(Topology(EmergencyRoute.Replace("pstnUsages: [Emergency]", "pstnUsages: [Local]", System.StringComparison.Ordinal), "{scope: global, enhancedEmergencyServices: true, emergencyDialString: \"911\", pstnUsage: [|Emergency|]}"));
        }

        [Fact]
        public void A_route_pattern_that_times_out_counts_as_no_match_and_the_message_says_so()
        {
            // A nested quantifier backtracks for long on a long number (a dial string longer than the schema allows: TL0002's).
            var lint = Verify(Topology(
                "    - {name: emergency, pattern: '^((.|\\d|[+\\d])+)+[a-z]$', pstnUsages: [Emergency], trunks: [gw01-tls]}\n",
                "{scope: global, enhancedEmergencyServices: true, emergencyDialString: \"999999999999999999999999\", pstnUsage: [|Emergency|]}"));

            Assert.Contains("took longer than 1 s on '+999999999999999999999999' and counts as no match", lint.Single.GetMessage(CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("{scope: global, enhancedEmergencyServices: false, emergencyDialString: \"911\", pstnUsage: Emergency}")]
        [InlineData("{scope: global, enhancedEmergencyServices: true, pstnUsage: Emergency}")]
        [InlineData("{scope: global, enhancedEmergencyServices: true, emergencyDialString: \"911\"}")]
        [InlineData("{scope: global, enhancedEmergencyServices: true, emergencyDialString: \"911\", pstnUsage: {|TL0003:Nowhere|}}")]
        public void A_policy_without_E911_a_dial_string_or_a_resolved_usage_is_not_checked(string policy)
        {
            Verify(Topology(string.Empty, policy));
        }

        [Fact]
        public void Does_not_run_when_no_routes_are_written()
        {
            Verify(ValidTopology.Yaml + "voice:\n  pstnUsages: [Emergency]\nnetwork:\n  locationPolicies:\n    - {scope: global, enhancedEmergencyServices: true, emergencyDialString: \"911\", pstnUsage: Emergency}\n");
        }
    }
}
