using System.Globalization;
using TopologyLint.Core.Tests.Rules.Testing;
using TopologyLint.Rules.ExternalAccess;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.ExternalAccess
{
    public class TL5006Tests : RuleTests<DirectorPublishingRule>
    {
        [Fact]
        public void Fires_at_a_director_pool_that_no_reverse_proxy_publishes()
        {
            var lint = Verify(ValidTopology.Yaml.WithPool("dir.contoso.local", "director", firstKey: "[|fqdn|]"));

            Assert.Equal("The director pool 'dir.contoso.local' is named in no reverse proxy's publishes: with Directors, both the Director and the Front End pools' external web services must be published", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Fires_at_a_front_end_pool_that_no_reverse_proxy_publishes_when_there_are_directors()
        {
            var lint = Verify(ValidTopology.Yaml.WithPool("dir.contoso.local", "director").Publishing("dir.contoso.local").With(ExternalText.FrontEnd, "  - [|fqdn|]: fe.contoso.local\n"));

            Assert.StartsWith("The front-end pool 'fe.contoso.local' is named in no reverse proxy's publishes", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Publishing_both_is_fine_even_from_two_reverse_proxies()
        {
            Verify(ValidTopology.Yaml.WithPool("dir.contoso.local", "director")
                .With(ExternalText.ReverseProxy, ExternalText.ReverseProxy + "  - {fqdn: rp2.contoso.com, site: hq, publishes: [DIR.contoso.local]}\n"));
        }

        [Fact]
        public void Without_a_reverse_proxy_the_rule_does_not_run()
        {
            Verify(ValidTopology.Yaml.WithPool("dir.contoso.local", "director").With("reverseProxies:\n" + ExternalText.ReverseProxy, string.Empty));
        }

        [Fact]
        public void Without_a_director_the_rule_does_not_run()
        {
            Verify(ValidTopology.Yaml.Publishing(string.Empty));
        }
    }
}
