using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using TopologyLint.Policy;

namespace TopologyLint.Formatting
{
    /// <summary>
    /// The Code Climate issue list that GitLab's Code Quality report (<c>artifacts:reports:codequality</c>) reads:
    /// a JSON array with one issue per diagnostic. The fingerprint is the finding's identity
    /// (<see cref="FindingIdentity"/>), so GitLab's merge-request widget tells new findings from old ones
    /// however many lines were added elsewhere.
    /// </summary>
    public sealed class CodeClimateFormatter : IReportFormatter
    {
        public string Name => "codeclimate";

        public void Write(LintReport report, TextWriter writer)
        {
            ImmutableArray<Diagnostic> diagnostics = report.Diagnostics;
            IReadOnlyList<string> fingerprints = new DiagnosticFingerprint(report.Result, report.BaseDirectory).Fingerprints(diagnostics);
            using var stream = new MemoryStream();
            using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
            {
                json.WriteStartArray();
                for (int i = 0; i < diagnostics.Length; i++)
                {
                    Diagnostic diagnostic = diagnostics[i];
                    FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
                    json.WriteStartObject();
                    json.WriteString("type", "issue");
                    json.WriteString("check_name", diagnostic.Id);
                    json.WriteString("description", diagnostic.GetMessage(CultureInfo.InvariantCulture));
                    json.WriteStartArray("categories");
                    json.WriteStringValue("Bug Risk");
                    json.WriteEndArray();
                    json.WriteString("severity", Severity(diagnostic.Severity));
                    json.WriteString("fingerprint", fingerprints[i]);
                    json.WriteStartObject("location");
                    json.WriteString("path", report.DisplayPath(span.Path));
                    json.WriteStartObject("lines");
                    json.WriteNumber("begin", span.StartLinePosition.Line + 1);
                    json.WriteNumber("end", span.EndLinePosition.Line + 1);
                    json.WriteEndObject();
                    json.WriteEndObject();
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            writer.WriteLine(OutputText.DefuseCommands(Encoding.UTF8.GetString(stream.ToArray())));
        }

        /// <summary>An error fails the lint (critical); a warning is worth fixing (minor); an info is a remark (info).</summary>
        private static string Severity(DiagnosticSeverity severity)
            => severity == DiagnosticSeverity.Error ? "critical" : severity == DiagnosticSeverity.Warning ? "minor" : "info";
    }
}
