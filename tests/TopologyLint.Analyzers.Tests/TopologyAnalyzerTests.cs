using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Engine;
using TopologyLint.Loading;
using Xunit;

namespace TopologyLint.Analyzers.Tests
{
    public sealed class TopologyAnalyzerTests
    {
        [Fact]
        public void SupportedDiagnostics_AreTheCatalogsDescriptors()
        {
            var analyzer = new TopologyAnalyzer();

            Assert.Equal(
                RuleCatalog.Descriptors.Select(d => (d.Id, d.Title.ToString(CultureInfo.InvariantCulture), d.HelpLinkUri, d.Category, d.DefaultSeverity)),
                analyzer.SupportedDiagnostics.Select(d => (d.Id, d.Title.ToString(CultureInfo.InvariantCulture), d.HelpLinkUri, d.Category, d.DefaultSeverity)));
        }

        [Fact]
        public void BrokenTopology_ReportsTheEnginesDiagnosticsInTheFile()
        {
            using var directory = new TempDirectory();
            string path = directory.Write("broken.topology.yaml", TestDocuments.Broken);

            ImmutableArray<Diagnostic> diagnostics = AnalyzerRun.Diagnostics(new InMemoryAdditionalText(path, TestDocuments.Broken));

            LintResult engine = new TopologyLinter(PhysicalFileSystem.Instance, new LintOptions { MaxDegreeOfParallelism = 1 }).Lint(new[] { path });
            Assert.Equal(engine.Diagnostics.Select(d => d.Describe()), diagnostics.Select(d => d.Describe()));
            Assert.All(diagnostics, d => Assert.Equal(path, d.Location.GetLineSpan().Path));
            Assert.All(diagnostics, d => Assert.Equal(LocationKind.ExternalFile, d.Location.Kind));
            Assert.Subset(diagnostics.Positions().ToHashSet(), TestDocuments.BrokenPositions.ToHashSet());
            Diagnostic duplicateKey = Assert.Single(diagnostics, d => d.Id == "TL0006");
            Assert.Equal("TL0006 Error 7:5-7:9 Key 'kind' is already defined in this mapping at line 6", duplicateKey.Describe());
            Assert.Equal(new Microsoft.CodeAnalysis.Text.TextSpan(TestDocuments.Broken.IndexOf("kind: branch", System.StringComparison.Ordinal), 4), duplicateKey.Location.SourceSpan);
        }

        [Fact]
        public void Utf16Document_IsRefusedAsTheCliRefusesIt()
        {
            using var directory = new TempDirectory();
            string path = Path.Combine(directory.Path, "utf16.topology.yaml");
            File.WriteAllBytes(path, System.Text.Encoding.Unicode.GetPreamble().Concat(System.Text.Encoding.Unicode.GetBytes(TestDocuments.Broken)).ToArray());

            ImmutableArray<Diagnostic> diagnostics = AnalyzerRun.Diagnostics(new InMemoryAdditionalText(path, TestDocuments.Broken, System.Text.Encoding.Unicode));

            LintResult engine = new TopologyLinter(PhysicalFileSystem.Instance, new LintOptions { MaxDegreeOfParallelism = 1 }).Lint(new[] { path });
            Assert.Equal("TL0001", Assert.Single(diagnostics).Id);
            Assert.Equal(engine.Diagnostics.Select(d => d.Describe()), diagnostics.Select(d => d.Describe()));
        }

        [Fact]
        public void CleanTopologyWithItsFragment_ReportsNothing()
        {
            string root = Path.Combine(Repository.Root, "examples", "contoso", "contoso.topology.yaml");
            string fragment = Path.Combine(Repository.Root, "examples", "contoso", "fragments", "branch-users.yaml");

            ImmutableArray<Diagnostic> diagnostics = AnalyzerRun.Diagnostics(
                new InMemoryAdditionalText(root, File.ReadAllText(root)),
                new InMemoryAdditionalText(fragment, File.ReadAllText(fragment)));

            Assert.Empty(diagnostics.Select(d => d.Describe()));
        }

        [Theory]
        [InlineData("voice.topology.yaml")]
        [InlineData("network.topology.yaml")]
        public void VoiceRoutingExamples_ReportTheEnginesDiagnostics(string name)
        {
            string path = Path.Combine(Repository.Root, "examples", "broken", name);

            ImmutableArray<Diagnostic> diagnostics = AnalyzerRun.Diagnostics(new InMemoryAdditionalText(path, File.ReadAllText(path)));

            LintResult engine = new TopologyLinter(PhysicalFileSystem.Instance, new LintOptions { MaxDegreeOfParallelism = 1 }).Lint(new[] { path });
            Assert.Contains(diagnostics, d => d.Id.StartsWith("TL4", System.StringComparison.Ordinal));
            Assert.Equal(engine.Diagnostics.Select(d => d.Describe()), diagnostics.OrderBy(d => d, DiagnosticOrder.Instance).Select(d => d.Describe()));
        }

