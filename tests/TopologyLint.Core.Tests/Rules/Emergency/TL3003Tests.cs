using Microsoft.CodeAnalysis;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Emergency
{
    public class TL3003Tests
    {
        [Fact]
        public void Fires_at_a_site_with_enterprise_voice_users_and_no_civic_address()
        {
            var diagnostics = ValidTopology.Lint(ValidTopology.With("    address: {street: 1 Main St, city: Redmond, region: WA, postalCode: \"98052\", country: US}\n", string.Empty));

            Diagnostic diagnostic = RuleAssert.Single(diagnostics, "TL3003", DiagnosticSeverity.Warning, 12, 5);
            Assert.Equal("The site 'hq' has Enterprise Voice users but no civic address", diagnostic.GetMessage());
        }

        [Fact]
        public void Fires_at_a_site_with_enterprise_voice_users_and_no_emergency_numbers()
        {
            var diagnostics = ValidTopology.Lint(ValidTopology.With("numbers: [\"911\"], ", string.Empty));

            Diagnostic diagnostic = RuleAssert.Single(diagnostics, "TL3003", DiagnosticSeverity.Warning, 12, 5);
            Assert.Equal("The site 'hq' has Enterprise Voice users but no emergency.numbers", diagnostic.GetMessage());
        }

        [Fact]
        public void A_site_without_enterprise_voice_users_needs_no_address()
        {
            string yaml = ValidTopology.With("    address: {street: 1 Main St, city: Redmond, region: WA, postalCode: \"98052\", country: US}\n", string.Empty)
                .Replace("enterpriseVoice: true", "enterpriseVoice: false");

            var diagnostics = ValidTopology.Lint(yaml);

            RuleAssert.None(diagnostics, "TL3003");
        }
    }
}
