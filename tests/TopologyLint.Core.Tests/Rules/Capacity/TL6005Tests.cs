using System.Globalization;
using TopologyLint.Core.Tests.Rules.Testing;
using TopologyLint.Rules.Capacity;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Capacity
{
    public class TL6005Tests : RuleTests<DirectorServerLimitRule>
    {
        private static string WithDirector(int servers, string firstKey = "fqdn")
            => ValidTopology.With("reverseProxies:\n", $"  - {firstKey}: dir.contoso.local\n    role: director\n    site: hq\n    servers:\n{PoolText.Servers("dir", servers)}reverseProxies:\n");

        [Fact]
        public void Fires_at_a_director_pool_of_eleven_servers()
        {
            var lint = Verify(WithDirector(11, "[|fqdn|]"));

            Assert.Equal("The director pool 'dir.contoso.local' has 11 servers; a Director pool holds at most 10", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Ten_directors_are_the_limit()
        {
            Verify(WithDirector(10));
        }
    }
}
