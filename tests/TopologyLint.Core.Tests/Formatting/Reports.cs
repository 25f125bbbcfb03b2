using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using TopologyLint.Configuration;
using TopologyLint.Engine;
using TopologyLint.Formatting;

namespace TopologyLint.Core.Tests.Formatting
{
    /// <summary>Runs formatters over real lint results, and builds results with chosen severities and suppressions.</summary>
    internal static class Reports
    {
        public static string Format(IReportFormatter formatter, LintResult result, string baseDirectory)
        {
            var writer = new StringWriter { NewLine = "\n" };
            formatter.Write(new LintReport(result, baseDirectory), writer);
            return writer.ToString();
        }

        /// <summary>
        /// The same files with other diagnostics, e.g. the originals marked suppressed; as the policy stage
        /// files them, suppressed ones go to <see cref="LintResult.SuppressedDiagnostics"/>.
        /// </summary>
        public static LintResult WithDiagnostics(LintResult result, Func<Diagnostic, Diagnostic> change)
        {
            ImmutableArray<LintedFile> files = result.Files
                .Select(f =>
                {
                    Diagnostic[] changed = f.Diagnostics.Select(change).ToArray();
                    return new LintedFile(
                        f.Path,
                        f.Documents,
                        changed.Where(d => !d.IsSuppressed).ToImmutableArray(),
                        changed.Where(d => d.IsSuppressed)
                            .Select(d => new SuppressedDiagnostic(d, d.Properties.TryGetValue(SarifFormatter.JustificationProperty, out string? why) ? why : null))
                            .ToImmutableArray());
                })
                .ToImmutableArray();
            return new LintResult(files);
        }

        /// <summary>A copy of the diagnostic with another severity and suppression state, as the policy step would make it.</summary>
        public static Diagnostic Copy(Diagnostic diagnostic, DiagnosticSeverity severity, bool isSuppressed = false, string? justification = null)
        {
            ImmutableDictionary<string, string?> properties = justification == null
                ? ImmutableDictionary<string, string?>.Empty
                : ImmutableDictionary<string, string?>.Empty.Add(SarifFormatter.JustificationProperty, justification);
            return Diagnostic.Create(
                diagnostic.Id,
                diagnostic.Descriptor.Category,
                diagnostic.GetMessage(CultureInfo.InvariantCulture),
                severity,
                diagnostic.DefaultSeverity,
                isEnabledByDefault: true,
                warningLevel: severity == DiagnosticSeverity.Error ? 0 : 1,
                isSuppressed: isSuppressed,
                title: diagnostic.Descriptor.Title,
                description: diagnostic.Descriptor.Description,
                helpLink: diagnostic.Descriptor.HelpLinkUri,
                location: diagnostic.Location,
                properties: properties);
        }

        /// <summary>Configuration that gives chosen rules another severity, as an .editorconfig would.</summary>
        public sealed class Severities : ITopologyConfiguration
        {
            private readonly Dictionary<string, ReportDiagnostic> _severities;

            public Severities(Dictionary<string, ReportDiagnostic> severities) => _severities = severities;

            public ReportDiagnostic? GetSeverity(string filePath, DiagnosticDescriptor descriptor)
                => _severities.TryGetValue(descriptor.Id, out ReportDiagnostic severity) ? severity : null;

            public string? GetOption(string filePath, string key) => null;

            public OptionLocation? LocateOption(string filePath, string key) => null;
        }
    }
}
