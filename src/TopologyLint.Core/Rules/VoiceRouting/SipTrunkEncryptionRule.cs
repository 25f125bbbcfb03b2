using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Model;

namespace TopologyLint.Rules.VoiceRouting
{
    /// <summary>
    /// TL4013: a <c>sip-trunk</c> trunk uses <c>transport: tcp</c> or has <c>srtp: not-supported</c>; reported at each
    /// such value. A judgment call: the document does not say whether the trunk crosses the Internet.
    /// </summary>
    public sealed class SipTrunkEncryptionRule : ModelRule
    {
        public SipTrunkEncryptionRule()
            : base(
                "TL4013",
                "SIP trunk is not encrypted",
                "The SIP trunk '{0}' {1}: if it crosses the Internet, use TLS and SRTP or a VPN tunnel",
                RuleCategory.VoiceRouting,
                DiagnosticSeverity.Warning,
                "A SIP trunk to a service provider that crosses the Internet should use TLS for signaling and SRTP for media, or run through a VPN tunnel; suppress it for a trunk on a private link.")
        {
        }

        protected override void Analyze(Topology topology, RuleContext context)
        {
            foreach (Trunk trunk in topology.Trunks)
            {
                if (trunk.EffectiveConnection != ConnectionKind.SipTrunk)
                {
                    continue;
                }

                if (trunk.Transport.Value == TrunkTransport.Tcp)
                {
                    context.Report(trunk.Transport.Node!, trunk, "sends its signaling over TCP, unencrypted");
                }

                if (trunk.Srtp.Value == SrtpMode.NotSupported)
                {
                    context.Report(trunk.Srtp.Node!, trunk, "does not support SRTP, so its media is unencrypted");
                }
            }
        }
    }
}
