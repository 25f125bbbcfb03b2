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
    }
}
