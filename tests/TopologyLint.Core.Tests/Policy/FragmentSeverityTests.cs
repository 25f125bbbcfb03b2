using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using TopologyLint.Configuration;
using TopologyLint.Core.Tests.Rules;
using TopologyLint.Engine;
using Xunit;

namespace TopologyLint.Core.Tests.Policy
{
    /// <summary>
    /// A diagnostic in a fragment takes the severity configured for the fragment's own path; where nothing
    /// configures that ID there, the including root's, in both directions; a rule runs when it is on for any
    /// document of the root.
    /// </summary>
    public class FragmentSeverityTests
    {
        private const string DuplicateNumberFragment = "users:\n  - {sip: carol@contoso.com, site: hq, lineUri: \"tel:+14255550100\"}\n";

        private static LintResult Lint(TestLint lint, string editorConfig)
        {
            lint.Write("fragments/users.yaml", DuplicateNumberFragment);
            string root = lint.Write(ValidTopology.FileName, ValidTopology.Yaml + "include: [fragments/users.yaml]\n");
            var configuration = new EditorConfigConfiguration(new[] { new ConfigurationFile(Path.Combine(lint.Directory, ".editorconfig"), "root = true\n" + editorConfig) });
            return lint.Run(new[] { root }, new LintOptions { MaxDegreeOfParallelism = 1, Configuration = configuration });
        }

        [Theory]
        [InlineData("warning", DiagnosticSeverity.Warning)]
        [InlineData("suggestion", DiagnosticSeverity.Info)]
        public void A_root_section_lowers_a_finding_in_a_fragment_it_does_not_match(string configured, DiagnosticSeverity expected)
        {
            using var lint = new TestLint();
            LintResult result = Lint(lint, $"[*.topology.yaml]\ndotnet_diagnostic.TL1010.severity = {configured}\n");

            Diagnostic duplicate = Assert.Single(result.Diagnostics, d => d.Id == "TL1010");
            Assert.EndsWith("users.yaml", duplicate.Location.GetLineSpan().Path);
            Assert.Equal(expected, duplicate.Severity);
        }

        [Fact]
        public void A_root_section_raises_a_finding_in_a_fragment_it_does_not_match()
        {
            using var lint = new TestLint();
            lint.Write("fragments/branch.yaml", "sites:\n  - {id: branch, kind: branch}\nclients:\n  - {product: lync-2013, site: branch, count: 5}\n");
            string root = lint.Write(ValidTopology.FileName, ValidTopology.Yaml + "include: [fragments/branch.yaml]\n");
            LintResult Run(string editorConfig) => lint.Run(new[] { root }, new LintOptions
            {
                MaxDegreeOfParallelism = 1,
                Configuration = new EditorConfigConfiguration(new[] { new ConfigurationFile(Path.Combine(lint.Directory, ".editorconfig"), "root = true\n" + editorConfig) }),
            });

            Diagnostic plain = Assert.Single(Run(string.Empty).Diagnostics, d => d.Id == "TL3001");
            Diagnostic raised = Assert.Single(Run("[*.topology.yaml]\ndotnet_diagnostic.TL3001.severity = error\n").Diagnostics, d => d.Id == "TL3001");

            Assert.EndsWith("branch.yaml", raised.Location.GetLineSpan().Path);
            Assert.Equal(DiagnosticSeverity.Warning, plain.Severity);
            Assert.Equal(DiagnosticSeverity.Error, raised.Severity);
        }

        [Fact]
        public void A_root_section_silences_a_finding_in_a_fragment()
        {
            using var lint = new TestLint();
            LintResult result = Lint(lint, "[*.topology.yaml]\ndotnet_diagnostic.TL1010.severity = none\n");

            Assert.DoesNotContain(result.Diagnostics, d => d.Id == "TL1010");
        }

        [Fact]
        public void The_fragments_own_section_wins_and_the_rule_runs_though_it_is_off_for_the_root()
        {
            using var lint = new TestLint();
            LintResult result = Lint(lint, "[*.topology.yaml]\ndotnet_diagnostic.TL1010.severity = none\n\n[fragments/*.yaml]\ndotnet_diagnostic.TL1010.severity = error\n");

            Diagnostic duplicate = Assert.Single(result.Diagnostics, d => d.Id == "TL1010");
            Assert.EndsWith("users.yaml", duplicate.Location.GetLineSpan().Path);
            Assert.Equal(DiagnosticSeverity.Error, duplicate.Severity);
        }

        [Fact]
        public void The_fragments_own_section_can_silence_what_the_root_raises()
        {
            using var lint = new TestLint();
            LintResult result = Lint(lint, "[*.topology.yaml]\ndotnet_diagnostic.TL1010.severity = warning\n\n[fragments/*.yaml]\ndotnet_diagnostic.TL1010.severity = none\n");

            Assert.DoesNotContain(result.Diagnostics, d => d.Id == "TL1010");
        }

        [Fact]
        public void A_category_setting_for_the_fragments_path_counts_as_configuring_the_id_there()
        {
            using var lint = new TestLint();
            LintResult result = Lint(lint, "[*.topology.yaml]\ndotnet_diagnostic.TL1010.severity = none\n\n[fragments/*.yaml]\ndotnet_analyzer_diagnostic.category-Prerequisites.severity = warning\n");

            Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(result.Diagnostics, d => d.Id == "TL1010").Severity);
        }
    }
}
