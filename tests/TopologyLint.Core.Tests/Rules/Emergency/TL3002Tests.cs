using Microsoft.CodeAnalysis;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Emergency
{
    public class TL3002Tests
    {
        [Theory]
        [InlineData(", locationInformation: false}")]
        [InlineData("}")]
        public void Fires_at_a_site_with_enterprise_voice_users_that_does_not_provide_the_location(string location)
        {
            var diagnostics = ValidTopology.Lint(ValidTopology.With(", locationInformation: true}", location));

            Diagnostic diagnostic = RuleAssert.Single(diagnostics, "TL3002", DiagnosticSeverity.Warning, 12, 5);
            Assert.Contains("'hq'", diagnostic.GetMessage());
        }

        [Fact]
        public void A_site_with_clients_but_no_enterprise_voice_users_is_not_checked()
        {
            string yaml = ValidTopology.With(", locationInformation: true}", "}").Replace("enterpriseVoice: true", "enterpriseVoice: false");

            var diagnostics = ValidTopology.Lint(yaml);

            RuleAssert.None(diagnostics, "TL3002");
        }
    }
}
