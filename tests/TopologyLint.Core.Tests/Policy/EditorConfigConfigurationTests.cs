using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using TopologyLint.Configuration;
using TopologyLint.Analysis;
using TopologyLint.Engine;
using TopologyLint.Policy;
using TopologyLint.Rules.Document;
using Xunit;

namespace TopologyLint.Core.Tests.Policy
{
    public class EditorConfigConfigurationTests
    {
        private static readonly string Root = Path.Combine(Path.GetTempPath(), "topolint-config-tests");

        private static string At(string relative) => Path.Combine(Root, relative);

        private static EditorConfigConfiguration Configure(params (string Path, string Text)[] files)
            => new EditorConfigConfiguration(files.Select(f => new ConfigurationFile(At(f.Path), f.Text)));

        [Fact]
        public void Section_glob_for_topology_files_sets_the_severity_of_an_id()
        {
            var configuration = Configure((".editorconfig", "root = true\n[*.topology.yaml]\ndotnet_diagnostic.TL0006.severity = warning\n"));

            Assert.Equal(ReportDiagnostic.Warn, configuration.GetSeverity(At("a.topology.yaml"), DocumentDiagnostics.DuplicateKey));
            Assert.Equal(ReportDiagnostic.Warn, configuration.GetSeverity(At("deep/er/b.topology.yaml"), DocumentDiagnostics.DuplicateKey));
            Assert.Null(configuration.GetSeverity(At("a.topology.json"), DocumentDiagnostics.DuplicateKey));
            Assert.Null(configuration.GetSeverity(At("a.topology.yaml"), new SchemaRule().Descriptor));
        }

        [Fact]
        public void Directory_glob_section_applies_only_below_that_directory()
        {
            var configuration = Configure((".editorconfig", "root = true\n[examples/**.yaml]\ndotnet_diagnostic.TL0003.severity = suggestion\n"));

            Assert.Equal(ReportDiagnostic.Info, configuration.GetSeverity(At("examples/contoso/site.topology.yaml"), new UnresolvedReferenceRule().Descriptor));
            Assert.Null(configuration.GetSeverity(At("prod/site.topology.yaml"), new UnresolvedReferenceRule().Descriptor));
        }

        [Fact]
        public void Category_severity_applies_to_every_rule_of_the_area_unless_the_id_is_set()
        {
            var configuration = Configure((".editorconfig", "root = true\n[*]\ndotnet_analyzer_diagnostic.category-Document.severity = none\ndotnet_diagnostic.TL0004.severity = error\n"));

            Assert.Equal(ReportDiagnostic.Suppress, configuration.GetSeverity(At("a.topology.yaml"), DocumentDiagnostics.DuplicateKey));
            Assert.Equal(ReportDiagnostic.Error, configuration.GetSeverity(At("a.topology.yaml"), new DuplicateIdentifierRule().Descriptor));
        }

        [Fact]
        public void Default_keeps_the_rules_own_severity_even_over_a_category_setting()
        {
            var configuration = Configure((".editorconfig", "root = true\n[*]\ndotnet_analyzer_diagnostic.category-Document.severity = error\ndotnet_diagnostic.TL0007.severity = default\n"));

            Assert.Equal(ReportDiagnostic.Default, configuration.GetSeverity(At("a.topology.yaml"), DocumentDiagnostics.SuppressionUnused));
            Assert.Equal(ReportDiagnostic.Error, configuration.GetSeverity(At("a.topology.yaml"), DocumentDiagnostics.UnknownSuppression));
        }

        [Fact]
        public void Editorconfig_id_severity_beats_globalconfig_and_globalconfig_id_beats_editorconfig_category()
        {
            var configuration = Configure(
                (".editorconfig", "root = true\n[*.yaml]\ndotnet_diagnostic.TL0006.severity = warning\ndotnet_analyzer_diagnostic.category-Document.severity = suggestion\n"),
                (".globalconfig", "is_global = true\ndotnet_diagnostic.TL0006.severity = none\ndotnet_diagnostic.TL0004.severity = error\ndotnet_diagnostic.TL0003.severity = warning\n"));

            Assert.Equal(ReportDiagnostic.Warn, configuration.GetSeverity(At("a.yaml"), DocumentDiagnostics.DuplicateKey));
            Assert.Equal(ReportDiagnostic.Error, configuration.GetSeverity(At("a.yaml"), new DuplicateIdentifierRule().Descriptor));
            Assert.Equal(ReportDiagnostic.Info, configuration.GetSeverity(At("a.yaml"), new SchemaRule().Descriptor));
            // No .editorconfig section matches a JSON file: the .globalconfig alone decides.
            Assert.Equal(ReportDiagnostic.Suppress, configuration.GetSeverity(At("a.json"), DocumentDiagnostics.DuplicateKey));
            Assert.Equal(ReportDiagnostic.Warn, configuration.GetSeverity(At("a.json"), new UnresolvedReferenceRule().Descriptor));
        }

