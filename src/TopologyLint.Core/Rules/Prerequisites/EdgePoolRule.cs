using System.Linq;
using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Model;
using TopologyLint.Rules.Knowledge;

namespace TopologyLint.Rules.Prerequisites
{
    /// <summary>TL1002: no edge pool is in the topology; reported at the root.</summary>
    public sealed class EdgePoolRule : ModelRule
    {
        public EdgePoolRule()
            : base(
                "TL1002",
                "Topology has no edge pool",
                "The topology '{0}' has no edge pool",
                RuleCategory.Prerequisites,
                DiagnosticSeverity.Error,
                "External users, federation and media traversal need an Edge pool.")
        {
        }

        protected override void Analyze(Topology topology, RuleContext context)
        {
            if (!topology.Pools.Any(p => p.Role.Value == PoolRole.Edge))
            {
                context.Report(topology.ReportNode, ItemNames.Of(topology));
            }
        }
    }
}
