using System.Globalization;
using TopologyLint.Core.Tests.Rules.Testing;
using TopologyLint.Rules.VoiceRouting;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.VoiceRouting
{
    public class TL4004Tests : RuleTests<TlsTrunkAddressRule>
    {
        private static string WithGateway(string gateway, string transport, bool mark)
            => VoiceTopology.With("  - {fqdn: gw01.contoso.local, site: hq}\n", $"  - {{fqdn: {gateway}, site: hq}}\n")
                .Replace("gateway: gw01.contoso.local, gatewayPort: 5067, transport: tls,", $"gateway: {(mark ? "[|" + gateway + "|]" : gateway)}, gatewayPort: 5067, transport: {transport},", System.StringComparison.Ordinal);

        [Theory]
        [InlineData("10.0.0.1")]
        [InlineData("192.168.255.255")]
        [InlineData("0.0.0.0")]
        public void Fires_at_the_gateway_value_of_a_TLS_trunk_that_names_an_IPv4_address(string address)
        {
            var lint = Verify(WithGateway(address, "tls", mark: true));

            Assert.Equal($"The trunk 'gw01-tls' uses TLS but names its gateway by the IP address '{address}': TLS needs the gateway's FQDN", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Theory]
        [InlineData("10.0.0.256")]
        [InlineData("10.0.0")]
        [InlineData("10.0.0.1.5")]
        [InlineData("10.0.0.1a")]
        [InlineData("gw01.contoso.local")]
        public void A_name_that_is_not_four_numbers_0_to_255_is_not_an_address(string gateway)
        {
            Verify(WithGateway(gateway, "tls", mark: false));
        }

        [Fact]
        public void A_TCP_trunk_may_name_an_address()
        {
            Verify(WithGateway("10.0.0.1", "tcp", mark: false));
        }
    }
}
