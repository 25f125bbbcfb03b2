using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using TopologyLint.Configuration;
using TopologyLint.Policy;

namespace TopologyLint.MSBuild
{
    /// <summary>
    /// The project's <c>NoWarn</c>, <c>TreatWarningsAsErrors</c>, <c>WarningsAsErrors</c> and
    /// <c>WarningsNotAsErrors</c> with the meaning the C# compiler gives them for analyzer diagnostics, mapped
    /// onto the engine's policy: <c>NoWarn</c> turns a rule off (the severity step, on top of the
    /// <c>.editorconfig</c>/<c>.globalconfig</c> severities), the other three are the warnings-as-errors step.
    /// The engine resolves each severity once, so the build log and the SARIF file agree.
    /// </summary>
    /// <remarks>
    /// MSBuild itself applies <c>NoWarn</c> and <c>WarningsAsErrors</c> to warnings a task logs, but not
    /// <c>TreatWarningsAsErrors</c>; applying all four here makes them work alike, and MSBuild's own
    /// pass then finds nothing left to change.
    /// </remarks>
    internal sealed class BuildWarningPolicy : ITopologyConfiguration
    {
        private static readonly char[] ListSeparators = { ';', ',' };

        private readonly ITopologyConfiguration _inner;
        private readonly HashSet<string> _noWarn;

        public BuildWarningPolicy(ITopologyConfiguration inner, bool treatWarningsAsErrors, string? warningsAsErrors, string? warningsNotAsErrors, string? noWarn)
        {
            _inner = inner;
            _noWarn = ParseCodes(noWarn);
            WarningsAsErrors = new WarningsAsErrors(treatWarningsAsErrors, ParseCodes(warningsAsErrors), ParseCodes(warningsNotAsErrors));
        }

        /// <summary>The policy's last step: <c>WarningsAsErrors</c> always, <c>TreatWarningsAsErrors</c> but for <c>WarningsNotAsErrors</c>.</summary>
        public WarningsAsErrors WarningsAsErrors { get; }

        /// <summary>NoWarn wins over .editorconfig, as it does for the compiler's analyzer diagnostics.</summary>
        public ReportDiagnostic? GetSeverity(string filePath, DiagnosticDescriptor descriptor)
            => _noWarn.Contains(descriptor.Id) ? ReportDiagnostic.Suppress : _inner.GetSeverity(filePath, descriptor);

        public string? GetOption(string filePath, string key) => _inner.GetOption(filePath, key);

        public OptionLocation? LocateOption(string filePath, string key) => _inner.LocateOption(filePath, key);

        /// <summary>MSBuild code lists are separated by semicolons or commas, with any spacing; codes compare case-insensitively.</summary>
        private static HashSet<string> ParseCodes(string? list)
        {
            var codes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (string code in (list ?? string.Empty).Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries))
            {
                string trimmed = code.Trim();
                if (trimmed.Length > 0)
                {
                    codes.Add(trimmed);
                }
            }

            return codes;
        }
    }
}
