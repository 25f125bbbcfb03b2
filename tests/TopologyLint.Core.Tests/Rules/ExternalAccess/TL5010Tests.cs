using System.Globalization;
using TopologyLint.Core.Tests.Rules.Testing;
using TopologyLint.Rules.ExternalAccess;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.ExternalAccess
{
    public class TL5010Tests : RuleTests<FrontEndPublishingRule>
    {
        [Fact]
        public void Fires_at_a_front_end_pool_that_no_reverse_proxy_publishes()
        {
            var lint = Verify(ValidTopology.Yaml.WithPool("fe2.contoso.local", "front-end", firstKey: "[|fqdn|]"));

            Assert.Equal("The front-end pool 'fe2.contoso.local' is named in no reverse proxy's publishes: its users' external web services (address book, meeting content, device updates) are unreachable from outside", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void A_published_pool_is_fine()
        {
            Verify(ValidTopology.Yaml.WithPool("fe2.contoso.local", "front-end").Publishing("fe.contoso.local, FE2.contoso.local"));
        }

        [Fact]
        public void With_a_director_the_pool_is_left_to_tl5006()
        {
            Verify(ValidTopology.Yaml.WithPool("fe2.contoso.local", "front-end", firstKey: "{|TL5006:fqdn|}").WithPool("dir.contoso.local", "director", firstKey: "{|TL5006:fqdn|}"));
        }

        [Fact]
        public void Without_a_reverse_proxy_the_rule_does_not_run()
        {
            Verify(ValidTopology.Yaml.With("reverseProxies:\n" + ExternalText.ReverseProxy, string.Empty));
        }
    }
}
