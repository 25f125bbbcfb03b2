using System.Collections.Generic;
using System.Linq;
using TopologyLint.Model;

namespace TopologyLint.Rules.Knowledge
{
    /// <summary>
    /// The operating systems allowed on a Mediation Server (TL1016). By default, what either Microsoft list allows
    /// (<see cref="OperatingSystemSupport"/>): the support matrix, or the deployment guidelines' Windows Server 2008
    /// Standard or Enterprise. An <c>.editorconfig</c> option replaces the list with <c>name/edition</c> pairs. A
    /// 32-bit system is never allowed (the rule checks that before asking this list).
    /// </summary>
    public sealed class MediationServerOperatingSystems
    {
        /// <summary>The <c>.editorconfig</c> key: comma-separated <c>name/edition</c> pairs.</summary>
        public const string OptionKey = "topolint_mediation_server_os";

        private const string DefaultDescription =
            "windows-server-2008 standard or enterprise; "
            + "windows-server-2008-r2 standard, enterprise or datacenter with service pack 1 or later; "
            + "windows-server-2012 or windows-server-2012-r2 standard or datacenter";

        /// <summary>The option's pairs, or null for the default list.</summary>
        private readonly HashSet<(OperatingSystemName Name, OperatingSystemEdition Edition)>? _optionList;

        private MediationServerOperatingSystems(HashSet<(OperatingSystemName, OperatingSystemEdition)>? optionList, string description)
        {
            _optionList = optionList;
            Description = description;
        }

        public static MediationServerOperatingSystems Default { get; } = new MediationServerOperatingSystems(null, DefaultDescription);

        /// <summary>
        /// The allowed list as a message shows it: the option's pairs as written in it (e.g.
        /// "windows-server-2008/standard, windows-server-2012-r2/datacenter"), or the default list in words.
        /// </summary>
        public string Description { get; }

        /// <summary>
        /// Reads the option. Names compare case-insensitively; an entry that is not a known
        /// <c>name/edition</c> pair is ignored (TL0010 reports it at its <c>.editorconfig</c> line), and when
        /// no entry is usable (or the option is absent) the default list applies. The list in effect is
        /// named in every TL1016 message.
        /// </summary>
        public static MediationServerOperatingSystems FromOption(string? option)
        {
            var allowed = new List<(OperatingSystemName Name, OperatingSystemEdition Edition)>();
            foreach (string entry in Entries(option))
            {
                if (TryParse(entry, out var os) && !allowed.Contains(os))
                {
                    allowed.Add(os);
                }
            }

            return allowed.Count == 0
                ? Default
                : new MediationServerOperatingSystems(
                    new HashSet<(OperatingSystemName, OperatingSystemEdition)>(allowed),
                    string.Join(", ", allowed.Select(os => OperatingSystemSupport.NameOf(os.Name, os.Edition))));
        }

        /// <summary>The entries of the option that are not a known <c>name/edition</c> pair (TL0010 reports them).</summary>
        public static IReadOnlyList<string> UnusableEntries(string? option)
            => Entries(option).Where(entry => !TryParse(entry, out _)).ToList();

        private static IEnumerable<string> Entries(string? option)
            => string.IsNullOrWhiteSpace(option) ? Enumerable.Empty<string>() : option!.Split(',').Select(e => e.Trim());

        private static bool TryParse(string entry, out (OperatingSystemName Name, OperatingSystemEdition Edition) os)
        {
            string[] parts = entry.ToLowerInvariant().Split('/');
            if (parts.Length == 2
                && DocumentNames<OperatingSystemName>.TryParse(parts[0].Trim(), out OperatingSystemName name)
                && DocumentNames<OperatingSystemEdition>.TryParse(parts[1].Trim(), out OperatingSystemEdition edition))
            {
                os = (name, edition);
                return true;
            }

            os = default;
            return false;
        }

        /// <summary>
        /// True when a 64-bit system of this name, edition and service pack (null: absent, any requirement met) is
        /// allowed. The option's pairs carry no service pack: an entry allows every service pack of its pair.
        /// </summary>
        public bool Allows(OperatingSystemName name, OperatingSystemEdition edition, long? servicePack)
            => _optionList?.Contains((name, edition))
               ?? (OperatingSystemSupport.IsInSupportMatrix(name, edition, ProcessorArchitecture.X64, servicePack)
                   || OperatingSystemSupport.IsInMediationGuidelines(name, edition, ProcessorArchitecture.X64));
    }
}
