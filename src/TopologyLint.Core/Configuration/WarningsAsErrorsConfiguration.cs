using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace TopologyLint.Configuration
{
    /// <summary>
    /// <c>--warnaserror</c>: a diagnostic whose effective severity is warning becomes an error, for every rule
    /// or only the listed IDs. Errors, infos and rules turned off stay as configured.
    /// </summary>
    public sealed class WarningsAsErrorsConfiguration : ITopologyConfiguration
    {
        private readonly ITopologyConfiguration _inner;
        private readonly HashSet<string>? _ids;

        /// <param name="inner">The configuration whose warnings are promoted.</param>
        /// <param name="ids">The rule IDs to promote; null or empty promotes every warning.</param>
        public WarningsAsErrorsConfiguration(ITopologyConfiguration inner, IEnumerable<string>? ids = null)
        {
            _inner = inner;
            if (ids != null)
            {
                _ids = new HashSet<string>(ids, StringComparer.OrdinalIgnoreCase);
                if (_ids.Count == 0)
                {
                    _ids = null;
                }
            }
        }

        public ReportDiagnostic GetSeverity(string filePath, DiagnosticDescriptor descriptor)
        {
            ReportDiagnostic configured = _inner.GetSeverity(filePath, descriptor);
            bool isWarning = configured == ReportDiagnostic.Warn
                || (configured == ReportDiagnostic.Default && descriptor.DefaultSeverity == DiagnosticSeverity.Warning);
            return isWarning && (_ids == null || _ids.Contains(descriptor.Id)) ? ReportDiagnostic.Error : configured;
        }

        public string? GetOption(string filePath, string key) => _inner.GetOption(filePath, key);
    }
}
