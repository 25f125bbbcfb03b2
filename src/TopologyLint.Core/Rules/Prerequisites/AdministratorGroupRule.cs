using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Model;
using TopologyLint.Rules.Knowledge;

namespace TopologyLint.Rules.Prerequisites
{
    /// <summary>
    /// TL1011: an administrator is not in RTCUniversalServerAdmins (reported at the administrator), or no
    /// administrator is listed while Enterprise Voice users exist (reported at the root).
    /// </summary>
    public sealed class AdministratorGroupRule : ModelRule
    {
        public const string RequiredGroup = "RTCUniversalServerAdmins";

        public AdministratorGroupRule()
            : base(
                "TL1011",
                "Administrator is not in RTCUniversalServerAdmins",
                "{0}",
                RuleCategory.Prerequisites,
                DiagnosticSeverity.Error,
                "Deploying and configuring Enterprise Voice in Lync Server 2013 requires membership in the RTCUniversalServerAdmins group.")
        {
        }

        protected override void Analyze(Topology topology, RuleContext context)
        {
            ActiveDirectory? activeDirectory = topology.ActiveDirectory.Value;

            // An administrators value that is not a list is the schema's to report.
            if (activeDirectory?.Administrators.IsInvalid == true)
            {
                return;
            }

            if ((activeDirectory == null || activeDirectory.Administrators.Count == 0) && EnterpriseVoice.HasUsers(topology))
            {
                context.Report(topology.ReportNode, $"The topology '{ItemNames.Of(topology)}' has Enterprise Voice users but lists no administrator under activeDirectory.administrators");
                return;
            }

            foreach (Administrator administrator in activeDirectory?.Administrators ?? (IReadOnlyList<Administrator>)Array.Empty<Administrator>())
            {
                // Groups written as something other than a list are the schema's to report.
                if (!administrator.Groups.IsInvalid && !administrator.Groups.Any(g => string.Equals(g.Value, RequiredGroup, StringComparison.OrdinalIgnoreCase)))
                {
                    context.Report(administrator.Node.ReportNode, $"The administrator '{ItemNames.Of(administrator)}' is not in {RequiredGroup}");
                }
            }
        }
    }
}
