using System.Globalization;
using TopologyLint.Core.Tests.Rules.Testing;
using TopologyLint.Rules.Prerequisites;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Prerequisites
{
    public class TL1106Tests : RuleTests<PoolSiteKindRule>
    {
        private static string WithBranchAndPool(string pool)
            => ValidTopology.With("pools:\n", "  - {id: reno, kind: branch}\npools:\n" + pool);

        [Fact]
        public void Fires_at_the_site_value_of_a_front_end_pool_in_a_branch_site()
        {
            var lint = Verify(WithBranchAndPool("  - {fqdn: reno-fe.contoso.local, role: front-end, edition: standard, site: [|reno|], servers: [{fqdn: reno-fe01.contoso.local}]}\n"));

            Assert.StartsWith("The front-end pool 'reno-fe.contoso.local' is in the branch site 'reno'", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Theory]
        [InlineData("survivable-branch-appliance")]
        [InlineData("survivable-branch-server")]
        public void Fires_at_the_site_value_of_a_survivable_branch_pool_in_a_central_site(string role)
        {
            var lint = Verify(WithBranchAndPool("  - {fqdn: sb.contoso.local, role: " + role + ", site: [|hq|], backupPool: fe.contoso.local, servers: [{fqdn: sb01.contoso.local}]}\n"));

            Assert.Equal($"The {role} pool 'sb.contoso.local' is in the central site 'hq': it belongs in a branch site", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void A_survivable_branch_appliance_in_a_branch_site_is_clean()
        {
            Verify(WithBranchAndPool("  - {fqdn: sba.contoso.local, role: survivable-branch-appliance, site: reno, backupPool: fe.contoso.local, servers: [{fqdn: sba01.contoso.local}]}\n"));
        }

        [Fact]
        public void A_site_of_no_known_kind_is_neither()
        {
            Verify(ValidTopology.With("pools:\n", "  - {id: reno}\npools:\n  - {fqdn: reno-fe.contoso.local, role: front-end, edition: standard, site: reno, servers: [{fqdn: reno-fe01.contoso.local}]}\n"));
        }
    }
}
