using Microsoft.CodeAnalysis;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Prerequisites
{
    public class TL1001Tests
    {
        [Fact]
        public void Fires_at_the_root_when_no_pool_is_a_front_end_pool()
        {
            var diagnostics = ValidTopology.Lint(ValidTopology.With("    role: front-end\n", "    role: director\n"));

            Diagnostic diagnostic = RuleAssert.Single(diagnostics, "TL1001", DiagnosticSeverity.Error, 1, 1);
            Assert.Contains("'test'", diagnostic.GetMessage());
        }

        [Fact]
        public void A_standard_edition_pool_is_a_front_end_pool()
        {
            var diagnostics = ValidTopology.Lint(ValidTopology.With("    edition: enterprise\n", "    edition: standard\n"));

            RuleAssert.None(diagnostics, "TL1001");
        }
    }
}
