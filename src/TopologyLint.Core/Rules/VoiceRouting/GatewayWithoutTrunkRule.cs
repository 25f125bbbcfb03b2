using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Model;

namespace TopologyLint.Rules.VoiceRouting
{
    /// <summary>
    /// TL4001: a <c>gateways[]</c> item is the gateway of no trunk; reported at the gateway. A gateway read from a v1
    /// <c>pstn[]</c> entry is never reported: the entry is its trunk (TOPOLOGY-v2 A.3).
    /// </summary>
    public sealed class GatewayWithoutTrunkRule : ModelRule
    {
        public GatewayWithoutTrunkRule()
            : base(
                "TL4001",
                "Gateway has no trunk",
                "The gateway '{0}' is the gateway of no trunk: Topology Builder needs a root trunk to add a gateway",
                RuleCategory.VoiceRouting,
                DiagnosticSeverity.Error,
                "A PSTN gateway, IP-PBX or SBC is added to a Lync Server 2013 topology together with its root trunk, which connects it to a Mediation pool; a gateway without one cannot be published.")
        {
        }

        protected override void Analyze(Topology topology, RuleContext context)
        {
            foreach (Gateway gateway in topology.Gateways)
            {
                if (gateway.PstnConnection == null && gateway.RootTrunk == null)
                {
                    context.Report(gateway.ReportNode, gateway);
                }
            }
        }
    }
}
