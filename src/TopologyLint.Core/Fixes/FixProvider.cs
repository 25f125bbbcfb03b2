using System.Collections.Immutable;

namespace TopologyLint.Fixes
{
    /// <summary>
    /// Computes the fixes and suggestions for diagnostics of some IDs, as Roslyn's CodeFixProvider does for C#:
    /// from the diagnostic and the documents, after the rules ran. Rules stay one small class that only
    /// reports; a provider is found by the IDs it names (<see cref="FixCatalog"/>), so adding one edits nothing else.
    /// </summary>
    public abstract class FixProvider
    {
        /// <summary>Names every diagnostic: a provider that applies to any ID (the suppression comment).</summary>
        public const string AnyDiagnostic = "*";

        /// <summary>
        /// Whether what this provider offers is safe to apply unseen (<see cref="FixKind.Fix"/>) or for a person to
        /// choose (<see cref="FixKind.Suggestion"/>). Known before it runs, so a host that wants only fixes (SARIF,
        /// <c>topolint fix</c>) does not run the suggestions' providers.
        /// </summary>
        public abstract FixKind Kind { get; }

        /// <summary>The diagnostic IDs this provider may fix, or <see cref="AnyDiagnostic"/>.</summary>
        public abstract ImmutableArray<string> FixableDiagnosticIds { get; }

        /// <summary>Registers this provider's fixes for <see cref="FixContext.Diagnostic"/> on the context; registers nothing when none is safe or sensible.</summary>
        public abstract void RegisterFixes(FixContext context);
    }
}
