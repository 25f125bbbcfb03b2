using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;

namespace TopologyLint.Formatting
{
    /// <summary>SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: one run, every catalog rule, one result per diagnostic.</summary>
    public sealed class SarifFormatter : IReportFormatter
    {
        public const string SourceRootId = "%SRCROOT%";

        public string Name => "sarif";

        public void Write(LintReport report, TextWriter writer)
        {
            using var stream = new MemoryStream();
            using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
            {
                json.WriteStartObject();
                json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
                json.WriteString("version", "2.1.0");
                json.WriteStartArray("runs");
                json.WriteStartObject();
                var ruleIndex = WriteTool(json);
                WriteResults(json, report, ruleIndex);
                json.WriteStartArray("invocations");
                json.WriteStartObject();
                json.WriteBoolean("executionSuccessful", true);
                json.WriteNumber("exitCode", report.Count(DiagnosticSeverity.Error) > 0 ? 1 : 0);
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteStartObject("originalUriBaseIds");
                json.WriteStartObject(SourceRootId);
                json.WriteString("uri", new Uri(EnsureTrailingSlash(report.BaseDirectory)).AbsoluteUri);
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteEndObject();
            }

            writer.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
        }

        private static Dictionary<string, int> WriteTool(Utf8JsonWriter json)
        {
            var indexes = new Dictionary<string, int>(StringComparer.Ordinal);
            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", "TopologyLint");
            json.WriteString("semanticVersion", ToolVersion.SemanticVersion);
            json.WriteString("informationUri", "https://github.com/topologylint/topologylint");
            json.WriteStartArray("rules");
            foreach (DiagnosticDescriptor descriptor in RuleCatalog.Descriptors)
            {
                indexes[descriptor.Id] = indexes.Count;
                string title = descriptor.Title.ToString(CultureInfo.InvariantCulture);
                string description = descriptor.Description.ToString(CultureInfo.InvariantCulture);
                json.WriteStartObject();
                json.WriteString("id", descriptor.Id);
                json.WriteString("name", PascalCase(title));
                json.WriteStartObject("shortDescription");
                json.WriteString("text", title);
                json.WriteEndObject();
                json.WriteStartObject("fullDescription");
                json.WriteString("text", description.Length > 0 ? description : title);
                json.WriteEndObject();
                json.WriteString("helpUri", descriptor.HelpLinkUri);
                json.WriteStartObject("help");
                json.WriteString("text", description.Length > 0 ? description : title);
                json.WriteString("markdown", RuleHelp.Markdown(descriptor.Id) ?? title);
                json.WriteEndObject();
                json.WriteStartObject("defaultConfiguration");
                json.WriteString("level", Level(descriptor.DefaultSeverity));
                json.WriteEndObject();
                json.WriteStartObject("properties");
                json.WriteString("category", descriptor.Category);
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
            return indexes;
        }

        private static void WriteResults(Utf8JsonWriter json, LintReport report, Dictionary<string, int> ruleIndex)
        {
            json.WriteStartArray("results");
            foreach (Diagnostic diagnostic in report.DiagnosticsIncludingSuppressed)
            {
                FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
                json.WriteStartObject();
                json.WriteString("ruleId", diagnostic.Id);
                if (ruleIndex.TryGetValue(diagnostic.Id, out int index))
                {
                    json.WriteNumber("ruleIndex", index);
                }

                json.WriteString("level", Level(diagnostic.Severity));
                json.WriteStartObject("message");
                json.WriteString("text", diagnostic.GetMessage(CultureInfo.InvariantCulture));
                json.WriteEndObject();
                json.WriteStartArray("locations");
                json.WriteStartObject();
                json.WriteStartObject("physicalLocation");
                json.WriteStartObject("artifactLocation");
                json.WriteString("uri", report.DisplayPath(span.Path));
                json.WriteString("uriBaseId", SourceRootId);
                json.WriteEndObject();
                json.WriteStartObject("region");
                json.WriteNumber("startLine", span.StartLinePosition.Line + 1);
                json.WriteNumber("startColumn", span.StartLinePosition.Character + 1);
                json.WriteNumber("endLine", span.EndLinePosition.Line + 1);
                json.WriteNumber("endColumn", span.EndLinePosition.Character + 1);
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteStartObject("partialFingerprints");
                json.WriteString("primaryLocationLineHash", LineHash(diagnostic));
                json.WriteEndObject();
                WriteSuppressions(json, diagnostic);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        /// <summary>
        /// An in-source suppression (a <c># topolint-disable</c> comment, applied by the policy stage) keeps the
        /// result in the log, marked suppressed, so code scanning closes the alert instead of losing track of it.
        /// </summary>
        private static void WriteSuppressions(Utf8JsonWriter json, Diagnostic diagnostic)
        {
            if (!diagnostic.IsSuppressed)
            {
                return;
            }

            json.WriteStartArray("suppressions");
            json.WriteStartObject();
            json.WriteString("kind", "inSource");
            if (diagnostic.Properties.TryGetValue(DiagnosticProperties.Justification, out string? justification) && !string.IsNullOrWhiteSpace(justification))
            {
                json.WriteString("justification", justification);
            }

            json.WriteEndObject();
            json.WriteEndArray();
        }

        /// <summary>A hash of the rule and the offending text, not of the line number, so it survives edits elsewhere in the file.</summary>
        private static string LineHash(Diagnostic diagnostic)
        {
            string text = diagnostic.Location.SourceTree?.ToString() ?? string.Empty;
            string key = diagnostic.Id + "\n" + diagnostic.GetMessage(CultureInfo.InvariantCulture) + "\n" + text;
            using SHA256 sha = SHA256.Create();
            byte[] hash = sha.ComputeHash(Encoding.UTF8.GetBytes(key));
            var builder = new StringBuilder();
            for (int i = 0; i < 8; i++)
            {
                builder.Append(hash[i].ToString("x2", CultureInfo.InvariantCulture));
            }

            return builder.Append(":1").ToString();
        }

        private static string Level(DiagnosticSeverity severity)
            => severity == DiagnosticSeverity.Error ? "error" : severity == DiagnosticSeverity.Warning ? "warning" : "note";

        private static string EnsureTrailingSlash(string directory)
            => directory.EndsWith(Path.DirectorySeparatorChar.ToString(), StringComparison.Ordinal) ? directory : directory + Path.DirectorySeparatorChar;

        private static string PascalCase(string title)
        {
            var builder = new StringBuilder();
            foreach (string word in title.Split(new[] { ' ', '-', '\'' }, StringSplitOptions.RemoveEmptyEntries))
            {
                builder.Append(char.ToUpperInvariant(word[0])).Append(word.Substring(1));
            }

            return builder.ToString();
        }
    }
}
