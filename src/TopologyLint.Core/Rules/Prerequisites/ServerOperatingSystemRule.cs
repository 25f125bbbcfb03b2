using System.Linq;
using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Model;
using TopologyLint.Rules.Knowledge;

namespace TopologyLint.Rules.Prerequisites
{
    /// <summary>
    /// TL1020: a server of a front-end, director, edge or survivable-branch-server pool runs an operating system
    /// outside the OS support matrix; reported at the <c>os</c> value. Mediation Servers are TL1016's, SBA servers
    /// run the vendor's system, and an absent <c>os</c> says nothing.
    /// </summary>
    public sealed class ServerOperatingSystemRule : ModelRule
    {
        public ServerOperatingSystemRule()
            : base(
                "TL1020",
                "Server operating system is not supported",
                "The server '{0}' of {1} pool '{2}' runs {3}: Lync Server 2013 supports only 64-bit Windows Server 2008 R2 SP1 Standard, Enterprise or Datacenter, and Windows Server 2012 or 2012 R2 Standard or Datacenter",
                RuleCategory.Prerequisites,
                DiagnosticSeverity.Error,
                "The Lync Server 2013 OS support page lists, for all server roles, the 64-bit editions of Windows Server 2008 R2 SP1, Windows Server 2012 and Windows Server 2012 R2. A Front End Server, Director, Edge Server or Survivable Branch Server on another operating system is not supported.")
        {
        }

        protected override void Analyze(Topology topology, RuleContext context)
        {
            foreach (Pool pool in topology.Pools.Where(p => p.Role.Value is PoolRole.FrontEnd or PoolRole.Director or PoolRole.Edge or PoolRole.SurvivableBranchServer))
            {
                foreach (Server server in pool.Servers)
                {
                    // An incomplete or mistyped os is the schema's (TL0002) to report.
                    if (server.Os.Value is not { } os
                        || os.Name.Value is not OperatingSystemName name
                        || os.Edition.Value is not OperatingSystemEdition edition
                        || os.Architecture.IsInvalid
                        || os.ServicePack.IsInvalid
                        || OperatingSystemSupport.IsInSupportMatrix(name, edition, os.Architecture.Value, os.ServicePack.Value))
                    {
                        continue;
                    }

                    context.Report(os.Node, server, pool.Role.Node!.Value, pool, Describe(name, edition, os));
                }
            }
        }

        /// <summary>The operating system as written, naming the architecture or service pack when that is the reason.</summary>
        private static string Describe(OperatingSystemName name, OperatingSystemEdition edition, OperatingSystemInfo os)
        {
            string described = OperatingSystemSupport.NameOf(name, edition);
            if (os.Architecture.Value == ProcessorArchitecture.X86)
            {
                return described + " (32-bit)";
            }

            return OperatingSystemSupport.IsInSupportMatrix(name, edition, ProcessorArchitecture.X64, servicePack: null)
                ? described + " with service pack " + os.ServicePack.Value
                : described;
        }
    }
}
