using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Model;

namespace TopologyLint.Rules.Emergency
{
    /// <summary>
    /// TL3007: an E9-1-1 location policy whose emergency call (<c>+</c> and its dial string, through its usage alone) no
    /// carrying route matches, found by the call path's steps 7 and 8; reported at its <c>pstnUsage</c> value. Runs when
    /// <c>voice.routes</c> is written. A route pattern that times out counts as no match, and the message names it.
    /// </summary>
    public sealed class EmergencyRouteRule : ModelRule
    {
        public EmergencyRouteRule()
            : base(
                "TL3007",
                "Emergency calls cannot be routed",
                "The location policy '{0}' sends emergency calls to '{1}' through the PSTN usage '{2}', but no route with a trunk lists that usage and matches '{1}': emergency calls cannot be routed{3}",
                RuleCategory.Emergency,
                DiagnosticSeverity.Error,
                "A location policy's PSTN usage holds the routes that carry its emergency calls; a route must list the usage, match the emergency number and have a trunk.")
        {
        }

        protected override void Analyze(Topology topology, RuleContext context)
        {
            if (topology.Voice.Value is not { } voice || voice.Routes.IsAbsent)
            {
                return;
            }

            foreach (LocationPolicy policy in topology.LocationPolicies)
            {
                if (!policy.EnhancedEmergencyServices.IsTrue
                    || policy.PstnUsage.Target is not { } usage
                    || policy.EmergencyDialString.Text is not { Length: > 0 } dialString)
                {
                    continue;
                }

                string number = "+" + dialString;
                var timeouts = new List<PatternTimeout>();
                RouteSelection selection = CallPath.SelectRoutes(topology, new[] { (usage, policy.PstnUsage.Node) }, number, timeouts);
                if (selection.Chosen == null)
                {
                    string timedOut = timeouts.Count == 0 ? string.Empty
                        : $" (the pattern '{timeouts[0].Pattern.Value}' at line {timeouts[0].Pattern.LineSpan.Start.Line + 1} took longer than 1 s on '{number}' and counts as no match)";
                    context.Report(policy.PstnUsage.Node!, policy, number, usage, timedOut);
                }
            }
        }
    }
}
