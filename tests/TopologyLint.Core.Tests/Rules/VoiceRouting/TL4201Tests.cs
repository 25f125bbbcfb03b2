using System.Globalization;
using TopologyLint.Core.Tests.Rules.Testing;
using TopologyLint.Rules.VoiceRouting;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.VoiceRouting
{
    public class TL4201Tests : RuleTests<CallAdmissionControlBypassRule>
    {
        private static string WithNetwork(string network) => VoiceTopology.Yaml + "network:\n" + network;

        [Fact]
        public void Fires_at_always_bypass_with_call_admission_control()
        {
            var lint = Verify(WithNetwork("  mediaBypass: [|always|]\n  callAdmissionControl: true\n"));

            Assert.Equal("Media bypass is 'always' while call admission control is enabled: with CAC, use 'site-and-region'", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Theory]
        [InlineData("  mediaBypass: always\n  callAdmissionControl: false\n")]
        [InlineData("  mediaBypass: always\n")]
        [InlineData("  mediaBypass: site-and-region\n  callAdmissionControl: true\n")]
        [InlineData("  callAdmissionControl: true\n")]
        public void Other_combinations_are_not_reported(string network)
        {
            Verify(WithNetwork(network));
        }
    }
}
