using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Model;

namespace TopologyLint.Rules.Prerequisites
{
    /// <summary>TL1018: a <c>sip-trunk</c> PSTN connection lists gateways; reported at the <c>gateways</c> list.</summary>
    public sealed class SipTrunkGatewayRule : ModelRule
    {
        public SipTrunkGatewayRule()
            : base(
                "TL1018",
                "SIP trunk lists gateways",
                "The SIP trunk '{0}' lists gateways, which a SIP trunk does not need",
                RuleCategory.Prerequisites,
                DiagnosticSeverity.Info,
                "A SIP trunk connects the Mediation Server to the Internet telephony service provider directly over IP; PSTN gateways belong to TDM connections.")
        {
        }

        protected override void Analyze(Topology topology, RuleContext context)
        {
            foreach (PstnConnection connection in topology.PstnConnections)
            {
                if (connection.Connection.Value == ConnectionKind.SipTrunk && connection.Gateways.Node is { Items.Count: > 0 } gateways)
                {
                    context.Report(gateways, connection);
                }
            }
        }
    }
}
