using System.Globalization;
using System.Linq;
using TopologyLint.Core.Tests.Rules.Testing;
using TopologyLint.Rules.Emergency;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Emergency
{
    public class TL3004Tests : RuleTests<UserSiteRule>
    {
        [Fact]
        public void Fires_at_an_enterprise_voice_user_who_names_no_site()
        {
            var lint = Verify(ValidTopology.With("{sip: alice@contoso.com, site: hq, ", "{[|sip|]: alice@contoso.com, "));

            Assert.StartsWith("The Enterprise Voice user 'alice@contoso.com' names no site", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void A_user_without_enterprise_voice_needs_no_site()
        {
            Verify(ValidTopology.WithUsers("{sip: carol@contoso.com, enabled: true}"));
        }

        [Fact]
        public void A_site_that_names_nothing_gets_tl0003_only()
        {
            var lint = Verify(ValidTopology.With("{sip: alice@contoso.com, site: hq, ", "{sip: alice@contoso.com, site: {|TL0003:hqq|}, "));

            Assert.Equal(new[] { "TL0003" }, lint.Result.Diagnostics.Select(d => d.Id));
        }
    }
}
