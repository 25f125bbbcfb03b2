using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using TopologyLint.Configuration;

namespace TopologyLint.Analyzers
{
    /// <summary>
    /// SEAM, to unify with Core's <c>EditorConfigConfiguration</c> (branch "policy") once it is on main:
    /// <see cref="Create"/> then returns
    /// <c>new EditorConfigConfiguration(editorConfigs.Select(c => new ConfigurationFile(c.Key, c.Value.ToString())))</c>
    /// (which also applies <c>dotnet_analyzer_diagnostic.category-*</c> severities) and this class goes.
    /// Roslyn does not apply a section's <c>dotnet_diagnostic.ID.severity</c> to diagnostics located in an
    /// additional file and strips those keys from the options it hands the analyzer, so the analyzer reads
    /// the <c>.editorconfig</c> files the package adds as AdditionalFiles with Roslyn's own parser.
    /// </summary>
    internal sealed class EditorConfigSeverities : ITopologyConfiguration
    {
        private readonly AnalyzerConfigSet _configs;
        private readonly ConcurrentDictionary<string, AnalyzerConfigOptionsResult> _optionsByPath = new ConcurrentDictionary<string, AnalyzerConfigOptionsResult>(TopologyFiles.PathComparer);

        private EditorConfigSeverities(AnalyzerConfigSet configs) => _configs = configs;

        /// <summary>The configuration the engine gets, from the <c>.editorconfig</c> files (absolute path, text) among the AdditionalFiles.</summary>
        public static ITopologyConfiguration Create(IReadOnlyCollection<KeyValuePair<string, SourceText>> editorConfigs)
            => editorConfigs.Count == 0
                ? DefaultConfiguration.Instance
                : new EditorConfigSeverities(AnalyzerConfigSet.Create(editorConfigs.Select(c => AnalyzerConfig.Parse(c.Value, c.Key)).ToList()));

        public ReportDiagnostic GetSeverity(string filePath, DiagnosticDescriptor descriptor)
            => OptionsFor(filePath).TreeOptions.TryGetValue(descriptor.Id, out ReportDiagnostic severity) ? severity : ReportDiagnostic.Default;

        public string? GetOption(string filePath, string key)
            => OptionsFor(filePath).AnalyzerOptions.TryGetValue(key, out string? value) ? value : null;

        private AnalyzerConfigOptionsResult OptionsFor(string filePath)
            => _optionsByPath.GetOrAdd(filePath, path => _configs.GetOptionsForSourcePath(path));
    }
}
