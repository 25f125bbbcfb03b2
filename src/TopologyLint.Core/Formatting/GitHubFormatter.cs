using System.Globalization;
using System.IO;
using System.Text;
using Microsoft.CodeAnalysis;

namespace TopologyLint.Formatting
{
    /// <summary>
    /// GitHub Actions workflow commands (<c>::error file=…,line=…,col=…,endLine=…,endColumn=…,title=TLxxxx::message</c>),
    /// which the runner turns into annotations on the pull request's diff. Info diagnostics become notices.
    /// </summary>
    public sealed class GitHubFormatter : IReportFormatter
    {
        public string Name => "github";

        public void Write(LintReport report, TextWriter writer)
        {
            foreach (Diagnostic diagnostic in report.Diagnostics)
            {
                FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
                writer.WriteLine(OutputText.DefuseCommands(string.Format(
                    CultureInfo.InvariantCulture,
                    "::{0} file={1},line={2},col={3},endLine={4},endColumn={5},title={6}::{7}",
                    Command(diagnostic.Severity),
                    EscapeProperty(report.DisplayPath(span.Path)),
                    span.StartLinePosition.Line + 1,
                    span.StartLinePosition.Character + 1,
                    span.EndLinePosition.Line + 1,
                    span.EndLinePosition.Character + 1,
                    EscapeProperty(diagnostic.Id),
                    EscapeData(diagnostic.GetMessage(CultureInfo.InvariantCulture)))));
            }
        }

        private static string Command(DiagnosticSeverity severity)
            => severity == DiagnosticSeverity.Error ? "error" : severity == DiagnosticSeverity.Warning ? "warning" : "notice";

        /// <summary>The runner's escaping of a command's message: <c>%</c>, CR and LF.</summary>
        public static string EscapeData(string value)
            => new StringBuilder(value).Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A").ToString();

        /// <summary>A property value also escapes <c>:</c> and <c>,</c>, which separate the properties.</summary>
        public static string EscapeProperty(string value)
            => new StringBuilder(EscapeData(value)).Replace(":", "%3A").Replace(",", "%2C").ToString();
    }
}
