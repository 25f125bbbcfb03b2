using System.Globalization;
using TopologyLint.Core.Tests.Rules.Testing;
using TopologyLint.Rules.Availability;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Availability
{
    public class TL2004Tests : RuleTests<TwoServerEnterprisePoolRule>
    {
        private const string ThirdServer = "      - {fqdn: fe03.contoso.local, domainMember: true}\n";

        [Fact]
        public void Fires_at_an_enterprise_pool_of_two_servers()
        {
            var lint = Verify(ValidTopology.With(ThirdServer, string.Empty).With("  - fqdn: fe.contoso.local\n", "  - [|fqdn|]: fe.contoso.local\n"));

            Assert.Equal("The Enterprise Edition pool 'fe.contoso.local' has two Front End Servers: at least three are recommended", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void A_later_duplicate_server_does_not_count()
        {
            Verify(ValidTopology.With(ThirdServer, "      - {fqdn: {|TL0004:FE02.contoso.local|}, domainMember: true}\n").With("  - fqdn: fe.contoso.local\n", "  - [|fqdn|]: fe.contoso.local\n"));
        }

        [Fact]
        public void A_pool_without_a_written_edition_is_not_reported()
        {
            Verify(ValidTopology.With(ThirdServer, string.Empty).With("    edition: enterprise\n", string.Empty));
        }

        [Fact]
        public void One_server_is_left_to_TL2001()
        {
            Verify(ValidTopology.With("      - {fqdn: fe02.contoso.local, domainMember: true}\n" + ThirdServer, string.Empty));
        }
    }
}
