using System;
using System.Collections.Generic;
using System.Linq;
using TopologyLint.Model;

namespace TopologyLint.Rules.Knowledge
{
    /// <summary>
    /// The operating systems allowed on a Mediation Server (TL1016): the 64-bit edition of Windows Server 2008
    /// Standard or Enterprise by default, as the Lync Server 2013 deployment guidelines state; an
    /// <c>.editorconfig</c> option replaces the list. A 32-bit system is never allowed.
    /// </summary>
    public sealed class MediationServerOperatingSystems
    {
        /// <summary>The <c>.editorconfig</c> key: comma-separated <c>name/edition</c> pairs.</summary>
        public const string OptionKey = "topolint_mediation_server_os";

        private static readonly (OperatingSystemName Name, OperatingSystemEdition Edition)[] DefaultList =
        {
            (OperatingSystemName.WindowsServer2008, OperatingSystemEdition.Standard),
            (OperatingSystemName.WindowsServer2008, OperatingSystemEdition.Enterprise),
        };

        private readonly HashSet<(OperatingSystemName Name, OperatingSystemEdition Edition)> _allowed;

        private MediationServerOperatingSystems(IReadOnlyList<(OperatingSystemName Name, OperatingSystemEdition Edition)> allowed)
        {
            _allowed = new HashSet<(OperatingSystemName, OperatingSystemEdition)>(allowed);
            Description = string.Join(", ", allowed.Select(os => DocumentNames<OperatingSystemName>.NameOf(os.Name) + "/" + DocumentNames<OperatingSystemEdition>.NameOf(os.Edition)));
        }

        public static MediationServerOperatingSystems Default { get; } = new MediationServerOperatingSystems(DefaultList);

        /// <summary>The allowed list as written in the option, e.g. "windows-server-2008/standard, windows-server-2008/enterprise".</summary>
        public string Description { get; }

        /// <summary>
        /// Reads the option. Names compare case-insensitively; an entry that is not a known
        /// <c>name/edition</c> pair is ignored (TL0009 reports it at its <c>.editorconfig</c> line), and when
        /// no entry is usable (or the option is absent) the default list applies. The list in effect is
        /// named in every TL1016 message.
        /// </summary>
        public static MediationServerOperatingSystems FromOption(string? option)
        {
            var allowed = new List<(OperatingSystemName, OperatingSystemEdition)>();
            foreach (string entry in Entries(option))
            {
                if (TryParse(entry, out var os) && !allowed.Contains(os))
                {
                    allowed.Add(os);
                }
            }

            return allowed.Count == 0 ? Default : new MediationServerOperatingSystems(allowed);
        }

        /// <summary>The entries of the option that are not a known <c>name/edition</c> pair (TL0009 reports them).</summary>
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

        public bool Allows(OperatingSystemName name, OperatingSystemEdition edition) => _allowed.Contains((name, edition));
    }
}
