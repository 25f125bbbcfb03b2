using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Engine;
using TopologyLint.Loading;

namespace TopologyLint.Policy
{
    /// <summary>
    /// The policy: one step of the engine, in this order for every host.
    /// <list type="number">
    /// <item>The effective severity of each diagnostic (<see cref="DiagnosticSink.EffectiveSeverity"/>), as it
    /// is reported, so that a rule off for every document of a root is not even run.</item>
    /// <item>Inline suppressions (<c>topolint-disable</c>), per root document, which holds the comments.</item>
    /// <item>The baseline, once over the whole run, which knows which of its entries no longer occur.</item>
    /// <item>Warnings as errors.</item>
    /// </list>
    /// </summary>
    public static class PolicyPipeline
    {
        /// <summary>Step 2, for one root document whose diagnostics (severities applied) are in <paramref name="sink"/>.</summary>
        internal static LintedFile FinishRoot(string path, ImmutableArray<LoadedDocument> documents, DiagnosticSink sink, Model.Topology? topology = null)
        {
            var (reported, suppressed) = InlineSuppressions.Apply(documents, sink);
            return new LintedFile(
                path,
                documents,
                reported.OrderBy(d => d, DiagnosticOrder.Instance).ToImmutableArray(),
                suppressed.OrderBy(s => s.Diagnostic, DiagnosticOrder.Instance).ToImmutableArray(),
                topology);
        }

        /// <summary>
        /// Steps 3 and 4, over a run whose root documents went through steps 1 and 2. A host that records a new
        /// baseline (<c>--write-baseline</c>) calls this again on <see cref="LintResult.Unbaselined"/> with it.
        /// </summary>
        public static LintResult FinishRun(LintResult unbaselined, Baseline? baseline, WarningsAsErrors? warningsAsErrors)
        {
            unbaselined = unbaselined.Unbaselined;
            bool promotes = warningsAsErrors != null && !warningsAsErrors.IsNone;
            if (baseline == null && !promotes)
            {
                return unbaselined;
            }

            LintResult result = unbaselined;
            int matched = 0;
            int stale = 0;
            if (baseline != null)
            {
                BaselineOutcome outcome = baseline.Apply(unbaselined);
                result = outcome.Result;
                matched = outcome.Matched;
                stale = outcome.Stale;
            }

            if (promotes)
            {
                result = new LintResult(result.Files.Select(f => f.With(
                    f.Diagnostics.Select(d => Promoted(d, warningsAsErrors!)).ToImmutableArray(),
                    f.SuppressedDiagnostics.Select(s => new SuppressedDiagnostic(Promoted(s.Diagnostic, warningsAsErrors!), s.Justification)).ToImmutableArray())).ToImmutableArray());
            }

            return result.AfterBaseline(unbaselined, matched, stale);
        }

        private static Diagnostic Promoted(Diagnostic diagnostic, WarningsAsErrors warningsAsErrors)
            => diagnostic.Severity == DiagnosticSeverity.Warning && warningsAsErrors.Promotes(diagnostic.Id)
                ? Rewrite(diagnostic, DiagnosticSeverity.Error, diagnostic.IsSuppressed, diagnostic.Properties)
                : diagnostic;

        /// <summary>
        /// The same diagnostic with another severity, suppression state or properties. Only this overload of
        /// <see cref="Diagnostic.Create(string, string, LocalizableString, DiagnosticSeverity, DiagnosticSeverity, bool, int, bool, LocalizableString?, LocalizableString?, string?, Location?, IEnumerable{Location}?, IEnumerable{string}?, ImmutableDictionary{string, string?}?)"/>
        /// can set <see cref="Diagnostic.IsSuppressed"/>; it keeps the ID, message, help link and location.
        /// </summary>
        internal static Diagnostic Rewrite(Diagnostic diagnostic, DiagnosticSeverity severity, bool isSuppressed, ImmutableDictionary<string, string?> properties)
        {
            DiagnosticDescriptor descriptor = diagnostic.Descriptor;
            return Diagnostic.Create(
                descriptor.Id,
                descriptor.Category,
                diagnostic.GetMessage(CultureInfo.InvariantCulture),
                severity,
                descriptor.DefaultSeverity,
                descriptor.IsEnabledByDefault,
                severity == DiagnosticSeverity.Error ? 0 : diagnostic.WarningLevel,
                isSuppressed,
                descriptor.Title,
                descriptor.Description,
                descriptor.HelpLinkUri,
                diagnostic.Location,
                diagnostic.AdditionalLocations,
                descriptor.CustomTags,
                properties);
        }
    }
}
