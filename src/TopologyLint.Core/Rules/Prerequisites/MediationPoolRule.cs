using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Model;

namespace TopologyLint.Rules.Prerequisites
{
    /// <summary>
    /// TL1019: a PSTN connection names no <c>mediationPool</c>; reported at the connection. A
    /// <c>mediationPool</c> that TL0003 reports is written, so it is not counted as missing.
    /// </summary>
    public sealed class MediationPoolRule : ModelRule
    {
        public MediationPoolRule()
            : base(
                "TL1019",
                "PSTN connection has no Mediation pool",
                "The PSTN connection '{0}' names no mediationPool, so no Mediation Server serves it",
                RuleCategory.Prerequisites,
                DiagnosticSeverity.Warning,
                "Every PSTN gateway or SIP trunk is served by a Mediation pool (stand-alone or collocated on a Front End pool) that translates signaling and media between Lync Server 2013 and the PSTN.")
        {
        }

        protected override void Analyze(Topology topology, RuleContext context)
        {
            foreach (PstnConnection connection in topology.PstnConnections)
            {
                if (connection.MediationPool.IsAbsent)
                {
                    context.Report(connection.Node.ReportNode, connection);
                }
            }
        }
    }
}
