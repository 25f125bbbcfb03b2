using Microsoft.CodeAnalysis;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Prerequisites
{
    public class TL1015Tests
    {
        [Fact]
        public void Fires_at_the_value_when_a_mediation_server_is_not_a_domain_member()
        {
            var diagnostics = ValidTopology.Lint(ValidTopology.With("architecture: x64}, domainMember: true}\n      - {fqdn: med02", "architecture: x64}, domainMember: false}\n      - {fqdn: med02"));

            Diagnostic diagnostic = RuleAssert.Single(diagnostics, "TL1015", DiagnosticSeverity.Error, 34, 122);
            Assert.Equal("The Mediation Server 'med01.contoso.local' of pool 'med.contoso.local' is not a domain member", diagnostic.GetMessage());
        }

        [Fact]
        public void An_absent_domain_member_counts_as_not_a_member_reported_at_the_server()
        {
            var diagnostics = ValidTopology.Lint(ValidTopology.With("architecture: x64}, domainMember: true}\n      - {fqdn: med02", "architecture: x64}}\n      - {fqdn: med02"));

            RuleAssert.Single(diagnostics, "TL1015", DiagnosticSeverity.Error, 34, 10);
        }

        [Fact]
        public void Fires_at_prepared_when_active_directory_is_not_prepared()
        {
            var diagnostics = ValidTopology.Lint(ValidTopology.With("prepared: true", "prepared: false"));

            Diagnostic diagnostic = RuleAssert.Single(diagnostics, "TL1015", DiagnosticSeverity.Error, 5, 13);
            Assert.Contains("'med.contoso.local'", diagnostic.GetMessage());
        }

        [Fact]
        public void Fires_at_the_active_directory_section_when_prepared_is_absent()
        {
            var diagnostics = ValidTopology.Lint(ValidTopology.With("  prepared: true\n", string.Empty));

            RuleAssert.Single(diagnostics, "TL1015", DiagnosticSeverity.Error, 5, 3);
        }

        [Fact]
        public void Servers_of_other_pools_need_not_be_domain_members()
        {
            var diagnostics = ValidTopology.Lint(ValidTopology.With("{fqdn: fe01.contoso.local, domainMember: true}", "{fqdn: fe01.contoso.local, domainMember: false}"));

            RuleAssert.None(diagnostics, "TL1015");
        }
    }
}
