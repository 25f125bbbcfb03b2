using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.IO;
using System.Linq;
using TopologyLint.Formatting;

namespace TopologyLint.Cli
{
    /// <summary>One report to produce: a format and the file it goes to (null: standard output, which <c>-</c> names).</summary>
    internal sealed class OutputTarget
    {
        public OutputTarget(string format, string? path)
        {
            Format = format;
            Path = path;
        }

        public string Format { get; }

        public string? Path { get; }
    }

    /// <summary>
    /// The lint command's output options. <c>--format NAME[=FILE]</c> may be repeated, so one run can
    /// print annotations and write a SARIF file; <c>--output FILE</c> is the file of the one format given
    /// without <c>=FILE</c> (docs/cli.md's <c>--format X --output F</c>). At most one format goes to
    /// standard output.
    /// </summary>
    internal sealed class OutputOptions
    {
        private static readonly string[] DefaultTargets = { "text" };

        public static readonly string[] FormatNames = { "text", "json", "sarif", "msbuild", "github", "junit", "codeclimate" };

        /// <summary>As a file name, <c>-</c> is standard output (<c>--output -</c>, <c>--format json=-</c>).</summary>
        private const string StandardOutputName = "-";

        public OutputOptions()
        {
            Format = new Option<string[]>("--format", "-f")
            {
                Description = "Output format: " + string.Join("|", FormatNames) + "; repeat it, and add =FILE to write a format to a file (e.g. -f github -f sarif=results.sarif; =- is standard output)",
                HelpName = "format[=file]",
                Arity = ArgumentArity.OneOrMore,
            };
            Format.Validators.Add(ValidateFormats);
            Output = new Option<string?>("--output", "-o") { Description = "Write the report of the --format given without =FILE to this file instead of standard output (- is standard output)" };
            NoColor = new Option<bool>("--no-color") { Description = "Do not color the text output" };
            SarifCategory = new Option<string>("--sarif-category")
            {
                Description = "The SARIF run's category (automationDetails.id), to tell several TopologyLint runs on one commit apart in code scanning",
                HelpName = "category",
                DefaultValueFactory = _ => SarifRunDetails.DefaultCategory,
            };
            SarifCategory.Validators.Add(result =>
            {
                // Only a category given on the command line is checked; the default is valid.
                string? value = result.Tokens.Count == 1 ? result.Tokens[0].Value : null;
                if (value != null && (value.Trim().Length == 0 || value.Any(char.IsControl)))
                {
                    result.AddError("--sarif-category takes a non-empty name, e.g. --sarif-category topolint-production");
                }
            });
        }

        public Option<string[]> Format { get; }

        public Option<string?> Output { get; }

        public Option<bool> NoColor { get; }

        public Option<string> SarifCategory { get; }

        public IEnumerable<Option> All => new Option[] { Format, Output, NoColor, SarifCategory };

        /// <summary>The reports the command line asks for, or null with the reason when they contradict each other.</summary>
        public IReadOnlyList<OutputTarget>? Resolve(ParseResult parse, out string? error)
        {
            string[] given = parse.GetValue(Format) ?? Array.Empty<string>();
            var targets = (given.Length == 0 ? DefaultTargets : given).Select(Parse).ToList();
            string? output = StandardOutputAsNull(parse.GetValue(Output));
            int toStandardOutput = targets.Count(t => t.Path == null);
            error = null;
            if (toStandardOutput > 1)
            {
                error = output == null
                    ? "only one --format can write to standard output; give the others a file, e.g. --format sarif=results.sarif"
                    : "--output is the file of the one --format given without =FILE; give the others their own file, e.g. --format sarif=results.sarif";
            }
            else if (output != null && toStandardOutput == 0)
            {
                error = "--output names the file of the --format given without =FILE, and every --format has a file";
            }
            else
            {
                if (output != null)
                {
                    targets = targets.Select(t => t.Path == null ? new OutputTarget(t.Format, output) : t).ToList();
                }

                string? twice = targets.Where(t => t.Path != null).GroupBy(t => Path.GetFullPath(t.Path!), PathComparer).FirstOrDefault(g => g.Count() > 1)?.Key;
                if (twice != null)
                {
                    error = $"two formats would be written to the same file '{twice}'";
                }
            }

            return error == null ? targets : null;
        }

        /// <summary>Writes every report: files first (each through a temporary file and a rename), then standard output.</summary>
        public static bool TryWrite(IReadOnlyList<OutputTarget> targets, LintReport report, int exitCode, bool color, SarifRunDetails sarif, TextWriter stdout, out string? error)
        {
            foreach (OutputTarget target in targets.Where(t => t.Path != null))
            {
                IReportFormatter formatter = Create(target.Format, exitCode, color: false, sarif);
                if (!ReportFile.TryWrite(target.Path!, writer => formatter.Write(report, writer), out string? reason))
                {
                    error = $"cannot write '{target.Path}': {reason}";
                    return false;
                }
            }

            foreach (OutputTarget target in targets.Where(t => t.Path == null))
            {
                Create(target.Format, exitCode, color, sarif).Write(report, stdout);
            }

            error = null;
            return true;
        }

        private static IReportFormatter Create(string format, int exitCode, bool color, SarifRunDetails sarif)
        {
            switch (format)
            {
                case "json":
                    return new JsonFormatter();
                case "sarif":
                    return new SarifFormatter(exitCode, sarif);
                case "codeclimate":
                    return new CodeClimateFormatter();
                case "msbuild":
                    return new MsBuildFormatter();
                case "github":
                    return new GitHubFormatter();
                case "junit":
                    return new JUnitFormatter();
                default:
                    return new TextFormatter(color);
            }
        }

        private static OutputTarget Parse(string value)
        {
            int equals = value.IndexOf('=');
            return equals < 0 ? new OutputTarget(value, null) : new OutputTarget(value.Substring(0, equals), StandardOutputAsNull(value.Substring(equals + 1)));
        }

        private static string? StandardOutputAsNull(string? path) => path == StandardOutputName ? null : path;

        private static void ValidateFormats(OptionResult result)
        {
            foreach (string value in result.Tokens.Select(t => t.Value))
            {
                OutputTarget target = Parse(value);
                if (!FormatNames.Contains(target.Format, StringComparer.Ordinal))
                {
                    result.AddError($"unknown format '{target.Format}' in --format {value}; use one of {string.Join(", ", FormatNames)}");
                    return;
                }

                if (target.Path != null && target.Path.Trim().Length == 0)
                {
                    result.AddError($"--format {value} names no file after '='");
                    return;
                }
            }
        }

        private static StringComparer PathComparer => OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
    }
}
