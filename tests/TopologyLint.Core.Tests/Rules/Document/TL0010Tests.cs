using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using TopologyLint.Configuration;
using TopologyLint.Core.Tests.Rules.Testing;
using TopologyLint.Engine;
using TopologyLint.Rules.Document;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Document
{
    /// <summary>TL0010: an option value the rules cannot use, reported at its line of the configuration file.</summary>
    public class TL0010Tests : RuleTests<OptionValueRule>
    {
        private static LintResult Lint(TestLint lint, params (string Path, string Text)[] configurationFiles)
        {
            string path = lint.Write(ValidTopology.FileName, ValidTopology.Yaml);
            var configuration = new EditorConfigConfiguration(configurationFiles.Select(f => new ConfigurationFile(Path.Combine(lint.Directory, f.Path), f.Text)));
            return lint.Run(new[] { path }, new LintOptions { MaxDegreeOfParallelism = 1, Configuration = configuration });
        }

        [Fact]
        public void An_unknown_operating_system_is_a_warning_at_its_editorconfig_line()
        {
            using var lint = new TestLint();
            LintResult result = Lint(lint, (".editorconfig", "root = true\n\n[*.topology.yaml]\ntopolint_mediation_server_os = windows-server-2008/standard, windows-server-2008-r2/enterprize\n"));

            Diagnostic diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "TL0010");
            Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
            Assert.Equal(Path.Combine(lint.Directory, ".editorconfig"), diagnostic.Location.GetLineSpan().Path);
            Assert.Equal((4, 32, 4, 95), diagnostic.Span());
            Assert.StartsWith("'windows-server-2008-r2/enterprize' in topolint_mediation_server_os is not a known name/edition pair", diagnostic.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void The_nearest_editorconfig_that_sets_the_value_in_effect_is_the_location()
        {
            using var lint = new TestLint();
            lint.Write("sub/.keep", string.Empty);
            string path = lint.Write("sub/" + ValidTopology.FileName, ValidTopology.Yaml);
            var configuration = new EditorConfigConfiguration(new[]
            {
                new ConfigurationFile(Path.Combine(lint.Directory, ".editorconfig"), "root = true\n[*.topology.yaml]\ntopolint_mediation_server_os = typo/standard\n"),
                new ConfigurationFile(Path.Combine(lint.Directory, "sub", ".editorconfig"), "[*.topology.yaml]\ntopolint_mediation_server_os = windows-2008\n"),
            });

            LintResult result = lint.Run(new[] { path }, new LintOptions { MaxDegreeOfParallelism = 1, Configuration = configuration });

            Diagnostic diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "TL0010");
            Assert.Equal(Path.Combine(lint.Directory, "sub", ".editorconfig"), diagnostic.Location.GetLineSpan().Path);
            Assert.Equal((2, 32, 2, 44), diagnostic.Span());
        }

        [Fact]
        public void Usable_values_and_an_absent_option_give_nothing()
        {
            using var lint = new TestLint();
            Assert.DoesNotContain(Lint(lint, (".editorconfig", "root = true\n[*]\ntopolint_mediation_server_os = Windows-Server-2008/Standard\n")).Diagnostics, d => d.Id == "TL0010");
            Assert.DoesNotContain(Lint(lint).Diagnostics, d => d.Id == "TL0010");
        }

        [Fact]
        public void Two_roots_under_one_editorconfig_report_its_line_once()
        {
            using var lint = new TestLint();
            string first = lint.Write("a.topology.yaml", ValidTopology.Yaml);
            string second = lint.Write("b.topology.yaml", ValidTopology.Yaml);
            var configuration = new EditorConfigConfiguration(new[] { new ConfigurationFile(Path.Combine(lint.Directory, ".editorconfig"), "root = true\n[*]\ntopolint_mediation_server_os = nt4/server\n") });

            LintResult result = lint.Run(new[] { first, second }, new LintOptions { MaxDegreeOfParallelism = 1, Configuration = configuration });

            Assert.Single(result.Diagnostics, d => d.Id == "TL0010");
        }
    }
}
