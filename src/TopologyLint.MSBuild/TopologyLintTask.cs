using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.Build.Framework;
using Microsoft.CodeAnalysis;
using TopologyLint.Configuration;
using TopologyLint.Engine;
using TopologyLint.Formatting;
using TopologyLint.Loading;

namespace TopologyLint.MSBuild
{
    /// <summary>
    /// Lints the project's topology documents with the Core engine and logs each diagnostic as the
    /// compiler logs its own: errors and warnings with code, help keyword and link, file and span, so
    /// the build prints <c>path(line,col,endLine,endCol): error TLxxxx: message</c> and fails on errors.
    /// </summary>
    [SuppressMessage("Design", "CA1001", Justification = "MSBuild never disposes tasks, and a token source without a timer holds nothing that needs disposing.")]
    public sealed class TopologyLintTask : Microsoft.Build.Utilities.Task, ICancelableTask
    {
        private readonly CancellationTokenSource _cancellation = new CancellationTokenSource();

        /// <summary>The root documents to lint (<c>@(TopologyFile)</c>).</summary>
        [Required]
        public ITaskItem[] Files { get; set; } = Array.Empty<ITaskItem>();

        /// <summary>The directory SARIF paths are relative to: the project directory.</summary>
        [Required]
        public string ProjectDirectory { get; set; } = string.Empty;

        /// <summary>When set, a SARIF 2.1.0 log of the same diagnostics is written to this path.</summary>
        public string? SarifOutput { get; set; }

        public bool TreatWarningsAsErrors { get; set; }

        public string? WarningsAsErrors { get; set; }

        public string? WarningsNotAsErrors { get; set; }

        public string? NoWarn { get; set; }

        /// <summary>
        /// When set, every file this lint read (the documents, their fragments, the configuration files) is
        /// written here, one path a line, for the target's next incremental check.
        /// </summary>
        public string? ReadFilesOutput { get; set; }

        public override bool Execute()
        {
            try
            {
                Lint();
            }
            catch (OperationCanceledException) when (_cancellation.IsCancellationRequested)
            {
                // The build was cancelled (Ctrl+C); MSBuild reports that itself.
                return false;
            }
            catch (Exception ex)
            {
                // One line that says what and where, never a stack trace in the build log. The engine lints
                // files in parallel, which wraps a failure in an AggregateException: name the failure itself.
                Exception cause = ex is AggregateException aggregate && aggregate.InnerExceptions.Count == 1 ? aggregate.InnerExceptions[0] : ex;
                Log.LogError($"TopologyLint: internal error: {cause.GetType().Name}: {cause.Message} (at {cause.TargetSite?.DeclaringType?.Name}.{cause.TargetSite?.Name})");
            }

            // Also false when MSBuild turned a logged warning into an error (e.g. `-warnaserror`).
            return !Log.HasLoggedErrors;
        }

        /// <summary>Called by MSBuild when the build is cancelled: the engine stops between rules.</summary>
        public void Cancel() => _cancellation.Cancel();

        private void Lint()
        {
            string[] paths = Files.Select(f => f.GetMetadata("FullPath")).ToArray();

            // Read as the CLI reads them (the .globalconfig is looked for from the project directory up, as the SDK
            // does); the build's own NoWarn/WarningsAsErrors policy is applied on top.
            IReadOnlyList<ConfigurationFile> configurationFiles = ConfigurationDiscovery.Find(paths, string.IsNullOrEmpty(ProjectDirectory) ? Directory.GetCurrentDirectory() : ProjectDirectory);
            var policy = new BuildWarningPolicy(new EditorConfigConfiguration(configurationFiles), TreatWarningsAsErrors, WarningsAsErrors, WarningsNotAsErrors, NoWarn);
            var fileSystem = new ReadRecordingFileSystem(PhysicalFileSystem.Instance);
            var options = new LintOptions { Configuration = policy, WarningsAsErrors = policy.WarningsAsErrors };
            LintResult result = new TopologyLinter(fileSystem, options).Lint(paths, _cancellation.Token);

            foreach (Diagnostic diagnostic in result.Diagnostics)
            {
                LogDiagnostic(diagnostic);
            }

            if (!string.IsNullOrEmpty(SarifOutput))
            {
                WriteSarif(result, SarifOutput!);
            }

            if (!string.IsNullOrEmpty(ReadFilesOutput))
            {
                WriteReadFiles(fileSystem.Read.Concat(configurationFiles.Select(f => f.Path)), ReadFilesOutput!);
            }
        }

        /// <summary>Sorted, so that an unchanged list is an unchanged file.</summary>
        private void WriteReadFiles(IEnumerable<string> paths, string path)
        {
            string[] lines = paths.Select(Path.GetFullPath).Distinct(TopologyFiles.PathComparer).OrderBy(p => p, StringComparer.Ordinal).ToArray();
            try
            {
                File.WriteAllText(path, string.Join("\n", lines) + "\n", new UTF8Encoding(false));
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is NotSupportedException || ex is ArgumentException)
            {
                Log.LogWarning($"TopologyLint: cannot write the list of files read '{path}': {ex.Message}; until it can, a change to a fragment alone does not make the next build lint again");
            }
        }

        private void LogDiagnostic(Diagnostic diagnostic)
        {
            FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
            int line = span.StartLinePosition.Line + 1;
            int column = span.StartLinePosition.Character + 1;
            int endLine = span.EndLinePosition.Line + 1;
            int endColumn = span.EndLinePosition.Character + 1;
            string message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
            string helpLink = diagnostic.Descriptor.HelpLinkUri;

            // No message arguments are passed, so braces in a message are printed as they are.
            switch (diagnostic.Severity)
            {
                case DiagnosticSeverity.Error:
                    Log.LogError(null, diagnostic.Id, diagnostic.Id, helpLink, span.Path, line, column, endLine, endColumn, message);
                    break;
                case DiagnosticSeverity.Warning:
                    Log.LogWarning(null, diagnostic.Id, diagnostic.Id, helpLink, span.Path, line, column, endLine, endColumn, message);
                    break;
                default:
                    // Info is not a problem: like the compiler's info diagnostics it shows from normal verbosity up.
                    Log.LogMessage(null, diagnostic.Id, diagnostic.Id, span.Path, line, column, endLine, endColumn, MessageImportance.Normal, message);
                    break;
            }
        }

        private void WriteSarif(LintResult result, string path)
        {
            var text = new StringWriter(CultureInfo.InvariantCulture);
            new SarifFormatter().Write(new LintReport(result, ProjectDirectory), text);
            try
            {
                string? directory = Path.GetDirectoryName(Path.GetFullPath(path));
                if (!string.IsNullOrEmpty(directory))
                {
                    Directory.CreateDirectory(directory);
                }

                File.WriteAllText(path, text.ToString(), new UTF8Encoding(false));
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is NotSupportedException || ex is ArgumentException)
            {
                Log.LogError($"TopologyLint: cannot write the SARIF log '{path}': {ex.Message}");
            }
        }
    }
}
