using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Model;
using TopologyLint.Rules.Knowledge;

namespace TopologyLint.Rules.Emergency
{
    /// <summary>TL3002: a site with Enterprise Voice users does not provide the caller's location; reported at the site.</summary>
    public sealed class LocationInformationRule : ModelRule
    {
        public LocationInformationRule()
            : base(
                "TL3002",
                "Site does not provide the caller's location",
                "The site '{0}' has Enterprise Voice users but does not provide the caller's location (emergency.locationInformation is not true), as multi-line telephone system laws may require",
                RuleCategory.Emergency,
                DiagnosticSeverity.Warning,
                "Multi-line telephone system (MLTS) laws may require that an emergency call carry the caller's physical location; Lync Server 2013 provides it through E9-1-1 location information.")
        {
        }

        protected override void Analyze(Topology topology, RuleContext context)
        {
            var voiceSites = EnterpriseVoice.SitesWithUsers(topology);
            foreach (Site site in topology.Sites)
            {
                if (voiceSites.Contains(site) && !IsMistyped(site) && site.Emergency.Value?.LocationInformation.IsTrue != true)
                {
                    context.Report(site.Node.ReportNode, site);
                }
            }
        }

        /// <summary>An emergency section or locationInformation value of the wrong type is the schema's to report.</summary>
        private static bool IsMistyped(Site site)
            => site.Emergency.IsInvalid || site.Emergency.Value?.LocationInformation.IsInvalid == true;
    }
}