        [Fact]
        public void FilesThatAreNotTopologyDocuments_AreNotLinted()
        {
            string directory = Path.Combine(Path.GetTempPath(), "not-linted");

            ImmutableArray<Diagnostic> diagnostics = AnalyzerRun.Diagnostics(
                new InMemoryAdditionalText(Path.Combine(directory, "settings.yaml"), TestDocuments.Broken),
                new InMemoryAdditionalText(Path.Combine(directory, "topology.json"), "{ not json"));

            Assert.Empty(diagnostics);
        }

        [Fact]
        public void DiagnosticInAFragment_IsLocatedInTheFragment_AndTheFragmentIsNotLintedAlone()
        {
            using var directory = new TempDirectory();
            string root = directory.Write("site.topology.yaml", TestDocuments.RootWithInclude);
            string fragment = directory.Write("branch.topology.yaml", TestDocuments.BranchFragment);

            ImmutableArray<Diagnostic> diagnostics = AnalyzerRun.Diagnostics(
                new InMemoryAdditionalText(root, TestDocuments.RootWithInclude),
                new InMemoryAdditionalText(fragment, TestDocuments.BranchFragment));

            LintResult engine = new TopologyLinter(PhysicalFileSystem.Instance, new LintOptions { MaxDegreeOfParallelism = 1 }).Lint(new[] { root, fragment });
            Assert.Equal(engine.Diagnostics.Select(d => d.Location.GetLineSpan().Path + " " + d.Describe()), diagnostics.OrderBy(d => d, DiagnosticOrder.Instance).Select(d => d.Location.GetLineSpan().Path + " " + d.Describe()));
            Diagnostic unknownSite = Assert.Single(diagnostics.OfDocumentRules());
            Assert.Equal("TL0003@3:37", unknownSite.Position());
            Assert.Equal(fragment, unknownSite.Location.GetLineSpan().Path);
        }

        [Fact]
        public void GlobInclude_MatchesAmongTheAdditionalFiles_AsTheEngineMatchesOnDisk()
        {
            using var directory = new TempDirectory();
            string rootText = TestDocuments.RootWithInclude.Replace("branch.topology.yaml", "parts/*.yaml");
            string root = directory.Write("site.topology.yaml", rootText);
            string broken = directory.Write("parts/a.yaml", TestDocuments.BranchFragment);
            string clean = directory.Write("parts/b.yaml", "users:\n  - {sip: dave@fabrikam.com, site: seattle}\n");
            string outside = directory.Write("other/c.yaml", TestDocuments.BranchFragment);

            ImmutableArray<Diagnostic> diagnostics = AnalyzerRun.Diagnostics(
                new InMemoryAdditionalText(root, rootText),
                new InMemoryAdditionalText(broken, TestDocuments.BranchFragment),
                new InMemoryAdditionalText(clean, File.ReadAllText(clean)),
                new InMemoryAdditionalText(outside, TestDocuments.BranchFragment));

            LintResult engine = new TopologyLinter(PhysicalFileSystem.Instance, new LintOptions { MaxDegreeOfParallelism = 1 }).Lint(new[] { root });
            Assert.Equal(new[] { root, broken, clean }, engine.Files.Single().Documents.Select(d => d.File.Path));
            Assert.Equal(engine.Diagnostics.Select(d => d.Location.GetLineSpan().Path + " " + d.Describe()), diagnostics.OrderBy(d => d, DiagnosticOrder.Instance).Select(d => d.Location.GetLineSpan().Path + " " + d.Describe()));
            Assert.Equal(broken, Assert.Single(diagnostics.OfDocumentRules()).Location.GetLineSpan().Path);
        }

