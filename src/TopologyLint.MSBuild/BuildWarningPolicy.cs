using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using TopologyLint.Configuration;

namespace TopologyLint.MSBuild
{
    /// <summary>
    /// The project's <c>NoWarn</c>, <c>TreatWarningsAsErrors</c>, <c>WarningsAsErrors</c> and
    /// <c>WarningsNotAsErrors</c>, applied on top of the <c>.editorconfig</c>/<c>.globalconfig</c>
    /// severities with the meaning the C# compiler gives them for analyzer diagnostics.
    /// It is a configuration, not a filter on the log, so the engine resolves each severity once and
    /// the build log and the SARIF file agree.
    /// </summary>
    /// <remarks>
    /// MSBuild itself applies <c>NoWarn</c> and <c>WarningsAsErrors</c> to warnings a task logs, but not
    /// <c>TreatWarningsAsErrors</c>; applying all four here makes them work alike, and MSBuild's own
    /// pass then finds nothing left to change.
    /// </remarks>
    internal sealed class BuildWarningPolicy : ITopologyConfiguration
    {
        private readonly ITopologyConfiguration _inner;
        private readonly bool _treatWarningsAsErrors;
        private readonly HashSet<string> _noWarn;
        private readonly HashSet<string> _warningsAsErrors;
        private readonly HashSet<string> _warningsNotAsErrors;

        public BuildWarningPolicy(ITopologyConfiguration inner, bool treatWarningsAsErrors, string? warningsAsErrors, string? warningsNotAsErrors, string? noWarn)
        {
            _inner = inner;
            _treatWarningsAsErrors = treatWarningsAsErrors;
            _warningsAsErrors = ParseCodes(warningsAsErrors);
            _warningsNotAsErrors = ParseCodes(warningsNotAsErrors);
            _noWarn = ParseCodes(noWarn);
        }

        public ReportDiagnostic GetSeverity(string filePath, DiagnosticDescriptor descriptor)
        {
            // NoWarn wins over .editorconfig, as it does for the compiler's analyzer diagnostics.
            if (_noWarn.Contains(descriptor.Id))
            {
                return ReportDiagnostic.Suppress;
            }

            ReportDiagnostic configured = _inner.GetSeverity(filePath, descriptor);
            bool isWarning = configured == ReportDiagnostic.Warn
                || (configured == ReportDiagnostic.Default && descriptor.DefaultSeverity == DiagnosticSeverity.Warning);
            if (isWarning && (_warningsAsErrors.Contains(descriptor.Id) || (_treatWarningsAsErrors && !_warningsNotAsErrors.Contains(descriptor.Id))))
            {
                return ReportDiagnostic.Error;
            }

            return configured;
        }

        public string? GetOption(string filePath, string key) => _inner.GetOption(filePath, key);

        /// <summary>MSBuild code lists are separated by semicolons or commas, with any spacing; codes compare case-insensitively.</summary>
        private static HashSet<string> ParseCodes(string? list)
        {
            var codes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (string code in (list ?? string.Empty).Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries))
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
