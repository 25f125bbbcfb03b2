using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Model;

namespace TopologyLint.Rules.Emergency
{
    /// <summary>
    /// TL3006: (a) an E9-1-1 location policy has no <c>pstnUsage</c> or no <c>emergencyDialString</c>, reported at the
    /// policy; (b) when E9-1-1 is in use, a network site names no <c>locationPolicy</c>, reported at the network site.
    /// </summary>
    public sealed class LocationPolicyRule : ModelRule
    {
        public LocationPolicyRule()
            : base(
                "TL3006",
                "E9-1-1 location policy is incomplete or not assigned",
                "The {0} {1}",
                RuleCategory.Emergency,
                DiagnosticSeverity.Error,
                "An E9-1-1 location policy needs the emergency dial string and the one PSTN usage whose routes carry emergency calls, and E9-1-1 requires a location policy for each network site.")
        {
        }

        protected override void Analyze(Topology topology, RuleContext context)
        {
            foreach (LocationPolicy policy in topology.LocationPolicies)
            {
                if (!policy.EnhancedEmergencyServices.IsTrue)
                {
                    continue;
                }

                var missing = new List<string>();
                if (policy.PstnUsage.IsAbsent)
                {
                    missing.Add("pstnUsage");
                }

                if (policy.EmergencyDialString.IsAbsent)
                {
                    missing.Add("emergencyDialString");
                }

                if (missing.Count > 0)
                {
                    context.Report(policy.Node.ReportNode, $"location policy '{policy}'", $"enables E9-1-1 but has no {string.Join(" and no ", missing)}: emergency calls cannot be routed");
                }
            }

            if (!topology.IsEnhancedEmergencyServicesInUse || topology.Network.Value is not { } network)
            {
                return;
            }

            foreach (NetworkSite site in network.Sites)
            {
                if (site.LocationPolicy.IsAbsent)
                {
                    context.Report(site.Node.ReportNode, $"network site '{site}'", "names no locationPolicy: E9-1-1 requires a location policy for each network site");
                }
            }
        }
    }
}
