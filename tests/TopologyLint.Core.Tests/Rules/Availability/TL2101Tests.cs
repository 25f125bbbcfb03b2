using System.Globalization;
using System.Linq;
using TopologyLint.Core.Tests.Rules.Testing;
using TopologyLint.Rules.Availability;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Availability
{
    public class TL2101Tests : RuleTests<BranchApplianceCountRule>
    {
        private static string Appliance(int number, string site = "reno", string role = "survivable-branch-appliance", string firstKey = "fqdn")
            => $"  - {{{firstKey}: sba{number}.contoso.local, role: {role}, site: {site}, backupPool: fe.contoso.local, servers: [{{fqdn: sba{number}01.contoso.local}}]}}\n";

        private static string WithBranchAndPools(params string[] pools)
            => ValidTopology.With("pools:\n", "  - {id: reno, kind: branch}\n  - {id: elko, kind: branch}\npools:\n" + string.Concat(pools));

        [Fact]
        public void Fires_at_each_appliance_after_the_second_of_a_branch()
        {
            var lint = Verify(WithBranchAndPools(Appliance(1), Appliance(2), Appliance(3, firstKey: "[|fqdn|]"), Appliance(4, firstKey: "[|fqdn|]")));

            Assert.Equal("The branch site 'reno' already has two Survivable Branch Appliances (sba1.contoso.local, sba2.contoso.local): 'sba3.contoso.local' is one too many", lint.OfRule[0].GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Two_appliances_per_branch_are_clean()
        {
            Verify(WithBranchAndPools(Appliance(1), Appliance(2), Appliance(3, site: "elko"), Appliance(4, site: "elko")));
        }

        [Fact]
        public void Survivable_branch_servers_do_not_count()
        {
            Verify(WithBranchAndPools(Appliance(1), Appliance(2), Appliance(3, role: "survivable-branch-server")));
        }
    }
}
