using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Model;
using TopologyLint.Syntax;

namespace TopologyLint.Rules.VoiceRouting
{
    /// <summary>
    /// TL4203: when call admission control, E9-1-1 or site-and-region media bypass is on, every subnet names a network
    /// site, every network site a region, every region a central site, and some subnet is written. Reported at the
    /// subnet, network site or region (its <c>centralSite</c> value when that names a site that is not central), and a
    /// topology without subnets once at the switch that needs them.
    /// </summary>
    public sealed class NetworkConfigurationRule : ModelRule
    {
        public NetworkConfigurationRule()
            : base(
                "TL4203",
                "Network regions, sites and subnets are incomplete",
                "{0}: with {1} on, each subnet needs a network site, each network site a region, and each region a central site",
                RuleCategory.VoiceRouting,
                DiagnosticSeverity.Error,
                "Call admission control, E9-1-1 and media bypass with site and region configuration all require each subnet to be associated with a network site, and each network site with a network region of a central site.")
        {
        }

        protected override void Analyze(Topology topology, RuleContext context)
        {
            Network? network = topology.Network.Value;
            bool callAdmissionControl = network?.CallAdmissionControl.IsTrue == true;
            bool siteAndRegionBypass = network?.MediaBypass.Value == MediaBypassMode.SiteAndRegion;
            LocationPolicy? emergency = topology.LocationPolicies.FirstOrDefault(p => p.EnhancedEmergencyServices.IsTrue);
            if (!callAdmissionControl && !siteAndRegionBypass && emergency == null)
            {
                return;
            }

            string features = Features(callAdmissionControl, siteAndRegionBypass, emergency != null);
            IReadOnlyList<Subnet> subnets = network?.Subnets ?? (IReadOnlyList<Subnet>)System.Array.Empty<Subnet>();
            foreach (Subnet subnet in subnets)
            {
                if (subnet.Site.IsAbsent)
                {
                    context.Report(subnet.Node.ReportNode, $"The subnet '{subnet}' names no network site", features);
                }
            }

            foreach (NetworkSite site in network?.Sites ?? (IReadOnlyList<NetworkSite>)System.Array.Empty<NetworkSite>())
            {
                if (site.Region.IsAbsent)
                {
                    context.Report(site.Node.ReportNode, $"The network site '{site}' names no region", features);
                }
            }

            foreach (Region region in network?.Regions ?? (IReadOnlyList<Region>)System.Array.Empty<Region>())
            {
                if (region.CentralSite.IsAbsent)
                {
                    context.Report(region.Node.ReportNode, $"The region '{region}' names no central site", features);
                }
                else if (region.CentralSite.Target is { IsCentral: false } site)
                {
                    context.Report(region.CentralSite.Node!, $"The region '{region}' names the site '{site}', which is not a central site", features);
                }
            }

            if (subnets.Count == 0)
            {
                ScalarNode at = callAdmissionControl ? network!.CallAdmissionControl.Node!
                    : siteAndRegionBypass ? network!.MediaBypass.Node!
                    : emergency!.EnhancedEmergencyServices.Node!;
                context.Report(at, "No subnet is written", features);
            }
        }

        private static string Features(bool callAdmissionControl, bool siteAndRegionBypass, bool emergency)
        {
            var on = new List<string>(3);
            if (callAdmissionControl)
            {
                on.Add("call admission control");
            }

            if (emergency)
            {
                on.Add("E9-1-1");
            }

            if (siteAndRegionBypass)
            {
                on.Add("media bypass by site and region");
            }

            return on.Count == 1 ? on[0] : string.Join(", ", on.Take(on.Count - 1)) + " and " + on[on.Count - 1];
        }
    }
}
