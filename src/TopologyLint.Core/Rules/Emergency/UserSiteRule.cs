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
        public static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
            "TL3004",
            "Enterprise Voice user names no site",
            "The Enterprise Voice user '{0}' names no site, so no emergency location can be given for them",
            RuleCategory.Emergency,
            DiagnosticSeverity.Warning,
            "An emergency call must carry the caller's location; the user's site gives Lync Server 2013 that location.");

        public override DiagnosticDescriptor Descriptor => Rule;

        public override void Analyze(RuleContext context)
        {
            if (context.Topology == null)
            {
                return;
            }

            foreach (User user in context.Topology.Users)
            {
                // A site of another type than string is present all the same (the schema reports its type).
                if (EnterpriseVoice.IsUser(user) && !user.Node.TryGetEntry("site", out _))
                {
                    context.Report(user.Node.ReportNode, user);
                }
            }
        }
    }
}
