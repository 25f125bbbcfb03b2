using Microsoft.CodeAnalysis;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Prerequisites
{
    public class TL1008Tests
    {
        [Fact]
        public void Fires_at_the_user_when_an_enterprise_voice_user_has_no_line_uri()
        {
            var diagnostics = ValidTopology.Lint(ValidTopology.With(", lineUri: \"tel:+14255550100\"}", "}"));

            Diagnostic diagnostic = RuleAssert.Single(diagnostics, "TL1008", DiagnosticSeverity.Error, 43, 6);
            Assert.Contains("'alice@contoso.com'", diagnostic.GetMessage());
        }

        [Fact]
        public void A_user_without_enterprise_voice_needs_no_line_uri()
        {
            var diagnostics = ValidTopology.Lint(ValidTopology.WithUsers("{sip: carol@contoso.com, site: hq, enabled: true, enterpriseVoice: false}"));

            RuleAssert.None(diagnostics, "TL1008");
        }
    }
}
