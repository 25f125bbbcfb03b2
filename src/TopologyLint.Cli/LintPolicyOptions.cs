using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Configuration;
using TopologyLint.Engine;
using TopologyLint.Policy;

namespace TopologyLint.Cli
{
    /// <summary>
    /// The lint command's policy options: <c>--warnaserror[:IDS]</c>, <c>--baseline FILE</c> and
    /// <c>--write-baseline FILE</c>, and the configuration files found for the linted files.
    /// </summary>
    internal sealed class LintPolicyOptions
    {
        private static readonly char[] ListSeparators = { ',', ';' };

        private const string WarnAsErrorName = "--warnaserror";
        private const string WarnAsErrorIdsName = "--warnaserror-ids";

        private readonly Option<bool> _warnAsError = new Option<bool>(WarnAsErrorName)
        {
            Description = "Treat warnings as errors; --warnaserror:TL1007,TL2001 only those rules",
        };

        // System.CommandLine cannot give a token back to the PATH argument once an option with an optional
        // value took it, so "--warnaserror a.yaml" would lose a.yaml. The Roslyn-style "--warnaserror:IDS"
        // is therefore rewritten to this hidden option before parsing (see NormalizeArguments).
        private readonly Option<string[]> _warnAsErrorIds = new Option<string[]>(WarnAsErrorIdsName)
        {
            Hidden = true,
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = false,
        };

        private readonly Option<string?> _baseline = new Option<string?>("--baseline")
        {
            Description = "Report only diagnostics not recorded in this baseline file",
            HelpName = "FILE",
        };

        private readonly Option<string?> _writeBaseline = new Option<string?>("--write-baseline")
        {
            Description = "Record the current diagnostics in this baseline file (and report none of them)",
            HelpName = "FILE",
        };

        /// <summary>Turns <c>--warnaserror:IDS</c> and <c>--warnaserror=IDS</c> into the hidden option's two tokens.</summary>
        public static string[] NormalizeArguments(string[] args)
        {
            var normalized = new List<string>(args.Length);
            foreach (string arg in args)
            {
                if (arg.Length > WarnAsErrorName.Length + 1
                    && arg.StartsWith(WarnAsErrorName, StringComparison.Ordinal)
                    && (arg[WarnAsErrorName.Length] == ':' || arg[WarnAsErrorName.Length] == '='))
                {
                    normalized.Add(WarnAsErrorIdsName);
                    normalized.Add(arg.Substring(WarnAsErrorName.Length + 1));
                }
                else
                {
                    normalized.Add(arg);
                }
            }

            return normalized.ToArray();
        }

        public void AddTo(Command lint)
        {
            lint.Options.Add(_warnAsError);
            lint.Options.Add(_warnAsErrorIds);
            lint.Options.Add(_baseline);
            lint.Options.Add(_writeBaseline);
        }

