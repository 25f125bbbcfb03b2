using TopologyLint.Core.Tests.Rules.Testing;
using TopologyLint.Rules.Prerequisites;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Prerequisites
{
    public class TL1014Tests : RuleTests<CertificationAuthorityRule>
    {
        private const string Pki = "pki: {certificationAuthority: {kind: enterprise, name: contoso-ca}}\n";

        [Theory]
        [InlineData("")]
        [InlineData("pki: {}\n")]
        public void Fires_at_the_root_when_no_certification_authority_is_declared(string pki)
        {
            Verify(ValidTopology.With(Pki, pki).MarkRoot());
        }

        [Fact]
        public void A_third_party_certification_authority_counts()
        {
            Verify(ValidTopology.With("{kind: enterprise, name: contoso-ca}", "{kind: third-party, name: digicert}"));
        }

        [Fact]
        public void A_certification_authority_that_is_not_a_mapping_is_left_to_the_schema()
        {
            Verify(ValidTopology.With("{kind: enterprise, name: contoso-ca}", "{|TL0002:{|TL0002:contoso-ca|}|}"));
        }
    }
}
