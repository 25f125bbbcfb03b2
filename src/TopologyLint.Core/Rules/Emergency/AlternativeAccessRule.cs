using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Model;
using TopologyLint.Rules.Knowledge;

namespace TopologyLint.Rules.Emergency
{
    /// <summary>TL3001: a site with voice clients has no <c>emergency.alternativeAccess</c>; reported at the site.</summary>
    public sealed class AlternativeAccessRule : ModelRule
    {
        public AlternativeAccessRule()
            : base(
                "TL3001",
                "Site with voice clients has no alternative emergency access",
                "The site '{0}' has voice clients but no emergency.alternativeAccess: keep a PSTN line or a cell phone for emergency calls when power, network or Lync fails",
                RuleCategory.Emergency,
                DiagnosticSeverity.Warning,
                "Lync Server 2013 guidance: where users rely on Lync for voice, keep an alternative way to call emergency services (an analog PSTN line or a cell phone) for when power, the network or Lync Server is down.")
        {
        }

        protected override void Analyze(Topology topology, RuleContext context)
        {
            var voiceSites = EnterpriseVoice.SitesWithVoiceClients(topology);
            foreach (Site site in topology.Sites)
            {
                if (voiceSites.Contains(site) && EmergencySettings.Has(site, e => e.AlternativeAccess) == false)
                {
                    context.Report(site.Node.ReportNode, site);
                }
            }
        }
    }
}
