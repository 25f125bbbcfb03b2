using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using TopologyLint.Configuration;
using TopologyLint.Engine;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Document
{
    /// <summary>TL0007: a suppression comment that suppresses nothing, reported at the ID in the comment.</summary>
    public class TL0007Tests
    {
        private static LintResult Lint(TestLint lint, string name, string text, LintOptions? options = null)
            => lint.Run(new[] { lint.Write(name, text) }, options);

        [Fact]
        public void A_suppression_that_suppresses_nothing_is_reported_at_its_id()
        {
            using var lint = new TestLint();
            LintResult result = Lint(lint, "a.topology.yaml", "a: 1\n  # topolint-disable-next-line TL0006, TL0004 -- stale\nb: 2\n");

            Assert.Empty(result.SuppressedDiagnostics);
            Diagnostic[] unused = result.Diagnostics.Where(d => d.Id == "TL0007").ToArray();
            Assert.Equal(new[] { "TL0007@2:32", "TL0007@2:40" }, unused.Positions());
            Assert.Equal((2, 32, 2, 38), unused[0].Span());
            Assert.Equal(DiagnosticSeverity.Info, unused[0].Severity);
            Assert.Equal("Suppression of TL0006 suppresses nothing on the next line", unused[0].GetMessage());
        }

        [Fact]
        public void A_rest_of_file_suppression_below_the_diagnostic_does_not_reach_it()
        {
            using var lint = new TestLint();
            LintResult result = Lint(lint, "a.topology.yaml", "a: 1\na: 2\n# topolint-disable TL0006\nb: 1\n");

            Assert.Equal(new[] { "TL0006@2:1", "TL0007@3:20" }, result.Diagnostics.Where(d => d.Id == "TL0006" || d.Id == "TL0007").Positions());
            Assert.Equal("Suppression of TL0006 suppresses nothing in the rest of the file", result.Diagnostics.Single(d => d.Id == "TL0007").GetMessage());
        }

        [Fact]
        public void Suppressing_a_rule_turned_off_for_the_file_is_not_reported_as_unused()
        {
            using var lint = new TestLint();
            var options = new LintOptions
            {
                MaxDegreeOfParallelism = 1,
                Configuration = new EditorConfigConfiguration(new[] { new ConfigurationFile(Path.Combine(lint.Directory, ".editorconfig"), "root = true\n[*]\ndotnet_diagnostic.TL0006.severity = none\n") }),
            };
            LintResult result = Lint(lint, "a.topology.yaml", "a: 1\n# topolint-disable-next-line TL0006\na: 2\n", options);

            Assert.DoesNotContain(result.Diagnostics, d => d.Id == "TL0006" || d.Id == "TL0007");
            Assert.Empty(result.SuppressedDiagnostics);
        }

        [Fact]
        public void A_document_that_is_not_well_formed_reports_no_unused_suppression()
        {
            using var lint = new TestLint();
            LintResult result = Lint(lint, "a.topology.yaml", "# topolint-disable TL0004\na: [1, 2\n");

            Assert.Contains(result.Diagnostics, d => d.Id == "TL0001");
            Assert.DoesNotContain(result.Diagnostics, d => d.Id == "TL0007");
        }
    }
}
