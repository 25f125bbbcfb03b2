using System.Globalization;
using TopologyLint.Core.Tests.Rules.Testing;
using TopologyLint.Rules.VoiceRouting;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.VoiceRouting
{
    public class TL4112Tests : RuleTests<UnusedPstnUsageRule>
    {
        private const string Usages = "  pstnUsages: [Local]\n";

        [Fact]
        public void Fires_at_a_usage_that_no_route_and_no_policy_lists()
        {
            var lint = Verify(VoiceTopology.With(Usages, "  pstnUsages: [Local, [|Spare|]]\n"));

            Assert.Equal("The PSTN usage 'Spare' is listed by no route and no voice or location policy: by itself a usage does nothing", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Fires_at_a_usage_that_a_policy_lists_and_no_route()
        {
            var lint = Verify(VoiceTopology.With(Usages, "  pstnUsages: [Local, [|LongDistance|]]\n")
                .Replace("{scope: global, pstnUsages: [Local]}", "{scope: global, pstnUsages: [Local, LongDistance]}", System.StringComparison.Ordinal));

            Assert.StartsWith("The PSTN usage 'LongDistance' is listed by no route:", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Fires_at_a_usage_that_a_route_lists_and_no_policy()
        {
            var lint = Verify(VoiceTopology.With(Usages, "  pstnUsages: [Local, [|LongDistance|]]\n")
                .Replace("pstnUsages: [Local], trunks: [gw01-tls]}", "pstnUsages: [Local, LongDistance], trunks: [gw01-tls]}", System.StringComparison.Ordinal));

            Assert.StartsWith("The PSTN usage 'LongDistance' is listed by no voice policy and no location policy:", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void A_usage_that_a_route_and_a_location_policy_list_is_used()
        {
            Verify(VoiceTopology.With(Usages, "  pstnUsages: [Local, Emergency]\n")
                .Replace("pstnUsages: [Local], trunks: [gw01-tls]}", "pstnUsages: [Local, Emergency], trunks: [gw01-tls]}", System.StringComparison.Ordinal)
                + "network:\n  locationPolicies:\n    - {scope: global, pstnUsage: Emergency}\n");
        }

        [Fact]
        public void Usages_named_in_another_case_are_the_same_usage()
        {
            Verify(VoiceTopology.With("{scope: global, pstnUsages: [Local]}", "{scope: global, pstnUsages: [LOCAL]}"));
        }
    }
}
