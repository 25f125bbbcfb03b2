using System.Globalization;
using TopologyLint.Core.Tests.Rules.Testing;
using TopologyLint.Rules.Prerequisites;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Prerequisites
{
    public class TL1021Tests : RuleTests<ExchangeServicePackRule>
    {
        private const string Exchange = "{version: \"2013\", servicePack: 1, unifiedMessaging: true}";

        [Theory]
        [InlineData("{version: \"2007\", servicePack: [|1|], unifiedMessaging: true}", 1)]
        [InlineData("{version: \"2007\", servicePack: [|2|], unifiedMessaging: true}", 2)]
        public void Fires_at_the_service_pack_of_exchange_2007_sp1_or_sp2_with_um(string exchange, int servicePack)
        {
            var lint = Verify(ValidTopology.With(Exchange, exchange));

            Assert.Equal(
                $"Exchange UM is integrated with Exchange 2007 service pack {servicePack}: the Enterprise Voice software prerequisites ask for Exchange 2007 SP3, Exchange 2010 or Exchange 2013",
                lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Theory]
        [InlineData("{version: \"2007\", servicePack: 3, unifiedMessaging: true}")]
        [InlineData("{version: \"2010\", servicePack: 1, unifiedMessaging: true}")]
        [InlineData("{version: \"2007\", servicePack: 2, unifiedMessaging: false}")]
        [InlineData("{version: \"2007\", servicePack: 2}")]
        [InlineData("{version: {|TL0002:\"2008\"|}, servicePack: 2, unifiedMessaging: true}")]
        [InlineData("{version: \"2007\", servicePack: {|TL0002:two|}, unifiedMessaging: true}")]
        public void Does_not_fire_from_sp3_on_on_other_versions_without_um_or_on_values_the_schema_reports(string exchange)
        {
            Verify(ValidTopology.With(Exchange, exchange));
        }

        [Theory]
        [InlineData("{version: {|TL1006:\"2007\"|}, servicePack: 0, unifiedMessaging: true}")]
        [InlineData("{version: {|TL1006:\"2007\"|}, unifiedMessaging: true}")]
        public void Leaves_exchange_2007_before_sp1_to_tl1006(string exchange)
        {
            Verify(ValidTopology.With(Exchange, exchange));
        }
    }
}
