using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Model;
using TopologyLint.Rules.Knowledge;

namespace TopologyLint.Rules.Availability
{
    /// <summary>TL2003: Enterprise Voice users exist but the topology has no PSTN connection (no v1 <c>pstn[]</c> entry and no trunk); reported at the root.</summary>
    public sealed class PstnConnectionRule : ModelRule
    {
        public PstnConnectionRule()
            : base(
                "TL2003",
                "Enterprise Voice users have no PSTN connection",
                "The topology '{0}' has Enterprise Voice users but no PSTN connection",
                RuleCategory.Availability,
                DiagnosticSeverity.Warning,
                "Enterprise Voice users call the public telephone network through a PSTN connection (a TDM gateway or a SIP trunk); without one they can call only each other.")
        {
        }

        protected override void Analyze(Topology topology, RuleContext context)
        {
            // A root pstn value that is not a list is the schema's to report.
            if (topology.PstnConnections.Count == 0 && !topology.PstnConnections.IsInvalid && topology.Trunks.Count == 0 && !topology.Trunks.IsInvalid && EnterpriseVoice.HasUsers(topology))
            {
                context.Report(topology.ReportNode, ItemNames.Of(topology));
            }
        }
    }
}
