using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using DiffPlex.Renderer;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using TopologyLint.Analysis;
using TopologyLint.Configuration;
using TopologyLint.Engine;
using TopologyLint.Formatting;
using TopologyLint.Fixes;
using TopologyLint.Loading;

namespace TopologyLint.Cli
{
    /// <summary>
    /// <c>topolint fix [PATH...] [--dry-run] [--rule ID...]</c>: applies the safe fixes of the engine's fix model
    /// in place, prints each, then lints and exits as <c>lint</c> does. <c>--dry-run</c> prints a unified diff
    /// instead and writes nothing.
    /// </summary>
    internal static class FixCommand
    {
        public static Command Create(TextWriter stdout, TextWriter stderr, Action<int> exitWith)
        {
            var paths = new Argument<string[]>("path") { Description = "Files or directories to fix (default: the current directory)", Arity = ArgumentArity.ZeroOrMore };
            var dryRun = new Option<bool>("--dry-run") { Description = "Print the changes as a unified diff and write nothing" };
            var rules = new Option<string[]>("--rule")
            {
                Description = "Fix only diagnostics of these rule IDs (repeat it, or separate IDs with commas)",
                HelpName = "ID",
                Arity = ArgumentArity.OneOrMore,
            };
            var noColor = new Option<bool>("--no-color") { Description = "Do not color the text output" };
            var fix = new Command("fix", "Apply the safe fixes in place, then lint") { paths, dryRun, rules, noColor };
            fix.SetAction(parse => exitWith(Run(
                parse.GetValue(paths) ?? Array.Empty<string>(),
                parse.GetValue(dryRun),
                (parse.GetValue(rules) ?? Array.Empty<string>()).SelectMany(r => r.Split(',')).Select(r => r.Trim()).Where(r => r.Length > 0).ToArray(),
                parse.GetValue(noColor),
                stdout,
                stderr)));
            return fix;
        }

        private static int Run(string[] paths, bool dryRun, string[] ruleIds, bool noColor, TextWriter stdout, TextWriter stderr)
        {
            if (ruleIds.FirstOrDefault(id => !RuleCatalog.TryGet(id, out _)) is string unknown)
            {
                stderr.WriteLine($"topolint: no rule '{unknown}'; `topolint rules` lists them");
                return Program.ExitCannotRun;
            }

            if (!Program.TryFindFiles(paths, stderr, out IReadOnlyList<string> files))
            {
                return Program.ExitCannotRun;
            }

            var policy = new LintPolicy(false, Array.Empty<string>(), null, null);
            if (!policy.TryPrepare(files, stderr, out ITopologyConfiguration configuration, out _))
            {
                return Program.ExitCannotRun;
            }

            var selected = new HashSet<string>(ruleIds.Select(id => id.ToUpperInvariant()), StringComparer.Ordinal);
            FixOutcome outcome = new FixRunner(PhysicalFileSystem.Instance, new LintOptions { Configuration = configuration })
                .Run(files, f => selected.Count == 0 || selected.Contains(f.Diagnostic.Id));
            string current = Directory.GetCurrentDirectory();
            int exitCode = outcome.Result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) ? Program.ExitErrors : Program.ExitClean;
            if (dryRun)
            {
                foreach (FixedFile file in outcome.Files)
                {
                    string name = Path.GetRelativePath(current, file.Path).Replace('\\', '/');
                    stdout.Write(UnidiffRenderer.GenerateUnidiff(Decode(file.OriginalBytes), Decode(file.FixedBytes), "a/" + name, "b/" + name, ignoreWhitespace: false, ignoreCase: false, contextLines: 3));
                }

                return exitCode;
            }

            foreach (FixedFile file in outcome.Files)
            {
                string name = Path.GetRelativePath(current, file.Path);
                if (!TryWriteInPlace(file, out string? error))
                {
                    stderr.WriteLine($"topolint: cannot write '{name}': {error}");
                    return Program.ExitCannotRun;
                }

                foreach (DiagnosticFix applied in file.Applied)
                {
                    LinePosition at = applied.Diagnostic.Location.GetLineSpan().StartLinePosition;
                    stdout.WriteLine($"{name}:{at.Line + 1}:{at.Character + 1}: fixed {applied.Diagnostic.Id}: {applied.Title}");
                }
            }

            int fixes = outcome.Files.Sum(f => f.Applied.Length);
            stdout.WriteLine($"{fixes} {(fixes == 1 ? "fix" : "fixes")} applied in {outcome.Files.Length} {(outcome.Files.Length == 1 ? "file" : "files")}");

            // The lint of the fixed texts is the lint of what was just written: no need to read and lint it again.
            bool color = !noColor && ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") == null;
            OutputOptions.TryWrite(new[] { new OutputTarget("text", null) }, new LintReport(outcome.Result, current), exitCode, color, new SarifRunDetails(), stdout, out _);
            return exitCode;
        }

        /// <summary>
        /// Writes the fixed bytes over the file a path names, through a temporary file and a rename (the report
        /// writer's way): through a symbolic link to its target, so the link stays a link, and with the file's mode.
        /// </summary>
        private static bool TryWriteInPlace(FixedFile file, out string? error)
        {
            string target = new FileInfo(file.Path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? file.Path;
            UnixFileMode? mode = OperatingSystem.IsWindows() ? null : File.GetUnixFileMode(target);

            // The text as UTF-16 with its BOM as U+FEFF, which the writer's UTF-8 encodes back to the same bytes.
            string text = Decode(file.FixedBytes);
            if (!ReportFile.TryWrite(target, writer => writer.Write(text), out error))
            {
                return false;
            }

            if (mode is UnixFileMode kept && !OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(target, kept);
            }

            return true;
        }

        private static string Decode(byte[] bytes) => new UTF8Encoding(false).GetString(bytes);
    }
}
