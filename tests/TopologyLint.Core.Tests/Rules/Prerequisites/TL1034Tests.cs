using System.Globalization;
using TopologyLint.Core.Tests.Rules.Testing;
using TopologyLint.Rules.Prerequisites;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Prerequisites
{
    public class TL1034Tests : RuleTests<UnlistedSipDomainRule>
    {
        [Fact]
        public void Fires_at_the_sip_value_when_the_domain_is_not_listed()
        {
            var lint = Verify(ValidTopology.With("{sip: alice@contoso.com", "{sip: [|alice@fabrikam.com|]"));

            Assert.Equal("The SIP domain 'fabrikam.com' of the user 'alice@fabrikam.com' is not in sipDomains (contoso.com)", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void A_subdomain_of_a_listed_domain_does_not_count()
        {
            Verify(ValidTopology.With("{sip: alice@contoso.com", "{sip: [|alice@sales.contoso.com|]"));
        }

        [Fact]
        public void Domains_compare_case_insensitively()
        {
            Verify(ValidTopology.With("{sip: alice@contoso.com", "{sip: alice@Contoso.COM"));
        }

        [Fact]
        public void A_sip_written_quoted_or_escaped_is_compared_as_its_value()
        {
            Verify(ValidTopology.With("{sip: alice@contoso.com", "{sip: \"alice@CONTOSO\\x2Ecom\""));
        }

        [Fact]
        public void A_domain_that_a_listed_one_begins_with_fires()
        {
            Verify(ValidTopology.With("{sip: alice@contoso.com", "{sip: [|alice@contoso.co|]"));
        }

        [Fact]
        public void Any_listed_domain_counts()
        {
            Verify(ValidTopology.With("sipDomains: [contoso.com]", "sipDomains: [contoso.com, fabrikam.com]").With("{sip: alice@contoso.com", "{sip: alice@fabrikam.com"));
        }
    }
}
