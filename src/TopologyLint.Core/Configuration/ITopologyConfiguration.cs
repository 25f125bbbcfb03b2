using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace TopologyLint.Configuration
{
    /// <summary>
    /// Severities and options for a file, with the meaning Roslyn gives them in
    /// <c>.editorconfig</c>/<c>.globalconfig</c>. Paths are absolute.
    /// </summary>
    public interface ITopologyConfiguration
    {
        /// <summary>
        /// The severity the configuration gives a rule for a file (by its ID, its category or all analyzers);
        /// null when nothing configures it for that file. <see cref="ReportDiagnostic.Default"/> is an explicit
        /// <c>default</c>: the rule's own severity.
        /// </summary>
        ReportDiagnostic? GetSeverity(string filePath, DiagnosticDescriptor descriptor);

        /// <summary>An option such as <c>topolint_mediation_server_os</c>, or null when not set.</summary>
        string? GetOption(string filePath, string key);

        /// <summary>Where the value <see cref="GetOption"/> returns is written, or null when that is not known.</summary>
        OptionLocation? LocateOption(string filePath, string key);
    }

    /// <summary>The line of a configuration file that sets an option, and the span of its value.</summary>
    public sealed class OptionLocation
    {
        public OptionLocation(string path, TextSpan valueSpan, LinePositionSpan valueLineSpan)
        {
            Path = path;
            ValueSpan = valueSpan;
            ValueLineSpan = valueLineSpan;
        }

        public string Path { get; }

        public TextSpan ValueSpan { get; }

        public LinePositionSpan ValueLineSpan { get; }
    }

    /// <summary>No configuration: every rule at its default severity, no options.</summary>
    public sealed class DefaultConfiguration : ITopologyConfiguration
    {
        public static DefaultConfiguration Instance { get; } = new DefaultConfiguration();

        public ReportDiagnostic? GetSeverity(string filePath, DiagnosticDescriptor descriptor) => null;

        public string? GetOption(string filePath, string key) => null;

        public OptionLocation? LocateOption(string filePath, string key) => null;
    }
}
