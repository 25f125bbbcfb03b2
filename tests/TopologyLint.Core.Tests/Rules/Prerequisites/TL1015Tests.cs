using System.Globalization;
using TopologyLint.Core.Tests.Rules.Testing;
using TopologyLint.Rules.Prerequisites;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Prerequisites
{
    public class TL1015Tests : RuleTests<MediationDomainRule>
    {
        private const string Med01 = "{fqdn: med01.contoso.local, os: {name: windows-server-2012-r2, edition: standard, architecture: x64}, domainMember: true}";

        [Fact]
        public void Fires_at_the_value_when_a_mediation_server_is_not_a_domain_member()
        {
            var lint = Verify(ValidTopology.With(Med01, "{fqdn: med01.contoso.local, os: {name: windows-server-2012-r2, edition: standard, architecture: x64}, domainMember: [|false|]}"));

            Assert.Equal("The Mediation Server 'med01.contoso.local' of pool 'med.contoso.local' is not a domain member", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void An_absent_domain_member_counts_as_not_a_member_reported_at_the_server()
        {
            Verify(ValidTopology.With(Med01, "{[|fqdn|]: med01.contoso.local, os: {name: windows-server-2012-r2, edition: standard, architecture: x64}}"));
        }

        [Fact]
        public void Fires_at_prepared_when_active_directory_is_not_prepared()
        {
            var lint = Verify(ValidTopology.With("prepared: true", "prepared: [|false|]"));

            Assert.Contains("'med.contoso.local'", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Fires_at_the_active_directory_section_when_prepared_is_absent()
        {
            Verify(ValidTopology.With("  prepared: true\n  administrators:\n", "  [|administrators|]:\n"));
        }

        [Fact]
        public void Servers_of_other_pools_need_not_be_domain_members()
        {
            Verify(ValidTopology.With("{fqdn: fe01.contoso.local, domainMember: true}", "{fqdn: fe01.contoso.local, domainMember: false}"));
        }
    }
}
