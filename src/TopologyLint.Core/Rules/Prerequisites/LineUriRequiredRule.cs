using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Model;
using TopologyLint.Rules.Knowledge;

namespace TopologyLint.Rules.Prerequisites
{
    /// <summary>TL1008: an Enterprise Voice user has no <c>lineUri</c>; reported at the user.</summary>
    public sealed class LineUriRequiredRule : ModelRule
    {
        public static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
            "TL1008",
            "Enterprise Voice user has no line URI",
            "The Enterprise Voice user '{0}' has no lineUri",
            RuleCategory.Prerequisites,
            DiagnosticSeverity.Error,
            "An Enterprise Voice user needs a primary phone number (the lineUri, copied to msRTCSIP-line) to receive calls and to be found by reverse number lookup.");

        public override DiagnosticDescriptor Descriptor => Rule;

        public override void Analyze(RuleContext context)
        {
            if (context.Topology == null)
            {
                return;
            }

            foreach (User user in context.Topology.Users)
            {
                // A lineUri that is not a string is present all the same: the schema reports its type.
                if (EnterpriseVoice.IsUser(user) && !user.Node.TryGetEntry("lineUri", out _))
                {
                    context.Report(user.Node.ReportNode, user);
                }
            }
        }
    }
}
