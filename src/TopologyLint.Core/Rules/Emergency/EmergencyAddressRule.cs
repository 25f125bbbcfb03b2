using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Model;
using TopologyLint.Rules.Knowledge;

namespace TopologyLint.Rules.Emergency
{
    /// <summary>TL3003: a site with Enterprise Voice users has no civic <c>address</c> or no <c>emergency.numbers</c>; reported at the site.</summary>
    public sealed class EmergencyAddressRule : ModelRule
    {
        public EmergencyAddressRule()
            : base(
                "TL3003",
                "Site has no civic address or emergency numbers",
                "The site '{0}' has Enterprise Voice users but no {1}",
                RuleCategory.Emergency,
                DiagnosticSeverity.Warning,
                "An emergency call from a site needs the site's civic address (the caller's location) and the emergency numbers users dial there (911, 112, 999) so that Lync Server 2013 routes them.")
        {
        }

        protected override void Analyze(Topology topology, RuleContext context)
        {
            var voiceSites = EnterpriseVoice.SitesWithUsers(topology);
            foreach (Site site in topology.Sites)
            {
                if (!voiceSites.Contains(site))
                {
                    continue;
                }

                var missing = new List<string>();
                if (site.Address.IsAbsent)
                {
                    missing.Add("civic address");
                }

                if (EmergencySettings.Has(site, e => e.Numbers) == false)
                {
                    missing.Add("emergency.numbers");
                }

                if (missing.Count > 0)
                {
                    context.Report(site.Node.ReportNode, site, string.Join(" and no ", missing));
                }
            }
        }
    }
}
