using System.Linq;
using Microsoft.CodeAnalysis;
using TopologyLint.Engine;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Document
{
    /// <summary>TL0008: a suppression comment naming an unknown rule (or none), reported at the ID or the comment.</summary>
    public class TL0008Tests
    {
        private static LintResult Lint(TestLint lint, string name, string text, LintOptions? options = null)
            => lint.Run(new[] { lint.Write(name, text) }, options);

        [Fact]
        public void An_unknown_id_is_reported_and_the_known_ones_still_suppress()
        {
            using var lint = new TestLint();
            LintResult result = Lint(lint, "a.topology.yaml", "a: 1\n# topolint-disable-next-line TL101, TL0006\na: 2\n");

            Diagnostic unknown = Assert.Single(result.Diagnostics, d => d.Id == "TL0008");
            Assert.Equal((2, 30, 2, 35), unknown.Span());
            Assert.Equal(DiagnosticSeverity.Warning, unknown.Severity);
            Assert.Contains("'TL101'", unknown.GetMessage());
            Assert.Single(result.SuppressedDiagnostics, s => s.Diagnostic.Id == "TL0006");
        }

        [Fact]
        public void A_suppression_naming_no_rule_is_reported_at_the_comment()
        {
            using var lint = new TestLint();
            LintResult result = Lint(lint, "a.topology.yaml", "a: 1 # topolint-disable\n");

            Assert.Equal(new[] { "TL0008@1:6" }, result.Diagnostics.Where(d => d.Id == "TL0008").Positions());
        }
    }
}
