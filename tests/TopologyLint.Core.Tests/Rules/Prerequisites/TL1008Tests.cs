using System.Globalization;
using TopologyLint.Core.Tests.Rules.Testing;
using TopologyLint.Rules.Prerequisites;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Prerequisites
{
    public class TL1008Tests : RuleTests<LineUriRequiredRule>
    {
        [Fact]
        public void Fires_at_the_user_when_an_enterprise_voice_user_has_no_line_uri()
        {
            var lint = Verify(ValidTopology.With("  - {sip: alice@contoso.com, site: hq, enabled: true, enterpriseVoice: true, lineUri: \"tel:+14255550100\"}", "  - {[|sip|]: alice@contoso.com, site: hq, enabled: true, enterpriseVoice: true}"));

            Assert.Contains("'alice@contoso.com'", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void A_user_without_enterprise_voice_needs_no_line_uri()
        {
            Verify(ValidTopology.WithUsers("{sip: carol@contoso.com, site: hq, enabled: true, enterpriseVoice: false}"));
        }

        [Fact]
        public void A_line_uri_that_is_not_a_string_is_present_all_the_same()
        {
            Verify(ValidTopology.With("lineUri: \"tel:+14255550100\"}", "lineUri: {|TL0002:14255550100|}}"));
        }
    }
}
