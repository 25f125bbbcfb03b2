using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace TopologyLint.Formatting
{
    /// <summary><c>path:line:col: severity TLxxxx: message</c>, grouped by file, then a summary line.</summary>
    public sealed class TextFormatter : IReportFormatter
    {
        private readonly bool _color;

        public TextFormatter(bool color) => _color = color;

        public string Name => "text";

        public void Write(LintReport report, TextWriter writer)
        {
            string? previousFile = null;
            foreach (Diagnostic diagnostic in report.Diagnostics)
            {
                FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
                if (previousFile != null && previousFile != span.Path)
                {
                    writer.WriteLine();
                }

                previousFile = span.Path;
                string severity = Severities.Name(diagnostic.Severity);
                writer.WriteLine(OutputText.DefuseCommands(string.Format(
                    CultureInfo.InvariantCulture,
                    "{0}:{1}:{2}: {3} {4}: {5}",
                    OutputText.LineStartPath(report.DisplayPath(span.Path)),
                    span.StartLinePosition.Line + 1,
                    span.StartLinePosition.Character + 1,
                    Colorize(severity, diagnostic.Severity),
                    diagnostic.Id,
                    OutputText.EscapeControlCharacters(diagnostic.GetMessage(CultureInfo.InvariantCulture)))));
            }

            if (report.Diagnostics.Length > 0)
            {
                writer.WriteLine();
            }

            writer.WriteLine(string.Format(
                CultureInfo.InvariantCulture,
                "{0} {1}, {2} {3}, {4} {5} in {6} {7}",
                report.Count(DiagnosticSeverity.Error),
                Plural(report.Count(DiagnosticSeverity.Error), "error"),
                report.Count(DiagnosticSeverity.Warning),
                Plural(report.Count(DiagnosticSeverity.Warning), "warning"),
                report.Count(DiagnosticSeverity.Info),
                Plural(report.Count(DiagnosticSeverity.Info), "info"),
                report.Result.Files.Length,
                Plural(report.Result.Files.Length, "file")));
        }

        private static string Plural(int count, string word) => count == 1 ? word : word + "s";

        private string Colorize(string text, DiagnosticSeverity severity)
        {
            if (!_color)
            {
                return text;
            }

            string code = severity == DiagnosticSeverity.Error ? "31" : severity == DiagnosticSeverity.Warning ? "33" : "36";
            return "\u001b[" + code + "m" + text + "\u001b[0m";
        }
    }
}
