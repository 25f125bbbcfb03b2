using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using TopologyLint.Analysis;
using TopologyLint.Engine;
using TopologyLint.Fixes;
using TopologyLint.Loading;
using TopologyLint.Policy;

namespace TopologyLint.Formatting
{
    /// <summary>
    /// SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: one run, every catalog rule,
    /// one result per diagnostic, valid against the OASIS schema and within GitHub's documented limits.
    /// </summary>
    public sealed class SarifFormatter : IReportFormatter
    {
        private static readonly char[] WordSeparators = { ' ', '-', ',' };

        public const string SourceRootId = "%SRCROOT%";

        /// <summary>
        /// The partialFingerprints key of the finding's identity (<see cref="FindingIdentity.Fingerprint"/>, the
        /// identity baselines use): viewers keep tracking an alert across line moves and reordered list items.
        /// </summary>
        public const string IdentityFingerprintKey = "topologyLintIdentity/v1";

        /// <summary>The partialFingerprints key GitHub code scanning computes itself, and checks ours against.</summary>
        public const string PrimaryLocationLineHashKey = "primaryLocationLineHash";

        /// <summary>
        /// The <see cref="Diagnostic.Properties"/> key holding why a suppressed diagnostic
        /// (<see cref="Diagnostic.IsSuppressed"/>) was suppressed; written as the SARIF suppression's justification.
        /// </summary>
        public const string JustificationProperty = DiagnosticProperties.Justification;

        /// <summary>GitHub code scanning rejects a run with more results (its documented hard limit).</summary>
        public const int MaxResultsPerRun = 25000;

        /// <summary>GitHub code scanning rejects a log whose gzip-compressed size is larger.</summary>
        public const long MaxCompressedBytes = 10L * 1024 * 1024;

        private const string InformationUri = "https://github.com/topologylint/topologylint";

        private static readonly Regex RelativeMarkdownLink = new Regex(@"\]\((?![a-zA-Z][a-zA-Z0-9+.-]*:|#)([^)\s]+)\)", RegexOptions.CultureInvariant);

        private readonly int? _exitCode;
        private readonly SarifRunDetails _details;

        /// <summary>The exit code is derived from the report: 1 when it holds an unsuppressed error, else 0.</summary>
        public SarifFormatter()
            : this(null, new SarifRunDetails())
        {
        }

        /// <summary>Records the host's own exit code (e.g. the CLI's, which <c>--warnaserror</c> changes) in the invocation.</summary>
        public SarifFormatter(int exitCode)
            : this(exitCode, new SarifRunDetails())
        {
        }

        /// <summary>Also names the run's category and pipeline (<see cref="SarifRunDetails"/>).</summary>
        public SarifFormatter(int exitCode, SarifRunDetails details)
            : this((int?)exitCode, details)
        {
        }

        private SarifFormatter(int? exitCode, SarifRunDetails details)
        {
            _exitCode = exitCode;
            _details = details;
        }

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
                WriteAutomationDetails(json);
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

            WarnIfTooLarge(stream);
            writer.WriteLine(OutputText.DefuseCommands(Encoding.UTF8.GetString(stream.ToArray())));
        }

        /// <summary>The whole log is measured compressed only when it is large enough to matter: gzip never beats 10:1 on SARIF by much.</summary>
        private void WarnIfTooLarge(MemoryStream log)
        {
            if (_details.Warn == null || log.Length <= MaxCompressedBytes)
            {
                return;
            }

            using var compressed = new MemoryStream();
            using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
            {
                gzip.Write(log.GetBuffer(), 0, (int)log.Length);
            }

            if (compressed.Length > MaxCompressedBytes)
            {
                _details.Warn(string.Format(
                    CultureInfo.InvariantCulture,
                    "the SARIF log is {0:0.0} MB gzip-compressed, more than the {1} MB GitHub code scanning accepts; record the current findings in a baseline (--write-baseline) so that the log holds only new ones",
                    compressed.Length / 1048576.0,
                    MaxCompressedBytes / 1048576));
            }
        }

