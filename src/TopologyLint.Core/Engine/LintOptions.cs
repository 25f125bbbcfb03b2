using System;
using TopologyLint.Configuration;
using TopologyLint.Loading;

namespace TopologyLint.Engine
{
    /// <summary>What a host passes to the engine besides the files.</summary>
    public sealed class LintOptions
    {
        public LoaderLimits Limits { get; set; } = LoaderLimits.Default;

        public ITopologyConfiguration Configuration { get; set; } = DefaultConfiguration.Instance;

        /// <summary>How many root documents are linted at once; 1 lints in the calling thread.</summary>
        public int MaxDegreeOfParallelism { get; set; } = Environment.ProcessorCount;

        /// <summary>
        /// Called with each root document's path once it and its fragments are linted, from the thread that linted
        /// it (several at once when linting in parallel); a host shows progress with it.
        /// </summary>
        public Action<string>? RootLinted { get; set; }
    }
}
