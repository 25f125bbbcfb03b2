using System.Linq;
using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Model;
using TopologyLint.Rules.Knowledge;

namespace TopologyLint.Rules.Prerequisites
{
    /// <summary>
    /// TL1015: a Mediation Server (a server of a <c>mediation</c> pool) is not a domain member, or Active
    /// Directory is not prepared while a mediation pool exists.
    /// </summary>
    public sealed class MediationDomainRule : ModelRule
    {
        public MediationDomainRule()
            : base(
                "TL1015",
                "Mediation Server is not in a prepared domain",
                "{0}",
                RuleCategory.Prerequisites,
                DiagnosticSeverity.Error,
                "A Mediation Server must be joined to an Active Directory domain whose schema, forest and domain have been prepared for Lync Server 2013.")
        {
        }

        protected override void Analyze(Topology topology, RuleContext context)
        {
            Pool[] mediationPools = topology.Pools.Where(p => p.Role.Value == PoolRole.Mediation).ToArray();
            if (mediationPools.Length > 0)
            {
                ReportUnpreparedDirectory(context, topology, mediationPools[0]);
            }

            foreach (Server server in mediationPools.SelectMany(p => p.Servers))
            {
                // An absent domainMember counts as "not a member": the document must show the prerequisite is met.
                if (server.DomainMember.IsAbsent)
                {
                    context.Report(server.Node.ReportNode, $"The Mediation Server '{server}' of pool '{server.Pool}' does not say it is a domain member (domainMember: true)");
                }
                else if (server.DomainMember.Value == false)
                {
                    context.Report(server.DomainMember.Node!, $"The Mediation Server '{server}' of pool '{server.Pool}' is not a domain member");
                }
            }
        }

        /// <summary>
        /// Reported at <c>prepared</c>'s value when it is written, else at the <c>activeDirectory</c>
        /// mapping, else (no <c>activeDirectory</c> section) at the root.
        /// </summary>
        private static void ReportUnpreparedDirectory(RuleContext context, Topology topology, Pool firstMediationPool)
        {
            string message = $"Active Directory is not prepared for Lync Server (activeDirectory.prepared is not true), but the mediation pool '{firstMediationPool}' needs it";
            ActiveDirectory? activeDirectory = topology.ActiveDirectory.Value;
            if (activeDirectory == null)
            {
                // An activeDirectory value that is not a mapping is the schema's to report.
                if (topology.ActiveDirectory.IsAbsent)
                {
                    context.Report(topology.ReportNode, message);
                }
            }
            else if (activeDirectory.Prepared.IsAbsent)
            {
                context.Report(activeDirectory.Node.ReportNode, message);
            }
            else if (activeDirectory.Prepared.Value == false)
            {
                context.Report(activeDirectory.Prepared.Node!, message);
            }
        }
    }
}
