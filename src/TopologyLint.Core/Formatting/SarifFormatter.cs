using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Engine;
using TopologyLint.Policy;

namespace TopologyLint.Formatting
{
    /// <summary>
    /// SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: one run, every catalog rule,
    /// one result per diagnostic, valid against the OASIS schema and within GitHub's documented limits.
    /// </summary>
    public sealed class SarifFormatter : IReportFormatter
    {
        public const string SourceRootId = "%SRCROOT%";

        /// <summary>
        /// The partialFingerprints key of the finding's identity (<see cref="FindingIdentity.Fingerprint"/>, the
        /// identity baselines use): viewers keep tracking an alert across line moves and reordered list items.
        /// </summary>
        public const string IdentityFingerprintKey = "topologyLintIdentity/v1";

        /// <summary>
        /// The <see cref="Diagnostic.Properties"/> key holding why a suppressed diagnostic
        /// (<see cref="Diagnostic.IsSuppressed"/>) was suppressed; written as the SARIF suppression's justification.
        /// </summary>
        public const string JustificationProperty = DiagnosticProperties.Justification;

        private readonly int? _exitCode;

        /// <summary>The exit code is derived from the report: 1 when it holds an unsuppressed error, else 0.</summary>
        public SarifFormatter()
        {
        }

        /// <summary>Records the host's own exit code (e.g. the CLI's, which <c>--warnaserror</c> changes) in the invocation.</summary>
        public SarifFormatter(int exitCode) => _exitCode = exitCode;

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
                Dictionary<string, int> ruleIndex = WriteTool(json);
                WriteInvocation(json, report);
                json.WriteStartObject("originalUriBaseIds");
                json.WriteStartObject(SourceRootId);
                json.WriteString("uri", new Uri(EnsureTrailingSeparator(report.BaseDirectory)).AbsoluteUri);
                json.WriteEndObject();
                json.WriteEndObject();
                WriteResults(json, report, ruleIndex);
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteEndObject();
            }

            writer.WriteLine(OutputText.DefuseCommands(Encoding.UTF8.GetString(stream.ToArray())));
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
                string fullDescription = description.Length > 0 ? description : title;
                json.WriteStartObject();
                json.WriteString("id", descriptor.Id);
                json.WriteString("name", PascalCase(title));
                json.WriteStartObject("shortDescription");
                json.WriteString("text", title);
                json.WriteEndObject();
                json.WriteStartObject("fullDescription");
                json.WriteString("text", fullDescription);
                json.WriteEndObject();
                json.WriteString("helpUri", descriptor.HelpLinkUri);

                // GitHub shows help (not helpUri) on the alert page, so the whole help page goes here.
                json.WriteStartObject("help");
                json.WriteString("text", fullDescription);
                json.WriteString("markdown", RuleHelp.Markdown(descriptor.Id) ?? fullDescription);
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

        private void WriteInvocation(Utf8JsonWriter json, LintReport report)
        {
            // The lint ran to the end whenever a report exists: findings are results, not a failed execution.
            int exitCode = _exitCode ?? (report.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error && !d.IsSuppressed) ? 1 : 0);
            json.WriteStartArray("invocations");
            json.WriteStartObject();
            json.WriteBoolean("executionSuccessful", true);
            json.WriteNumber("exitCode", exitCode);
            json.WriteEndObject();
            json.WriteEndArray();
        }

        private static void WriteResults(Utf8JsonWriter json, LintReport report, Dictionary<string, int> ruleIndex)
        {
            ImmutableArray<Diagnostic> diagnostics = report.DiagnosticsIncludingSuppressed;
            IReadOnlyList<string> fingerprints = new DiagnosticFingerprint(report.Result, report.BaseDirectory).Fingerprints(diagnostics);
            json.WriteStartArray("results");
            for (int i = 0; i < diagnostics.Length; i++)
            {
                Diagnostic diagnostic = diagnostics[i];
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
                WriteArtifactLocation(json, report, span.Path);
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
                json.WriteString(IdentityFingerprintKey, fingerprints[i]);
                json.WriteEndObject();
                WriteSuppressions(json, diagnostic);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        /// <summary>
        /// An in-source suppression (a <c># topolint-disable</c> comment, applied by the policy step) keeps the
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
            if (diagnostic.Properties.TryGetValue(JustificationProperty, out string? justification) && !string.IsNullOrWhiteSpace(justification))
            {
                json.WriteString("justification", justification);
            }

            json.WriteEndObject();
            json.WriteEndArray();
        }

        /// <summary>A path inside the base directory is a relative URI against %SRCROOT% (what GitHub requires); any other is an absolute file URI.</summary>
        private static void WriteArtifactLocation(Utf8JsonWriter json, LintReport report, string path)
        {
            string display = report.DisplayPath(path);
            json.WriteStartObject("artifactLocation");
            if (Path.IsPathRooted(display))
            {
                json.WriteString("uri", new Uri(display).AbsoluteUri);
            }
            else
            {
                json.WriteString("uri", string.Join("/", display.Split('/').Select(Uri.EscapeDataString)));
                json.WriteString("uriBaseId", SourceRootId);
            }

            json.WriteEndObject();
        }

        private static string Level(DiagnosticSeverity severity)
            => severity == DiagnosticSeverity.Error ? "error" : severity == DiagnosticSeverity.Warning ? "warning" : "note";

        private static string EnsureTrailingSeparator(string directory)
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
