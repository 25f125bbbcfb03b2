using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using TopologyLint.Analysis;
using TopologyLint.Core.Tests.Rules.Testing;
using Xunit;

namespace TopologyLint.Core.Tests
{
    /// <summary>
    /// Every rule the catalog discovers has a help page in docs/rules and a test class named after its ID that
    /// tests it; nothing here lists the rules, so adding one means its class, its page and its test class only.
    /// </summary>
    public class RuleCatalogTests
    {
        public static IEnumerable<object[]> Ids => RuleCatalog.Rules.Select(r => new object[] { r.Descriptor.Id });

        [Fact]
        public void The_catalog_holds_every_rule_class_of_the_engine()
        {
            Type[] ruleTypes = typeof(RuleCatalog).Assembly.GetTypes()
                .Where(t => !t.IsAbstract && typeof(TopologyRule).IsAssignableFrom(t))
                .ToArray();

            // A rule class without a public parameterless constructor would be skipped by discovery.
            Assert.All(ruleTypes, t => Assert.NotNull(t.GetConstructor(Type.EmptyTypes)));
            Assert.Equal(ruleTypes.Length, RuleCatalog.Rules.Length);
            Assert.True(RuleCatalog.Rules.Length >= 34, "The catalog lost rules");
        }

        [Fact]
        public void Ids_are_unique_and_well_formed()
        {
            string[] ids = RuleCatalog.Rules.Select(r => r.Descriptor.Id).ToArray();

            Assert.Equal(ids.Length, ids.Distinct(StringComparer.OrdinalIgnoreCase).Count());
            Assert.All(ids, id => Assert.Matches(new Regex("^TL[0-9]{4}$"), id));
        }

        [Fact]
        public void Each_rule_lives_in_the_folder_of_its_category()
        {
            Assert.All(RuleCatalog.Rules, r => Assert.Equal("TopologyLint.Rules." + r.Descriptor.Category, r.GetType().Namespace));
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

        [Fact]
        public void Every_help_page_belongs_to_a_rule()
        {
            string[] pages = Directory.GetFiles(ExampleTwinTests.RepositoryPath("docs/rules"), "TL*.md").Select(Path.GetFileNameWithoutExtension).ToArray()!;

            Assert.Empty(pages.Except(RuleCatalog.Rules.Select(r => r.Descriptor.Id)));
        }

        [Theory]
        [MemberData(nameof(Ids))]
        public void The_rule_has_a_test_class_that_tests_it(string id)
        {
            Assert.True(RuleCatalog.TryGet(id, out TopologyRule? rule));
            Type[] testClasses = typeof(RuleCatalogTests).Assembly.GetTypes().Where(t => t.Name == id + "Tests").ToArray();

            Type testClass = Assert.Single(testClasses);
            Assert.True(
                testClass.BaseType is { IsGenericType: true } baseType && baseType.GetGenericTypeDefinition() == typeof(RuleTests<>) && baseType.GetGenericArguments()[0] == rule!.GetType(),
                $"{testClass.Name} must derive from RuleTests<{rule!.GetType().Name}>");
        }

        [Fact]
        public void Every_help_link_points_at_the_rules_page()
        {
            Assert.All(RuleCatalog.Rules, r => Assert.Equal(RuleDescriptors.HelpUri(r.Descriptor.Id), r.Descriptor.HelpLinkUri));
        }
    }
}
