using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.Text;
using TopologyLint.Configuration;

namespace TopologyLint.Analyzers
{
    /// <summary>
    /// Roslyn does not apply a section's <c>dotnet_diagnostic.ID.severity</c> to diagnostics located in an
    /// additional file and strips those keys from the options it hands the analyzer, so the analyzer reads
    /// the <c>.editorconfig</c> files the package adds as AdditionalFiles with Core's
    /// <see cref="EditorConfigConfiguration"/>: the same code, and so the same meaning, as the CLI and the task.
    /// </summary>
    internal static class EditorConfigSeverities
    {
        /// <summary>The configuration the engine gets, from the <c>.editorconfig</c> files (absolute path, text) among the AdditionalFiles.</summary>
        public static ITopologyConfiguration Create(IReadOnlyCollection<KeyValuePair<string, SourceText>> editorConfigs)
            => editorConfigs.Count == 0
                ? DefaultConfiguration.Instance
                : new EditorConfigConfiguration(editorConfigs.Select(c => new ConfigurationFile(c.Key, c.Value.ToString())));
    }
}
