using System.Linq;
using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Model;
using TopologyLint.Rules.Knowledge;

namespace TopologyLint.Rules.Prerequisites
{
    /// <summary>
    /// TL1031: a Mediation Server's operating system is allowed (TL1016 is silent) but the Lync Server 2013 OS
    /// support page does not list it; reported at the <c>os</c> value.
    /// </summary>
    public sealed class UnlistedMediationOperatingSystemRule : ModelRule
    {
        public UnlistedMediationOperatingSystemRule()
            : base(
                "TL1031",
                "Mediation Server operating system is not on the OS support page",
                "The Mediation Server '{0}' runs {1}: the OS support page for Lync Server 2013 does not list it (it lists 64-bit Windows Server 2008 R2 SP1 Standard, Enterprise or Datacenter, and Windows Server 2012 or 2012 R2 Standard or Datacenter)",
                RuleCategory.Prerequisites,
                DiagnosticSeverity.Info,
                "The Enterprise Voice deployment guidelines allow a Mediation Server on 64-bit Windows Server 2008 Standard or Enterprise, but the later OS support page for Lync Server 2013 lists only Windows Server 2008 R2 SP1, 2012 and 2012 R2 for all server roles. An operating system that TL1016 allows and the support page does not list is reported as information.")
        {
        }

        protected override void Analyze(Topology topology, RuleContext context)
        {
            MediationServerOperatingSystems allowed = MediationServerOperatingSystems.FromOption(context.GetOption(MediationServerOperatingSystems.OptionKey));
            foreach (Server server in topology.Pools.Where(p => p.Role.Value == PoolRole.Mediation).SelectMany(p => p.Servers))
            {
                // Only what TL1016 lets pass: a complete, valid, 64-bit operating system on its allowed list.
                if (server.Os.Value is not { } os
                    || os.Architecture.Value == ProcessorArchitecture.X86
                    || os.ServicePack.IsInvalid
                    || os.Name.Value is not OperatingSystemName name
                    || os.Edition.Value is not OperatingSystemEdition edition
                    || !allowed.Allows(name, edition, os.ServicePack.Value)
                    || OperatingSystemSupport.IsInSupportMatrix(name, edition, ProcessorArchitecture.X64, os.ServicePack.Value))
                {
                    continue;
                }

                // Name the service pack when it is the reason (Windows Server 2008 R2 before SP1, allowed by the option).
                bool servicePackIsTheReason = OperatingSystemSupport.IsInSupportMatrix(name, edition, ProcessorArchitecture.X64, servicePack: null);
                string described = OperatingSystemSupport.NameOf(name, edition) + (servicePackIsTheReason ? " with service pack " + os.ServicePack.Value : string.Empty);
                context.Report(os.Node, server, described);
            }
        }
    }
}
