using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using TopologyLint.Configuration;

namespace TopologyLint.Analyzers
{
    /// <summary>
    /// Severities from the <c>.editorconfig</c> AdditionalFiles; options (such as
    /// <c>topolint_mediation_server_os</c>) from them too, or else from what the compiler hands the analyzer
    /// for that file, which adds <c>.globalconfig</c> options (Roslyn strips only the <c>dotnet_diagnostic.*</c>
    /// keys there).
    /// </summary>
    internal sealed class CompilerOptionsConfiguration : ITopologyConfiguration
    {
        private readonly ITopologyConfiguration _editorConfigs;
        private readonly AnalyzerConfigOptionsProvider _compilerOptions;
        private readonly AdditionalFileSystem _files;

        public CompilerOptionsConfiguration(ITopologyConfiguration editorConfigs, AnalyzerConfigOptionsProvider compilerOptions, AdditionalFileSystem files)
        {
            _editorConfigs = editorConfigs;
            _compilerOptions = compilerOptions;
            _files = files;
        }

        public ReportDiagnostic? GetSeverity(string filePath, DiagnosticDescriptor descriptor) => _editorConfigs.GetSeverity(filePath, descriptor);

        /// <summary>Only a value from an <c>.editorconfig</c> AdditionalFile has a line to point at; the compiler's options have none.</summary>
        public OptionLocation? LocateOption(string filePath, string key) => _editorConfigs.LocateOption(filePath, key);

        public string? GetOption(string filePath, string key)
        {
            if (_editorConfigs.GetOption(filePath, key) is { } value)
            {
                return value;
            }

            return _files.Find(filePath) is { } file && _compilerOptions.GetOptions(file).TryGetValue(key, out string? compilerValue)
                ? compilerValue
                : null;
        }
    }
}
