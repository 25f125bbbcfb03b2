using System.Linq;
using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Model;
using TopologyLint.Rules.Knowledge;

namespace TopologyLint.Rules.Prerequisites
{
    /// <summary>TL1005: no user is enabled for Lync Server; reported at the root.</summary>
    public sealed class EnabledUserRule : ModelRule
    {
        public EnabledUserRule()
            : base(
                "TL1005",
                "No user is enabled for Lync Server",
                "No user of the topology '{0}' is enabled for Lync Server",
                RuleCategory.Prerequisites,
                DiagnosticSeverity.Error,
                "Users must be enabled for Lync Server (enabled: true) before they can be enabled for Enterprise Voice.")
        {
        }

        protected override void Analyze(Topology topology, RuleContext context)
        {
            if (!topology.Users.Any(u => u.Enabled.IsTrue))
            {
                context.Report(topology.ReportNode, ItemNames.Of(topology));
            }
        }
    }
}
