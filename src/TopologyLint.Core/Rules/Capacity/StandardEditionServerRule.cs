using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Model;

namespace TopologyLint.Rules.Capacity
{
    /// <summary>TL6003: a Standard Edition front-end pool has more than one server; reported at its <c>edition</c> value.</summary>
    public sealed class StandardEditionServerRule : ModelRule
    {
        public StandardEditionServerRule()
            : base(
                "TL6003",
                "Standard Edition pool has more than one server",
                "The Standard Edition pool '{0}' has {1} servers; a Standard Edition server is a pool of one",
                RuleCategory.Capacity,
                DiagnosticSeverity.Error,
                "A Lync Server 2013 Standard Edition server runs every feature and its databases on a single server: it cannot be pooled. Use edition: enterprise for a pool of several Front End Servers.")
        {
        }

        protected override void Analyze(Topology topology, RuleContext context)
        {
            foreach (Pool pool in topology.Pools)
            {
                if (pool.Role.Value == PoolRole.FrontEnd && pool.Edition.Value == PoolEdition.Standard && pool.Servers.Count > 1 && pool.Edition.Node is { } edition)
                {
                    context.Report(edition, pool, pool.Servers.Count);
                }
            }
        }
    }
}
