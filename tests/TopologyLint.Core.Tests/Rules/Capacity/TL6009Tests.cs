using System.Globalization;
using System.Linq;
using System.Text;
using TopologyLint.Core.Tests.Rules.Testing;
using TopologyLint.Rules.Capacity;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Capacity
{
    public class TL6009Tests : RuleTests<UsersPerServerRule>
    {
        [Fact]
        public void Fires_at_an_enterprise_pool_with_more_than_6660_users_per_server()
        {
            var lint = Verify(PoolText.FrontEndWith("    plannedUsers: 19981\n").With(PoolText.FrontEnd, PoolText.MarkedFrontEnd));

            Assert.Equal("The front-end pool 'fe.contoso.local' has a load of 19,981 users, more than 19,980, 6,660 for each of its 3 servers", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Six_thousand_six_hundred_sixty_users_per_server_are_the_limit()
        {
            Verify(PoolText.FrontEndWith("    plannedUsers: 19980\n"));
        }

        [Fact]
        public void A_pool_without_an_edition_counts_as_enterprise()
        {
            Verify(PoolText.FrontEndWith("    plannedUsers: 19981\n").With("    edition: enterprise\n", string.Empty).With(PoolText.FrontEnd, PoolText.MarkedFrontEnd));
        }

        [Fact]
        public void The_users_homed_on_the_pool_are_counted_once_each()
        {
            // 2,501 users name the Standard Edition server as their Registrar: more than the 2,500 it carries.
            var users = new StringBuilder();
            for (int i = 0; i < 2501; i++)
            {
                users.Append(CultureInfo.InvariantCulture, $"  - {{sip: u{i}@contoso.com, site: hq, registrarPool: fe.contoso.local}}\n");
            }

            string yaml = ValidTopology.With("    edition: enterprise\n", "    edition: standard\n").With(PoolText.FrontEndServers, PoolText.Servers("fe", 1)).With(PoolText.FrontEnd, PoolText.MarkedFrontEnd) + users;
            var lint = Verify(yaml);

            Assert.Equal("The front-end pool 'fe.contoso.local' has a load of 2,501 users, more than the 2,500 a Standard Edition server carries", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Planned_users_and_listed_users_are_not_added()
        {
            // homed(P) is the larger of the two: 2,500 planned and 3 listed is 2,500.
            string users = string.Concat(Enumerable.Range(0, 3).Select(i => $"  - {{sip: u{i}@contoso.com, site: hq, registrarPool: fe.contoso.local}}\n"));

            Verify(ValidTopology.With("    edition: enterprise\n", "    edition: standard\n    plannedUsers: 2500\n").With(PoolText.FrontEndServers, PoolText.Servers("fe", 1)) + users);
        }

        [Fact]
        public void The_users_of_the_branch_appliances_it_backs_up_count()
        {
            var lint = Verify(PoolText.FrontEndWith("    plannedUsers: 19660\n").With(PoolText.FrontEnd, PoolText.MarkedFrontEnd).WithBranchAppliance(321));

            Assert.Contains("(19,660 homed, 321 from the branch pools it backs up)", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Not_reported_where_tl6002_is()
        {
            Verify(PoolText.FrontEndWith("    plannedUsers: 80001\n").With(PoolText.FrontEnd, "  - {|TL6002:fqdn|}: fe.contoso.local\n"));
        }
    }
}
