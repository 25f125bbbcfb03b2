using Microsoft.CodeAnalysis;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Prerequisites
{
    public class TL1019Tests
    {
        [Fact]
        public void Fires_at_the_connection_when_it_names_no_mediation_pool()
        {
            var diagnostics = ValidTopology.Lint(ValidTopology.With(", mediationPool: med.contoso.local}", "}"));

            Diagnostic diagnostic = RuleAssert.Single(diagnostics, "TL1019", DiagnosticSeverity.Warning, 39, 6);
            Assert.Contains("'hq-pri'", diagnostic.GetMessage());
        }

        [Fact]
        public void A_front_end_pool_with_collocated_mediation_serves()
        {
            var diagnostics = ValidTopology.Lint(ValidTopology.With("mediationPool: med.contoso.local}", "mediationPool: fe.contoso.local}"));

            Assert.Empty(diagnostics.Positions());
        }

        [Fact]
        public void A_mediation_pool_that_names_an_edge_pool_gets_tl0003_only()
        {
            var diagnostics = ValidTopology.Lint(ValidTopology.With("mediationPool: med.contoso.local}", "mediationPool: edge.contoso.com}"));

            Assert.Equal(new[] { "TL0003@39:92" }, diagnostics.Positions());
        }
    }
}
