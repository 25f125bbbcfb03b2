using TopologyLint.Model;

namespace TopologyLint.Rules.Knowledge
{
    /// <summary>
    /// The two Microsoft lists of server operating systems for Lync Server 2013 (see docs/rules/TL1016.md). The OS
    /// support page (the support matrix) lists, for all server roles, the 64-bit editions of
    /// Windows Server 2008 R2 SP1 Standard, Enterprise or Datacenter, and Windows Server 2012 or 2012 R2 Standard or
    /// Datacenter. The Enterprise Voice deployment guidelines, older, ask a Mediation Server for the 64-bit edition
    /// of Windows Server 2008 Standard or Enterprise.
    /// </summary>
    public static class OperatingSystemSupport
    {
        /// <summary>
        /// True when the operating system is in the support matrix. An absent architecture counts as x64 and an
        /// absent service pack as meeting the requirement; the caller decides what an invalid value means.
        /// </summary>
        public static bool IsInSupportMatrix(OperatingSystemName name, OperatingSystemEdition edition, ProcessorArchitecture? architecture, long? servicePack)
            => architecture != ProcessorArchitecture.X86 && name switch
            {
                OperatingSystemName.WindowsServer2008R2 => edition is OperatingSystemEdition.Standard or OperatingSystemEdition.Enterprise or OperatingSystemEdition.Datacenter
                    && (servicePack == null || servicePack >= 1),
                OperatingSystemName.WindowsServer2012 or OperatingSystemName.WindowsServer2012R2 => edition is OperatingSystemEdition.Standard or OperatingSystemEdition.Datacenter,
                _ => false,
            };

        /// <summary>The pair as the document and the option write it, e.g. <c>windows-server-2008/standard</c>.</summary>
        public static string NameOf(OperatingSystemName name, OperatingSystemEdition edition)
            => DocumentNames<OperatingSystemName>.NameOf(name) + "/" + DocumentNames<OperatingSystemEdition>.NameOf(edition);

        /// <summary>True when the operating system is in the deployment guidelines' list for Mediation Servers.</summary>
        public static bool IsInMediationGuidelines(OperatingSystemName name, OperatingSystemEdition edition, ProcessorArchitecture? architecture)
            => architecture != ProcessorArchitecture.X86
            && name == OperatingSystemName.WindowsServer2008
            && edition is OperatingSystemEdition.Standard or OperatingSystemEdition.Enterprise;
    }
}