        public LintPolicy Read(ParseResult parse)
        {
            string[] ids = (parse.GetValue(_warnAsErrorIds) ?? Array.Empty<string>())
                .SelectMany(v => v.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries))
                .Select(id => id.Trim())
                .Where(id => id.Length > 0)
                .ToArray();
            return new LintPolicy(parse.GetValue(_warnAsError) || ids.Length > 0, ids, parse.GetValue(_baseline), parse.GetValue(_writeBaseline));
        }
    }

    /// <summary>The policy a lint run applies around the engine, and the steps that apply it.</summary>
    internal sealed class LintPolicy
    {
        public LintPolicy(bool warnAsError, IReadOnlyList<string> warnAsErrorIds, string? baselinePath, string? writeBaselinePath)
        {
            WarnAsError = warnAsError;
            WarnAsErrorIds = warnAsErrorIds;
            BaselinePath = baselinePath;
            WriteBaselinePath = writeBaselinePath;
        }

        public bool WarnAsError { get; }

        /// <summary>The policy's last step, as <c>--warnaserror[:IDS]</c> asks.</summary>
        public WarningsAsErrors WarningsAsErrors => WarnAsError ? new WarningsAsErrors(WarnAsErrorIds.Count == 0, WarnAsErrorIds) : WarningsAsErrors.None;

        /// <summary>Empty: every warning.</summary>
        public IReadOnlyList<string> WarnAsErrorIds { get; }

        public string? BaselinePath { get; }

        public string? WriteBaselinePath { get; }

        /// <summary>
        /// Reads what must be read before linting: the <c>.editorconfig</c> files of the linted files, the nearest
        /// <c>.globalconfig</c> at or above the current directory, and the baseline. False (after one line on
        /// <paramref name="stderr"/>) when one of them cannot be read.
        /// </summary>
        public bool TryPrepare(IReadOnlyList<string> files, TextWriter stderr, out ITopologyConfiguration configuration, out Baseline? baseline)
        {
            configuration = DefaultConfiguration.Instance;
            baseline = null;
            if (WarnAsErrorIds.FirstOrDefault(id => !RuleCatalog.TryGet(id, out _)) is string unknown)
            {
                stderr.WriteLine($"topolint: --warnaserror names no rule '{unknown}'; `topolint rules` lists them");
                return false;
            }

            EditorConfigConfiguration editorConfig;
            try
            {
                editorConfig = new EditorConfigConfiguration(ConfigurationDiscovery.Find(files, Directory.GetCurrentDirectory()));
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                stderr.WriteLine($"topolint: cannot read configuration: {ex.Message}");
                return false;
            }

            foreach (Diagnostic problem in editorConfig.Problems)
            {
                // Roslyn's own wording, e.g. two .globalconfig files setting one key differently.
                stderr.WriteLine($"topolint: warning: {problem.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}");
            }

            configuration = editorConfig;
            return BaselinePath == null || TryReadBaseline(BaselinePath, stderr, out baseline);
        }

        /// <summary>
        /// Says on <paramref name="stderr"/> how many entries of the baseline the engine applied no longer occur,
        /// and writes a new baseline when asked (then the run reports what it does not record). False when the
        /// new baseline cannot be written.
        /// </summary>
        public bool TryApplyBaselines(ref LintResult result, TextWriter stderr)
        {
            if (BaselinePath != null && result.BaselineStale > 0)
            {
                stderr.WriteLine($"topolint: {result.BaselineStale} {(result.BaselineStale == 1 ? "entry" : "entries")} of baseline '{BaselinePath}' no longer occur; --write-baseline records the current state");
            }

            if (WriteBaselinePath != null)
            {
                Baseline written = Baseline.Create(result.Unbaselined, WriteBaselinePath);
                if (!ReportFile.TryWrite(WriteBaselinePath, written.Write, out string? error))
                {
                    stderr.WriteLine($"topolint: cannot write '{WriteBaselinePath}': {error}");
                    return false;
                }

                result = PolicyPipeline.FinishRun(result.Unbaselined, written, WarningsAsErrors);
                stderr.WriteLine($"topolint: recorded {written.Entries.Length} {(written.Entries.Length == 1 ? "diagnostic" : "diagnostics")} in '{WriteBaselinePath}'");
            }

            return true;
        }

        private static bool TryReadBaseline(string path, TextWriter stderr, out Baseline? baseline)
        {
            baseline = null;
            string text;
            try
            {
                text = File.ReadAllText(path);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is NotSupportedException || ex is ArgumentException)
            {
                stderr.WriteLine($"topolint: cannot read baseline '{path}': {ex.Message}");
                return false;
            }

            if (!Baseline.TryParse(path, text, out baseline, out string? error))
            {
                stderr.WriteLine($"topolint: baseline '{path}' is {error}");
                return false;
            }

            if (baseline!.Version < Baseline.FormatVersion)
            {
                stderr.WriteLine($"topolint: warning: baseline '{path}' is in the version {baseline.Version} format, keyed by list position; `topolint lint --write-baseline {path}` rewrites it in version {Baseline.FormatVersion}, which survives reordered items");
            }

            return true;
        }
    }
}
