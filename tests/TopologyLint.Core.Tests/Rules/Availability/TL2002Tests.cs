using Microsoft.CodeAnalysis;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Availability
{
    public class TL2002Tests
    {
        [Fact]
        public void Fires_at_a_mediation_pool_of_one_server()
        {
            var diagnostics = ValidTopology.Lint(ValidTopology.With(
                "      - {fqdn: med02.contoso.local, os: {name: windows-server-2008, edition: enterprise, architecture: x64}, domainMember: true}\n",
                string.Empty));

            Diagnostic diagnostic = RuleAssert.Single(diagnostics, "TL2002", DiagnosticSeverity.Warning, 30, 5);
            Assert.StartsWith("The pool 'med.contoso.local' serves PSTN connection 'hq-pri' as its Mediation pool with one server", diagnostic.GetMessage());
        }

        [Fact]
        public void A_one_server_pool_that_no_connection_names_is_not_checked()
        {
            // The edge pool has one server; it is named by no PSTN connection.
            var diagnostics = ValidTopology.Lint(ValidTopology.Yaml);

            RuleAssert.None(diagnostics, "TL2002");
        }
    }
}