        [Fact]
        public void Nearer_editorconfig_wins_and_root_true_hides_the_ones_above()
        {
            var configuration = Configure(
                (".editorconfig", "[*]\ndotnet_diagnostic.TL0006.severity = error\ndotnet_diagnostic.TL0004.severity = warning\n"),
                ("team/.editorconfig", "[*]\ndotnet_diagnostic.TL0006.severity = suggestion\n"),
                ("isolated/.editorconfig", "root = true\n[*]\ndotnet_diagnostic.TL0006.severity = silent\n"));

            Assert.Equal(ReportDiagnostic.Info, configuration.GetSeverity(At("team/a.yaml"), DocumentDiagnostics.DuplicateKey));
            Assert.Equal(ReportDiagnostic.Warn, configuration.GetSeverity(At("team/a.yaml"), new DuplicateIdentifierRule().Descriptor));
            Assert.Equal(ReportDiagnostic.Hidden, configuration.GetSeverity(At("isolated/a.yaml"), DocumentDiagnostics.DuplicateKey));
            Assert.Null(configuration.GetSeverity(At("isolated/a.yaml"), new DuplicateIdentifierRule().Descriptor));
        }

        [Fact]
        public void Option_comes_from_the_matching_section_then_the_globalconfig()
        {
            var configuration = Configure(
                (".editorconfig", "root = true\n[site/*.yaml]\ntopolint_mediation_server_os = windows-server-2008-r2/enterprise\n"),
                (".globalconfig", "is_global = true\ntopolint_mediation_server_os = windows-server-2008/standard\n"));

            Assert.Equal("windows-server-2008-r2/enterprise", configuration.GetOption(At("site/a.yaml"), "topolint_mediation_server_os"));
            Assert.Equal("windows-server-2008/standard", configuration.GetOption(At("other/a.yaml"), "topolint_mediation_server_os"));
            Assert.Null(configuration.GetOption(At("site/a.yaml"), "topolint_unknown"));
        }

        [Fact]
        public void Files_that_set_nothing_for_topolint_are_skipped_and_every_answer_stays_roslyns()
        {
            (string Path, string Text)[] files =
            {
                (".editorconfig", "root = true\n[*]\nindent_size = 4\n[*.cs]\ncsharp_prefer_braces = true:warning\n"),
                ("sub/.editorconfig", "[*.cs]\nindent_style = tab\n[*.topology.yaml]\nDOTNET_DIAGNOSTIC.TL0006.SEVERITY = none\nTopolint_Mediation_Server_OS = windows-server-2008/standard\n"),
            };
            AnalyzerConfigSet roslyn = AnalyzerConfigSet.Create(files.Select(f => AnalyzerConfig.Parse(f.Text, At(f.Path))).ToList(), out _);

            var onlyCSharp = Configure(files[0]);
            var both = Configure(files);

            Assert.Empty(onlyCSharp.Problems);
            Assert.Null(onlyCSharp.GetSeverity(At("sub/a.topology.yaml"), DocumentDiagnostics.DuplicateKey));
            Assert.Null(onlyCSharp.GetOption(At("sub/a.topology.yaml"), "topolint_mediation_server_os"));
            foreach (string path in new[] { At("a.topology.yaml"), At("sub/a.topology.yaml"), At("sub/b.topology.json") })
            {
                AnalyzerConfigOptionsResult expected = roslyn.GetOptionsForSourcePath(path);
                Assert.Equal(expected.TreeOptions.TryGetValue("tl0006", out ReportDiagnostic severity) ? severity : null, both.GetSeverity(path, DocumentDiagnostics.DuplicateKey));
                Assert.Equal(expected.AnalyzerOptions.TryGetValue("topolint_mediation_server_os", out string? option) ? option : null, both.GetOption(path, "topolint_mediation_server_os"));
            }

            Assert.Equal(ReportDiagnostic.Suppress, both.GetSeverity(At("sub/a.topology.yaml"), DocumentDiagnostics.DuplicateKey));
        }

