using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using TopologyLint.Loading;

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
        internal LintedFile(string path, ImmutableArray<LoadedDocument> documents, ImmutableArray<Diagnostic> diagnostics, ImmutableArray<SuppressedDiagnostic> suppressedDiagnostics)
        {
            Path = path;
            Documents = documents;
            Diagnostics = diagnostics;
            SuppressedDiagnostics = suppressedDiagnostics;
        }

        public string Path { get; }

        /// <summary>The root document first, then its fragments in include order.</summary>
        public ImmutableArray<LoadedDocument> Documents { get; }

        /// <summary>What counts (printed, and errors fail the run): not suppressed. Sorted by file, line, column, ID and message.</summary>
        public ImmutableArray<Diagnostic> Diagnostics { get; }

        /// <summary>Diagnostics silenced by a suppression comment: only SARIF shows them. Same order.</summary>
        public ImmutableArray<SuppressedDiagnostic> SuppressedDiagnostics { get; }

        internal LintedFile WithDiagnostics(ImmutableArray<Diagnostic> diagnostics) => new LintedFile(Path, Documents, diagnostics, SuppressedDiagnostics);
    }

    /// <summary>Everything one call of the engine found, in a deterministic order.</summary>
    public sealed class LintResult
    {
        internal LintResult(ImmutableArray<LintedFile> files)
        {
            Files = files;
            Diagnostics = files.SelectMany(f => f.Diagnostics).OrderBy(d => d, DiagnosticOrder.Instance).ToImmutableArray();
            SuppressedDiagnostics = files.SelectMany(f => f.SuppressedDiagnostics).OrderBy(s => s.Diagnostic, DiagnosticOrder.Instance).ToImmutableArray();
        }

        /// <summary>The root documents linted, ordered by path.</summary>
        public ImmutableArray<LintedFile> Files { get; }

        /// <summary>What counts: every diagnostic not suppressed, sorted by file, line, column, ID and message.</summary>
        public ImmutableArray<Diagnostic> Diagnostics { get; }

        /// <summary>Diagnostics silenced by suppression comments, in the same order.</summary>
        public ImmutableArray<SuppressedDiagnostic> SuppressedDiagnostics { get; }
    }
}
