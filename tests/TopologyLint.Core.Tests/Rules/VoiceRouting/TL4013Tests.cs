using System.Globalization;
using TopologyLint.Core.Tests.Rules.Testing;
using TopologyLint.Rules.VoiceRouting;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.VoiceRouting
{
    public class TL4013Tests : RuleTests<SipTrunkEncryptionRule>
    {
        private const string Trunk = "gatewayPort: 5067, transport: tls, mediationPool: med.contoso.local, mediationPort: 5067}";

        [Fact]
        public void Fires_at_the_transport_of_a_SIP_trunk_over_TCP()
        {
            var lint = Verify(VoiceTopology.With(Trunk, "gatewayPort: 5067, transport: [|tcp|], connection: sip-trunk, mediationPool: med.contoso.local, mediationPort: 5067}"));

            Assert.Equal("The SIP trunk 'gw01-tls' sends its signaling over TCP, unencrypted: if it crosses the Internet, use TLS and SRTP or a VPN tunnel", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Fires_at_both_values_of_a_SIP_trunk_over_TCP_without_SRTP()
        {
            var lint = Verify(VoiceTopology.With(Trunk, "gatewayPort: 5067, transport: [|tcp|], connection: sip-trunk, srtp: [|not-supported|], mediationPool: med.contoso.local, mediationPort: 5067}"));

            Assert.Equal("The SIP trunk 'gw01-tls' does not support SRTP, so its media is unencrypted: if it crosses the Internet, use TLS and SRTP or a VPN tunnel", lint.OfRule[1].GetMessage(CultureInfo.InvariantCulture));
        }

        [Theory]
        [InlineData("transport: tls, connection: sip-trunk, srtp: optional")]
        [InlineData("transport: tcp, connection: tdm, srtp: not-supported")]
        [InlineData("transport: tcp, srtp: not-supported")]
        [InlineData("connection: sip-trunk")]
        public void A_SIP_trunk_with_TLS_and_SRTP_or_not_written_or_a_TDM_trunk_is_not_reported(string keys)
        {
            Verify(VoiceTopology.With(Trunk, "gatewayPort: 5067, " + keys + ", mediationPool: med.contoso.local, mediationPort: 5067}"));
        }

        [Fact]
        public void A_v1_sip_trunk_entry_writes_no_transport_and_is_not_reported()
        {
            Verify(ValidTopology.With("connection: tdm, gateways: [gw01.contoso.local]", "connection: sip-trunk"));
        }
    }
}
