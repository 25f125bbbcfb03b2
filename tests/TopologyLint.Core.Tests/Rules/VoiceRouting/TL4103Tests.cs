using System.Globalization;
using TopologyLint.Core.Tests.Rules.Testing;
using TopologyLint.Rules.VoiceRouting;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.VoiceRouting
{
    public class TL4103Tests : RuleTests<UnroutablePolicyRule>
    {
        private const string Usages = "  pstnUsages: [Local]\n";
        private const string Global = "{scope: global, pstnUsages: [Local]}";
        private const string Route = "{name: local, pattern: '^\\+1425\\d{7}$', pstnUsages: [Local], trunks: [gw01-tls]}";

        [Fact]
        public void Fires_at_the_usages_of_a_policy_in_effect_that_no_carrying_route_lists()
        {
            var lint = Verify(VoiceTopology.With(Usages, "  pstnUsages: [Local, Spare]\n")
                .With(Global, "{scope: global, pstnUsages: [|[Spare]|]}"));

            Assert.Equal("The users of the voice policy 'Global' can call no PSTN number: no route with a trunk lists any of its PSTN usages (Spare)", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void A_route_whose_trunks_are_all_unresolved_carries_nothing()
        {
            Verify(VoiceTopology.With(Route, "{name: local, pattern: '^\\+1425\\d{7}$', pstnUsages: [Local], trunks: [{|TL0003:gw09-tls|}]}")
                .With(Global, "{scope: global, pstnUsages: [|[Local]|]}"));
        }

        [Fact]
        public void A_policy_that_no_EV_user_has_in_effect_is_not_reported()
        {
            Verify(VoiceTopology.With(Usages, "  pstnUsages: [Local, Spare]\n")
                .With("    - {scope: global, pstnUsages: [Local]}\n", "    - {scope: global, pstnUsages: [Local]}\n    - {scope: user, name: lobby, pstnUsages: [Spare]}\n"));
        }

        [Fact]
        public void A_policy_naming_an_unresolved_usage_is_not_reported()
        {
            Verify(VoiceTopology.With(Global, "{scope: global, pstnUsages: [{|TL0003:Nowhere|}]}"));
        }

        [Fact]
        public void A_policy_with_one_carried_usage_among_others_is_not_reported()
        {
            Verify(VoiceTopology.With(Usages, "  pstnUsages: [Local, Spare]\n")
                .With(Global, "{scope: global, pstnUsages: [Spare, Local]}"));
        }

        [Fact]
        public void Fires_at_an_EV_user_with_no_voice_policy_in_effect()
        {
            var lint = Verify(VoiceTopology.With("    - {scope: global, pstnUsages: [Local]}\n", "    - {scope: user, name: lobby, pstnUsages: [Local]}\n")
                .With("  - {sip: alice@contoso.com", "  - {[|sip|]: alice@contoso.com")
                .With("  - {sip: bob@contoso.com", "  - {[|sip|]: bob@contoso.com"));

            Assert.Equal("The Enterprise Voice user 'alice@contoso.com' can call no PSTN number: no voice policy is in effect for them (none named, none for their home site, no global one)", lint.OfRule[0].GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void A_user_naming_an_unknown_policy_is_TL0003s_not_this_rules()
        {
            Verify(VoiceTopology.With("lineUri: \"tel:+14255550100\"}", "lineUri: \"tel:+14255550100\", voicePolicy: {|TL0003:nowhere|}}"));
        }

        [Fact]
        public void Does_not_run_without_a_voice_section()
        {
            Verify(ValidTopology.Yaml);
        }
    }
}
