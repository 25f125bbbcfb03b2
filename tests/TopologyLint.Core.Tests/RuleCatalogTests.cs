using System.Collections.Generic;
using System.IO;
using System.Linq;
using TopologyLint.Analysis;
using Xunit;

namespace TopologyLint.Core.Tests
{
    /// <summary>
    /// Every rule ID of the catalog (docs/rules/README.md), the suppression diagnostics TL0007 and
    /// TL0008 and the option check TL0009 included, has a class in the catalog, a help page in docs/rules, and a test class named
    /// after it; and the catalog holds no other rule.
    /// </summary>
    public class RuleCatalogTests
    {
        private static readonly string[] SpecifiedIds =
        {
            "TL0001", "TL0002", "TL0003", "TL0004", "TL0005", "TL0006", "TL0007", "TL0008", "TL0009",
            "TL1001", "TL1002", "TL1003", "TL1004", "TL1005", "TL1006", "TL1007", "TL1008", "TL1009", "TL1010",
            "TL1011", "TL1012", "TL1013", "TL1014", "TL1015", "TL1016", "TL1017", "TL1018", "TL1019",
            "TL2001", "TL2002", "TL2003",
            "TL3001", "TL3002", "TL3003", "TL3004",
        };

        public static IEnumerable<object[]> Ids => SpecifiedIds.Select(id => new object[] { id });

        [Theory]
        [MemberData(nameof(Ids))]
        public void The_rule_has_a_class_in_the_catalog(string id)
        {
            Assert.Contains(id, RuleCatalog.Rules.Select(r => r.Descriptor.Id));
        }

        [Theory]
        [MemberData(nameof(Ids))]
        public void The_rule_has_a_help_page(string id)
        {
            string page = ExampleTwinTests.RepositoryPath("docs/rules/" + id + ".md");

            Assert.True(File.Exists(page), $"{page} is missing");
            Assert.StartsWith($"# {id}: ", File.ReadAllText(page));
            Assert.Equal(File.ReadAllText(page), RuleHelp.Markdown(id));
        }

        [Theory]
        [MemberData(nameof(Ids))]
        public void The_rule_has_a_test_class(string id)
        {
            string[] testClasses = typeof(RuleCatalogTests).Assembly.GetTypes().Select(t => t.Name).ToArray();

            Assert.Contains(id + "Tests", testClasses);
        }

        [Fact]
        public void The_catalog_holds_only_specified_rules()
        {
            Assert.Empty(RuleCatalog.Rules.Select(r => r.Descriptor.Id).Except(SpecifiedIds));
        }

        [Fact]
        public void Every_help_link_points_at_the_rules_page()
        {
            Assert.All(RuleCatalog.Rules, r => Assert.Equal(RuleDescriptors.HelpUri(r.Descriptor.Id), r.Descriptor.HelpLinkUri));
        }
    }
}
