using System.Globalization;
using TopologyLint.Core.Tests.Rules.Testing;
using TopologyLint.Rules.Prerequisites;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Prerequisites
{
    public class TL1035Tests : RuleTests<ServerDomainMemberRule>
    {
        [Fact]
        public void Fires_at_the_value_when_a_front_end_server_is_not_a_domain_member()
        {
            var lint = Verify(ValidTopology.With("{fqdn: fe01.contoso.local, domainMember: true}", "{fqdn: fe01.contoso.local, domainMember: [|false|]}"));

            Assert.StartsWith("The server 'fe01.contoso.local' of front-end pool 'fe.contoso.local' is not a domain member", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Fires_for_director_and_survivable_branch_servers()
        {
            Verify(ValidTopology.With(
                "reverseProxies:\n",
                "  - {fqdn: dir.contoso.local, role: director, site: hq, servers: [{fqdn: dir01.contoso.local, domainMember: [|false|]}]}\n" +
                "  - {fqdn: sbs.contoso.local, role: survivable-branch-server, site: hq, backupPool: fe.contoso.local, servers: [{fqdn: sbs01.contoso.local, domainMember: [|false|]}]}\n" +
                "reverseProxies:\n"));
        }

        [Fact]
        public void An_absent_domain_member_is_not_reported()
        {
            Verify(ValidTopology.With("{fqdn: fe01.contoso.local, domainMember: true}", "{fqdn: fe01.contoso.local}"));
        }

        [Fact]
        public void Edge_mediation_and_appliance_servers_are_not_checked()
        {
            Verify(ValidTopology
                .With("{fqdn: med01.contoso.local, os: {name: windows-server-2012-r2, edition: standard, architecture: x64}, domainMember: true}", "{fqdn: med01.contoso.local, os: {name: windows-server-2012-r2, edition: standard, architecture: x64}, domainMember: {|TL1015:false|}}")
                .With("reverseProxies:\n", "  - {fqdn: sba.contoso.local, role: survivable-branch-appliance, site: hq, backupPool: fe.contoso.local, servers: [{fqdn: sba01.contoso.local, domainMember: false}]}\nreverseProxies:\n"));
        }
    }
}
