using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Model;

namespace TopologyLint.Rules.ExternalAccess
{
    /// <summary>
    /// TL5009: a reverse proxy publishes an edge, mediation, SBA or SBS pool, which runs no external web services;
    /// reported at the <c>publishes</c> item.
    /// </summary>
    public sealed class PublishedRoleRule : ModelRule
    {
        public PublishedRoleRule()
            : base(
                "TL5009",
                "Reverse proxy publishes a pool without external web services",
                "The reverse proxy '{0}' publishes the {1} pool '{2}', which runs no external web services: publish Front End and Director pools only",
                RuleCategory.ExternalAccess,
                DiagnosticSeverity.Error,
                "A reverse proxy publishes Lync Server 2013's external web services, which run on Front End Servers and Directors only; Edge, Mediation and survivable branch pools have none to publish.")
        {
        }

        protected override void Analyze(Topology topology, RuleContext context)
        {
            foreach (ReverseProxy proxy in topology.ReverseProxies)
            {
                foreach (Reference<Pool> item in proxy.Publishes)
                {
                    if (item.Target is { Role.Value: PoolRole.Edge or PoolRole.Mediation or PoolRole.SurvivableBranchAppliance or PoolRole.SurvivableBranchServer } pool
                        && item.Node is { } node)
                    {
                        context.Report(node, proxy.Fqdn?.Value ?? "(reverse proxy without fqdn)", DocumentNames<PoolRole>.NameOf(pool.Role.Value.GetValueOrDefault()), pool);
                    }
                }
            }
        }
    }
}
