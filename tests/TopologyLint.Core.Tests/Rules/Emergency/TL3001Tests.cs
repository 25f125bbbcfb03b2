using System.Globalization;
using TopologyLint.Core.Tests.Rules.Testing;
using TopologyLint.Rules.Emergency;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Emergency
{
    public class TL3001Tests : RuleTests<AlternativeAccessRule>
    {
        private static string WithBranchSite(string clients)
            => ValidTopology.With("pools:\n", "  - {[|id|]: branch, kind: branch}\npools:\n").Replace("clients:\n", "clients:\n" + clients);

        [Fact]
        public void Fires_at_a_site_with_enterprise_voice_users_and_no_alternative_access()
        {
            var lint = Verify(ValidTopology.With("alternativeAccess: [pstn-line], ", string.Empty).MarkHq());

            Assert.StartsWith("The site 'hq' has voice clients but no emergency.alternativeAccess", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Fires_at_a_site_whose_only_voice_clients_are_a_client_deployment()
        {
            Verify(WithBranchSite("  - {product: lync-2013, site: branch, count: 5}\n"));
        }

        [Fact]
        public void A_site_with_no_voice_clients_needs_no_emergency_fallback()
        {
            Verify(WithBranchSite("  - {product: lync-2013, site: branch, count: 0}\n").Replace("[|id|]", "id"));
        }

        [Fact]
        public void An_alternative_access_value_that_is_not_a_list_is_left_to_the_schema()
        {
            Verify(ValidTopology.With("alternativeAccess: [pstn-line]", "alternativeAccess: {|TL0002:pstn-line|}"));
        }
    }
}
