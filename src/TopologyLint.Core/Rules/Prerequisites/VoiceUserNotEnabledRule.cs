using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Model;
using TopologyLint.Rules.Knowledge;

namespace TopologyLint.Rules.Prerequisites
{
    /// <summary>
    /// TL1033: an Enterprise Voice user is not enabled for Lync Server; reported at <c>enabled</c> when it is
    /// written, else at the user (v1's default for <c>enabled</c> is false).
    /// </summary>
    public sealed class VoiceUserNotEnabledRule : ModelRule
    {
        public VoiceUserNotEnabledRule()
            : base(
                "TL1033",
                "Enterprise Voice user is not enabled for Lync Server",
                "The user '{0}' is enabled for Enterprise Voice but not for Lync Server (enabled: true)",
                RuleCategory.Prerequisites,
                DiagnosticSeverity.Warning,
                "A user must be created and enabled for Lync Server before Enterprise Voice can work for them. A user with enterpriseVoice: true whose enabled is false (or absent, which means false) has no working voice.")
        {
        }

        protected override void Analyze(Topology topology, RuleContext context)
        {
            foreach (User user in topology.Users)
            {
                // Values read where they are written: a node is made only for a user reported (this visits every user).
                if (!EnterpriseVoice.IsUser(user) || user.EnabledValue == true)
                {
                    continue;
                }

                Field<bool> enabled = user.Enabled;
                if (enabled.IsAbsent)
                {
                    context.Report(user.Node.ReportNode, user);
                }
                else if (enabled.Value == false)
                {
                    context.Report(enabled.Node!, user);
                }
            }
        }
    }
}
