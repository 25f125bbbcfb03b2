using Microsoft.CodeAnalysis;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Emergency
{
    public class TL3001Tests
    {
        private const string BranchSite = "  - {id: branch, kind: branch}\n";

        private static string WithBranchSite(string clients) => ValidTopology.With("pools:\n", BranchSite + "pools:\n").Replace("clients:\n", "clients:\n" + clients);

        [Fact]
        public void Fires_at_a_site_with_enterprise_voice_users_and_no_alternative_access()
        {
            var diagnostics = ValidTopology.Lint(ValidTopology.With("alternativeAccess: [pstn-line], ", string.Empty));

            Diagnostic diagnostic = RuleAssert.Single(diagnostics, "TL3001", DiagnosticSeverity.Warning, 12, 5);
            Assert.StartsWith("The site 'hq' has voice clients but no emergency.alternativeAccess", diagnostic.GetMessage());
        }

        [Fact]
        public void Fires_at_a_site_whose_only_voice_clients_are_a_client_deployment()
        {
            var diagnostics = ValidTopology.Lint(WithBranchSite("  - {product: lync-2013, site: branch, count: 5}\n"));

            RuleAssert.Single(diagnostics, "TL3001", DiagnosticSeverity.Warning, 16, 6);
        }

        [Fact]
        public void A_site_with_no_voice_clients_needs_no_emergency_fallback()
        {
            var diagnostics = ValidTopology.Lint(WithBranchSite("  - {product: lync-2013, site: branch, count: 0}\n"));

            RuleAssert.None(diagnostics, "TL3001");
        }
    }
}
