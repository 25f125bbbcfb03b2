using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using TopologyLint.Engine;
using TopologyLint.Loading;
using Xunit;

namespace TopologyLint.Analyzers.Tests
{
    /// <summary>The analyzer goes through the engine's entry point for every root of the project, as the CLI does.</summary>
    public sealed class EngineEntryPointTests
    {
        private const string Head = "topology: t\nproduct: lync-server-2013\nsipDomains: [fabrikam.com]\ninclude: [shared.yaml]\n";

        [Fact]
        public void A_fragment_included_by_two_roots_shows_its_finding_once()
        {
            using var directory = new TempDirectory();
            const string Shared = "users:\n  - {sip: a@fabrikam.com, site: nowhere}\n";
            string shared = directory.Write("shared.yaml", Shared);
            string first = directory.Write("a.topology.yaml", Head);
            string second = directory.Write("b.topology.yaml", Head);

            ImmutableArray<Diagnostic> diagnostics = AnalyzerRun.Diagnostics(
                new InMemoryAdditionalText(first, Head),
                new InMemoryAdditionalText(second, Head),
                new InMemoryAdditionalText(shared, Shared));

            LintResult engine = new TopologyLinter(PhysicalFileSystem.Instance, new LintOptions { MaxDegreeOfParallelism = 1 }).Lint(new[] { first, second });
            Assert.Equal(new[] { "TL0003@2:33" }, diagnostics.Where(d => d.Id == "TL0003").Positions());
            Assert.Equal(
                engine.Diagnostics.Select(d => d.Location.GetLineSpan().Path + " " + d.Describe()),
                diagnostics.OrderBy(d => d, DiagnosticOrder.Instance).Select(d => d.Location.GetLineSpan().Path + " " + d.Describe()));
        }

        /// <summary>
        /// Pins what Roslyn does and the analyzer cannot change: a <c>dotnet_diagnostic.ID.severity</c> in a
        /// <c>.globalconfig</c>'s global section reaches the compiler as a global diagnostic option, which Roslyn
        /// applies after the analyzer to every diagnostic without a syntax tree (ours are in additional files),
        /// so there it wins over an <c>.editorconfig</c> section (the CLI and the task let the section win). What the
        /// analyzer does not report (a section's <c>none</c>) the global option cannot bring back.
        /// </summary>
        [Theory]
        [InlineData("warning", ReportDiagnostic.Error, DiagnosticSeverity.Error)]
        [InlineData("error", ReportDiagnostic.Warn, DiagnosticSeverity.Warning)]
        [InlineData("warning", ReportDiagnostic.Suppress, null)]
        [InlineData("none", ReportDiagnostic.Error, null)]
        public async System.Threading.Tasks.Task A_globalconfig_severity_is_applied_by_roslyn_on_top_of_the_editorconfig_section(string editorConfigSeverity, ReportDiagnostic globalSeverity, DiagnosticSeverity? expected)
        {
            using var directory = new TempDirectory();
            string path = directory.Write("broken.topology.yaml", TestDocuments.Broken);
            var editorConfig = new InMemoryAdditionalText(System.IO.Path.Combine(directory.Path, ".editorconfig"), $"root = true\n[*.topology.yaml]\ndotnet_diagnostic.TL0003.severity = {editorConfigSeverity}\n");
            CSharpCompilation compilation = CSharpCompilation.Create(
                "Consumer",
                new[] { CSharpSyntaxTree.ParseText("internal static class Program { }") },
                new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) },
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary).WithSyntaxTreeOptionsProvider(new GlobalSeverity("TL0003", globalSeverity)));

            ImmutableArray<Diagnostic> diagnostics = await compilation
                .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new TopologyAnalyzer()), new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText(path, TestDocuments.Broken), editorConfig)))
                .GetAnalyzerDiagnosticsAsync();

            Assert.Equal(expected, diagnostics.Where(d => d.Id == "TL0003").Select(d => (DiagnosticSeverity?)d.Severity).SingleOrDefault());
        }

        /// <summary>What the compiler builds from a <c>.globalconfig</c>'s global section: one severity for an ID, for every tree.</summary>
        private sealed class GlobalSeverity : SyntaxTreeOptionsProvider
        {
            private readonly string _id;
            private readonly ReportDiagnostic _severity;

            public GlobalSeverity(string id, ReportDiagnostic severity)
            {
                _id = id;
                _severity = severity;
            }

            public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.NotGenerated;

            public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
                => TryGetGlobalDiagnosticValue(diagnosticId, cancellationToken, out severity);

            public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
            {
                severity = _severity;
                return diagnosticId == _id;
            }
        }
    }
}
