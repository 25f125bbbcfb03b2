using Microsoft.CodeAnalysis;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Prerequisites
{
    public class TL1017Tests
    {
        [Fact]
        public void Fires_at_the_connection_when_a_tdm_connection_lists_no_gateways()
        {
            var diagnostics = ValidTopology.Lint(ValidTopology.With("gateways: [gw01.contoso.local], ", string.Empty));

            Diagnostic diagnostic = RuleAssert.Single(diagnostics, "TL1017", DiagnosticSeverity.Error, 39, 6);
            Assert.Equal("The TDM PSTN connection 'hq-pri' has no gateway", diagnostic.GetMessage());
        }

        [Fact]
        public void Fires_at_an_empty_gateways_list()
        {
            var diagnostics = ValidTopology.Lint(ValidTopology.With("gateways: [gw01.contoso.local]", "gateways: []"));

            RuleAssert.Single(diagnostics, "TL1017", DiagnosticSeverity.Error, 39, 55);
        }

        [Fact]
        public void A_sip_trunk_needs_no_gateway()
        {
            var diagnostics = ValidTopology.Lint(ValidTopology.With("connection: tdm, gateways: [gw01.contoso.local], ", "connection: sip-trunk, "));

            RuleAssert.None(diagnostics, "TL1017");
        }
    }
}
