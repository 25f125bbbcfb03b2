using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Model;

namespace TopologyLint.Rules.Prerequisites
{
    /// <summary>
    /// TL1106: a front-end pool is in a branch site, or a Survivable Branch Appliance or Server is in a central site;
    /// reported at the pool's <c>site</c> value.
    /// </summary>
    public sealed class PoolSiteKindRule : ModelRule
    {
        public PoolSiteKindRule()
            : base(
                "TL1106",
                "Pool is in the wrong kind of site",
                "{0}",
                RuleCategory.Prerequisites,
                DiagnosticSeverity.Error,
                "A central site contains Front End pools or Standard Edition servers; a branch site contains a Survivable Branch Appliance, a Survivable Branch Server, or a gateway. A front-end pool belongs in a central site, and a Survivable Branch Appliance or Server in a branch site.")
        {
        }

        protected override void Analyze(Topology topology, RuleContext context)
        {
            foreach (Pool pool in topology.Pools)
            {
                if (pool.Site.Target is not { } site)
                {
                    continue;
                }

                if (pool.Role.Value == PoolRole.FrontEnd && site.IsBranch)
                {
                    context.Report(pool.Site.Node!, $"The front-end pool '{pool}' is in the branch site '{site}': a front-end pool belongs in a central site (a branch site has a Survivable Branch Appliance or Server instead)");
                }
                else if (pool.IsSurvivableBranch && site.IsCentral)
                {
                    context.Report(pool.Site.Node!, $"The {pool.Role.Node!.Value} pool '{pool}' is in the central site '{site}': it belongs in a branch site");
                }
            }
        }
    }
}
