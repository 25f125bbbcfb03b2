using System.Globalization;
using TopologyLint.Core.Tests.Rules.Testing;
using TopologyLint.Rules.Prerequisites;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Prerequisites
{
    public class TL1033Tests : RuleTests<VoiceUserNotEnabledRule>
    {
        private const string Alice = "{sip: alice@contoso.com, site: hq, enabled: true, enterpriseVoice: true";

        [Fact]
        public void Fires_at_enabled_when_a_voice_user_is_written_disabled()
        {
            var lint = Verify(ValidTopology.With(Alice, "{sip: alice@contoso.com, site: hq, enabled: [|false|], enterpriseVoice: true"));

            Assert.Equal("The user 'alice@contoso.com' is enabled for Enterprise Voice but not for Lync Server (enabled: true)", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Fires_at_the_user_when_enabled_is_absent()
        {
            Verify(ValidTopology.With(Alice, "{[|sip|]: alice@contoso.com, site: hq, enterpriseVoice: true"));
        }

        [Fact]
        public void A_disabled_user_without_enterprise_voice_is_not_reported()
        {
            Verify(ValidTopology.With(Alice, "{sip: alice@contoso.com, site: hq, enabled: false, enterpriseVoice: false"));
        }

        [Fact]
        public void A_mistyped_enabled_is_left_to_the_schema()
        {
            Verify(ValidTopology.With(Alice, "{sip: alice@contoso.com, site: hq, enabled: {|TL0002:maybe|}, enterpriseVoice: true"));
        }
    }
}
