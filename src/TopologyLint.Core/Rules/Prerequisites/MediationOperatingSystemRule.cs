using System.Linq;
using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Model;
using TopologyLint.Rules.Knowledge;

namespace TopologyLint.Rules.Prerequisites
{
    /// <summary>
    /// TL1016: a Mediation Server's operating system is not an allowed one (the list comes from the
    /// <c>topolint_mediation_server_os</c> option); reported at the <c>os</c> value, or at the server when it has none.
    /// </summary>
    public sealed class MediationOperatingSystemRule : ModelRule
    {
        public MediationOperatingSystemRule()
            : base(
                "TL1016",
                "Mediation Server operating system is not allowed",
                "The Mediation Server '{0}' {1}, which is not an allowed operating system (allowed: {2}, 64-bit)",
                RuleCategory.Prerequisites,
                DiagnosticSeverity.Error,
                "The Lync Server 2013 deployment guidelines require the 64-bit edition of Windows Server 2008 Standard or Enterprise on a Mediation Server; the .editorconfig option topolint_mediation_server_os sets the allowed list. A 32-bit system is never allowed.")
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

            // A name or edition outside the schema's enum is the schema's to report; an absent one leaves the
            // pair unknown, which is not an allowed pair. An absent architecture is taken to be x64: Lync
            // Server 2013 installs only on 64-bit systems.
            if (os.Name.IsInvalid || os.Edition.IsInvalid)
            {
                return null;
            }

            if (os.Name.Value is OperatingSystemName name && os.Edition.Value is OperatingSystemEdition edition)
            {
                return allowed.Allows(name, edition) ? null : "runs " + DocumentNames<OperatingSystemName>.NameOf(name) + "/" + DocumentNames<OperatingSystemEdition>.NameOf(edition);
            }

            return "runs an operating system without " + (os.Name.Value == null ? "a name" : "an edition");
        }
    }
}
