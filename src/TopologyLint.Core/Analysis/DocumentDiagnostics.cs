using Microsoft.CodeAnalysis;

namespace TopologyLint.Analysis
{
    /// <summary>
    /// The descriptors of the diagnostics that the loader (TL0001, TL0005, TL0006) and the policy stage
    /// (TL0007, TL0008) report while they work. They live here, beside the sink, so that those stages
    /// report without depending on the rules folder; each one's rule class there names it for the catalog.
    /// </summary>
    public static class DocumentDiagnostics
    {
        public static readonly DiagnosticDescriptor SyntaxError = RuleDescriptors.Create(
            "TL0001",
            "Document is not well-formed",
            "{0}",
            RuleCategory.Document,
            DiagnosticSeverity.Error,
            "The file could not be read as one YAML or JSON document: a syntax error, an empty file, a file that is not UTF-8, or a file beyond one of the loader's limits.");

        public static readonly DiagnosticDescriptor Include = RuleDescriptors.Create(
            "TL0005",
            "Include cannot be used",
            "{0}",
            RuleCategory.Document,
            DiagnosticSeverity.Error,
            "Included fragments must exist, stay inside the root document's directory, not include each other in a cycle, and hold only the list keys sites, pools, reverseProxies, pstn, clients and users.");

        public static readonly DiagnosticDescriptor DuplicateKey = RuleDescriptors.Create(
            "TL0006",
            "Mapping has the same key twice",
            "Key '{0}' is already defined in this mapping at line {1}",
            RuleCategory.Document,
            DiagnosticSeverity.Error,
            "YAML and JSON parsers disagree on which of two equal keys wins, so a key written twice is an error; the first one is used.");

        public static readonly DiagnosticDescriptor SuppressionUnused = RuleDescriptors.Create(
            "TL0007",
            "Suppression suppresses nothing",
            "Suppression of {0} suppresses nothing {1}",
            RuleCategory.Document,
            DiagnosticSeverity.Info,
            "A topolint-disable comment names a rule with no diagnostic to suppress where the comment applies; a stale suppression would silently hide a later problem of that kind.");

        public static readonly DiagnosticDescriptor UnknownSuppression = RuleDescriptors.Create(
            "TL0008",
            "Suppression names an unknown rule",
            "Suppression names an unknown rule: {0}",
            RuleCategory.Document,
            DiagnosticSeverity.Warning,
            "A topolint-disable comment names an ID that is not in the rule catalog, so it suppresses nothing; usually a typo or another tool's ID. `topolint rules` lists the catalog.");
    }
}
