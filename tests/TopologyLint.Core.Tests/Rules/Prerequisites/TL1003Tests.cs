using Microsoft.CodeAnalysis;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Prerequisites
{
    public class TL1003Tests
    {
        [Fact]
        public void Fires_at_the_edge_pool_naming_the_missing_services()
        {
            var diagnostics = ValidTopology.Lint(ValidTopology.With("edgeServices: [access, av, web-conferencing]", "edgeServices: [access]"));

            Diagnostic diagnostic = RuleAssert.Single(diagnostics, "TL1003", DiagnosticSeverity.Error, 24, 5);
            Assert.Equal("The edge pool 'edge.contoso.com' does not run av, web-conferencing", diagnostic.GetMessage());
        }

        [Fact]
        public void Fires_when_the_edge_pool_lists_no_services()
        {
            var diagnostics = ValidTopology.Lint(ValidTopology.With("    edgeServices: [access, av, web-conferencing]\n", string.Empty));

            Diagnostic diagnostic = RuleAssert.Single(diagnostics, "TL1003", DiagnosticSeverity.Error, 24, 5);
            Assert.EndsWith("does not run access, av, web-conferencing", diagnostic.GetMessage());
        }

        [Fact]
        public void The_services_may_be_listed_in_any_order()
        {
            var diagnostics = ValidTopology.Lint(ValidTopology.With("edgeServices: [access, av, web-conferencing]", "edgeServices: [web-conferencing, av, access]"));

            RuleAssert.None(diagnostics, "TL1003");
        }
    }
}
