using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Model;
using TopologyLint.Rules.Knowledge;

namespace TopologyLint.Rules.Prerequisites
{
    /// <summary>TL1008: an Enterprise Voice user has no <c>lineUri</c>; reported at the user.</summary>
    public sealed class LineUriRequiredRule : ModelRule
    {
        public LineUriRequiredRule()
            : base(
                "TL1008",
                "Enterprise Voice user has no line URI",
                "The Enterprise Voice user '{0}' has no lineUri",
                RuleCategory.Prerequisites,
                DiagnosticSeverity.Error,
                "An Enterprise Voice user needs a primary phone number (the lineUri, copied to msRTCSIP-line) to receive calls and to be found by reverse number lookup.")
        {
        }

        protected override void Analyze(Topology topology, RuleContext context)
        {
            foreach (User user in topology.Users)
            {
                // A lineUri that is not a string is present all the same: the schema reports its type.
                if (EnterpriseVoice.IsUser(user) && user.LineUri.IsAbsent)
                {
                    context.Report(user.Node.ReportNode, user);
                }
            }
        }
    }
}
