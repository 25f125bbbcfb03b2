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
    }
}
