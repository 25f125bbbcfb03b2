using System.Globalization;
using TopologyLint.Core.Tests.Rules.Testing;
using TopologyLint.Rules.Prerequisites;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Prerequisites
{
    public class TL1006Tests : RuleTests<ExchangeVersionRule>
    {
        private const string Exchange = "{version: \"2013\", servicePack: 1, unifiedMessaging: true}";

        [Theory]
        [InlineData("{version: [|\"2003\"|], servicePack: 2, unifiedMessaging: true}")]
        [InlineData("{version: [|\"2007\"|], servicePack: 0, unifiedMessaging: true}")]
        [InlineData("{version: [|\"2007\"|], unifiedMessaging: true}")]
        public void Fires_at_the_version_when_um_is_integrated_with_exchange_older_than_2007_sp1(string exchange)
        {
            var lint = Verify(ValidTopology.With(Exchange, exchange));

            Assert.Contains("older than Exchange 2007 SP1", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Theory]
        [InlineData("{version: \"2007\", servicePack: 1, unifiedMessaging: true}")]
        [InlineData("{version: \"2016\", unifiedMessaging: true}")]
        [InlineData("{version: \"2003\", unifiedMessaging: false}")]
        [InlineData("{version: \"2003\", servicePack: {|TL0002:two|}, unifiedMessaging: true}")]
        public void Does_not_fire_from_exchange_2007_sp1_on_without_um_or_with_a_service_pack_the_schema_reports(string exchange)
        {
            Verify(ValidTopology.With(Exchange, exchange));
        }
    }
}
