using System.Globalization;
using TopologyLint.Core.Tests.Rules.Testing;
using TopologyLint.Rules.Prerequisites;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Prerequisites
{
    public class TL1016Tests : RuleTests<MediationOperatingSystemRule>
    {
        private const string Med01Os = "{fqdn: med01.contoso.local, os: {name: windows-server-2012-r2, edition: standard, architecture: x64}";

        private const string DefaultList =
            "windows-server-2008 standard or enterprise; "
            + "windows-server-2008-r2 standard, enterprise or datacenter with service pack 1 or later; "
            + "windows-server-2012 or windows-server-2012-r2 standard or datacenter";

        private static string WithMed01Os(string os) => ValidTopology.With(Med01Os, "{fqdn: med01.contoso.local, os: " + os);

        [Theory]
        [InlineData("windows-server-2003", "standard")]
        [InlineData("windows-server-2008", "datacenter")]
        [InlineData("windows-server-2008", "web")]
        [InlineData("windows-server-2008", "foundation")]
        [InlineData("windows-server-2008-r2", "web")]
        [InlineData("windows-server-2008-r2", "foundation")]
        [InlineData("windows-server-2012", "enterprise")]
        [InlineData("windows-server-2012", "foundation")]
        [InlineData("windows-server-2012-r2", "enterprise")]
        [InlineData("windows-server-2012-r2", "foundation")]
        public void Fires_at_the_os_when_neither_microsoft_list_allows_it(string name, string edition)
        {
            var lint = Verify(WithMed01Os("[|{name: " + name + ", edition: " + edition + ", architecture: x64}|]"));

            Assert.Equal(
                $"The Mediation Server 'med01.contoso.local' runs {name}/{edition}, which is not an allowed operating system (allowed, 64-bit only: {DefaultList})",
                lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Fires_on_windows_server_2008_r2_before_service_pack_1()
        {
            var lint = Verify(WithMed01Os("[|{name: windows-server-2008-r2, edition: enterprise, architecture: x64, servicePack: 0}|]"));

            Assert.StartsWith("The Mediation Server 'med01.contoso.local' runs windows-server-2008-r2/enterprise with service pack 0, which is not", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Theory]
        [InlineData("{name: windows-server-2008-r2, edition: standard, architecture: x64, servicePack: 1}")]
        [InlineData("{name: windows-server-2008-r2, edition: datacenter, servicePack: 2}")]
        [InlineData("{name: windows-server-2008-r2, edition: enterprise, architecture: x64}")]
        [InlineData("{name: windows-server-2012, edition: standard, architecture: x64}")]
        [InlineData("{name: windows-server-2012, edition: datacenter, architecture: x64}")]
        [InlineData("{name: windows-server-2012-r2, edition: standard, architecture: x64}")]
        [InlineData("{name: windows-server-2012-r2, edition: datacenter, architecture: x64}")]
        [InlineData("{name: windows-server-2008, edition: standard, architecture: x64}")]
        [InlineData("{name: windows-server-2008, edition: enterprise, architecture: x64, servicePack: 0}")]
        public void Does_not_fire_on_what_the_support_matrix_or_the_guidelines_allow(string os)
        {
            Verify(WithMed01Os(os));
        }

        [Fact]
        public void A_windows_server_2012_r2_mediation_server_is_clean_by_default()
        {
            Assert.Empty(Lint((ValidTopology.FileName, WithMed01Os("{name: windows-server-2012-r2, edition: standard, architecture: x64}"))).Diagnostics);
        }

        [Theory]
        [InlineData("windows-server-2012-r2", "datacenter")]
        [InlineData("windows-server-2008", "standard")]
        public void Fires_on_a_32_bit_system_of_an_allowed_pair(string name, string edition)
        {
            var lint = Verify(WithMed01Os("[|{name: " + name + ", edition: " + edition + ", architecture: x86}|]"));

            Assert.StartsWith("The Mediation Server 'med01.contoso.local' runs a 32-bit (x86) operating system, which is not", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Fires_on_a_32_bit_system_even_when_the_option_allows_its_name_and_edition()
        {
            var lint = Verify(WithMed01Os("[|{name: windows-server-2008, edition: standard, architecture: x86}|]"), Options.With("windows-server-2008/standard, windows-server-2012-r2/datacenter"));

            Assert.Contains("32-bit", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Fires_at_the_server_when_it_declares_no_os()
        {
            Verify(ValidTopology.With(Med01Os + ", ", "{[|fqdn|]: med01.contoso.local, "));
        }

        [Fact]
        public void Fires_when_the_os_has_no_edition()
        {
            var lint = Verify(WithMed01Os("[|{name: windows-server-2012-r2, architecture: x64}|]"));

            Assert.Contains("runs an operating system without an edition", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void An_os_a_name_or_a_service_pack_the_schema_reports_is_left_to_it()
        {
            Verify(WithMed01Os("{|TL0002:windows|}"));
            Verify(WithMed01Os("{name: {|TL0002:windows-95|}, edition: standard, architecture: x64}"));
            Verify(WithMed01Os("{name: windows-server-2008-r2, edition: standard, architecture: x64, servicePack: {|TL0002:sp1|}}"));
        }

        [Fact]
        public void The_option_replaces_the_allowed_list()
        {
            var options = Options.With("Windows-Server-2008/Standard, windows-server-2012-r2/datacenter");

            var lint = Verify(WithMed01Os("[|{name: windows-server-2012-r2, edition: standard, architecture: x64}|]"), options);

            Assert.Contains("(allowed, 64-bit only: windows-server-2008/standard, windows-server-2012-r2/datacenter)", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void An_option_entry_allows_every_service_pack_of_its_pair()
        {
            Verify(WithMed01Os("{name: windows-server-2008-r2, edition: enterprise, architecture: x64, servicePack: 0}"), Options.With("windows-server-2008-r2/enterprise, windows-server-2012-r2/datacenter"));
        }

        [Fact]
        public void An_unparsable_option_entry_is_ignored_and_the_others_apply()
        {
            var options = Options.With("windows-server-2019/standard, windows-server-2012, windows-server-2012-r2/standard");

            var lint = Verify(ValidTopology.With("os: {name: windows-server-2012-r2, edition: datacenter, architecture: x64}", "os: [|{name: windows-server-2012-r2, edition: datacenter, architecture: x64}|]"), options);

            Assert.Contains("(allowed, 64-bit only: windows-server-2012-r2/standard)", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void An_option_with_no_usable_entry_leaves_the_default_list()
        {
            Verify(ValidTopology.Yaml, Options.With("server-2008"));
        }

        [Fact]
        public void An_absent_architecture_is_taken_to_be_64_bit()
        {
            Verify(WithMed01Os("{name: windows-server-2012-r2, edition: standard}"));
        }
    }
}
