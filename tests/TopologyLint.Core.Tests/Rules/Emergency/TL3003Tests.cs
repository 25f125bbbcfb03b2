using System.Globalization;
using TopologyLint.Core.Tests.Rules.Testing;
using TopologyLint.Rules.Emergency;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Emergency
{
    public class TL3003Tests : RuleTests<EmergencyAddressRule>
    {
        private const string Address = "    address: {street: 1 Main St, city: Redmond, region: WA, postalCode: \"98052\", country: US}\n";

        [Fact]
        public void Fires_at_a_site_with_enterprise_voice_users_and_no_civic_address()
        {
            var lint = Verify(ValidTopology.With(Address, string.Empty).MarkHq());

            Assert.Equal("The site 'hq' has Enterprise Voice users but no civic address", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Fires_at_a_site_with_enterprise_voice_users_and_no_emergency_numbers()
        {
            var lint = Verify(ValidTopology.With("numbers: [\"911\"], ", string.Empty).MarkHq());

            Assert.Equal("The site 'hq' has Enterprise Voice users but no emergency.numbers", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Names_both_when_both_are_missing()
        {
            var lint = Verify(ValidTopology.With(Address, string.Empty).With("numbers: [\"911\"], ", string.Empty).MarkHq());

            Assert.Equal("The site 'hq' has Enterprise Voice users but no civic address and no emergency.numbers", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void A_site_without_enterprise_voice_users_needs_no_address()
        {
            Verify(ValidTopology.With(Address, string.Empty).Replace("enterpriseVoice: true", "enterpriseVoice: false"));
        }
    }
}
