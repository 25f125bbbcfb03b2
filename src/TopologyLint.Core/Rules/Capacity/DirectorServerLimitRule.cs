using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Model;

namespace TopologyLint.Rules.Capacity
{
    /// <summary>TL6005: a director pool has more than 10 servers; reported at the pool.</summary>
    public sealed class DirectorServerLimitRule : ModelRule
    {
        public const int MaximumServers = 10;

        public DirectorServerLimitRule()
            : base(
                "TL6005",
                "Director pool has more than 10 servers",
                "The director pool '{0}' has {1} servers; a Director pool holds at most 10",
                RuleCategory.Capacity,
                DiagnosticSeverity.Error,
                "Lync Server 2013 supports at most ten Directors in a Director pool.")
        {
        }

        protected override void Analyze(Topology topology, RuleContext context)
        {
            foreach (Pool pool in topology.Pools)
            {
                if (pool.Role.Value == PoolRole.Director && pool.Servers.Count > MaximumServers)
                {
                    context.Report(pool.Node.ReportNode, pool, pool.Servers.Count);
                }
            }
        }
    }
}
