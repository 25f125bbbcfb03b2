using Microsoft.CodeAnalysis;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Prerequisites
{
    public class TL1011Tests
    {
        [Fact]
        public void Fires_at_an_administrator_who_is_not_in_rtc_universal_server_admins()
        {
            var diagnostics = ValidTopology.Lint(ValidTopology.With("groups: [RTCUniversalServerAdmins]", "groups: [Domain Admins, CsVoiceAdministrator]"));

            Diagnostic diagnostic = RuleAssert.Single(diagnostics, "TL1011", DiagnosticSeverity.Error, 7, 8);
            Assert.Equal("The administrator 'CONTOSO\\admin' is not in RTCUniversalServerAdmins", diagnostic.GetMessage());
        }

        [Fact]
        public void Fires_at_the_root_when_enterprise_voice_users_exist_and_no_administrator_is_listed()
        {
            var diagnostics = ValidTopology.Lint(ValidTopology.With("  administrators:\n    - {account: CONTOSO\\admin, groups: [RTCUniversalServerAdmins]}\n", string.Empty));

            RuleAssert.Single(diagnostics, "TL1011", DiagnosticSeverity.Error, 1, 1);
        }

        [Fact]
        public void Group_names_compare_case_insensitively()
        {
            var diagnostics = ValidTopology.Lint(ValidTopology.With("groups: [RTCUniversalServerAdmins]", "groups: [rtcuniversalserveradmins]"));

            RuleAssert.None(diagnostics, "TL1011");
        }

        [Fact]
        public void No_administrator_is_needed_without_enterprise_voice_users()
        {
            string yaml = ValidTopology.With("  administrators:\n    - {account: CONTOSO\\admin, groups: [RTCUniversalServerAdmins]}\n", string.Empty)
                .Replace("enterpriseVoice: true", "enterpriseVoice: false");

            var diagnostics = ValidTopology.Lint(yaml);

            RuleAssert.None(diagnostics, "TL1011");
        }
    }
}
