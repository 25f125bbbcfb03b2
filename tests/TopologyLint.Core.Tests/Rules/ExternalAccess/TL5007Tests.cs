using System.Globalization;
using TopologyLint.Core.Tests.Rules.Testing;
using TopologyLint.Rules.ExternalAccess;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.ExternalAccess
{
    public class TL5007Tests : RuleTests<ExternalWebFqdnRule>
    {
        private static string FrontEndWebFqdn(string fqdn) => ValidTopology.With("    edition: enterprise\n", $"    edition: enterprise\n    externalWebFqdn: {fqdn}\n");

        [Fact]
        public void Fires_at_the_later_pools_value_naming_the_earlier_pool()
        {
            var lint = Verify(FrontEndWebFqdn("web.contoso.com").WithPool("dir.contoso.local", "director", "    externalWebFqdn: [|WEB.contoso.com|]\n"));

            Assert.Equal("The externalWebFqdn 'WEB.contoso.com' of 'dir.contoso.local' is already that of 'fe.contoso.local': each pool needs an external web services FQDN of its own", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Two_front_end_pools_with_their_own_fqdns_are_fine()
        {
            Verify(FrontEndWebFqdn("web.contoso.com").WithPool("fe2.contoso.local", "front-end", "    externalWebFqdn: web2.contoso.com\n"));
        }

        [Fact]
        public void The_key_has_no_meaning_on_an_edge_pool()
        {
            Verify(FrontEndWebFqdn("web.contoso.com").WithPool("edge2.contoso.com", "edge", "    edgeServices: [access]\n    externalWebFqdn: web.contoso.com\n"));
        }

        [Fact]
        public void Each_later_pool_is_reported()
        {
            var lint = Verify(FrontEndWebFqdn("web.contoso.com")
                .WithPool("fe2.contoso.local", "front-end", "    externalWebFqdn: [|web.contoso.com|]\n")
                .WithPool("fe3.contoso.local", "front-end", "    externalWebFqdn: [|web.contoso.com|]\n"));

            Assert.All(lint.OfRule, d => Assert.Contains("that of 'fe.contoso.local'", d.GetMessage(CultureInfo.InvariantCulture), System.StringComparison.Ordinal));
        }
    }
}
