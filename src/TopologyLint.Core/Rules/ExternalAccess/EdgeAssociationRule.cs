using System.Linq;
using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Model;

namespace TopologyLint.Rules.ExternalAccess
{
    /// <summary>TL5001: when the topology has an edge pool, a front-end pool is associated with none; reported at the pool.</summary>
    public sealed class EdgeAssociationRule : ModelRule
    {
        public EdgeAssociationRule()
            : base(
                "TL5001",
                "Front-end pool has no Edge pool",
                "The front-end pool '{0}' is associated with no Edge pool: name one in its edgePool",
                RuleCategory.ExternalAccess,
                DiagnosticSeverity.Warning,
                "Each internal pool whose users talk to remote, federated or anonymous users, and use A/V from outside, must be associated with an Edge pool. With one edge pool and no edgePool written, every front-end pool is associated with it.")
        {
        }

        protected override void Analyze(Topology topology, RuleContext context)
        {
            if (!topology.Pools.Any(p => p.Role.Value == PoolRole.Edge))
            {
                return;
            }

            foreach (Pool pool in topology.Pools)
            {
                // An edgePool that is invalid (TL0002) or names no edge pool (TL0003) is reported there, not missing here.
                if (pool.Role.Value == PoolRole.FrontEnd && pool.EdgePool.IsAbsent && pool.AssociatedEdgePool == null)
                {
                    context.Report(pool.Node.ReportNode, pool);
                }
            }
        }
    }
}