        private void WriteAutomationDetails(Utf8JsonWriter json)
        {
            json.WriteStartObject("automationDetails");
            AzurePipelineRun? pipeline = _details.AzurePipeline;
            if (pipeline == null)
            {
                json.WriteString("id", _details.Category + "/");
            }
            else
            {
                // GHAzDO parses the id as the pipeline's identity, so the category goes in the description.
                json.WriteString("id", pipeline.AutomationId);
                json.WriteStartObject("description");
                json.WriteString("text", _details.Category);
                json.WriteEndObject();
                json.WriteStartObject("properties");
                foreach (KeyValuePair<string, string> property in pipeline.Properties)
                {
                    json.WriteString(property.Key, property.Value);
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        private static Dictionary<string, int> WriteTool(Utf8JsonWriter json)
        {
            var indexes = new Dictionary<string, int>(StringComparer.Ordinal);
            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", "TopologyLint");
            json.WriteString("fullName", "TopologyLint " + ToolVersion.SemanticVersion);
            json.WriteString("semanticVersion", ToolVersion.SemanticVersion);
            json.WriteString("informationUri", InformationUri);
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
                json.WriteString("markdown", AbsoluteLinks(RuleHelp.Markdown(descriptor.Id) ?? fullDescription));
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

        private void WriteResults(Utf8JsonWriter json, LintReport report, Dictionary<string, int> ruleIndex)
        {
            ImmutableArray<Diagnostic> all = report.DiagnosticsIncludingSuppressed;
            IReadOnlyList<string> fingerprints = new DiagnosticFingerprint(report.Result, report.BaseDirectory).Fingerprints(all);
            var lineHashes = new LineHashCache(report.Result);
            var fileOf = new Dictionary<Diagnostic, LintedFile>();
            foreach (LintedFile file in report.Result.Files)
            {
                foreach (Diagnostic diagnostic in file.Diagnostics)
                {
                    fileOf[diagnostic] = file;
                }
            }

            json.WriteStartArray("results");
            foreach (int i in WithinResultLimit(all))
            {
                Diagnostic diagnostic = all[i];
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
                string? lineHash = lineHashes.Get(span.Path, span.StartLinePosition.Line + 1);
                if (lineHash != null)
                {
                    json.WriteString(PrimaryLocationLineHashKey, lineHash);
                }

                json.WriteString(IdentityFingerprintKey, fingerprints[i]);
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
        /// The indexes of the results the log holds, in report order: all of them, or, past code scanning's limit,
        /// the most severe ones (unsuppressed before suppressed, earlier before later), with a warning.
        /// </summary>
        private IEnumerable<int> WithinResultLimit(ImmutableArray<Diagnostic> diagnostics)
        {
            if (diagnostics.Length <= MaxResultsPerRun)
            {
                return Enumerable.Range(0, diagnostics.Length);
            }

            _details.Warn?.Invoke(string.Format(
                CultureInfo.InvariantCulture,
                "{0} results are more than the {1} GitHub code scanning accepts in one SARIF run; the log holds the {1} most severe. Record the current findings in a baseline (--write-baseline) so that the log holds only new ones",
                diagnostics.Length,
                MaxResultsPerRun));
            return Enumerable.Range(0, diagnostics.Length)
                .OrderBy(i => diagnostics[i].IsSuppressed)
                .ThenBy(i => Rank(diagnostics[i].Severity))
                .ThenBy(i => i)
                .Take(MaxResultsPerRun)
                .OrderBy(i => i);
        }

        private static int Rank(DiagnosticSeverity severity)
            => severity == DiagnosticSeverity.Error ? 0 : severity == DiagnosticSeverity.Warning ? 1 : 2;

        /// <summary>Help pages link to each other relatively; inside a SARIF viewer only absolute links lead anywhere.</summary>
        private static string AbsoluteLinks(string markdown)
            => RelativeMarkdownLink.Replace(markdown, match => "](" + new Uri(new Uri(RuleDescriptors.HelpUriBase), match.Groups[1].Value).AbsoluteUri + ")");

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

        /// <summary>
        /// A title as a SARIF rule name: each word capitalized, acronyms too (<c>PSTN</c> becomes <c>Pstn</c>,
        /// <c>RTCUniversal</c> <c>RtcUniversal</c>), apostrophes, commas (of numbers: "80,000" becomes "80000") and the
        /// article "a" dropped, so no two capitals meet ("CallersLocation", "OnSingle").
        /// </summary>
        internal static string PascalCase(string title)
        {
            var builder = new StringBuilder();
            foreach (string word in title.Replace("'", string.Empty).Replace(",", string.Empty).Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries))
            {
                if (string.Equals(word, "a", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                builder.Append(char.ToUpperInvariant(word[0]));
                for (int i = 1; i < word.Length; i++)
                {
                    // Inside a run of capitals only the one that starts the next lowercase part stays capital: RTCUniversal -> RtcUniversal.
                    bool startsLowercasePart = i + 1 < word.Length && char.IsLower(word[i + 1]);
                    builder.Append(char.IsUpper(word[i - 1]) && !startsLowercasePart ? char.ToLowerInvariant(word[i]) : word[i]);
                }
            }

            return builder.ToString();
        }

        /// <summary>GitHub's line hash of each result's start line, computed once per file that has results.</summary>
        private sealed class LineHashCache
        {
            private readonly Dictionary<string, SourceText> _texts = new Dictionary<string, SourceText>(StringComparer.Ordinal);
            private readonly Dictionary<string, IReadOnlyList<string>> _hashes = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);

            public LineHashCache(LintResult result)
            {
                foreach (LoadedDocument document in result.Files.SelectMany(f => f.Documents))
                {
                    _texts[document.File.Path] = document.File.Text;
                }
            }

            /// <summary>Null for a file the lint has no text of (it could not be read).</summary>
            public string? Get(string path, int line)
            {
                if (!_hashes.TryGetValue(path, out IReadOnlyList<string>? hashes))
                {
                    if (!_texts.TryGetValue(path, out SourceText? text))
                    {
                        return null;
                    }

                    hashes = GitHubLineHashes.Compute(text);
                    _hashes[path] = hashes;
                }

                return line < hashes.Count ? hashes[line] : null;
            }
        }
    }
}
