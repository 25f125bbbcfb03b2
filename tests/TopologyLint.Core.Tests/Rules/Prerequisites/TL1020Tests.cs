using System.Globalization;
using TopologyLint.Core.Tests.Rules.Testing;
using TopologyLint.Rules.Prerequisites;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Prerequisites
{
    public class TL1020Tests : RuleTests<ServerOperatingSystemRule>
    {
        private const string Fe01 = "{fqdn: fe01.contoso.local, domainMember: true}";

        private static string Fe01WithOs(string os) => "{fqdn: fe01.contoso.local, os: " + os + ", domainMember: true}";

        [Fact]
        public void Fires_at_the_os_value_of_a_front_end_server_outside_the_support_matrix()
        {
            var lint = Verify(ValidTopology.With(Fe01, Fe01WithOs("[|{name: windows-server-2008, edition: enterprise}|]")));

            Assert.StartsWith("The server 'fe01.contoso.local' of front-end pool 'fe.contoso.local' runs windows-server-2008/enterprise: Lync Server 2013 supports only", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Theory]
        [InlineData("{name: windows-server-2012-r2, edition: standard, architecture: x86}", "windows-server-2012-r2/standard (32-bit)")]
        [InlineData("{name: windows-server-2008-r2, edition: enterprise, servicePack: 0}", "windows-server-2008-r2/enterprise with service pack 0")]
        [InlineData("{name: windows-server-2012, edition: enterprise}", "windows-server-2012/enterprise")]
        public void Fires_for_32_bit_a_missing_service_pack_or_an_edition_the_matrix_does_not_list(string os, string described)
        {
            var lint = Verify(ValidTopology.With(Fe01, Fe01WithOs("[|" + os + "|]")));

            Assert.Contains("runs " + described + ":", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Theory]
        [InlineData("{name: windows-server-2008-r2, edition: datacenter, servicePack: 1}")]
        [InlineData("{name: windows-server-2008-r2, edition: standard}")]
        [InlineData("{name: windows-server-2012, edition: datacenter, architecture: x64}")]
        [InlineData("{name: windows-server-2012-r2, edition: standard}")]
        public void An_operating_system_of_the_support_matrix_is_clean(string os)
        {
            Verify(ValidTopology.With(Fe01, Fe01WithOs(os)));
        }

        [Fact]
        public void Fires_for_edge_and_director_servers()
        {
            Verify(ValidTopology
                .With("{fqdn: edge01.contoso.com, domainMember: false}", "{fqdn: edge01.contoso.com, os: [|{name: windows-server-2008, edition: standard}|], domainMember: false}")
                .With("reverseProxies:\n", "  - {fqdn: dir.contoso.local, role: director, site: hq, servers: [{fqdn: dir01.contoso.local, os: [|{name: windows-server-2008, edition: standard}|]}]}\nreverseProxies:\n"));
        }

        [Fact]
        public void Mediation_and_branch_appliance_servers_are_not_checked()
        {
            Verify(ValidTopology
                .With("{name: windows-server-2012-r2, edition: standard, architecture: x64}", "{name: windows-server-2008, edition: standard, architecture: x64}")
                .With("reverseProxies:\n", "  - {fqdn: sba.contoso.local, role: survivable-branch-appliance, site: hq, servers: [{fqdn: sba01.contoso.local, os: {name: windows-server-2008, edition: standard}}]}\nreverseProxies:\n"));
        }

        [Fact]
        public void An_incomplete_os_is_left_to_the_schema()
        {
            Verify(ValidTopology.With(Fe01, Fe01WithOs("{name: windows-server-2008, edition: {|TL0002:home|}}")));
        }
    }
}
