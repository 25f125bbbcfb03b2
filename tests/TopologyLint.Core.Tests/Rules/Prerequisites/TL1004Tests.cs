using TopologyLint.Core.Tests.Rules.Testing;
using TopologyLint.Rules.Prerequisites;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Prerequisites
{
    public class TL1004Tests : RuleTests<ReverseProxyRule>
    {
        [Fact]
        public void Fires_at_the_root_when_there_is_no_reverse_proxy()
        {
            Verify(ValidTopology.With("reverseProxies:\n  - {fqdn: rp.contoso.com, site: hq, publishes: [fe.contoso.local]}\n", string.Empty).MarkRoot());
        }

        [Fact]
        public void A_reverse_proxy_that_publishes_nothing_yet_counts()
        {
            Verify(ValidTopology.With(", publishes: [fe.contoso.local]}", "}"));
        }
    }
}
