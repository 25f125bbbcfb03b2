using System.Linq;
using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Rules.Knowledge;

namespace TopologyLint.Rules.Prerequisites
{
    /// <summary>TL1004: no reverse proxy is in the topology; reported at the root.</summary>
    public sealed class ReverseProxyRule : ModelRule
    {
        public static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
            "TL1004",
            "Topology has no reverse proxy",
            "The topology '{0}' has no reverse proxy",
            RuleCategory.Prerequisites,
            DiagnosticSeverity.Error,
            "A reverse proxy publishes the Front End pools' web services (address book, meetings, mobility, dial-in) to external users.");

        public override DiagnosticDescriptor Descriptor => Rule;

        public override void Analyze(RuleContext context)
        {
            if (context.Topology is { } topology && !topology.ReverseProxies.Any())
            {
                context.Report(topology.ReportNode, ItemNames.Of(topology));
            }
        }
    }
}
