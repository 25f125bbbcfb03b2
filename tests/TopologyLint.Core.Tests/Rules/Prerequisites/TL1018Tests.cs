using Microsoft.CodeAnalysis;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Prerequisites
{
    public class TL1018Tests
    {
        [Fact]
        public void Fires_at_the_gateways_of_a_sip_trunk()
        {
            var diagnostics = ValidTopology.Lint(ValidTopology.With("connection: tdm,", "connection: sip-trunk,"));

            Diagnostic diagnostic = RuleAssert.Single(diagnostics, "TL1018", DiagnosticSeverity.Info, 39, 61);
            Assert.Equal("The SIP trunk 'hq-pri' lists gateways, which a SIP trunk does not need", diagnostic.GetMessage());
        }

        [Fact]
        public void An_empty_gateways_list_lists_no_gateway()
        {
            var diagnostics = ValidTopology.Lint(ValidTopology.With("connection: tdm, gateways: [gw01.contoso.local]", "connection: sip-trunk, gateways: []"));

            RuleAssert.None(diagnostics, "TL1018");
        }
    }
}
