using System.Linq;
using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Model;

namespace TopologyLint.Rules.Prerequisites
{
    /// <summary>
    /// TL1035: a server of a front-end, director or survivable-branch-server pool says <c>domainMember: false</c>;
    /// reported at the value. Mediation Servers are TL1015's; Edge Servers need not be members.
    /// </summary>
    public sealed class ServerDomainMemberRule : ModelRule
    {
        public ServerDomainMemberRule()
            : base(
                "TL1035",
                "Server is not joined to the domain",
                "The server '{0}' of {1} pool '{2}' is not a domain member: every server of the topology except Edge Servers must be joined to the domain",
                RuleCategory.Prerequisites,
                DiagnosticSeverity.Error,
                "Publishing a Lync Server 2013 topology requires every computer it defines, except Edge Servers, to be joined to the domain and present in Active Directory Domain Services.")
        {
        }

        protected override void Analyze(Topology topology, RuleContext context)
        {
            foreach (Pool pool in topology.Pools.Where(p => p.Role.Value is PoolRole.FrontEnd or PoolRole.Director or PoolRole.SurvivableBranchServer))
            {
                foreach (Server server in pool.Servers.Where(s => s.DomainMember.Value == false))
                {
                    context.Report(server.DomainMember.Node!, server, pool.Role.Node!.Value, pool);
                }
            }
        }
    }
}
