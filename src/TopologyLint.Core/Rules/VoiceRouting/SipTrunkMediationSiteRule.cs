using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Model;
using TopologyLint.Syntax;

namespace TopologyLint.Rules.VoiceRouting
{
    /// <summary>
    /// TL4006: a <c>sip-trunk</c> trunk's Mediation pool is at another site than the trunk's site (both known); reported
    /// at the <c>mediationPool</c> value, for a v1 <c>pstn[]</c> entry at its own (once, however many trunks it reads as).
    /// </summary>
    public sealed class SipTrunkMediationSiteRule : ModelRule
    {
        public SipTrunkMediationSiteRule()
            : base(
                "TL4006",
                "SIP trunk's Mediation pool is at another site",
                "The SIP trunk '{0}' terminates at site '{1}', but its Mediation pool '{2}' is at site '{3}': deploy a Mediation Server at the site where the trunk terminates",
                RuleCategory.VoiceRouting,
                DiagnosticSeverity.Error,
                "Lync Server 2013 requires a Mediation Server at the site where each SIP trunk terminates.")
        {
        }

        protected override void Analyze(Topology topology, RuleContext context)
        {
            var reported = new HashSet<ScalarNode>();
            foreach (Trunk trunk in topology.Trunks)
            {
                if (trunk.EffectiveConnection == ConnectionKind.SipTrunk
                    && trunk.Site is { } trunkSite
                    && trunk.MediationPool.Target is { } pool
                    && pool.Site.Target is { } poolSite
                    && poolSite != trunkSite
                    && trunk.MediationPool.Node is { } value
                    && reported.Add(value))
                {
                    context.Report(value, (object?)trunk.PstnConnection ?? trunk, trunkSite, pool, poolSite);
                }
            }
        }
    }
}
