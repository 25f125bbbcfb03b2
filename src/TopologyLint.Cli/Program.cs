using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Engine;
using TopologyLint.Formatting;
using TopologyLint.Loading;
using TopologyLint.Schema;

namespace TopologyLint.Cli
{
    /// <summary>The <c>topolint</c> command: finds files, calls the engine, prints. Exit 0 clean, 1 errors, 2 could not run.</summary>
    public static class Program
    {
        public const int ExitClean = 0;
        public const int ExitErrors = 1;
        public const int ExitCannotRun = 2;

        private static readonly string[] Formats = { "text", "json", "sarif", "msbuild" };

        public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

        public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
        {
            try
            {
                RootCommand root = BuildCommand(stdout, stderr, out Func<int> exitCode);
                ParseResult parsed = root.Parse(args);
                if (parsed.Errors.Count > 0)
                {
                    // One line: System.CommandLine lists allowed values on further lines.
                    stderr.WriteLine("topolint: " + parsed.Errors[0].Message.Split('\n')[0].Trim());
                    return ExitCannotRun;
                }

                // Exceptions reach the handler below (one line, exit 2), not System.CommandLine's stack-trace printer.
                int invoked = parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
                return invoked != 0 ? invoked : exitCode();
            }
            catch (Exception ex)
            {
                stderr.WriteLine($"topolint: internal error: {ex.GetType().Name}: {ex.Message} (at {ex.TargetSite?.DeclaringType?.Name}.{ex.TargetSite?.Name})");
                return ExitCannotRun;
            }
        }

        private static RootCommand BuildCommand(TextWriter stdout, TextWriter stderr, out Func<int> exitCode)
        {
            int result = ExitClean;
            exitCode = () => result;

            var paths = new Argument<string[]>("path") { Description = "Files or directories to lint (default: the current directory)", Arity = ArgumentArity.ZeroOrMore };
            var format = new Option<string>("--format", "-f") { Description = "Output format", DefaultValueFactory = _ => "text" };
            format.AcceptOnlyFromAmong(Formats);
            var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of standard output" };
            var noColor = new Option<bool>("--no-color") { Description = "Do not color the text output" };
            var lint = new Command("lint", "Lint topology documents") { paths, format, output, noColor };
            lint.SetAction(parse =>
            {
                result = Lint(parse.GetValue(paths) ?? Array.Empty<string>(), parse.GetValue(format)!, parse.GetValue(output), parse.GetValue(noColor), stdout, stderr);
            });

            var rules = new Command("rules", "List the rule catalog: ID, default severity, title");
            rules.SetAction(_ =>
            {
                foreach (DiagnosticDescriptor descriptor in RuleCatalog.Descriptors)
                {
                    stdout.WriteLine($"{descriptor.Id}  {Severities.Name(descriptor.DefaultSeverity),-7}  {descriptor.Title}");
                }
            });

            var id = new Argument<string>("id") { Description = "A rule ID, e.g. TL1010" };
            var explain = new Command("explain", "Print a rule's help page") { id };
            explain.SetAction(parse =>
            {
                string ruleId = parse.GetValue(id)!;
                if (!RuleCatalog.TryGet(ruleId, out TopologyRule? rule))
                {
                    stderr.WriteLine($"topolint: no rule '{ruleId}'; `topolint rules` lists them");
                    result = ExitCannotRun;
                    return;
                }

                stdout.WriteLine(RuleHelp.Markdown(rule!.Descriptor.Id) ?? rule.Descriptor.Title.ToString());
            });

            var schema = new Command("schema", "Print the topology JSON Schema");
            schema.SetAction(_ => stdout.WriteLine(TopologySchema.Text));

            var root = new RootCommand("topolint: lints Lync Server 2013 Enterprise Voice topology documents") { lint, rules, explain, schema };

            // The built-in --version reads the entry assembly, which is not ours under a test host: print the engine's version.
            root.Options.Remove(root.Options.OfType<VersionOption>().Single());
            var version = new Option<bool>("--version") { Description = "Show the version" };
            root.Options.Add(version);
            root.SetAction(parse =>
            {
                if (parse.GetValue(version))
                {
                    stdout.WriteLine(ToolVersion.SemanticVersion);
                    return;
                }

                stderr.WriteLine("topolint: name a command: lint, rules, explain or schema (topolint --help)");
                result = ExitCannotRun;
            });
            return root;
        }

        private static int Lint(string[] paths, string format, string? output, bool noColor, TextWriter stdout, TextWriter stderr)
        {
            IReadOnlyList<string> files = FileDiscovery.Find(paths.Length == 0 ? new[] { "." } : paths, out string? missing);
            if (missing != null)
            {
                stderr.WriteLine($"topolint: '{missing}' does not exist");
                return ExitCannotRun;
            }

            LintResult result = new TopologyLinter(PhysicalFileSystem.Instance).Lint(files);
            var report = new LintReport(result, Directory.GetCurrentDirectory());
            IReportFormatter formatter = format switch
            {
                "json" => new JsonFormatter(),
                "sarif" => new SarifFormatter(),
                "msbuild" => new MsBuildFormatter(),
                _ => new TextFormatter(color: !noColor && output == null && !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") == null),
            };

            if (output == null)
            {
                formatter.Write(report, stdout);
            }
            else if (!ReportFile.TryWrite(output, writer => formatter.Write(report, writer), out string? error))
            {
                stderr.WriteLine($"topolint: cannot write '{output}': {error}");
                return ExitCannotRun;
            }

            return result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) ? ExitErrors : ExitClean;
        }
    }
}