        [Fact]
        public void IncludeOfAFileThatIsNotAnAdditionalFile_SaysToAddIt()
        {
            string root = Path.Combine(Path.GetTempPath(), "include-missing", "site.topology.yaml");

            ImmutableArray<Diagnostic> diagnostics = AnalyzerRun.Diagnostics(new InMemoryAdditionalText(root, TestDocuments.RootWithInclude));

            Diagnostic include = Assert.Single(diagnostics.OfDocumentRules());
            Assert.Equal("TL0005@5:5", include.Position());
            Assert.Contains("AdditionalFiles", include.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void EditorConfigSeverityWarning_DowngradesTheRuleInItsSection()
        {
            string directory = Path.Combine(Path.GetTempPath(), "editorconfig-warning");
            string path = Path.Combine(directory, "broken.topology.yaml");

            ImmutableArray<Diagnostic> diagnostics = AnalyzerRun.Diagnostics(
                new InMemoryAdditionalText(path, TestDocuments.Broken),
                new InMemoryAdditionalText(Path.Combine(directory, ".editorconfig"), "root = true\n\n[*.topology.yaml]\ndotnet_diagnostic.TL0003.severity = warning\n"));

            Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(diagnostics, d => d.Id == "TL0003").Severity);
            Assert.All(diagnostics.OfDocumentRules().Where(d => d.Id != "TL0003"), d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
            Assert.Equal(TestDocuments.BrokenPositions.Length, diagnostics.Count(d => TestDocuments.BrokenPositions.Contains(d.Position())));
        }

        [Fact]
        public void EditorConfigSeverityNone_RemovesTheRule()
        {
            string directory = Path.Combine(Path.GetTempPath(), "editorconfig-none");
            string path = Path.Combine(directory, "broken.topology.yaml");

            ImmutableArray<Diagnostic> diagnostics = AnalyzerRun.Diagnostics(
                new InMemoryAdditionalText(path, TestDocuments.Broken),
                new InMemoryAdditionalText(Path.Combine(directory, ".editorconfig"), "root = true\n\n[*]\ndotnet_diagnostic.TL0003.severity = none\n"));

            Assert.DoesNotContain(diagnostics, d => d.Id == "TL0003");
            Assert.Contains("TL0004@8:9", diagnostics.Positions());
        }

        [Fact]
        public void EditorConfigOfAnotherDirectoryOrSection_DoesNotApply()
        {
            string directory = Path.Combine(Path.GetTempPath(), "editorconfig-elsewhere");
            string path = Path.Combine(directory, "broken.topology.yaml");

            ImmutableArray<Diagnostic> diagnostics = AnalyzerRun.Diagnostics(
                new InMemoryAdditionalText(path, TestDocuments.Broken),
                new InMemoryAdditionalText(Path.Combine(directory, "other", ".editorconfig"), "[*]\ndotnet_diagnostic.TL0003.severity = none\n"),
                new InMemoryAdditionalText(Path.Combine(directory, ".editorconfig"), "[*.cs]\ndotnet_diagnostic.TL0003.severity = none\n"));

            Assert.Equal(DiagnosticSeverity.Error, Assert.Single(diagnostics, d => d.Id == "TL0003").Severity);
        }

        [Fact]
        public void UnchangedDocument_IsNotLintedAgain_AndAChangedFragmentIs()
        {
            using var directory = new TempDirectory();
            string root = Path.Combine(directory.Path, "site.topology.yaml");
            string fragment = Path.Combine(directory.Path, "branch.topology.yaml");
            var analyzer = new TopologyAnalyzer();

            AnalyzerRun.Diagnostics(analyzer, new InMemoryAdditionalText(root, TestDocuments.RootWithInclude), new InMemoryAdditionalText(fragment, TestDocuments.BranchFragment));
            Assert.True(analyzer.Cache.TryGet(root, out CachedLint? first));
            ImmutableArray<Diagnostic> again = AnalyzerRun.Diagnostics(analyzer, new InMemoryAdditionalText(root, TestDocuments.RootWithInclude), new InMemoryAdditionalText(fragment, TestDocuments.BranchFragment));
            Assert.True(analyzer.Cache.TryGet(root, out CachedLint? second));
            string fixedFragment = TestDocuments.BranchFragment.Replace("tacoma", "seattle");
            ImmutableArray<Diagnostic> afterEdit = AnalyzerRun.Diagnostics(analyzer, new InMemoryAdditionalText(root, TestDocuments.RootWithInclude), new InMemoryAdditionalText(fragment, fixedFragment));
            Assert.True(analyzer.Cache.TryGet(root, out CachedLint? third));

            Assert.Same(first!.Result, second!.Result);
            Assert.Equal(new[] { "TL0003@3:37" }, again.OfDocumentRules().Positions());
            Assert.NotSame(first.Result, third!.Result);
            Assert.Empty(afterEdit.OfDocumentRules());
        }
    }
}
