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
        /// <c>name/edition</c> pair is ignored, and when no entry is usable (or the option is absent)
        /// the default list applies. The list in effect is named in every TL1016 message, so a
        /// mistyped entry shows there.
        /// </summary>
        public static MediationServerOperatingSystems FromOption(string? option)
        {
            if (string.IsNullOrWhiteSpace(option))
            {
                return Default;
            }

            var allowed = new List<(OperatingSystemName, OperatingSystemEdition)>();
            foreach (string entry in option!.Split(','))
            {
                string[] parts = entry.Trim().ToLowerInvariant().Split('/');
                if (parts.Length == 2
                    && DocumentNames<OperatingSystemName>.TryParse(parts[0].Trim(), out OperatingSystemName name)
                    && DocumentNames<OperatingSystemEdition>.TryParse(parts[1].Trim(), out OperatingSystemEdition edition)
                    && !allowed.Contains((name, edition)))
                {
                    allowed.Add((name, edition));
                }
            }

            return allowed.Count == 0 ? Default : new MediationServerOperatingSystems(allowed);
        }

        public bool Allows(OperatingSystemName name, OperatingSystemEdition edition) => _allowed.Contains((name, edition));
    }
}
