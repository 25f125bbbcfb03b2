using System.Globalization;
using System.IO;
using TopologyLint.Configuration;
using TopologyLint.Core.Tests.Rules.Testing;
using TopologyLint.Engine;
using TopologyLint.Rules.Document;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Document
{
    /// <summary>TL0007: a suppression comment that suppresses nothing, reported at the ID in the comment.</summary>
    public class TL0007Tests : RuleTests<SuppressionUnusedRule>
    {
        [Fact]
        public void A_suppression_that_suppresses_nothing_is_reported_at_its_id()
        {
            var lint = Verify(("a.topology.yaml", "a: 1\n  # topolint-disable-next-line [|TL0006|], [|TL0004|] -- stale\nb: 2\n"));

            Assert.Empty(lint.Result.SuppressedDiagnostics);
            Assert.Equal("Suppression of TL0006 suppresses nothing on the next line", lint.OfRule[0].GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void A_rest_of_file_suppression_below_the_diagnostic_does_not_reach_it()
        {
            var lint = Verify(("a.topology.yaml", "a: 1\n{|TL0006:a|}: 2\n# topolint-disable [|TL0006|]\nb: 1\n"));

            Assert.Equal("Suppression of TL0006 suppresses nothing in the rest of the file", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Suppressing_a_rule_turned_off_for_the_file_is_not_reported_as_unused()
        {
            var options = new LintOptions
            {
                MaxDegreeOfParallelism = 1,
                Configuration = new EditorConfigConfiguration(new[] { new ConfigurationFile(Path.Combine(InMemoryFileSystem.Root, ".editorconfig"), "root = true\n[*]\ndotnet_diagnostic.TL0006.severity = none\n") }),
            };

            var lint = Verify(options, ("a.topology.yaml", "a: 1\n# topolint-disable-next-line TL0006\na: 2\n"));

            Assert.DoesNotContain(lint.Result.Diagnostics, d => d.Id == "TL0006");
            Assert.Empty(lint.Result.SuppressedDiagnostics);
        }

        [Fact]
        public void A_document_that_is_not_well_formed_reports_no_unused_suppression()
        {
            Verify(("a.topology.yaml", "# topolint-disable TL0004\na:\n{|TL0001:\t|}b: 1\n"));
        }
    }
}
