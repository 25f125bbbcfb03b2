using System.Globalization;
using TopologyLint.Core.Tests.Rules.Testing;
using TopologyLint.Rules.Emergency;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Emergency
{
    public class TL3005Tests : RuleTests<EmergencyOutsideUnitedStatesRule>
    {
        private const string Policies =
            "network:\n" +
            "  locationPolicies:\n" +
            "    - {scope: global, enhancedEmergencyServices: true, emergencyDialString: \"911\", pstnUsage: Emergency}\n" +
            "    - {scope: user, name: no-e911, enhancedEmergencyServices: false}\n";

        private static string InCountry(string country) => (ValidTopology.Yaml + Policies).With("country: US}", $"country: {country}}}");

        [Fact]
        public void Fires_at_a_site_outside_the_united_states_naming_the_policy()
        {
            var lint = Verify(InCountry("IE").MarkHq());

            Assert.Equal("The site 'hq' is in 'IE', but its Enterprise Voice user 'alice@contoso.com' has the E9-1-1 location policy 'Global' in effect: E9-1-1 is available only in the United States", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void A_site_in_the_united_states_is_fine()
        {
            Verify(ValidTopology.Yaml + Policies);
        }

        [Fact]
        public void A_site_without_a_country_is_not_judged()
        {
            Verify((ValidTopology.Yaml + Policies).With(", country: US}", "}"));
        }

        [Fact]
        public void Users_whose_policy_does_not_enable_e911_are_fine()
        {
            Verify(InCountry("IE")
                .With("{sip: alice@contoso.com, site: hq, ", "{sip: alice@contoso.com, site: hq, locationPolicy: no-e911, ")
                .With("{sip: bob@contoso.com, site: hq, ", "{sip: bob@contoso.com, site: hq, locationPolicy: no-e911, "));
        }

        [Fact]
        public void A_user_without_enterprise_voice_does_not_count()
        {
            Verify(InCountry("IE")
                .With("{sip: alice@contoso.com, site: hq, enabled: true, enterpriseVoice: true, ", "{sip: alice@contoso.com, site: hq, enabled: true, enterpriseVoice: false, ")
                .With("{sip: bob@contoso.com, site: hq, enabled: true, enterpriseVoice: true, ", "{sip: bob@contoso.com, site: hq, enabled: true, enterpriseVoice: false, "));
        }

        [Fact]
        public void Without_an_e911_policy_the_rule_does_not_run()
        {
            Verify(InCountry("IE").With("enhancedEmergencyServices: true", "enhancedEmergencyServices: false"));
        }
    }
}
