using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace TopologyLint.Configuration
{
    /// <summary>
    /// Severities and options from <c>.editorconfig</c> and <c>.globalconfig</c> files, read by Roslyn's own
    /// <see cref="AnalyzerConfigSet"/> so that section globs, <c>root = true</c> and precedence mean what they
    /// mean to the C# compiler.
    /// </summary>
    public sealed class EditorConfigConfiguration : ITopologyConfiguration
    {
        private const string CategorySeverityKeyFormat = "dotnet_analyzer_diagnostic.category-{0}.severity";
        private const string AllAnalyzersSeverityKey = "dotnet_analyzer_diagnostic.severity";

        /// <summary>
        /// A file whose text contains none of these (in any case) sets no severity of a TopologyLint rule (every
        /// ID starts with TL; a repository's <c>dotnet_diagnostic.CA1822.severity</c> is the C# compiler's), no
        /// category or all-analyzer severity and no <c>topolint_</c> option, and is not a global config, so it
        /// cannot change any answer of this class or any of Roslyn's global-config <see cref="Problems"/>.
        /// </summary>
        private static readonly string[] RelevantMarkers = { "dotnet_diagnostic.tl", "dotnet_analyzer_diagnostic.", "topolint_", "is_global", "global_level" };

        /// <summary>A <c>key = value</c> line as Roslyn's parser reads it (value trimmed, a trailing comment dropped).</summary>
        private static readonly System.Text.RegularExpressions.Regex PropertyLine = new System.Text.RegularExpressions.Regex(
            @"^\s*(?<key>[\w\.\-_]+)\s*[=:]\s*(?<value>.*?)\s*([#;].*)?$",
            System.Text.RegularExpressions.RegexOptions.CultureInvariant);

        /// <summary>The files Roslyn was given, for <see cref="LocateOption"/>.</summary>
        private readonly ConfigurationFile[] _files = Array.Empty<ConfigurationFile>();

        /// <summary>Null when no file can matter (see <see cref="RelevantMarkers"/>): Roslyn is then not asked.</summary>
        private readonly AnalyzerConfigSet? _set;
        private readonly ConcurrentDictionary<string, AnalyzerConfigOptionsResult> _byPath = new ConcurrentDictionary<string, AnalyzerConfigOptionsResult>(StringComparer.Ordinal);

        public EditorConfigConfiguration(IEnumerable<ConfigurationFile> files)
        {
            // Start-up: Roslyn's AnalyzerConfig.Parse, AnalyzerConfigSet.Create and the first section match
            // together cost tens of milliseconds in a fresh process, the largest single part of the CLI's
            // start-up when a repository's .editorconfig only styles C#. Such files are left out; they would
            // change nothing (Roslyn matches each key on its own), except that one with root = true hides
            // the files above it, so it stays when a file that matters is above it.
            ConfigurationFile[] all = files.ToArray();
            var relevant = new HashSet<ConfigurationFile>(all.Where(SetsSomethingForTopologyLint));
            _files = all.Where(f => relevant.Contains(f) || (MayDeclareRoot(f) && relevant.Any(r => IsAbove(r, f)))).ToArray();
            ImmutableArray<AnalyzerConfig> configs = _files
                .Select(f => AnalyzerConfig.Parse(f.Text, System.IO.Path.GetFullPath(f.Path)))
                .ToImmutableArray();
            if (configs.IsEmpty)
            {
                Problems = ImmutableArray<Diagnostic>.Empty;
                return;
            }

            _set = AnalyzerConfigSet.Create(configs, out ImmutableArray<Diagnostic> problems);
            Problems = problems;
        }

        /// <summary>The paths of the files given to Roslyn, in the order they were found.</summary>
        internal IEnumerable<string> ParsedFiles => _files.Select(f => f.Path);

        /// <summary>What Roslyn found wrong with the set, e.g. two <c>.globalconfig</c> files setting one key differently.</summary>
        public ImmutableArray<Diagnostic> Problems { get; }

        /// <summary>
        /// Roslyn's order: an ID's severity in an <c>.editorconfig</c> section (or a path section of a
        /// <c>.globalconfig</c>), then in the <c>.globalconfig</c>'s global section; only when the ID is set in
        /// neither does <c>dotnet_analyzer_diagnostic.category-X.severity</c> apply, then
        /// <c>dotnet_analyzer_diagnostic.severity</c>.
        /// </summary>
        public ReportDiagnostic? GetSeverity(string filePath, DiagnosticDescriptor descriptor)
        {
            if (_set == null)
            {
                return null;
            }

            AnalyzerConfigOptionsResult options = OptionsFor(filePath);
            string id = descriptor.Id.ToLowerInvariant();
            if (options.TreeOptions.TryGetValue(id, out ReportDiagnostic severity) || _set.GlobalConfigOptions.TreeOptions.TryGetValue(id, out severity))
            {
                return severity;
            }

            string categoryKey = string.Format(System.Globalization.CultureInfo.InvariantCulture, CategorySeverityKeyFormat, descriptor.Category);
            if (TryGetSeverityOption(options, categoryKey, out severity) || TryGetSeverityOption(options, AllAnalyzersSeverityKey, out severity))
            {
                return severity;
            }

            return null;
        }

        public string? GetOption(string filePath, string key)
        {
            if (_set == null)
            {
                return null;
            }

            AnalyzerConfigOptionsResult options = OptionsFor(filePath);
            return options.AnalyzerOptions.TryGetValue(key, out string? value) || _set.GlobalConfigOptions.AnalyzerOptions.TryGetValue(key, out value)
                ? value
                : null;
        }

        /// <summary>
        /// Roslyn does not say which file or line set a value, so this takes the nearest <c>.editorconfig</c> above
        /// the file (then a <c>.globalconfig</c>) with a line that sets the key to the value in effect, and in it
        /// the last such line (a later section overrides an earlier one).
        /// </summary>
        public OptionLocation? LocateOption(string filePath, string key)
        {
            string? value = GetOption(filePath, key);
            if (value == null)
            {
                return null;
            }

            string fullPath = System.IO.Path.GetFullPath(filePath);
            IEnumerable<ConfigurationFile> nearestFirst = _files
                .Where(f => IsGlobalConfig(f) || IsAbove(f, fullPath))
                .OrderBy(f => IsGlobalConfig(f) ? 1 : 0)
                .ThenByDescending(f => System.IO.Path.GetFullPath(f.Path).Length);
            foreach (ConfigurationFile file in nearestFirst)
            {
                SourceText text = SourceText.From(file.Text);
                OptionLocation? last = null;
                foreach (TextLine line in text.Lines)
                {
                    System.Text.RegularExpressions.Match match = PropertyLine.Match(line.ToString());
                    if (match.Success
                        && string.Equals(match.Groups["key"].Value, key, StringComparison.OrdinalIgnoreCase)
                        && string.Equals(match.Groups["value"].Value, value, StringComparison.OrdinalIgnoreCase))
                    {
                        var span = new TextSpan(line.Start + match.Groups["value"].Index, match.Groups["value"].Length);
                        last = new OptionLocation(System.IO.Path.GetFullPath(file.Path), span, text.Lines.GetLinePositionSpan(span));
                    }
                }

                if (last != null)
                {
                    return last;
                }
            }

            return null;
        }

        private bool TryGetSeverityOption(AnalyzerConfigOptionsResult options, string key, out ReportDiagnostic severity)
        {
            severity = ReportDiagnostic.Default;
            return (options.AnalyzerOptions.TryGetValue(key, out string? value) || _set!.GlobalConfigOptions.AnalyzerOptions.TryGetValue(key, out value))
                && TryParseSeverity(value, out severity);
        }

        /// <summary>The values <c>dotnet_diagnostic.*.severity</c> takes, as Roslyn's <c>AnalyzerConfigSet.TryParseSeverity</c> reads them.</summary>
        private static bool TryParseSeverity(string value, out ReportDiagnostic severity)
        {
            switch (value.Trim().ToLowerInvariant())
            {
                case "default":
                    severity = ReportDiagnostic.Default;
                    return true;
                case "error":
                    severity = ReportDiagnostic.Error;
                    return true;
                case "warning":
                    severity = ReportDiagnostic.Warn;
                    return true;
                case "suggestion":
                    severity = ReportDiagnostic.Info;
                    return true;
                case "silent":
                case "refactoring":
                    severity = ReportDiagnostic.Hidden;
                    return true;
                case "none":
                    severity = ReportDiagnostic.Suppress;
                    return true;
                default:
                    severity = ReportDiagnostic.Default;
                    return false;
            }
        }

        /// <summary>Roslyn matches sections only against absolute paths: a relative one silently matches nothing.</summary>
        private AnalyzerConfigOptionsResult OptionsFor(string filePath)
            => _byPath.GetOrAdd(System.IO.Path.GetFullPath(filePath), path => _set!.GetOptionsForSourcePath(path));

        /// <summary>Whether the file itself can change an answer: a <c>.globalconfig</c> always takes part in Roslyn's global merge.</summary>
        private static bool SetsSomethingForTopologyLint(ConfigurationFile file)
            => IsGlobalConfig(file)
                || RelevantMarkers.Any(marker => file.Text.IndexOf(marker, StringComparison.OrdinalIgnoreCase) >= 0);

        private static bool IsGlobalConfig(ConfigurationFile file)
            => string.Equals(System.IO.Path.GetFileName(file.Path), ConfigurationDiscovery.GlobalConfigFileName, StringComparison.OrdinalIgnoreCase);

        /// <summary>Whether the configuration file's directory holds <paramref name="fullPath"/> (at any depth).</summary>
        private static bool IsAbove(ConfigurationFile file, string fullPath)
        {
            string directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(file.Path)) ?? string.Empty;
            string prefix = directory.EndsWith(System.IO.Path.DirectorySeparatorChar.ToString(), StringComparison.Ordinal) ? directory : directory + System.IO.Path.DirectorySeparatorChar;
            return fullPath.StartsWith(prefix, Engine.TopologyFiles.PathComparison);
        }

        /// <summary>Over-approximates <c>root = true</c>: keeping a file too many only costs its parse.</summary>
        private static bool MayDeclareRoot(ConfigurationFile file) => file.Text.IndexOf("root", StringComparison.OrdinalIgnoreCase) >= 0;

        /// <summary>Whether <paramref name="upper"/> lives in a directory above <paramref name="lower"/>'s (ignoring case, to err on keeping).</summary>
        private static bool IsAbove(ConfigurationFile upper, ConfigurationFile lower)
        {
            string upperDirectory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(upper.Path)) ?? string.Empty;
            string lowerDirectory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(lower.Path)) ?? string.Empty;
            return lowerDirectory.Length > upperDirectory.Length
                && lowerDirectory.StartsWith(upperDirectory, StringComparison.OrdinalIgnoreCase)
                && (upperDirectory.EndsWith(System.IO.Path.DirectorySeparatorChar.ToString(), StringComparison.Ordinal)
                    || lowerDirectory[upperDirectory.Length] == System.IO.Path.DirectorySeparatorChar
                    || lowerDirectory[upperDirectory.Length] == System.IO.Path.AltDirectorySeparatorChar);
        }
    }
}
