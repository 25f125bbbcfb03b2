using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Model;
using TopologyLint.Rules.Knowledge;

namespace TopologyLint.Rules.Emergency
{
    /// <summary>
    /// TL3004: an Enterprise Voice user names no <c>site</c>; reported at the user. A <c>site</c> that
    /// TL0003 reports is written, so it is not counted as missing.
    /// </summary>
    public sealed class UserSiteRule : ModelRule
    {
        public UserSiteRule()
            : base(
                "TL3004",
                "Enterprise Voice user names no site",
                "The Enterprise Voice user '{0}' names no site, so no emergency location can be given for them",
                RuleCategory.Emergency,
                DiagnosticSeverity.Warning,
                "An emergency call must carry the caller's location; the user's site gives Lync Server 2013 that location.")
        {
        }

        protected override void Analyze(Topology topology, RuleContext context)
        {
            foreach (User user in topology.Users)
            {
                // A site of another type than string is present all the same (the schema reports its type).
                // A resolved site is written: only the others' mappings are read again (this visits every user).
                if (EnterpriseVoice.IsUser(user) && user.ResolvedSite is null && user.Site.IsAbsent)
                {
                    context.Report(user.Node.ReportNode, user);
                }
            }
        }
    }
}
