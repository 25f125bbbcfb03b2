using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Model;

namespace TopologyLint.Rules.Availability
{
    /// <summary>
    /// TL2002: a pool named as <c>mediationPool</c> of a PSTN connection has one server; reported once at
    /// the pool, naming the first connection it serves. References TL0003 reports are not followed.
    /// </summary>
    public sealed class SingleServerMediationPoolRule : ModelRule
    {
        public SingleServerMediationPoolRule()
            : base(
                "TL2002",
                "Mediation pool has one server",
                "The pool '{0}' serves PSTN connection '{1}' as its Mediation pool with one server: PSTN calls depend on that server's availability",
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
                if (connection.MediationPool.Target is { } pool && pool.Servers.Count == 1 && reported.Add(pool))
                {
                    context.Report(pool.Node.ReportNode, pool, connection);
                }
            }
        }
    }
}
