using System.Globalization;
using TopologyLint.Core.Tests.Rules.Testing;
using TopologyLint.Rules.VoiceRouting;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.VoiceRouting
{
    public class TL4102Tests : RuleTests<VoicePolicyWithoutUsageRule>
    {
        private const string Policies = "    - {scope: global, pstnUsages: [Local]}\n";

        [Theory]
        [InlineData("{[|scope|]: user, name: lobby}", "Tag:lobby")]
        [InlineData("{[|scope|]: user, name: lobby, pstnUsages: []}", "Tag:lobby")]
        [InlineData("{[|scope|]: site, site: hq}", "Site:hq")]
        public void Fires_at_a_voice_policy_that_lists_no_usage(string policy, string identity)
        {
            var lint = Verify(VoiceTopology.With(Policies, Policies + "    - " + policy + "\n"));

            Assert.Equal($"The voice policy '{identity}' lists no PSTN usage: its users can call no PSTN number", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void A_policy_whose_usage_TL0003_reports_still_lists_one()
        {
            Verify(VoiceTopology.With(Policies, Policies + "    - {scope: user, name: lobby, pstnUsages: [{|TL0003:Lobby|}]}\n"));
        }
    }
}
