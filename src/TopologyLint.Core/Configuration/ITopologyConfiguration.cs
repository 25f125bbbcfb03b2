using Microsoft.CodeAnalysis;

namespace TopologyLint.Configuration
{
    /// <summary>
    /// Severities and options for a file, with the meaning Roslyn gives them in
    /// <c>.editorconfig</c>/<c>.globalconfig</c>. Paths are absolute.
    /// </summary>
    public interface ITopologyConfiguration
    {
        /// <summary>The configured severity of a rule for a file; <see cref="ReportDiagnostic.Default"/> keeps the rule's default.</summary>
        ReportDiagnostic GetSeverity(string filePath, DiagnosticDescriptor descriptor);

        /// <summary>An option such as <c>topolint_mediation_server_os</c>, or null when not set.</summary>
        string? GetOption(string filePath, string key);
    }

    /// <summary>No configuration: every rule at its default severity, no options.</summary>
    public sealed class DefaultConfiguration : ITopologyConfiguration
    {
        public static DefaultConfiguration Instance { get; } = new DefaultConfiguration();

        public ReportDiagnostic GetSeverity(string filePath, DiagnosticDescriptor descriptor) => ReportDiagnostic.Default;

        public string? GetOption(string filePath, string key) => null;
    }
}
