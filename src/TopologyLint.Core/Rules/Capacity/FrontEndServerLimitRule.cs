using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Model;

namespace TopologyLint.Rules.Capacity
{
    /// <summary>TL6001: an Enterprise Edition front-end pool (or one without an edition) has more than 12 servers; reported at the pool.</summary>
    public sealed class FrontEndServerLimitRule : ModelRule
    {
        /// <summary>The most Front End Servers a pool may have, which is also the limit of its collocated Mediation Servers.</summary>
        public const int MaximumServers = 12;

        public FrontEndServerLimitRule()
            : base(
                "TL6001",
                "Front-end pool has more than 12 servers",
                "The front-end pool '{0}' has {1} servers; a Front End pool holds at most 12",
                RuleCategory.Capacity,
                DiagnosticSeverity.Error,
                "Lync Server 2013 supports at most 12 Front End Servers in an Enterprise Edition pool, which is also the limit of the Mediation Servers collocated with them.")
        {
        }

        protected override void Analyze(Topology topology, RuleContext context)
        {
            foreach (Pool pool in topology.Pools)
            {
                if (pool.Role.Value == PoolRole.FrontEnd && (pool.Edition.IsAbsent || pool.Edition.Value == PoolEdition.Enterprise)
                    && pool.Servers.Count > MaximumServers)
                {
                    context.Report(pool.Node.ReportNode, pool, pool.Servers.Count);
                }
            }
        }
    }
}
