using System.Globalization;
using System.Linq;
using TopologyLint.Core.Tests.Rules.Testing;
using TopologyLint.Rules.ExternalAccess;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.ExternalAccess
{
    public class TL5009Tests : RuleTests<PublishedRoleRule>
    {
        [Fact]
        public void Fires_at_each_published_edge_and_mediation_pool()
        {
            var lint = Verify(ValidTopology.Yaml.Publishing("fe.contoso.local, [|edge.contoso.com|], [|med.contoso.local|]"));

            Assert.Equal(
                new[]
                {
                    "The reverse proxy 'rp.contoso.com' publishes the edge pool 'edge.contoso.com', which runs no external web services: publish Front End and Director pools only",
                    "The reverse proxy 'rp.contoso.com' publishes the mediation pool 'med.contoso.local', which runs no external web services: publish Front End and Director pools only",
                },
                lint.OfRule.Select(d => d.GetMessage(CultureInfo.InvariantCulture)));
        }

        [Fact]
        public void Fires_at_a_published_branch_appliance()
        {
            Verify(ValidTopology.Yaml.WithPool("sba.contoso.local", "survivable-branch-appliance").Publishing("fe.contoso.local, [|sba.contoso.local|]"));
        }

        [Fact]
        public void Front_end_and_director_pools_may_be_published()
        {
            Verify(ValidTopology.Yaml.WithPool("dir.contoso.local", "director").Publishing("fe.contoso.local, dir.contoso.local"));
        }

        [Fact]
        public void A_pool_that_does_not_exist_gets_tl0003_only()
        {
            Verify(ValidTopology.Yaml.Publishing("fe.contoso.local, {|TL0003:edge9.contoso.com|}"));
        }
    }
}
