using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using TopologyLint.Analysis;
using TopologyLint.Engine;

namespace TopologyLint.Analyzers
{
    /// <summary>
    /// Reports the engine's diagnostics for the project's topology AdditionalFiles, located in those
    /// files, so editors list and squiggle them and <c>dotnet build</c> prints them.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class TopologyAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>Enough for every topology document of a large solution; an IDE session cannot grow it further.</summary>
        private const int CachedDocuments = 256;

        internal LintCache Cache { get; } = new LintCache(CachedDocuments);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = RuleCatalog.Descriptors;

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                if (!start.Options.AdditionalFiles.Any(f => TopologyFiles.IsTopologyDocument(f.Path)))
                {
                    return;
                }

                var topologies = new ProjectTopologies(start.Options, Cache);
                start.RegisterAdditionalFileAction(file =>
                {
                    foreach (Diagnostic diagnostic in topologies.DiagnosticsIn(file.AdditionalFile.Path, file.CancellationToken))
                    {
                        file.ReportDiagnostic(diagnostic);
                    }
                });
            });
        }
    }
}
