using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Model;

namespace TopologyLint.Rules.ExternalAccess
{
    /// <summary>
    /// TL5006: with a director pool and a reverse proxy, a director or front-end pool is published by no reverse proxy;
    /// reported at the pool.
    /// </summary>
    public sealed class DirectorPublishingRule : ModelRule
    {
        public DirectorPublishingRule()
            : base(
                "TL5006",
                "Director or front-end pool is not published by a reverse proxy",
                "The {0} pool '{1}' is named in no reverse proxy's publishes: with Directors, both the Director and the Front End pools' external web services must be published",
                RuleCategory.ExternalAccess,
                DiagnosticSeverity.Error,
                "When a topology has Directors, the reverse proxy must publish the external web services of the Director pools and of every Front End pool.")
        {
        }

        protected override void Analyze(Topology topology, RuleContext context)
        {
            if (topology.ReverseProxies.Count == 0 || !WebServicesPublishing.HasDirector(topology))
            {
                return;
            }

            HashSet<Pool> published = WebServicesPublishing.PublishedPools(topology);
            foreach (Pool pool in topology.Pools)
            {
                if (pool.Role.Value is PoolRole.Director or PoolRole.FrontEnd && !published.Contains(pool))
                {
                    context.Report(pool.Node.ReportNode, DocumentNames<PoolRole>.NameOf(pool.Role.Value.GetValueOrDefault()), pool);
                }
            }
        }
    }
}
