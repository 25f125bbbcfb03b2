using System.Globalization;
using TopologyLint.Core.Tests.Rules.Testing;
using TopologyLint.Rules.Availability;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Availability
{
    public class TL2001Tests : RuleTests<SingleServerFrontEndRule>
    {
        private const string OtherFrontEndServers = "      - {fqdn: fe02.contoso.local, domainMember: true}\n      - {fqdn: fe03.contoso.local, domainMember: true}\n";

        [Fact]
        public void Fires_at_the_site_when_its_only_front_end_pool_has_one_server()
        {
            var lint = Verify(ValidTopology.With(OtherFrontEndServers, string.Empty).MarkHq());

            Assert.StartsWith("The site 'hq' has Enterprise Voice users, and each of its front-end pools (fe.contoso.local) has one server", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void A_second_front_end_pool_with_more_servers_is_enough()
        {
            Verify(ValidTopology.With(OtherFrontEndServers, string.Empty).With(
                "pools:\n",
                "pools:\n  - {fqdn: fe2.contoso.local, role: front-end, edition: enterprise, site: hq, servers: [{fqdn: fe21.contoso.local}, {fqdn: fe22.contoso.local}]}\n"));
        }

        [Fact]
        public void A_site_without_enterprise_voice_users_is_not_checked()
        {
            Verify(ValidTopology.With(OtherFrontEndServers, string.Empty).Replace("enterpriseVoice: true", "enterpriseVoice: false"));
        }
    }
}
