using System.Globalization;
using TopologyLint.Core.Tests.Rules.Testing;
using TopologyLint.Rules.Prerequisites;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Prerequisites
{
    public class TL1102Tests : RuleTests<BranchCentralSiteRule>
    {
        private static string WithSites(string sites) => ValidTopology.With("pools:\n", sites + "pools:\n");

        [Fact]
        public void Fires_at_the_value_when_central_site_names_a_branch_site()
        {
            var lint = Verify(WithSites("  - {id: reno, kind: branch}\n  - {id: elko, kind: branch, centralSite: [|reno|]}\n"));

            Assert.Equal("The site 'elko' names 'reno' as its central site, but 'reno' is not a central site", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Fires_at_a_branch_site_that_names_no_central_site_among_several()
        {
            var lint = Verify(WithSites("  - {id: dallas, kind: central}\n  - {[|id|]: reno, kind: branch}\n"));

            Assert.StartsWith("The branch site 'reno' names no centralSite, and the topology has several central sites", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Fires_at_the_key_when_a_central_site_names_a_central_site()
        {
            Verify(ValidTopology.With("    kind: central\n", "    kind: central\n    [|centralSite|]: hq\n"));
        }

        [Fact]
        public void With_one_central_site_the_association_is_implied()
        {
            Verify(WithSites("  - {id: reno, kind: branch}\n"));
        }

        [Fact]
        public void A_branch_site_naming_a_central_site_is_clean()
        {
            Verify(WithSites("  - {id: dallas, kind: central}\n  - {id: reno, kind: branch, centralSite: hq}\n"));
        }

        [Fact]
        public void An_unknown_central_site_is_left_to_TL0003()
        {
            Verify(WithSites("  - {id: reno, kind: branch, centralSite: {|TL0003:nowhere|}}\n"));
        }
    }
}
