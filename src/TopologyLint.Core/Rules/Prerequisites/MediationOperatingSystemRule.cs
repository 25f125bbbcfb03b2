using System.Linq;
using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Model;
using TopologyLint.Rules.Knowledge;

namespace TopologyLint.Rules.Prerequisites
{
    /// <summary>
    /// TL1016: a Mediation Server's operating system is not an allowed one (by default what the OS support matrix
    /// or the deployment guidelines allow; the <c>topolint_mediation_server_os</c> option replaces the list);
    /// reported at the <c>os</c> value, or at the server when it has none.
    /// </summary>
    public sealed class MediationOperatingSystemRule : ModelRule
    {
        public MediationOperatingSystemRule()
            : base(
                "TL1016",
                "Mediation Server operating system is not allowed",
                "The Mediation Server '{0}' {1}, which is not an allowed operating system (allowed, 64-bit only: {2})",
                RuleCategory.Prerequisites,
                DiagnosticSeverity.Error,
                "By default a Mediation Server may run what either Microsoft list allows: the Lync Server 2013 OS support page (64-bit Windows Server 2008 R2 SP1, 2012 or 2012 R2, Standard or Datacenter, and 2008 R2 Enterprise) or the Enterprise Voice deployment guidelines (64-bit Windows Server 2008 Standard or Enterprise). The .editorconfig option topolint_mediation_server_os replaces the list. A 32-bit system is never allowed.")
        {
        }

        protected override void Analyze(Topology topology, RuleContext context)
        {
            MediationServerOperatingSystems allowed = MediationServerOperatingSystems.FromOption(context.GetOption(MediationServerOperatingSystems.OptionKey));
            foreach (Server server in topology.Pools.Where(p => p.Role.Value == PoolRole.Mediation).SelectMany(p => p.Servers))
            {
                OperatingSystemInfo? os = server.Os.Value;
                if (os == null)
                {
                    // No os is an unverified prerequisite; an os that is not a mapping is the schema's to report.
                    if (server.Os.IsAbsent)
                    {
                        context.Report(server.Node.ReportNode, server, "declares no operating system", allowed.Description);
                    }

                    continue;
                }

                if (Describe(os, allowed) is { } problem)
                {
                    context.Report(os.Node, server, problem, allowed.Description);
                }
            }
        }

        /// <summary>What is wrong with the operating system, or null when it is allowed or cannot be judged.</summary>
        private static string? Describe(OperatingSystemInfo os, MediationServerOperatingSystems allowed)
        {
            if (os.Architecture.Value == ProcessorArchitecture.X86)
            {
                return "runs a 32-bit (x86) operating system";
            }

            // A name, edition or service pack the schema reports is left to it; an absent name or edition leaves
            // the pair unknown, which is not an allowed pair. An absent architecture is taken to be x64 (Lync
            // Server 2013 installs only on 64-bit systems), an absent service pack as meeting the requirement.
            if (os.Name.IsInvalid || os.Edition.IsInvalid || os.ServicePack.IsInvalid)
            {
                return null;
            }

            if (os.Name.Value is OperatingSystemName name && os.Edition.Value is OperatingSystemEdition edition)
            {
                if (allowed.Allows(name, edition, os.ServicePack.Value))
                {
                    return null;
                }

                string pair = OperatingSystemSupport.NameOf(name, edition);
                return allowed.Allows(name, edition, servicePack: null)
                    ? "runs " + pair + " with service pack " + os.ServicePack.Value
                    : "runs " + pair;
            }

            return "runs an operating system without " + (os.Name.Value == null ? "a name" : "an edition");
        }
    }
}
