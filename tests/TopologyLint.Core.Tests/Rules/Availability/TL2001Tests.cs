using Microsoft.CodeAnalysis;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Availability
{
    public class TL2001Tests
    {
        private const string SecondFrontEndServer = "      - {fqdn: fe02.contoso.local, domainMember: true}\n";

        [Fact]
        public void Fires_at_the_site_when_its_only_front_end_pool_has_one_server()
        {
            var diagnostics = ValidTopology.Lint(ValidTopology.With(SecondFrontEndServer, string.Empty));

            Diagnostic diagnostic = RuleAssert.Single(diagnostics, "TL2001", DiagnosticSeverity.Warning, 12, 5);
            Assert.StartsWith("The site 'hq' has Enterprise Voice users, and each of its front-end pools (fe.contoso.local) has one server", diagnostic.GetMessage());
        }

        [Fact]
        public void A_second_front_end_pool_with_more_servers_is_enough()
        {
            string yaml = ValidTopology.With(SecondFrontEndServer, string.Empty).Replace(
                "pools:\n",
                "pools:\n  - {fqdn: fe2.contoso.local, role: front-end, edition: enterprise, site: hq, servers: [{fqdn: fe21.contoso.local}, {fqdn: fe22.contoso.local}]}\n");

            var diagnostics = ValidTopology.Lint(yaml);

            RuleAssert.None(diagnostics, "TL2001");
        }

        [Fact]
        public void A_site_without_enterprise_voice_users_is_not_checked()
        {
            string yaml = ValidTopology.With(SecondFrontEndServer, string.Empty).Replace("enterpriseVoice: true", "enterpriseVoice: false");

            var diagnostics = ValidTopology.Lint(yaml);

            RuleAssert.None(diagnostics, "TL2001");
        }
    }
}
