using Microsoft.CodeAnalysis;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Emergency
{
    public class TL3004Tests
    {
        [Fact]
        public void Fires_at_an_enterprise_voice_user_who_names_no_site()
        {
            var diagnostics = ValidTopology.Lint(ValidTopology.With("{sip: alice@contoso.com, site: hq, ", "{sip: alice@contoso.com, "));

            Diagnostic diagnostic = RuleAssert.Single(diagnostics, "TL3004", DiagnosticSeverity.Warning, 43, 6);
            Assert.StartsWith("The Enterprise Voice user 'alice@contoso.com' names no site", diagnostic.GetMessage());
        }

        [Fact]
        public void A_user_without_enterprise_voice_needs_no_site()
        {
            var diagnostics = ValidTopology.Lint(ValidTopology.WithUsers("{sip: carol@contoso.com, enabled: true}"));

            RuleAssert.None(diagnostics, "TL3004");
        }

        [Fact]
        public void A_site_that_names_nothing_gets_tl0003_only()
        {
            var diagnostics = ValidTopology.Lint(ValidTopology.With("{sip: alice@contoso.com, site: hq, ", "{sip: alice@contoso.com, site: hqq, "));

            Assert.Equal(new[] { "TL0003@43:36" }, diagnostics.Positions());
        }
    }
}
