using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace TopologyLint.Fixes
{
    /// <summary>ESLint's distinction: a fix is safe to apply unseen (<c>topolint fix</c>); a suggestion states a fact only a person can confirm.</summary>
    public enum FixKind
    {
        /// <summary>Safe: applied in bulk by <c>topolint fix</c>, offered in editors and SARIF.</summary>
        Fix,

        /// <summary>Offered in editors only, chosen by a person; never applied by <c>topolint fix</c>.</summary>
        Suggestion,
    }

    /// <summary>A way to resolve one diagnostic: a title for a menu and the text edits that make it.</summary>
    public sealed class DiagnosticFix
    {
        public DiagnosticFix(Diagnostic diagnostic, string title, FixKind kind, ImmutableArray<TextEdit> edits)
        {
            Diagnostic = diagnostic;
            Title = title;
            Kind = kind;
            Edits = edits;
        }

        /// <summary>The diagnostic this resolves.</summary>
        public Diagnostic Diagnostic { get; }

        /// <summary>What the edits do, as a sentence for a code action or a report line, e.g. "Write 'tel:+14255550100'".</summary>
        public string Title { get; }

        public FixKind Kind { get; }

        /// <summary>The edits, applied together or not at all; they never overlap each other.</summary>
        public ImmutableArray<TextEdit> Edits { get; }
    }
}
