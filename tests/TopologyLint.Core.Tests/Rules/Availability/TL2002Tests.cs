using System.Globalization;
using TopologyLint.Core.Tests.Rules.Testing;
using TopologyLint.Rules.Availability;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Availability
{
    public class TL2002Tests : RuleTests<SingleServerMediationPoolRule>
    {
        [Fact]
        public void Fires_at_a_mediation_pool_of_one_server()
        {
            var lint = Verify(ValidTopology
                .With("      - {fqdn: med02.contoso.local, os: {name: windows-server-2012-r2, edition: datacenter, architecture: x64}, domainMember: true}\n", string.Empty)
                .With("  - fqdn: med.contoso.local\n", "  - [|fqdn|]: med.contoso.local\n"));

            Assert.StartsWith("The pool 'med.contoso.local' serves PSTN connection 'hq-pri' as its Mediation pool with one server", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void A_one_server_pool_that_no_connection_names_is_not_checked()
        {
            // The edge pool has one server; it is named by no PSTN connection.
            Verify(ValidTopology.Yaml);
        }

        private const string Pstn = "pstn:\n  - {id: hq-pri, site: hq, connection: tdm, gateways: [gw01.contoso.local], mediationPool: med.contoso.local}\n";

        [Fact]
        public void Fires_at_a_one_server_pool_that_a_trunk_names_and_names_the_trunk()
        {
            var lint = Verify(ValidTopology
                .With("      - {fqdn: med02.contoso.local, os: {name: windows-server-2012-r2, edition: datacenter, architecture: x64}, domainMember: true}\n", string.Empty)
                .With("  - fqdn: med.contoso.local\n", "  - [|fqdn|]: med.contoso.local\n")
                .With(Pstn, "gateways: [{fqdn: gw01.contoso.local, site: hq}]\ntrunks:\n  - {name: gw01-tls, gateway: gw01.contoso.local, mediationPool: med.contoso.local}\n"));

            Assert.StartsWith("The pool 'med.contoso.local' serves trunk 'gw01-tls' as its Mediation pool with one server", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void A_survivable_branch_pool_of_one_server_is_not_reported()
        {
            Verify(ValidTopology.With(
                Pstn,
                "pstn:\n  - {id: hq-pri, site: hq, connection: tdm, gateways: [gw01.contoso.local], mediationPool: sba.contoso.local}\n"
                    + "gateways: [{fqdn: gw02.contoso.local, site: hq}]\n"
                    + "trunks:\n  - {name: sba-trunk, gateway: gw02.contoso.local, mediationPool: sba.contoso.local}\n").With(
                "pools:\n",
                "pools:\n  - {fqdn: sba.contoso.local, role: survivable-branch-appliance, site: hq, servers: [{fqdn: sba01.contoso.local}]}\n"));
        }
    }
}
