using TopologyLint.Core.Tests.Rules.Testing;
using TopologyLint.Rules.Prerequisites;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Prerequisites
{
    public class TL1005Tests : RuleTests<EnabledUserRule>
    {
        [Fact]
        public void Fires_at_the_root_when_no_user_is_enabled()
        {
            Verify(ValidTopology.Yaml.Replace("enabled: true", "enabled: false").MarkRoot());
        }

        [Fact]
        public void One_enabled_user_is_enough()
        {
            Verify(ValidTopology.With("sip: bob@contoso.com, site: hq, enabled: true", "sip: bob@contoso.com, site: hq, enabled: false"));
        }
    }
}
