using System.Linq;
using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Model;
using TopologyLint.Rules.Knowledge;

namespace TopologyLint.Rules.Prerequisites
{
    /// <summary>TL1001: no front-end pool is in the topology; reported at the root.</summary>
    public sealed class FrontEndPoolRule : ModelRule
    {
        public FrontEndPoolRule()
            : base(
                "TL1001",
                "Topology has no front-end pool",
                "The topology '{0}' has no front-end pool",
                RuleCategory.Prerequisites,
                DiagnosticSeverity.Error,
                "Lync Server 2013 needs a Front End pool (Standard or Enterprise Edition) to register users and route calls.")
        {
        }

        protected override void Analyze(Topology topology, RuleContext context)
        {
            if (!topology.Pools.Any(p => p.Role.Value == PoolRole.FrontEnd))
            {
                context.Report(topology.ReportNode, ItemNames.Of(topology));
            }
        }
    }
}
