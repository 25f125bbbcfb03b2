using System.Linq;
using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Model;

namespace TopologyLint.Rules.Availability
{
    /// <summary>
    /// TL2101: a branch site has more than two Survivable Branch Appliances; each one after the second, in document
    /// order, is reported at its first key.
    /// </summary>
    public sealed class BranchApplianceCountRule : ModelRule
    {
        private const int MaximumPerBranch = 2;

        public BranchApplianceCountRule()
            : base(
                "TL2101",
                "Branch site has more than two Survivable Branch Appliances",
                "The branch site '{0}' already has two Survivable Branch Appliances ({1}): '{2}' is one too many",
                RuleCategory.Availability,
                DiagnosticSeverity.Error,
                "Lync Server 2013 supports up to two Survivable Branch Appliances at a branch site.")
        {
        }

        protected override void Analyze(Topology topology, RuleContext context)
        {
            var appliancesBySite = topology.Pools
                .Where(p => p.Role.Value == PoolRole.SurvivableBranchAppliance && p.Site.Target is { IsBranch: true })
                .GroupBy(p => p.Site.Target!);
            foreach (IGrouping<Site, Pool> appliances in appliancesBySite)
            {
                Pool[] inOrder = appliances.ToArray();
                string allowed = string.Join(", ", inOrder.Take(MaximumPerBranch).Select(p => p.ToString()));
                foreach (Pool extra in inOrder.Skip(MaximumPerBranch))
                {
                    context.Report(extra.Node.ReportNode, appliances.Key, allowed, extra);
                }
            }
        }
    }
}
