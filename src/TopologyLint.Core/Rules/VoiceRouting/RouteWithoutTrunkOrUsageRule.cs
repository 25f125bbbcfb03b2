using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Model;

namespace TopologyLint.Rules.VoiceRouting
{
    /// <summary>
    /// TL4101: a route lists no trunk or no PSTN usage (the key absent or its list empty; names that TL0003 reports still
    /// count as listed); reported at the route.
    /// </summary>
    public sealed class RouteWithoutTrunkOrUsageRule : ModelRule
    {
        public RouteWithoutTrunkOrUsageRule()
            : base(
                "TL4101",
                "Route has no trunk or no PSTN usage",
                "The route '{0}' lists no {1}: it can carry no call",
                RuleCategory.VoiceRouting,
                DiagnosticSeverity.Error,
                "A voice route needs one or more trunks to send calls to, and one or more PSTN usages that tie it to the voice policies whose users may use it.")
        {
        }

        protected override void Analyze(Topology topology, RuleContext context)
        {
            foreach (Route route in topology.Routes)
            {
                bool noTrunk = ListsNothing(route.Trunks);
                bool noUsage = ListsNothing(route.PstnUsages);
                if (noTrunk || noUsage)
                {
                    string missing = noTrunk && noUsage ? "trunk and no PSTN usage" : noTrunk ? "trunk" : "PSTN usage";
                    context.Report(route.Node.ReportNode, route, missing);
                }
            }
        }

        /// <summary>The key is not written, or written as an empty list (a list of another type is TL0002's).</summary>
        private static bool ListsNothing<T>(ItemList<T> list) => list.IsAbsent || (list.Node is { } node && node.Items.Count == 0);
    }
}
