using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using TopologyLint.Analysis;
using TopologyLint.Engine;
using TopologyLint.Fixes;
using TopologyLint.Loading;

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
            var fingerprints = new LineHashes(report.Result);
            var fileOf = new Dictionary<Diagnostic, LintedFile>();
            foreach (LintedFile file in report.Result.Files)
            {
                foreach (Diagnostic diagnostic in file.Diagnostics)
                {
                    fileOf[diagnostic] = file;
                }
            }

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
                json.WriteString("primaryLocationLineHash", fingerprints.Next(diagnostic));
                json.WriteEndObject();
                WriteSuppressions(json, diagnostic);
                if (fileOf.TryGetValue(diagnostic, out LintedFile? linted))
                {
                    WriteFixes(json, report, FixCatalog.GetFixes(linted, diagnostic, FixKind.Fix));
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        /// <summary>
        /// The safe fixes (not the suggestions, which state facts only a person can confirm) as SARIF <c>fixes</c>:
        /// each edit a replacement of a line/column region, in UTF-16 columns as every region here; an insertion
        /// is an empty region. VS Code's and Visual Studio's SARIF viewers offer to apply them.
        /// </summary>
        private static void WriteFixes(Utf8JsonWriter json, LintReport report, ImmutableArray<DiagnosticFix> fixes)
        {
            if (fixes.IsEmpty)
            {
                return;
            }

            json.WriteStartArray("fixes");
            foreach (DiagnosticFix fix in fixes)
            {
                json.WriteStartObject();
                json.WriteStartObject("description");
                json.WriteString("text", fix.Title);
                json.WriteEndObject();
                json.WriteStartArray("artifactChanges");
                foreach (IGrouping<string, TextEdit> file in fix.Edits.GroupBy(e => e.Path))
                {
                    SourceText text = report.Result.Files.SelectMany(f => f.Documents).First(d => d.File.Path == file.Key).File.Text;
                    json.WriteStartObject();
                    WriteArtifactLocation(json, report, file.Key);
                    json.WriteStartArray("replacements");
                    foreach (TextEdit edit in file)
                    {
                        LinePositionSpan lines = text.Lines.GetLinePositionSpan(edit.Span);
                        json.WriteStartObject();
                        json.WriteStartObject("deletedRegion");
                        json.WriteNumber("startLine", lines.Start.Line + 1);
                        json.WriteNumber("startColumn", lines.Start.Character + 1);
                        json.WriteNumber("endLine", lines.End.Line + 1);
                        json.WriteNumber("endColumn", lines.End.Character + 1);
                        json.WriteEndObject();
                        json.WriteStartObject("insertedContent");
                        json.WriteString("text", edit.NewText);
                        json.WriteEndObject();
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                }

                json.WriteEndArray();
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

        /// <summary>
        /// <c>primaryLocationLineHash</c> values: a hash of the rule ID and the offending text (whitespace
        /// collapsed), never of a line number or a message that quotes one, so adding or removing lines
        /// elsewhere keeps every alert's identity; equal keys in one file are told apart by an occurrence
        /// counter (<c>hash:1</c>, <c>hash:2</c>), as GitHub's own fingerprints do.
        /// </summary>
        private sealed class LineHashes
        {
            private readonly Dictionary<string, SourceText> _texts = new Dictionary<string, SourceText>(StringComparer.Ordinal);
            private readonly Dictionary<(string Path, string Hash), int> _occurrences = new Dictionary<(string, string), int>();

            public LineHashes(LintResult result)
            {
                foreach (LoadedDocument document in result.Files.SelectMany(f => f.Documents))
                {
                    _texts[document.File.Path] = document.File.Text;
                }
            }

            public string Next(Diagnostic diagnostic)
            {
                string path = diagnostic.Location.GetLineSpan().Path;
                string hash = Hash(diagnostic.Id + "\n" + OffendingText(path, diagnostic.Location.SourceSpan));
                _occurrences.TryGetValue((path, hash), out int seen);
                _occurrences[(path, hash)] = seen + 1;
                return hash + ":" + (seen + 1).ToString(CultureInfo.InvariantCulture);
            }

            private string OffendingText(string path, TextSpan span)
            {
                if (!_texts.TryGetValue(path, out SourceText? text) || span.End > text.Length)
                {
                    return string.Empty;
                }

                var collapsed = new StringBuilder(span.Length);
                bool pendingSpace = false;
                foreach (char c in text.ToString(span))
                {
                    if (char.IsWhiteSpace(c))
                    {
                        pendingSpace = collapsed.Length > 0;
                        continue;
                    }

                    if (pendingSpace)
                    {
                        collapsed.Append(' ');
                        pendingSpace = false;
                    }

                    collapsed.Append(c);
                }

                return collapsed.ToString();
            }

            private static string Hash(string key)
            {
                using SHA256 sha = SHA256.Create();
                byte[] hash = sha.ComputeHash(Encoding.UTF8.GetBytes(key));
                var builder = new StringBuilder(16);
                for (int i = 0; i < 8; i++)
                {
                    builder.Append(hash[i].ToString("x2", CultureInfo.InvariantCulture));
                }

                return builder.ToString();
            }
        }
    }
}
