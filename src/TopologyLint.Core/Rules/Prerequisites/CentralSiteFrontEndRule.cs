using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Model;

namespace TopologyLint.Rules.Prerequisites
{
    /// <summary>
    /// TL1101: a central site has no front-end pool of its own; reported at the site. Runs only when the topology
    /// has a front-end pool at all (without one, TL1001 reports the topology) and every front-end pool's site resolves.
    /// </summary>
    public sealed class CentralSiteFrontEndRule : ModelRule
    {
        public CentralSiteFrontEndRule()
            : base(
                "TL1101",
                "Central site has no front-end pool",
                "The central site '{0}' has no front-end pool: each central site must contain at least one Enterprise Edition Front End pool or one Standard Edition server",
                RuleCategory.Prerequisites,
                DiagnosticSeverity.Error,
                "In Lync Server 2013 each central site must contain at least one Enterprise Edition Front End pool or one Standard Edition server. A site without one is a branch site (kind: branch) associated with a central site.")
        {
        }

        protected override void Analyze(Topology topology, RuleContext context)
        {
            Pool[] frontEnds = topology.Pools.Where(p => p.Role.Value == PoolRole.FrontEnd).ToArray();

            // A front-end pool whose site TL0003 reports may be the missing one: it is not counted as missing.
            if (frontEnds.Length == 0 || frontEnds.Any(p => p.Site.Target == null && !p.Site.IsAbsent))
            {
                return;
            }

            var sitesWithFrontEnd = new HashSet<Site>(frontEnds.Where(p => p.Site.Target != null).Select(p => p.Site.Target!));
            foreach (Site site in topology.Sites.Where(s => s.IsCentral && !sitesWithFrontEnd.Contains(s)))
            {
                context.Report(site.Node.ReportNode, site);
            }
        }
    }
}
