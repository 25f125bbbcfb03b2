using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Model;
using TopologyLint.Rules.Knowledge;
using TopologyLint.Syntax;

namespace TopologyLint.Rules.Emergency
{
    /// <summary>
    /// TL3005 (runs when E9-1-1 is in use): a site outside the United States where an Enterprise Voice user of the site
    /// has an E9-1-1 location policy in effect; reported at the site, naming the policy.
    /// </summary>
    public sealed class EmergencyOutsideUnitedStatesRule : ModelRule
    {
        public EmergencyOutsideUnitedStatesRule()
            : base(
                "TL3005",
                "E9-1-1 is enabled for users outside the United States",
                "The site '{0}' is in '{1}', but its Enterprise Voice user '{2}' has the E9-1-1 location policy '{3}' in effect: E9-1-1 is available only in the United States",
                RuleCategory.Emergency,
                DiagnosticSeverity.Warning,
                "Lync Server 2013 supports E9-1-1 only in the United States: a location policy that enables enhanced emergency services does not make emergency calls work elsewhere.")
        {
        }

        protected override void Analyze(Topology topology, RuleContext context)
        {
            if (!topology.IsEnhancedEmergencyServicesInUse)
            {
                return;
            }

            var countries = new Dictionary<Site, string>();
            foreach (Site site in topology.Sites)
            {
                // The schema asks for capitals; "us" is TL0002's and still the United States here.
                if (site.Address.Value?["country"] is ScalarNode { Type: ScalarType.String } country && !string.Equals(country.Value, "US", StringComparison.OrdinalIgnoreCase))
                {
                    countries.Add(site, country.Value);
                }
            }

            if (countries.Count == 0)
            {
                return;
            }

            // One pass over the users; the policy in effect is looked up only for voice users of a site outside the US.
            var reported = new HashSet<Site>();
            foreach (User user in topology.Users)
            {
                if (EnterpriseVoice.IsUser(user) && user.ResolvedSite is { } site && countries.TryGetValue(site, out string? country) && !reported.Contains(site)
                    && topology.LocationPolicyInEffect(user).Policy is { EnhancedEmergencyServices.Value: true } policy)
                {
                    reported.Add(site);
                    context.Report(site.Node.ReportNode, site, country, user, policy);
                }
            }
        }
    }
}
