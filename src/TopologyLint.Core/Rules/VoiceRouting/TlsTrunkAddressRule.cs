using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Model;
using TopologyLint.Rules.Knowledge;

namespace TopologyLint.Rules.VoiceRouting
{
    /// <summary>TL4004: a trunk with <c>transport: tls</c> names its gateway by an IPv4 address; reported at the <c>gateway</c> value.</summary>
    public sealed class TlsTrunkAddressRule : ModelRule
    {
        public TlsTrunkAddressRule()
            : base(
                "TL4004",
                "TLS trunk names its gateway by IP address",
                "The trunk '{0}' uses TLS but names its gateway by the IP address '{1}': TLS needs the gateway's FQDN",
                RuleCategory.VoiceRouting,
                DiagnosticSeverity.Error,
                "With TLS between the Mediation Server and its peer, the peer is named by its FQDN, which its certificate carries; Topology Builder requires the FQDN instead of an IP address.")
        {
        }

        protected override void Analyze(Topology topology, RuleContext context)
        {
            foreach (Trunk trunk in topology.Trunks)
            {
                if (trunk.Transport.Value == TrunkTransport.Tls && trunk.Gateway.Node is { } gateway && Ipv4Address.IsAddress(gateway.Value))
                {
                    context.Report(gateway, trunk, gateway.Value);
                }
            }
        }
    }
}
