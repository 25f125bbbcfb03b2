using System.Globalization;
using TopologyLint.Core.Tests.Rules.Testing;
using TopologyLint.Rules.Prerequisites;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Prerequisites
{
    public class TL1101Tests : RuleTests<CentralSiteFrontEndRule>
    {
        private static string WithSites(string sites) => ValidTopology.With("pools:\n", sites + "pools:\n");

        [Fact]
        public void Fires_at_a_central_site_without_a_front_end_pool()
        {
            var lint = Verify(WithSites("  - {[|id|]: dallas, kind: central}\n"));

            Assert.StartsWith("The central site 'dallas' has no front-end pool:", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Other_roles_do_not_count()
        {
            Verify(WithSites("  - {[|id|]: dallas, kind: central}\n").With(
                "reverseProxies:\n",
                "  - {fqdn: dir.contoso.local, role: director, site: dallas, servers: [{fqdn: dir01.contoso.local}]}\nreverseProxies:\n"));
        }

        [Fact]
        public void A_branch_site_needs_no_front_end_pool()
        {
            Verify(WithSites("  - {id: reno, kind: branch}\n"));
        }

        [Fact]
        public void A_front_end_pool_whose_site_names_nothing_is_not_counted_as_missing()
        {
            Verify(WithSites("  - {id: dallas, kind: central}\n").With(
                "reverseProxies:\n",
                "  - {fqdn: fe2.contoso.local, role: front-end, edition: enterprise, site: {|TL0003:dalas|}, servers: [{fqdn: fe21.contoso.local}, {fqdn: fe22.contoso.local}, {fqdn: fe23.contoso.local}]}\nreverseProxies:\n"));
        }

        [Fact]
        public void Does_not_run_when_the_topology_has_no_front_end_pool()
        {
            Verify(WithSites("  - {id: dallas, kind: central}\n").With("    role: front-end\n", "    role: director\n"));
        }
    }
}
