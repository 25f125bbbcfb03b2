using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Configuration;
using TopologyLint.Engine;
using TopologyLint.Formatting;
using TopologyLint.Loading;
using TopologyLint.Policy;
using TopologyLint.Schema;

namespace TopologyLint.Cli
{
    /// <summary>The <c>topolint</c> command: finds files, calls the engine, prints. Exit 0 clean, 1 errors, 2 could not run.</summary>
    public static class Program
    {
        private static readonly string[] CurrentDirectory = { "." };

        public const int ExitClean = 0;
        public const int ExitErrors = 1;
        public const int ExitCannotRun = 2;

        public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

        public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
        {
            try
            {
                RootCommand root = BuildCommand(stdout, stderr, out Func<int> exitCode);
                ParseResult parsed = root.Parse(LintPolicyOptions.NormalizeArguments(args));
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

            RejectUnknownOptions(paths, "lint");
            var outputs = new OutputOptions();
            var lint = new Command("lint", "Lint topology documents") { paths };
            foreach (Option option in outputs.All)
            {
                lint.Options.Add(option);
            }

            var policy = new LintPolicyOptions();
            policy.AddTo(lint);

            // The loader refuses larger files (TL0001) so that a stray file cannot exhaust memory; a
            // topology of a million users (about 124 MB of YAML) needs the limit lifted on purpose.
            var maxFileSize = new Option<long>("--max-file-size")
            {
                Description = "Refuse (TL0001) any file larger than this many bytes; raise it deliberately to lint a larger topology",
                HelpName = "bytes",
                DefaultValueFactory = _ => LoaderLimits.Default.MaxFileBytes,
                CustomParser = result =>
                {
                    string text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
                    if (long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out long bytes) && bytes > 0)
                    {
                        return bytes;
                    }

                    result.AddError($"--max-file-size takes a positive number of bytes, not '{text}'");
                    return 0;
                },
            };
            lint.Options.Add(maxFileSize);

            lint.SetAction(parse =>
            {
                IReadOnlyList<OutputTarget>? targets = outputs.Resolve(parse, out string? error);
                if (targets == null)
                {
                    stderr.WriteLine("topolint: " + error);
                    result = ExitCannotRun;
                    return;
                }

                var limits = new LoaderLimits { MaxFileBytes = parse.GetValue(maxFileSize) };
                var sarif = new SarifRunDetails
                {
                    Category = parse.GetValue(outputs.SarifCategory) ?? SarifRunDetails.DefaultCategory,
                    AzurePipeline = AzurePipelineRun.FromEnvironment(Environment.GetEnvironmentVariable),
                    Warn = message => stderr.WriteLine("topolint: warning: " + message),
                };
                result = Lint(parse.GetValue(paths) ?? Array.Empty<string>(), targets, parse.GetValue(outputs.NoColor), policy.Read(parse), limits, sarif, stdout, stderr);
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
            RejectUnknownOptions(id, "explain");
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

            // stdout carries only the protocol from here on; problems go to the client as window/logMessage.
            var lsp = new Command("lsp", "Serve the Language Server Protocol over stdin and stdout, for editors");
            lsp.SetAction(_ => result = LanguageServer.LanguageServerHost.RunAsync(Console.OpenStandardInput(), Console.OpenStandardOutput()).GetAwaiter().GetResult());

            var root = new RootCommand("topolint: lints Lync Server 2013 Enterprise Voice topology documents") { lint, FixCommand.Create(stdout, stderr, code => result = code), CallCommand.Create(stdout, stderr, code => result = code), ImportCommand.Create(stdout, stderr, code => result = code), rules, explain, schema, lsp };

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

                stderr.WriteLine("topolint: name a command: lint, fix, call, import, rules, explain, schema or lsp (topolint --help)");
                result = ExitCannotRun;
            });
            return root;
        }

        /// <summary>
        /// System.CommandLine hands a token it does not know as an option to the command's argument; reported as a
        /// missing path or an unknown rule, that misleads. A path that exists is still a path, whatever it starts with.
        /// </summary>
        internal static void RejectUnknownOptions(Argument argument, string command)
        {
            argument.Validators.Add(result =>
            {
                if (result.Tokens.Select(t => t.Value).FirstOrDefault(v => v.Length > 1 && v[0] == '-' && !File.Exists(v) && !Directory.Exists(v)) is string unknown)
                {
                    result.AddError($"unknown option '{unknown}' (topolint {command} --help lists the options)");
                }
            });
        }

        private static long SizeOf(string path)
        {
            try
            {
                return new FileInfo(path).Length;
            }
            catch (IOException)
            {
                return 0;
            }
            catch (UnauthorizedAccessException)
            {
                return 0;
            }
        }

        /// <summary>The topology files PATHs name (the current directory when none is given); false when a PATH does not exist.</summary>
        internal static bool TryFindFiles(string[] paths, TextWriter stderr, out IReadOnlyList<string> files)
        {
            files = FileDiscovery.Find(paths.Length == 0 ? CurrentDirectory : paths, out string? missing, out IReadOnlyList<string> notes);
            if (missing != null)
            {
                stderr.WriteLine($"topolint: '{missing}' does not exist");
                return false;
            }

            foreach (string note in notes)
            {
                // The command goes on: what was found is handled, and the exit code is the findings'. A note names
                // directories found on disk, whose names could hold a line break or a CI command opener.
                stderr.WriteLine(OutputText.DefuseCommands(OutputText.EscapeControlCharacters("topolint: " + note)));
            }

            return true;
        }

        private static int Lint(string[] paths, IReadOnlyList<OutputTarget> outputs, bool noColor, LintPolicy policy, LoaderLimits limits, SarifRunDetails sarif, TextWriter stdout, TextWriter stderr)
        {
            if (!TryFindFiles(paths, stderr, out IReadOnlyList<string> files))
            {
                return ExitCannotRun;
            }

            if (!policy.TryPrepare(files, stderr, out ITopologyConfiguration configuration, out Baseline? baseline))
            {
                return ExitCannotRun;
            }

            LintResult result;
            bool showProgress = ProgressLine.IsWanted(stderr);
            var sizes = showProgress ? files.Distinct(StringComparer.Ordinal).ToDictionary(f => f, SizeOf, StringComparer.Ordinal) : new Dictionary<string, long>();
            using (var progress = new ProgressLine(stderr, sizes, showProgress))
            {
                var options = new LintOptions
                {
                    Configuration = configuration,
                    Limits = limits,
                    Baseline = baseline,
                    WarningsAsErrors = policy.WarningsAsErrors,
                    FindRootsForFragments = () => FileDiscovery.Find(CurrentDirectory, out _, out _),
                    RootLinted = progress.RootLinted,
                };
                result = new TopologyLinter(PhysicalFileSystem.Instance, options).Lint(files);
            }

            if (!policy.TryApplyBaselines(ref result, stderr))
            {
                return ExitCannotRun;
            }

            var report = new LintReport(result, Directory.GetCurrentDirectory());
            int exitCode = result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) ? ExitErrors : ExitClean;
            bool color = !noColor && ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") == null;
            if (!OutputOptions.TryWrite(outputs, report, exitCode, color, sarif, stdout, out string? error))
            {
                stderr.WriteLine("topolint: " + error);
                return ExitCannotRun;
            }

            return exitCode;
        }
    }
}
