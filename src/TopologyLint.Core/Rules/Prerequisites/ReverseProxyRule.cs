using System.Linq;
using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Model;
using TopologyLint.Rules.Knowledge;

namespace TopologyLint.Rules.Prerequisites
{
    /// <summary>TL1004: no reverse proxy is in the topology; reported at the root.</summary>
    public sealed class ReverseProxyRule : ModelRule
    {
        public ReverseProxyRule()
            : base(
                "TL1004",
                "Topology has no reverse proxy",
                "The topology '{0}' has no reverse proxy",
                RuleCategory.Prerequisites,
                DiagnosticSeverity.Error,
                "A reverse proxy publishes the Front End pools' web services (address book, meetings, mobility, dial-in) to external users.")
        {
        }

        protected override void Analyze(Topology topology, RuleContext context)
        {
            if (topology.ReverseProxies.Count == 0)
            {
                context.Report(topology.ReportNode, ItemNames.Of(topology));
            }
        }
    }
}
