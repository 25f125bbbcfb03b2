using System.Globalization;
using System.IO;
using Microsoft.CodeAnalysis;

namespace TopologyLint.Formatting
{
    /// <summary>The canonical <c>path(line,col,endLine,endCol): error TLxxxx: message</c> that IDEs and build servers parse.</summary>
    public sealed class MsBuildFormatter : IReportFormatter
    {
        public string Name => "msbuild";

        public void Write(LintReport report, TextWriter writer)
        {
            foreach (Diagnostic diagnostic in report.Diagnostics)
            {
                FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
                writer.WriteLine(OutputText.DefuseCommands(string.Format(
                    CultureInfo.InvariantCulture,
                    "{0}({1},{2},{3},{4}): {5} {6}: {7}",
                    OutputText.LineStartPath(report.DisplayPath(span.Path)),
                    span.StartLinePosition.Line + 1,
                    span.StartLinePosition.Character + 1,
                    span.EndLinePosition.Line + 1,
                    span.EndLinePosition.Character + 1,
                    Severities.Name(diagnostic.Severity),
                    diagnostic.Id,
                    OutputText.EscapeControlCharacters(diagnostic.GetMessage(CultureInfo.InvariantCulture)))));
            }
        }
    }
}
