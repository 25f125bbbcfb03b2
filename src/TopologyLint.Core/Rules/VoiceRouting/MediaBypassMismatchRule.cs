using System.Linq;
using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Model;

namespace TopologyLint.Rules.VoiceRouting
{
    /// <summary>
    /// TL4202: media bypass is on for a trunk but off globally (reported at the trunk's <c>mediaBypass</c> value), or on
    /// globally but for no trunk (reported at <c>network.mediaBypass</c>).
    /// </summary>
    public sealed class MediaBypassMismatchRule : ModelRule
    {
        public MediaBypassMismatchRule()
            : base(
                "TL4202",
                "Media bypass is on at one level only",
                "{0}: media bypass must be configured both globally and for each PSTN trunk",
                RuleCategory.VoiceRouting,
                DiagnosticSeverity.Warning,
                "Media bypass takes effect only when it is enabled globally (network.mediaBypass) and on the trunk's configuration; enabled at one level only, it does nothing.")
        {
        }

        protected override void Analyze(Topology topology, RuleContext context)
        {
            if (topology.Network.IsInvalid)
            {
                return;
            }

            Network? network = topology.Network.Value;
            MediaBypassMode? global = network == null ? MediaBypassMode.Disabled : network.EffectiveMediaBypass;
            if (global == MediaBypassMode.Disabled)
            {
                string globally = network == null || network.MediaBypass.IsAbsent ? "network.mediaBypass is not written (disabled)" : "network.mediaBypass is 'disabled'";
                foreach (Trunk trunk in topology.Trunks)
                {
                    if (trunk.IsMediaBypassEnabled)
                    {
                        context.Report(trunk.MediaBypass.Node!, $"The trunk '{trunk}' enables media bypass, but {globally}");
                    }
                }
            }
            else if (global is MediaBypassMode.Always or MediaBypassMode.SiteAndRegion && !topology.Trunks.Any(t => t.IsMediaBypassEnabled))
            {
                context.Report(network!.MediaBypass.Node!, $"network.mediaBypass is '{network.MediaBypass}', but no trunk enables media bypass");
            }
        }
    }
}
