using Microsoft.CodeAnalysis;

namespace TopologyLint.Formatting
{
    /// <summary>Severity names as the formats spell them.</summary>
    public static class Severities
    {
        /// <summary>error, warning, info: the words of the rule catalog (docs/rules/README.md).</summary>
        public static string Name(DiagnosticSeverity severity)
        {
            switch (severity)
            {
                case DiagnosticSeverity.Error:
                    return "error";
                case DiagnosticSeverity.Warning:
                    return "warning";
                default:
                    return "info";
            }
        }
    }
}
