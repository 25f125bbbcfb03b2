using Microsoft.CodeAnalysis;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Prerequisites
{
    public class TL1014Tests
    {
        [Theory]
        [InlineData("")]
        [InlineData("pki: {}\n")]
        public void Fires_at_the_root_when_no_certification_authority_is_declared(string pki)
        {
            var diagnostics = ValidTopology.Lint(ValidTopology.With("pki:\n  certificationAuthority: {kind: enterprise, name: contoso-ca}\n", pki));

            RuleAssert.Single(diagnostics, "TL1014", DiagnosticSeverity.Error, 1, 1);
        }

        [Fact]
        public void A_third_party_certification_authority_counts()
        {
            var diagnostics = ValidTopology.Lint(ValidTopology.With("{kind: enterprise, name: contoso-ca}", "{kind: third-party, name: digicert}"));

            RuleAssert.None(diagnostics, "TL1014");
        }
    }
}
