using System.Linq;
using Microsoft.CodeAnalysis;
using TopologyLint.Core.Tests.Rules;
using TopologyLint.Engine;
using Xunit;

namespace TopologyLint.Core.Tests.Engine
{
    /// <summary>A fragment named on its own: linted as part of the roots that include it, else checked as a fragment.</summary>
    public class LoneFragmentTests
    {
        private const string DuplicateNumberFragment = "users:\n  - {sip: carol@contoso.com, site: hq, lineUri: \"tel:+14255550100\"}\n";

        [Fact]
        public void A_fragment_no_root_includes_is_checked_as_a_fragment_only()
        {
            using var lint = new TestLint();
            string fragment = lint.Write("fragments/users.yaml", "users:\n  - {sip: carol@contoso.com, enabled: maybe}\nsites: []\n");

            LintResult result = lint.Run(new[] { fragment });

            LintedFile file = Assert.Single(result.Files);
            Assert.True(file.IsLoneFragment);
            Assert.Equal(new[] { "TL0002@2:39" }, result.Diagnostics.Positions());
        }

        [Fact]
        public void A_key_a_fragment_may_not_hold_is_reported_as_in_an_include()
        {
            using var lint = new TestLint();
            string fragment = lint.Write("fragments/users.yaml", "users: []\nnotes: hello\n");

            LintResult result = lint.Run(new[] { fragment });

            Assert.Equal(new[] { "TL0005@2:1" }, result.Diagnostics.Positions());
        }

        [Fact]
        public void A_fragment_is_linted_as_part_of_the_roots_that_include_it()
        {
            using var lint = new TestLint();
            string fragment = lint.Write("fragments/users.yaml", DuplicateNumberFragment);
            string root = lint.Write(ValidTopology.FileName, ValidTopology.Yaml + "include: [fragments/users.yaml]\n");
            string unrelated = lint.Write("other.topology.yaml", "topology: other\n");

            LintResult result = lint.Run(new[] { fragment }, new LintOptions { MaxDegreeOfParallelism = 1, FindRootsForFragments = () => new[] { root, unrelated } });

            Assert.Equal(new[] { root }, result.Files.Select(f => f.Path));
            Diagnostic duplicate = Assert.Single(result.Diagnostics, d => d.Id == "TL1010");
            Assert.Equal(fragment, duplicate.Location.GetLineSpan().Path);
        }

        [Fact]
        public void A_root_document_named_without_the_topology_suffix_is_still_a_root()
        {
            using var lint = new TestLint();
            string root = lint.Write("plain.yaml", ValidTopology.Yaml);

            LintResult result = lint.Run(new[] { root });

            Assert.False(Assert.Single(result.Files).IsLoneFragment);
            Assert.Empty(result.Diagnostics);
        }

        [Fact]
        public void A_json_fragment_may_name_its_schema()
        {
            using var lint = new TestLint();
            lint.Write("fragments/users.json", "{\"$schema\": \"../schema/topology.schema.json\", \"users\": []}");
            string root = lint.Write(ValidTopology.FileName, ValidTopology.Yaml + "include: [fragments/users.json]\n");

            LintResult result = lint.Run(new[] { root });

            Assert.Empty(result.Diagnostics);
        }
    }
}
