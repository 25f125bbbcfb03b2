using System.Globalization;
using TopologyLint.Core.Tests.Rules.Testing;
using TopologyLint.Rules.Availability;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Availability
{
    public class TL2102Tests : RuleTests<BranchBackupPoolRule>
    {
        private const string Dallas =
            "  - {id: dallas, kind: central}\n";

        private const string DallasPool =
            "  - {fqdn: dfe.contoso.local, role: front-end, edition: enterprise, site: dallas, servers: [{fqdn: dfe01.contoso.local}, {fqdn: dfe02.contoso.local}, {fqdn: dfe03.contoso.local}]}\n";

        private static string With(string sites, string pools) => ValidTopology.With("pools:\n", sites + "pools:\n" + pools);

        [Theory]
        [InlineData("survivable-branch-appliance")]
        [InlineData("survivable-branch-server")]
        public void Fires_at_the_pool_when_it_names_no_backup_pool(string role)
        {
            var lint = Verify(With("  - {id: reno, kind: branch}\n", "  - {[|fqdn|]: sb.contoso.local, role: " + role + ", site: reno, servers: [{fqdn: sb01.contoso.local}]}\n"));

            Assert.StartsWith($"The {role} pool 'sb.contoso.local' names no backupPool", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Fires_at_the_value_when_the_backup_pool_is_in_another_central_site()
        {
            var lint = Verify(With(Dallas + "  - {id: reno, kind: branch, centralSite: hq}\n", DallasPool + "  - {fqdn: sba.contoso.local, role: survivable-branch-appliance, site: reno, backupPool: [|dfe.contoso.local|], servers: [{fqdn: sba01.contoso.local}]}\n"));

            Assert.Equal("The backup pool 'dfe.contoso.local' of 'sba.contoso.local' is in the site 'dallas', not in 'hq', the central site of the branch 'reno'", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void The_only_central_site_is_implied()
        {
            Verify(With("  - {id: reno, kind: branch}\n", "  - {fqdn: sba.contoso.local, role: survivable-branch-appliance, site: reno, backupPool: fe.contoso.local, servers: [{fqdn: sba01.contoso.local}]}\n"));
        }

        [Fact]
        public void A_branch_whose_central_site_is_not_known_is_not_checked()
        {
            Verify(With(Dallas + "  - {id: reno, kind: branch}\n", DallasPool + "  - {fqdn: sba.contoso.local, role: survivable-branch-appliance, site: reno, backupPool: dfe.contoso.local, servers: [{fqdn: sba01.contoso.local}]}\n"));
        }

        [Fact]
        public void A_backup_pool_that_is_not_a_front_end_pool_is_left_to_TL0003()
        {
            Verify(With("  - {id: reno, kind: branch}\n", "  - {fqdn: sba.contoso.local, role: survivable-branch-appliance, site: reno, backupPool: {|TL0003:med.contoso.local|}, servers: [{fqdn: sba01.contoso.local}]}\n"));
        }
    }
}
