using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Model;
using TopologyLint.Rules.Knowledge;

namespace TopologyLint.Rules.Availability
{
    /// <summary>
    /// TL2001: a site with Enterprise Voice users has front-end pools of its own and each has one server;
    /// reported at the site. A site with no front-end pool of its own is not checked.
    /// </summary>
    public sealed class SingleServerFrontEndRule : ModelRule
    {
        public SingleServerFrontEndRule()
            : base(
                "TL2001",
                "Enterprise Voice depends on a single Front End Server",
                "The site '{0}' has Enterprise Voice users, and each of its front-end pools ({1}) has one server: voice depends on that server's availability",
                RuleCategory.Availability,
                DiagnosticSeverity.Warning,
                "For Enterprise Voice resiliency, Lync Server 2013 guidance is to register voice users on a pool of more than one Front End Server, so that calls survive the loss of a server.")
        {
        }

        protected override void Analyze(Topology topology, RuleContext context)
        {
            HashSet<Site> voiceSites = EnterpriseVoice.SitesWithUsers(topology);
            ILookup<Site, Pool> frontEndsBySite = topology.Pools
                .Where(p => p.Role.Value == PoolRole.FrontEnd && p.Site.Target != null)
                .ToLookup(p => p.Site.Target!);
            foreach (Site site in topology.Sites)
            {
                Pool[] frontEnds = frontEndsBySite[site].ToArray();
                if (voiceSites.Contains(site) && frontEnds.Length > 0 && frontEnds.All(p => p.Servers.Count == 1))
                {
                    context.Report(site.Node.ReportNode, site, string.Join(", ", frontEnds.Select(p => p.ToString())));
                }
            }
        }
    }
}
