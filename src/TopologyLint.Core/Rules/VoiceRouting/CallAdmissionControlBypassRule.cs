using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Model;

namespace TopologyLint.Rules.VoiceRouting
{
    /// <summary>TL4201: <c>network.callAdmissionControl: true</c> with <c>network.mediaBypass: always</c>; reported at the <c>mediaBypass</c> value.</summary>
    public sealed class CallAdmissionControlBypassRule : ModelRule
    {
        public CallAdmissionControlBypassRule()
            : base(
                "TL4201",
                "Always Bypass with call admission control",
                "Media bypass is 'always' while call admission control is enabled: with CAC, use 'site-and-region'",
                RuleCategory.VoiceRouting,
                DiagnosticSeverity.Error,
                "Lync Server 2013 does not allow Always Bypass together with call admission control; with CAC enabled, media bypass uses the site and region configuration.")
        {
        }

        protected override void Analyze(Topology topology, RuleContext context)
        {
            if (topology.Network.Value is { } network && network.CallAdmissionControl.IsTrue && network.MediaBypass.Value == MediaBypassMode.Always)
            {
                context.Report(network.MediaBypass.Node!);
            }
        }
    }
}
