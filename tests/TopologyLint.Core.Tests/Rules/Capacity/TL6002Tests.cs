using System.Globalization;
using TopologyLint.Core.Tests.Rules.Testing;
using TopologyLint.Rules.Capacity;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Capacity
{
    public class TL6002Tests : RuleTests<PoolUserLimitRule>
    {
        [Fact]
        public void Fires_at_a_pool_planned_for_more_than_80000_users()
        {
            var lint = Verify(PoolText.FrontEndWith("    plannedUsers: 80001\n").With(PoolText.FrontEnd, PoolText.MarkedFrontEnd).With(PoolText.FrontEndServers, PoolText.Servers("fe", 12)));

            Assert.Equal("The front-end pool 'fe.contoso.local' has a load of 80,001 users; a Front End pool holds at most 80,000", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Eighty_thousand_users_are_the_limit()
        {
            Verify(PoolText.FrontEndWith("    plannedUsers: 80000\n").With(PoolText.FrontEndServers, PoolText.Servers("fe", 12)));
        }

        [Fact]
        public void The_users_of_the_branch_appliances_it_backs_up_count()
        {
            var lint = Verify(PoolText.FrontEndWith("    plannedUsers: 70000\n").With(PoolText.FrontEnd, PoolText.MarkedFrontEnd).With(PoolText.FrontEndServers, PoolText.Servers("fe", 12)).WithBranchAppliance(10001));

            Assert.Equal("The front-end pool 'fe.contoso.local' has a load of 80,001 users (70,000 homed, 10,001 from the branch pools it backs up); a Front End pool holds at most 80,000", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void A_branch_appliance_is_not_itself_reported()
        {
            Verify(ValidTopology.Yaml.WithBranchAppliance(90000).With(PoolText.FrontEnd, PoolText.MarkedFrontEnd).With(PoolText.FrontEndServers, PoolText.Servers("fe", 12)));
        }
    }
}
