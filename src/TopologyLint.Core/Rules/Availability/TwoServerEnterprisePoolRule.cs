using System.Linq;
using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Model;

namespace TopologyLint.Rules.Availability
{
    /// <summary>TL2004: an Enterprise Edition front-end pool has exactly two servers (TL2001 covers one); reported at the pool.</summary>
    public sealed class TwoServerEnterprisePoolRule : ModelRule
    {
        public TwoServerEnterprisePoolRule()
            : base(
                "TL2004",
                "Enterprise Edition pool has two Front End Servers",
                "The Enterprise Edition pool '{0}' has two Front End Servers: at least three are recommended",
                RuleCategory.Availability,
                DiagnosticSeverity.Warning,
                "Microsoft recommends that every Enterprise Edition Front End pool include at least three Front End Servers: a pool's routing groups keep a quorum of servers, and a two-server pool loses it, and its users' services, more easily when one server is down.")
        {
        }

        protected override void Analyze(Topology topology, RuleContext context)
        {
            foreach (Pool pool in topology.Pools.Where(p => p.Role.Value == PoolRole.FrontEnd && p.Edition.Value == PoolEdition.Enterprise && p.Servers.Count == 2))
            {
                context.Report(pool.Node.ReportNode, pool);
            }
        }
    }
}
