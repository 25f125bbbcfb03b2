using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using Microsoft.CodeAnalysis;

namespace TopologyLint.Formatting
{
    /// <summary><c>{"diagnostics":[...],"summary":{...}}</c> as docs/cli.md ("Formats") defines it.</summary>
    public sealed class JsonFormatter : IReportFormatter
    {
        public string Name => "json";

        public void Write(LintReport report, TextWriter writer)
        {
            using var stream = new MemoryStream();
            using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
            {
                json.WriteStartObject();
                json.WriteStartArray("diagnostics");
                foreach (Diagnostic diagnostic in report.Diagnostics)
                {
                    FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
                    json.WriteStartObject();
                    json.WriteString("id", diagnostic.Id);
                    json.WriteString("severity", Severities.Name(diagnostic.Severity));
                    json.WriteString("message", diagnostic.GetMessage(CultureInfo.InvariantCulture));
                    json.WriteString("file", report.DisplayPath(span.Path));
                    json.WriteNumber("line", span.StartLinePosition.Line + 1);
                    json.WriteNumber("column", span.StartLinePosition.Character + 1);
                    json.WriteNumber("endLine", span.EndLinePosition.Line + 1);
                    json.WriteNumber("endColumn", span.EndLinePosition.Character + 1);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteStartObject("summary");
                json.WriteNumber("errors", report.Count(DiagnosticSeverity.Error));
                json.WriteNumber("warnings", report.Count(DiagnosticSeverity.Warning));
                json.WriteNumber("infos", report.Count(DiagnosticSeverity.Info));
                json.WriteNumber("files", report.Result.Files.Length);
                json.WriteEndObject();
                json.WriteEndObject();
            }

            writer.WriteLine(OutputText.DefuseCommands(Encoding.UTF8.GetString(stream.ToArray())));
        }
    }
}
