using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Model;

namespace TopologyLint.Rules.VoiceRouting
{
    /// <summary>
    /// TL4112: a usage of <c>voice.pstnUsages</c> that no route lists, or that no voice policy and no location policy
    /// lists; reported at its item, saying which. Runs when <c>voice</c> is written (it holds the usages).
    /// </summary>
    public sealed class UnusedPstnUsageRule : ModelRule
    {
        public UnusedPstnUsageRule()
            : base(
                "TL4112",
                "PSTN usage does nothing",
                "The PSTN usage '{0}' is listed by {1}: by itself a usage does nothing",
                RuleCategory.VoiceRouting,
                DiagnosticSeverity.Info,
                "A PSTN usage record connects voice policies (and location policies) to the routes that carry their calls; one that is not listed on both sides grants nothing.")
        {
        }

        protected override void Analyze(Topology topology, RuleContext context)
        {
            var routed = new HashSet<PstnUsage>();
            foreach (Route route in topology.Routes)
            {
                AddTargets(route.PstnUsages, routed);
            }

            var granted = new HashSet<PstnUsage>();
            foreach (VoicePolicy policy in topology.VoicePolicies)
            {
                AddTargets(policy.PstnUsages, granted);
            }

            foreach (LocationPolicy policy in topology.LocationPolicies)
            {
                if (policy.PstnUsage.Target is { } usage)
                {
                    granted.Add(usage);
                }
            }

            foreach (PstnUsage usage in topology.PstnUsages)
            {
                bool isRouted = routed.Contains(usage);
                bool isGranted = granted.Contains(usage);
                if (!isRouted || !isGranted)
                {
                    string which = !isRouted && !isGranted ? "no route and no voice or location policy"
                        : !isRouted ? "no route"
                        : "no voice policy and no location policy";
                    context.Report(usage.Name, usage, which);
                }
            }
        }

        private static void AddTargets(ItemList<Reference<PstnUsage>> usages, HashSet<PstnUsage> into)
        {
            foreach (Reference<PstnUsage> usage in usages)
            {
                if (usage.Target is { } target)
                {
                    into.Add(target);
                }
            }
        }
    }
}
