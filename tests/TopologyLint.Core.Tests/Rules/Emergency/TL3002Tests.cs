using System.Globalization;
using TopologyLint.Core.Tests.Rules.Testing;
using TopologyLint.Rules.Emergency;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Emergency
{
    public class TL3002Tests : RuleTests<LocationInformationRule>
    {
        [Theory]
        [InlineData(", locationInformation: false}")]
        [InlineData("}")]
        public void Fires_at_a_site_with_enterprise_voice_users_that_does_not_provide_the_location(string location)
        {
            var lint = Verify(ValidTopology.With(", locationInformation: true}", location).MarkHq());

            Assert.Contains("'hq'", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void A_site_with_clients_but_no_enterprise_voice_users_is_not_checked()
        {
            Verify(ValidTopology.With(", locationInformation: true}", "}").Replace("enterpriseVoice: true", "enterpriseVoice: false"));
        }

        [Fact]
        public void A_location_information_or_emergency_value_of_another_type_is_left_to_the_schema()
        {
            Verify(ValidTopology.With("locationInformation: true", "locationInformation: {|TL0002:yes please|}"));
            Verify(ValidTopology.With("emergency: {alternativeAccess: [pstn-line], numbers: [\"911\"], locationInformation: true}", "emergency: {|TL0002:none|}"));
        }
    }
}
