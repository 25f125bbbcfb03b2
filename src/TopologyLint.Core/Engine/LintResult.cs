using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using TopologyLint.Loading;
using TopologyLint.Model;

namespace TopologyLint.Engine
{
    /// <summary>A diagnostic an inline <c>topolint-disable</c> comment suppressed, and why.</summary>
    public sealed class SuppressedDiagnostic
    {
        public SuppressedDiagnostic(Diagnostic diagnostic, string? justification)
        {
            Diagnostic = diagnostic;
            Justification = justification;
        }

        /// <summary>The diagnostic, with <see cref="Diagnostic.IsSuppressed"/> true and the justification also in its properties.</summary>
        public Diagnostic Diagnostic { get; }

        /// <summary>The text after <c>--</c> in the suppression comment; null when it gives none.</summary>
        public string? Justification { get; }
    }

    /// <summary>One root document as linted: it and its fragments, and the diagnostics found in them.</summary>
    public sealed class LintedFile
    {
        internal LintedFile(string path, ImmutableArray<LoadedDocument> documents, ImmutableArray<Diagnostic> diagnostics, ImmutableArray<SuppressedDiagnostic> suppressedDiagnostics, Topology? topology = null)
        {
            Path = path;
            Documents = documents;
            Topology = topology;
            Diagnostics = diagnostics;
            SuppressedDiagnostics = suppressedDiagnostics;
        }

        public string Path { get; }

        /// <summary>The root document first, then its fragments in include order.</summary>
        public ImmutableArray<LoadedDocument> Documents { get; }

        /// <summary>
        /// The model the rules saw, bound once from <see cref="Documents"/>, when <see cref="LintOptions.KeepTopology"/>
        /// asked for it: hosts (the fix model, the language server's features) read it rather than bind again. Null
        /// otherwise, when the root document is not a mapping, and for a fragment checked on its own.
        /// </summary>
        public Topology? Topology { get; }

        /// <summary>What counts (printed, and errors fail the run): not suppressed. Sorted by file, line, column, ID and message.</summary>
        public ImmutableArray<Diagnostic> Diagnostics { get; }

        /// <summary>Diagnostics silenced by a suppression comment: only SARIF shows them. Same order.</summary>
        public ImmutableArray<SuppressedDiagnostic> SuppressedDiagnostics { get; }

        /// <summary>True for a fragment named on its own that no root includes: checked as a fragment, not as a topology.</summary>
        public bool IsLoneFragment { get; private set; }

        internal LintedFile WithDiagnostics(ImmutableArray<Diagnostic> diagnostics) => With(diagnostics, SuppressedDiagnostics);

        internal LintedFile With(ImmutableArray<Diagnostic> diagnostics, ImmutableArray<SuppressedDiagnostic> suppressedDiagnostics)
            => new LintedFile(Path, Documents, diagnostics, suppressedDiagnostics, Topology) { IsLoneFragment = IsLoneFragment };

        internal LintedFile AsLoneFragment()
        {
            IsLoneFragment = true;
            return this;
        }
    }

    /// <summary>Everything one call of the engine found, in a deterministic order.</summary>
    public sealed class LintResult
    {
        internal LintResult(ImmutableArray<LintedFile> files)
        {
            Files = files;
            Diagnostics = SortedOnce(files.SelectMany(f => f.Diagnostics), d => d);
            SuppressedDiagnostics = SortedOnce(files.SelectMany(f => f.SuppressedDiagnostics), s => s.Diagnostic);
            Unbaselined = this;
        }

        /// <summary>
        /// The same run before the baseline and warnings-as-errors steps (this result itself when it has not
        /// been through them): what <c>--write-baseline</c> records.
        /// </summary>
        public LintResult Unbaselined { get; private set; }

        /// <summary>Diagnostics found that the baseline records, and so are not reported (0 without a baseline).</summary>
        public int BaselineMatched { get; private set; }

        /// <summary>Baseline entries that match no diagnostic any more: fixed, or changed beyond recognition.</summary>
        public int BaselineStale { get; private set; }

        /// <summary>The root documents linted, ordered by path.</summary>
        public ImmutableArray<LintedFile> Files { get; }

        /// <summary>What counts: every diagnostic not suppressed, sorted by file, line, column, ID and message.</summary>
        public ImmutableArray<Diagnostic> Diagnostics { get; }

        /// <summary>Diagnostics silenced by suppression comments, in the same order.</summary>
        public ImmutableArray<SuppressedDiagnostic> SuppressedDiagnostics { get; }

        /// <summary>Notes, on a result just made by the baseline or warnings-as-errors step, what it was made from.</summary>
        internal LintResult AfterBaseline(LintResult unbaselined, int matched, int stale)
        {
            Unbaselined = unbaselined;
            BaselineMatched = matched;
            BaselineStale = stale;
            return this;
        }

        /// <summary>
        /// Sorts, and keeps one of equal diagnostics: a fragment included by two root documents is
        /// linted with each, and what it gets twice is one finding.
        /// </summary>
        private static ImmutableArray<T> SortedOnce<T>(IEnumerable<T> items, Func<T, Diagnostic> diagnosticOf)
        {
            var sorted = ImmutableArray.CreateBuilder<T>();
            foreach (T item in items.OrderBy(diagnosticOf, DiagnosticOrder.Instance))
            {
                if (sorted.Count == 0 || DiagnosticOrder.Instance.Compare(diagnosticOf(sorted[sorted.Count - 1]), diagnosticOf(item)) != 0)
                {
                    sorted.Add(item);
                }
            }

            return sorted.ToImmutable();
        }
    }
}
