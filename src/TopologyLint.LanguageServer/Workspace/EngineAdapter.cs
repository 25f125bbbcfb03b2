using System.Threading;
using TopologyLint.Configuration;
using TopologyLint.Engine;
using TopologyLint.Loading;
using TopologyLint.Policy;

namespace TopologyLint.LanguageServer.Workspace
{
    /// <summary>
    /// The one place the server calls the engine: one root document (and its fragments) through a file system,
    /// the configuration and the baseline. When the engine's entry point changes, only this class does.
    /// </summary>
    internal static class EngineAdapter
    {
        public static LintResult LintRoot(string rootPath, ITopologyFileSystem fileSystem, LoadedDocumentCache documents, ITopologyConfiguration configuration, Baseline? baseline, LoaderLimits limits, CancellationToken cancellationToken)
        {
            // One root per call, in the calling thread: the server runs roots concurrently itself. Unchanged files'
            // trees come from the cache, and the model is kept for the language features and quick fixes.
            var options = new LintOptions
            {
                Configuration = configuration,
                Limits = limits,
                MaxDegreeOfParallelism = 1,
                DocumentCache = documents,
                KeepTopology = true,
                Baseline = baseline,
            };
            return new TopologyLinter(fileSystem, options).Lint(new[] { rootPath }, cancellationToken);
        }
    }
}
