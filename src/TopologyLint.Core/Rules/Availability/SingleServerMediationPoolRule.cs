using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Model;

namespace TopologyLint.Rules.Availability
{
    /// <summary>
    /// TL2002: a pool named as <c>mediationPool</c> of a PSTN connection or a trunk has one server; reported once at
    /// the pool, naming the first connection (v1 entries first, then trunks) it serves. References TL0003 reports are
    /// not followed; survivable branch pools are single machines by design and are not reported (RULES-v2).
    /// </summary>
    public sealed class SingleServerMediationPoolRule : ModelRule
    {
        public SingleServerMediationPoolRule()
            : base(
                "TL2002",
                "Mediation pool has one server",
                "The pool '{0}' serves {1} as its Mediation pool with one server: PSTN calls depend on that server's availability",
                RuleCategory.Availability,
                DiagnosticSeverity.Warning,
                "A Mediation pool of one server is a single point of failure for every PSTN call through its gateways or trunks; Lync Server 2013 guidance is to deploy more than one Mediation Server per pool.")
        {
        }

        protected override void Analyze(Topology topology, RuleContext context)
        {
            var reported = new HashSet<Pool>();
            foreach (PstnConnection connection in topology.PstnConnections)
            {
                ReportOnce(connection.MediationPool.Target, $"PSTN connection '{connection}'");
            }

            foreach (Trunk trunk in topology.Trunks)
            {
                if (trunk.PstnConnection == null)
                {
                    ReportOnce(trunk.MediationPool.Target, $"trunk '{trunk}'");
                }
            }

            void ReportOnce(Pool? pool, string served)
            {
                if (pool != null && pool.Servers.Count == 1 && !pool.IsSurvivableBranch && reported.Add(pool))
                {
                    context.Report(pool.Node.ReportNode, pool, served);
                }
            }
        }
    }
}
