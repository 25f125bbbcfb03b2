using System.Linq;
using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Model;
using TopologyLint.Syntax;

namespace TopologyLint.Rules.Prerequisites
{
    /// <summary>
    /// TL1102: a site's <c>centralSite</c> does not associate it with exactly one central site: (a) it names a site
    /// that is not central, at the value; (b) a branch site names none while two or more central sites exist, at the
    /// site; (c) a central site writes it, at the key.
    /// </summary>
    public sealed class BranchCentralSiteRule : ModelRule
    {
        public BranchCentralSiteRule()
            : base(
                "TL1102",
                "Branch site is not associated with one central site",
                "{0}",
                RuleCategory.Prerequisites,
                DiagnosticSeverity.Error,
                "Each branch site is associated with exactly one central site. With one central site the association is implied; with two or more, a branch site must name its central site (centralSite), which must be a central site. A central site is associated with no other site.")
        {
        }

        protected override void Analyze(Topology topology, RuleContext context)
        {
            bool severalCentralSites = topology.Sites.Count(s => s.IsCentral) >= 2;
            foreach (Site site in topology.Sites)
            {
                Reference<Site> central = site.CentralSite;
                if (site.IsCentral)
                {
                    // One finding per key: a central site's centralSite is wrong whatever it names.
                    if (!central.IsAbsent && site.Node.TryGetEntry("centralSite", out MappingEntry entry))
                    {
                        context.Report(entry.Key, $"The central site '{site}' names a central site ({central.Name}): only a branch site is associated with a central site");
                    }
                }
                else if (central.Target is { IsCentral: false } named)
                {
                    context.Report(central.Node!, $"The site '{site}' names '{named}' as its central site, but '{named}' is not a central site");
                }
                else if (site.IsBranch && central.IsAbsent && severalCentralSites)
                {
                    context.Report(site.Node.ReportNode, $"The branch site '{site}' names no centralSite, and the topology has several central sites: name the one it is associated with");
                }
            }
        }
    }
}
