using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Rules.Knowledge;
using TopologyLint.Syntax;

namespace TopologyLint.Rules.Availability
{
    /// <summary>TL2003: Enterprise Voice users exist but the topology has no PSTN connection; reported at the root.</summary>
    public sealed class PstnConnectionRule : ModelRule
    {
        public static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
            "TL2003",
            "Enterprise Voice users have no PSTN connection",
            "The topology '{0}' has Enterprise Voice users but no PSTN connection",
            RuleCategory.Availability,
            DiagnosticSeverity.Warning,
            "Enterprise Voice users call the public telephone network through a PSTN connection (a TDM gateway or a SIP trunk); without one they can call only each other.");

        public override DiagnosticDescriptor Descriptor => Rule;

        public override void Analyze(RuleContext context)
        {
            if (context.Topology is not { } topology)
            {
                return;
            }

            // A root pstn value that is not a list is the schema's to report.
            bool pstnMistyped = topology.Root["pstn"] is { } pstn && pstn is not SequenceNode;
            if (topology.PstnConnections.Count == 0 && !pstnMistyped && EnterpriseVoice.HasUsers(topology))
            {
                context.Report(topology.ReportNode, ItemNames.Of(topology));
            }
        }
    }
}
