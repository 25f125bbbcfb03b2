using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Model;

namespace TopologyLint.Rules.VoiceRouting
{
    /// <summary>TL4102: a voice policy lists no PSTN usage (the key absent or its list empty); reported at the policy.</summary>
    public sealed class VoicePolicyWithoutUsageRule : ModelRule
    {
        public VoicePolicyWithoutUsageRule()
            : base(
                "TL4102",
                "Voice policy has no PSTN usage",
                "The voice policy '{0}' lists no PSTN usage: its users can call no PSTN number",
                RuleCategory.VoiceRouting,
                DiagnosticSeverity.Warning,
                "A voice policy grants calls through the routes that share one of its PSTN usages; each voice policy should have one or more.")
        {
        }

        protected override void Analyze(Topology topology, RuleContext context)
        {
            foreach (VoicePolicy policy in topology.VoicePolicies)
            {
                if (policy.PstnUsages.IsAbsent || (policy.PstnUsages.Node is { } node && node.Items.Count == 0))
                {
                    context.Report(policy.Node.ReportNode, policy);
                }
            }
        }
    }
}
