using System.Globalization;
using TopologyLint.Core.Tests.Rules.Testing;
using TopologyLint.Rules.Prerequisites;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Prerequisites
{
    public class TL1007Tests : RuleTests<UnifiedMessagingRule>
    {
        private const string Exchange = "exchange: {version: \"2013\", servicePack: 1, unifiedMessaging: true}\n";

        [Fact]
        public void Fires_at_the_root_when_there_is_no_exchange_section()
        {
            var lint = Verify(ValidTopology.With(Exchange, string.Empty).MarkRoot());

            Assert.Equal("The topology 'test' has no exchange section: Enterprise Voice users get no voice mail, rich notifications or call logs", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Fires_at_the_value_when_unified_messaging_is_false()
        {
            Verify(ValidTopology.With("unifiedMessaging: true", "unifiedMessaging: [|false|]"));
        }

        [Fact]
        public void Fires_at_the_exchange_section_when_unified_messaging_is_absent()
        {
            Verify(ValidTopology.With("{version: \"2013\", servicePack: 1, unifiedMessaging: true}", "{[|version|]: \"2013\", servicePack: 1}"));
        }

        [Fact]
        public void Does_not_fire_when_um_is_integrated_whatever_the_service_pack()
        {
            Verify(ValidTopology.With("servicePack: 1, ", string.Empty));
        }

        [Fact]
        public void An_exchange_value_that_is_not_a_mapping_is_left_to_the_schema()
        {
            Verify(ValidTopology.With(Exchange, "exchange: {|TL0002:{|TL0002:[]|}|}\n"));
        }
    }
}
