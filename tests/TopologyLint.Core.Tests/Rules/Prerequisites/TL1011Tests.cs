using System.Globalization;
using TopologyLint.Core.Tests.Rules.Testing;
using TopologyLint.Rules.Prerequisites;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Prerequisites
{
    public class TL1011Tests : RuleTests<AdministratorGroupRule>
    {
        private const string Administrators = "  administrators:\n    - {account: CONTOSO\\admin, groups: [RTCUniversalServerAdmins]}\n";

        [Fact]
        public void Fires_at_an_administrator_who_is_not_in_rtc_universal_server_admins()
        {
            var lint = Verify(ValidTopology.With("{account: CONTOSO\\admin, groups: [RTCUniversalServerAdmins]}", "{[|account|]: CONTOSO\\admin, groups: [Domain Admins, CsVoiceAdministrator]}"));

            Assert.Equal("The administrator 'CONTOSO\\admin' is not in RTCUniversalServerAdmins", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Fires_at_the_root_when_enterprise_voice_users_exist_and_no_administrator_is_listed()
        {
            Verify(ValidTopology.With(Administrators, string.Empty).MarkRoot());
        }

        [Fact]
        public void Group_names_compare_case_insensitively()
        {
            Verify(ValidTopology.With("groups: [RTCUniversalServerAdmins]", "groups: [rtcuniversalserveradmins]"));
        }

        [Fact]
        public void No_administrator_is_needed_without_enterprise_voice_users()
        {
            Verify(ValidTopology.With(Administrators, string.Empty).Replace("enterpriseVoice: true", "enterpriseVoice: false"));
        }

        [Fact]
        public void Administrators_or_groups_that_are_not_lists_are_left_to_the_schema()
        {
            Verify(ValidTopology.With(Administrators, "  administrators: {|TL0002:none|}\n"));
            Verify(ValidTopology.With("groups: [RTCUniversalServerAdmins]", "groups: {|TL0002:Domain Admins|}"));
        }
    }
}
