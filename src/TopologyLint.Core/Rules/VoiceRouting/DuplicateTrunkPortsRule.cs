using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Model;

namespace TopologyLint.Rules.VoiceRouting
{
    /// <summary>
    /// TL4002: two trunks have the same Mediation pool, Mediation port, gateway and gateway port, all four written and
    /// resolved; reported at the later trunk, naming the earlier. Trunks read from v1 entries have no ports and are
    /// never compared.
    /// </summary>
    public sealed class DuplicateTrunkPortsRule : ModelRule
    {
        public DuplicateTrunkPortsRule()
            : base(
                "TL4002",
                "Two trunks use the same ports",
                "The trunk '{0}' has the same Mediation pool, Mediation port {1}, gateway and gateway port {2} as the trunk '{3}'",
                RuleCategory.VoiceRouting,
                DiagnosticSeverity.Error,
                "A trunk is the tuple of Mediation pool, Mediation Server port, gateway and gateway listening port: two trunks with different names cannot have the same four values.")
        {
        }

        protected override void Analyze(Topology topology, RuleContext context)
        {
            var first = new Dictionary<(Pool Pool, long MediationPort, Gateway Gateway, long GatewayPort), Trunk>();
            foreach (Trunk trunk in topology.Trunks)
            {
                if (trunk.MediationPool.Target is { } pool && trunk.MediationPort.Value is { } mediationPort
                    && trunk.Gateway.Target is { } gateway && trunk.GatewayPort.Value is { } gatewayPort)
                {
                    var key = (pool, mediationPort, gateway, gatewayPort);
                    if (first.TryGetValue(key, out Trunk? earlier))
                    {
                        context.Report(trunk.Node.ReportNode, trunk, mediationPort, gatewayPort, earlier);
                    }
                    else
                    {
                        first.Add(key, trunk);
                    }
                }
            }
        }
    }
}
