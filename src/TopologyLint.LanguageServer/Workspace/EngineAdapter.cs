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
        public static LintResult LintRoot(string rootPath, ITopologyFileSystem fileSystem, ITopologyConfiguration configuration, Baseline? baseline, LoaderLimits limits, CancellationToken cancellationToken)
        {
            // One root per call, in the calling thread: the server runs roots concurrently itself.
            var linter = new TopologyLinter(fileSystem, new LintOptions { Configuration = configuration, Limits = limits, MaxDegreeOfParallelism = 1 });
            LintResult result = linter.Lint(new[] { rootPath }, cancellationToken);
            return baseline == null ? result : baseline.Apply(result).Result;
        }
    }
}
