using System;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Formatting;
using Xunit;

namespace TopologyLint.Core.Tests.Documentation
{
    /// <summary>
    /// docs/rules/README.md lists the catalog as the engine holds it (ID, default severity, area, title,
    /// link to the help page), so the index cannot drift from the rules: a rule added, retitled or given
    /// another severity fails this test until the table between the markers is replaced by the one printed.
    /// </summary>
    public sealed class RuleIndexTests
    {
        private const string Start = "<!-- rule-index:start (generated from the catalog; RuleIndexTests checks it) -->";
        private const string End = "<!-- rule-index:end -->";

        [Fact]
        public void The_rule_index_lists_the_catalog()
        {
            string index = File.ReadAllText(ExampleTwinTests.RepositoryPath("docs/rules/README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
            int start = index.IndexOf(Start, StringComparison.Ordinal);
            int end = index.IndexOf(End, StringComparison.Ordinal);
            Assert.True(start >= 0 && end > start, $"docs/rules/README.md needs the markers {Start} and {End}");

            string actual = index.Substring(start + Start.Length, end - start - Start.Length).Trim('\n');
            string expected = Table();

            Assert.True(expected == actual, "docs/rules/README.md is out of date with the rule catalog; put this table between its markers:\n\n" + expected);
        }

        [Fact]
        public void Every_help_page_is_in_the_index()
        {
            string[] pages = Directory.GetFiles(ExampleTwinTests.RepositoryPath("docs/rules"), "TL*.md").Select(Path.GetFileNameWithoutExtension).OrderBy(id => id, StringComparer.Ordinal).ToArray()!;

            Assert.Equal(RuleCatalog.Descriptors.Select(d => d.Id), pages);
        }

        /// <summary>The index's table, one row per rule in ID order.</summary>
        internal static string Table()
            => string.Join(
                "\n",
                new[] { "| ID | Default severity | Area | Title |", "|---|---|---|---|" }
                    .Concat(RuleCatalog.Descriptors.Select(Row)));

        private static string Row(DiagnosticDescriptor rule)
            => $"| [{rule.Id}]({rule.Id}.md) | {Severities.Name(rule.DefaultSeverity)} | {rule.Category} | {rule.Title.ToString(CultureInfo.InvariantCulture).Replace("|", "\\|", StringComparison.Ordinal)} |";
    }
}
