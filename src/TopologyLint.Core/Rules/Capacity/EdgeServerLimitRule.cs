using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Model;

namespace TopologyLint.Rules.Capacity
{
    /// <summary>TL6004: an edge pool has more than 12 servers (Topology Builder accepts 20); reported at the pool.</summary>
    public sealed class EdgeServerLimitRule : ModelRule
    {
        public const int MaximumServers = 12;

        public EdgeServerLimitRule()
            : base(
                "TL6004",
                "Edge pool has more than 12 servers",
                "The edge pool '{0}' has {1} servers; the supported maximum is 12",
                RuleCategory.Capacity,
                DiagnosticSeverity.Error,
                "Lync Server 2013 is tested and supported with at most twelve Edge Servers in a pool, although Topology Builder accepts up to twenty.")
        {
        }

        protected override void Analyze(Topology topology, RuleContext context)
        {
            foreach (Pool pool in topology.Pools)
            {
                if (pool.Role.Value == PoolRole.Edge && pool.Servers.Count > MaximumServers)
                {
                    context.Report(pool.Node.ReportNode, pool, pool.Servers.Count);
                }
            }
        }
    }
}
