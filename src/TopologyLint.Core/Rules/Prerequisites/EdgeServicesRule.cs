using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Model;

namespace TopologyLint.Rules.Prerequisites
{
    /// <summary>TL1003: an edge pool lacks one of the access, av and web-conferencing services; reported at the pool.</summary>
    public sealed class EdgeServicesRule : ModelRule
    {
        public EdgeServicesRule()
            : base(
                "TL1003",
                "Edge pool lacks an edge service",
                "The edge pool '{0}' does not run {1}",
                RuleCategory.Prerequisites,
                DiagnosticSeverity.Error,
                "An Edge pool runs the Access Edge, A/V Edge and Web Conferencing Edge services; without one of them external users lose sign-in, media or meetings.")
        {
        }

        private static readonly EdgeService[] RequiredServices = { EdgeService.Access, EdgeService.AudioVideo, EdgeService.WebConferencing };

        protected override void Analyze(Topology topology, RuleContext context)
        {
            foreach (Pool pool in topology.Pools)
            {
                // An edgeServices value that is not a list is the schema's to report.
                if (pool.Role.Value != PoolRole.Edge || pool.EdgeServices.IsInvalid)
                {
                    continue;
                }

                var present = new HashSet<EdgeService>(pool.EdgeServices.Select(s => s.Value).OfType<EdgeService>());
                string[] missing = RequiredServices.Where(s => !present.Contains(s)).Select(DocumentNames<EdgeService>.NameOf).ToArray();
                if (missing.Length > 0)
                {
                    context.Report(pool.Node.ReportNode, pool, string.Join(", ", missing));
                }
            }
        }
    }
}
