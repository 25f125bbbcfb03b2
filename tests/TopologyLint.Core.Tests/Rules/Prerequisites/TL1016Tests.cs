using System.Globalization;
using TopologyLint.Core.Tests.Rules.Testing;
using TopologyLint.Rules.Prerequisites;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Prerequisites
{
    public class TL1016Tests : RuleTests<MediationOperatingSystemRule>
    {
        private const string Med01Os = "{fqdn: med01.contoso.local, os: {name: windows-server-2008, edition: standard, architecture: x64}";

        private static string WithMed01Os(string os) => ValidTopology.With(Med01Os, "{fqdn: med01.contoso.local, os: " + os);

        [Fact]
        public void Fires_at_the_os_when_it_is_not_in_the_default_list()
        {
            var lint = Verify(WithMed01Os("[|{name: windows-server-2012-r2, edition: standard, architecture: x64}|]"));

            Assert.Equal(
                "The Mediation Server 'med01.contoso.local' runs windows-server-2012-r2/standard, which is not an allowed operating system (allowed: windows-server-2008/standard, windows-server-2008/enterprise, 64-bit)",
                lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Fires_on_a_32_bit_system_even_when_the_option_allows_its_name_and_edition()
        {
            var lint = Verify(WithMed01Os("[|{name: windows-server-2008, edition: standard, architecture: x86}|]"), Options.With("windows-server-2008/standard, windows-server-2008/enterprise"));

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
            var lint = Verify(WithMed01Os("[|{name: windows-server-2008, architecture: x64}|]"));

            Assert.Contains("runs an operating system without an edition", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void An_os_or_a_name_the_schema_reports_is_left_to_it()
        {
            Verify(WithMed01Os("{|TL0002:windows|}"));
            Verify(WithMed01Os("{name: {|TL0002:windows-95|}, edition: standard, architecture: x64}"));
        }

        [Fact]
        public void The_option_replaces_the_allowed_list()
        {
            var options = Options.With("Windows-Server-2012-R2/Standard, windows-server-2008/enterprise");

            Verify(WithMed01Os("{name: windows-server-2012-r2, edition: standard, architecture: x64}"), options);
        }

        [Fact]
        public void An_unparsable_option_entry_is_ignored_and_the_others_apply()
        {
            var options = Options.With("windows-server-2019/standard, windows-server-2012, windows-server-2008/standard");

            var lint = Verify(ValidTopology.With("os: {name: windows-server-2008, edition: enterprise, architecture: x64}", "os: [|{name: windows-server-2008, edition: enterprise, architecture: x64}|]"), options);

            Assert.Contains("(allowed: windows-server-2008/standard, 64-bit)", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void An_option_with_no_usable_entry_leaves_the_default_list()
        {
            Verify(ValidTopology.Yaml, Options.With("server-2008"));
        }

        [Fact]
        public void An_absent_architecture_is_taken_to_be_64_bit()
        {
            Verify(WithMed01Os("{name: windows-server-2008, edition: enterprise}"));
        }
    }
}
