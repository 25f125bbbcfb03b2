using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Model;

namespace TopologyLint.Rules.Prerequisites
{
    /// <summary>
    /// TL1017: a <c>tdm</c> PSTN connection has no gateway; reported at the connection when <c>gateways</c>
    /// is absent, at the empty list when it is written empty.
    /// </summary>
    public sealed class TdmGatewayRule : ModelRule
    {
        public TdmGatewayRule()
            : base(
                "TL1017",
                "TDM PSTN connection has no gateway",
                "The TDM PSTN connection '{0}' has no gateway",
                RuleCategory.Prerequisites,
                DiagnosticSeverity.Error,
                "A TDM connection (T1, E1 or analog) reaches the PSTN through a PSTN gateway that the Mediation Server talks to; without one no call can leave or enter.")
        {
        }

        protected override void Analyze(Topology topology, RuleContext context)
        {
            foreach (PstnConnection connection in topology.PstnConnections)
            {
                if (connection.Connection.Value != ConnectionKind.Tdm)
                {
                    continue;
                }

                // A gateways value that is not a list is the schema's to report.
                if (connection.Gateways.IsAbsent)
                {
                    context.Report(connection.Node.ReportNode, connection);
                }
                else if (connection.Gateways.Node is { Items.Count: 0 } empty)
                {
                    context.Report(empty, connection);
                }
            }
        }
    }
}
