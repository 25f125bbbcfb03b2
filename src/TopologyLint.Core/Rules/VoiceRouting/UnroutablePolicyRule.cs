using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Model;
using TopologyLint.Rules.Knowledge;

namespace TopologyLint.Rules.VoiceRouting
{
    /// <summary>
    /// TL4103: (a) a voice policy in effect for an Enterprise Voice user whose usages (at least one, all resolved) no
    /// carrying route lists, reported at its <c>pstnUsages</c> value; (b) an Enterprise Voice user with no voice policy in
    /// effect, reported at the user. Runs when <c>voice</c> is written. Users are visited once; each policy is decided once.
    /// </summary>
    public sealed class UnroutablePolicyRule : ModelRule
    {
        public UnroutablePolicyRule()
            : base(
                "TL4103",
                "Voice users can call no PSTN number",
                "{0} can call no PSTN number: {1}",
                RuleCategory.VoiceRouting,
                DiagnosticSeverity.Warning,
                "A PSTN usage does nothing by itself: a call reaches a trunk only through a route that lists one of the caller's usages and has a trunk.")
        {
        }

        protected override void Analyze(Topology topology, RuleContext context)
        {
            if (topology.Voice.IsAbsent)
            {
                return;
            }

            var inEffect = new HashSet<VoicePolicy>();
            foreach (User user in topology.Users)
            {
                if (!EnterpriseVoice.IsUser(user))
                {
                    continue;
                }

                PolicyInEffect<VoicePolicy> policy = topology.VoicePolicyInEffect(user);
                if (policy.Policy != null)
                {
                    inEffect.Add(policy.Policy);
                }
                else if (policy.Source == PolicySource.None)
                {
                    context.Report(user.Node.ReportNode, $"The Enterprise Voice user '{user}'", "no voice policy is in effect for them (none named, none for their home site, no global one)");
                }
            }

            ISet<PstnUsage> carried = CallPath.CarriedUsages(topology);
            foreach (VoicePolicy policy in topology.VoicePolicies)
            {
                ItemList<Reference<PstnUsage>> usages = policy.PstnUsages;
                if (inEffect.Contains(policy)
                    && usages.Count > 0
                    && usages.All(u => u.Target != null)
                    && !usages.Any(u => carried.Contains(u.Target!))
                    && usages.Node is { } listed)
                {
                    context.Report(listed, $"The users of the voice policy '{policy}'", $"no route with a trunk lists any of its PSTN usages ({string.Join(", ", usages.Select(u => u.Name))})");
                }
            }
        }
    }
}
