using Microsoft.CodeAnalysis;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Prerequisites
{
    public class TL1002Tests
    {
        private const string EdgePool =
            "  - fqdn: edge.contoso.com\n" +
            "    role: edge\n" +
            "    site: hq\n" +
            "    edgeServices: [access, av, web-conferencing]\n" +
            "    servers:\n" +
            "      - {fqdn: edge01.contoso.com, domainMember: false}\n";

        [Fact]
        public void Fires_at_the_root_when_no_pool_is_an_edge_pool()
        {
            var diagnostics = ValidTopology.Lint(ValidTopology.With(EdgePool, string.Empty));

            RuleAssert.Single(diagnostics, "TL1002", DiagnosticSeverity.Error, 1, 1);
        }

        [Fact]
        public void An_edge_pool_in_an_include_fragment_counts()
        {
            using var lint = new TestLint();
            lint.Write("fragments/edge.yaml", "pools:\n" + EdgePool);
            string root = ValidTopology.With(EdgePool, string.Empty) + "include: [fragments/edge.yaml]\n";

            var diagnostics = lint.Lint(ValidTopology.FileName, root);

            Assert.Empty(diagnostics.Positions());
        }
    }
}
