using System;
using System.Collections.Generic;
using TopologyLint.Configuration;
using TopologyLint.Loading;
using TopologyLint.Policy;

namespace TopologyLint.Engine
{
    /// <summary>What a host passes to the engine besides the files.</summary>
    public sealed class LintOptions
    {
        public LoaderLimits Limits { get; set; } = LoaderLimits.Default;

        /// <summary>Severities and options: the policy's first step.</summary>
        public ITopologyConfiguration Configuration { get; set; } = DefaultConfiguration.Instance;

        /// <summary>The policy's third step: findings it records are not reported. Null: none.</summary>
        public Baseline? Baseline { get; set; }

        /// <summary>The policy's last step: which warnings become errors.</summary>
        public WarningsAsErrors WarningsAsErrors { get; set; } = WarningsAsErrors.None;

        /// <summary>
        /// Where a fragment named on its own looks for the root documents that include it (the CLI: the topology
        /// files under the current directory). Called only when such a fragment is named; null: nowhere, so
        /// the fragment is checked as a fragment.
        /// </summary>
        public Func<IEnumerable<string>>? FindRootsForFragments { get; set; }

        /// <summary>How many root documents are linted at once; 1 lints in the calling thread.</summary>
        public int MaxDegreeOfParallelism { get; set; } = Environment.ProcessorCount;

        /// <summary>
        /// Trees of files loaded before, reused when a file's bytes have not changed (keyed by path and content).
        /// Null: every file is parsed on every lint, which is right for a host that lints once (the CLI).
        /// </summary>
        public LoadedDocumentCache? DocumentCache { get; set; }

        /// <summary>
        /// Whether each <see cref="LintedFile.Topology"/> keeps the model the rules saw, for a host that reads it
        /// after the lint (the language server, the fix model) instead of binding again. Off by default: a large
        /// topology's model is most of its memory, and a host that prints and exits does not need it.
        /// </summary>
        public bool KeepTopology { get; set; }

        /// <summary>
        /// Called with each root document's path once it and its fragments are linted, from the thread that linted
        /// it (several at once when linting in parallel); a host shows progress with it.
        /// </summary>
        public Action<string>? RootLinted { get; set; }
    }
}
