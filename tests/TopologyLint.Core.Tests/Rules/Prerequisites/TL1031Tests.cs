using System.Globalization;
using TopologyLint.Core.Tests.Rules.Testing;
using TopologyLint.Rules.Prerequisites;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Prerequisites
{
    public class TL1031Tests : RuleTests<UnlistedMediationOperatingSystemRule>
    {
        private const string Med01Os = "{fqdn: med01.contoso.local, os: {name: windows-server-2012-r2, edition: standard, architecture: x64}";

        private static string WithMed01Os(string os) => ValidTopology.With(Med01Os, "{fqdn: med01.contoso.local, os: " + os);

        [Theory]
        [InlineData("{name: windows-server-2008, edition: standard, architecture: x64}", "windows-server-2008/standard")]
        [InlineData("{name: windows-server-2008, edition: enterprise}", "windows-server-2008/enterprise")]
        [InlineData("{name: windows-server-2008, edition: enterprise, architecture: x64, servicePack: 2}", "windows-server-2008/enterprise")]
        public void Fires_at_the_os_of_a_mediation_server_only_the_deployment_guidelines_allow(string os, string described)
        {
            var lint = Verify(WithMed01Os("[|" + os + "|]"));

            Assert.Equal(
                $"The Mediation Server 'med01.contoso.local' runs {described}: the OS support page for Lync Server 2013 does not list it (it lists 64-bit Windows Server 2008 R2 SP1 Standard, Enterprise or Datacenter, and Windows Server 2012 or 2012 R2 Standard or Datacenter)",
                lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Theory]
        [InlineData("{name: windows-server-2008-r2, edition: enterprise, architecture: x64, servicePack: 1}")]
        [InlineData("{name: windows-server-2008-r2, edition: datacenter, architecture: x64}")]
        [InlineData("{name: windows-server-2012, edition: standard, architecture: x64}")]
        [InlineData("{name: windows-server-2012-r2, edition: datacenter}")]
        public void Does_not_fire_on_the_support_matrix(string os)
        {
            Verify(WithMed01Os(os));
        }

        [Theory]
        [InlineData("{name: windows-server-2008, edition: standard, architecture: x86}")]
        [InlineData("{name: windows-server-2008, edition: datacenter, architecture: x64}")]
        [InlineData("{name: windows-server-2008-r2, edition: standard, architecture: x64, servicePack: 0}")]
        [InlineData("{name: windows-server-2012, edition: foundation, architecture: x64}")]
        [InlineData("{name: windows-server-2008, architecture: x64}")]
        public void Does_not_fire_where_tl1016_fires(string os)
        {
            var lint = Verify(WithMed01Os(os));

            Assert.Contains(lint.Result.Diagnostics, d => d.Id == "TL1016");
        }

        [Fact]
        public void Does_not_fire_on_values_the_schema_reports()
        {
            Verify(WithMed01Os("{name: windows-server-2008, edition: standard, servicePack: {|TL0002:two|}}"));
            Verify(WithMed01Os("{name: windows-server-2008, edition: {|TL0002:home|}}"));
        }

        [Fact]
        public void Does_not_fire_on_servers_of_other_roles()
        {
            Verify(ValidTopology.With("{fqdn: fe01.contoso.local, ", "{fqdn: fe01.contoso.local, os: {name: windows-server-2008, edition: standard}, "));
        }

        [Fact]
        public void With_the_option_it_reports_every_allowed_os_outside_the_support_matrix()
        {
            var options = Options.With("windows-server-2008-r2/enterprise, windows-server-2012-r2/standard, windows-server-2012-r2/datacenter, windows-server-2012-r2/enterprise");

            var lint = Verify(
                ValidTopology.With(Med01Os, "{fqdn: med01.contoso.local, os: [|{name: windows-server-2008-r2, edition: enterprise, architecture: x64, servicePack: 0}|]")
                    .With("os: {name: windows-server-2012-r2, edition: datacenter, architecture: x64}", "os: [|{name: windows-server-2012-r2, edition: enterprise, architecture: x64}|]"),
                options);

            Assert.Contains(lint.OfRule, d => d.GetMessage(CultureInfo.InvariantCulture).StartsWith("The Mediation Server 'med01.contoso.local' runs windows-server-2008-r2/enterprise with service pack 0: ", System.StringComparison.Ordinal));
            Assert.Contains(lint.OfRule, d => d.GetMessage(CultureInfo.InvariantCulture).StartsWith("The Mediation Server 'med02.contoso.local' runs windows-server-2012-r2/enterprise: ", System.StringComparison.Ordinal));
        }
    }
}