        [Fact]
        public void A_file_that_sets_only_other_analyzers_ids_is_not_parsed_and_every_answer_stays_roslyns()
        {
            (string Path, string Text)[] files =
            {
                (".editorconfig", "[*.cs]\ndotnet_diagnostic.CA1822.severity = none\ndotnet_diagnostic.IDE0005.severity = warning\n"),
                ("sub/.editorconfig", "[*.topology.yaml]\ndotnet_diagnostic.Tl0006.severity = none\n"),
                ("other/.editorconfig", "[*]\ndotnet_analyzer_diagnostic.severity = warning\n"),
            };
            AnalyzerConfigSet roslyn = AnalyzerConfigSet.Create(files.Select(f => AnalyzerConfig.Parse(f.Text, At(f.Path))).ToList(), out _);

            var configuration = Configure(files);

            Assert.Equal(new[] { At("sub/.editorconfig"), At("other/.editorconfig") }, configuration.ParsedFiles);
            foreach (string path in new[] { At("a.topology.yaml"), At("sub/a.topology.yaml"), At("other/a.topology.yaml") })
            {
                AnalyzerConfigOptionsResult expected = roslyn.GetOptionsForSourcePath(path);
                ReportDiagnostic? expectedSeverity = expected.TreeOptions.TryGetValue("tl0006", out ReportDiagnostic severity) ? severity
                    : expected.AnalyzerOptions.ContainsKey("dotnet_analyzer_diagnostic.severity") ? ReportDiagnostic.Warn : null;
                Assert.Equal(expectedSeverity, configuration.GetSeverity(path, DocumentDiagnostics.DuplicateKey));
            }

            Assert.Equal(ReportDiagnostic.Warn, configuration.GetSeverity(At("other/a.topology.yaml"), DocumentDiagnostics.DuplicateKey));
        }

        [Fact]
        public void Root_file_that_sets_nothing_still_hides_a_file_above_that_does()
        {
            var configuration = Configure(
                ("up/.editorconfig", "[*.topology.yaml]\ndotnet_diagnostic.TL0006.severity = none\n"),
                ("up/down/.editorconfig", "root = true\n[*.cs]\nindent_size = 2\n"));

            Assert.Equal(ReportDiagnostic.Suppress, configuration.GetSeverity(At("up/a.topology.yaml"), DocumentDiagnostics.DuplicateKey));
            Assert.Null(configuration.GetSeverity(At("up/down/a.topology.yaml"), DocumentDiagnostics.DuplicateKey));
        }

        [Fact]
        public void Conflicting_globalconfigs_are_reported_as_problems()
        {
            var configuration = Configure(
                ("a/.globalconfig", "is_global = true\ntopolint_x = 1\n"),
                ("b/.globalconfig", "is_global = true\ntopolint_x = 2\n"));

            Assert.NotEmpty(configuration.Problems);
            Assert.Null(configuration.GetOption(At("a.yaml"), "topolint_x"));
        }

        [Fact]
        public void Severity_none_removes_the_diagnostic_and_warning_changes_it_in_the_engine()
        {
            using var lint = new TestLint();
            string path = lint.Write("d.topology.yaml", "a: 1\nb: 2\na: 3\n");
            LintResult Run(string editorConfig) => lint.Run(new[] { path }, new LintOptions
            {
                MaxDegreeOfParallelism = 1,
                Configuration = new EditorConfigConfiguration(new[] { new ConfigurationFile(Path.Combine(lint.Directory, ".editorconfig"), editorConfig) }),
            });

            Assert.DoesNotContain(Run("root = true\n[*.topology.yaml]\ndotnet_diagnostic.TL0006.severity = none\n").Diagnostics, d => d.Id == "TL0006");
            Diagnostic warning = Assert.Single(Run("root = true\n[*.topology.yaml]\ndotnet_diagnostic.TL0006.severity = warning\n").Diagnostics, d => d.Id == "TL0006");
            Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
            Assert.Equal((3, 1, 3, 2), warning.Span());
        }

        [Fact]
        public void Warnaserror_promotes_warnings_of_the_listed_ids_only_as_the_last_policy_step()
        {
            using var lint = new TestLint();
            string path = lint.Write("a.topology.yaml", "a: 1\na: 2\n# topolint-disable-next-line TL9999\nb: 1\n");
            var configuration = new EditorConfigConfiguration(new[] { new ConfigurationFile(Path.Combine(lint.Directory, ".editorconfig"), "root = true\n[*]\ndotnet_diagnostic.TL0006.severity = warning\n") });
            LintResult Run(WarningsAsErrors warningsAsErrors)
                => lint.Run(new[] { path }, new LintOptions { MaxDegreeOfParallelism = 1, Configuration = configuration, WarningsAsErrors = warningsAsErrors });

            LintResult none = Run(WarningsAsErrors.None);
            LintResult some = Run(new WarningsAsErrors(false, new[] { "TL0006" }));
            LintResult all = Run(new WarningsAsErrors(true, except: new[] { "TL0008" }));

            static string[] Of(LintResult result) => result.Diagnostics.Where(d => d.Id is "TL0006" or "TL0008").Select(d => d.Id + " " + d.Severity).ToArray();
            Assert.Equal(new[] { "TL0006 Warning", "TL0008 Warning" }, Of(none));
            Assert.Equal(new[] { "TL0006 Error", "TL0008 Warning" }, Of(some));
            Assert.Equal(new[] { "TL0006 Error", "TL0008 Warning" }, Of(all));
            Assert.Same(none, none.Unbaselined);
            Assert.Equal(Of(none), Of(some.Unbaselined));
        }
    }
}
