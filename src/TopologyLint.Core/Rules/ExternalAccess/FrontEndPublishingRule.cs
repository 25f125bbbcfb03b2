using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Model;

namespace TopologyLint.Rules.ExternalAccess
{
    /// <summary>
    /// TL5010: with a reverse proxy and no director pool, a front-end pool is published by no reverse proxy; reported at
    /// the pool.
    /// </summary>
    public sealed class FrontEndPublishingRule : ModelRule
    {
        public FrontEndPublishingRule()
            : base(
                "TL5010",
                "Front-end pool is not published by a reverse proxy",
                "The front-end pool '{0}' is named in no reverse proxy's publishes: its users' external web services (address book, meeting content, device updates) are unreachable from outside",
                RuleCategory.ExternalAccess,
                DiagnosticSeverity.Warning,
                "Lync Server 2013's external web services run on the Front End pools (and Directors) and are reached from outside through a reverse proxy: a pool the reverse proxy does not publish leaves its remote users without the address book, meeting content and device updates.")
        {
        }

        protected override void Analyze(Topology topology, RuleContext context)
        {
            if (topology.ReverseProxies.Count == 0 || WebServicesPublishing.HasDirector(topology))
            {
                return;
            }

            HashSet<Pool> published = WebServicesPublishing.PublishedPools(topology);
            foreach (Pool pool in topology.Pools)
            {
                if (pool.Role.Value == PoolRole.FrontEnd && !published.Contains(pool))
                {
                    context.Report(pool.Node.ReportNode, pool);
                }
            }
        }
    }
}
