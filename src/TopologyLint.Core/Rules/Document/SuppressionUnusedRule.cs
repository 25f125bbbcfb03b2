using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;

namespace TopologyLint.Rules.Document
{
    /// <summary>TL0007: a suppression comment names a rule that reports nothing where it applies. Reported by the policy stage at the ID in the comment.</summary>
    public sealed class SuppressionUnusedRule : TopologyRule
    {
        public static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
            "TL0007",
            "Suppression suppresses nothing",
            "Suppression of {0} suppresses nothing {1}",
            RuleCategory.Document,
            DiagnosticSeverity.Info,
            "A topolint-disable comment names a rule with no diagnostic to suppress where the comment applies; a stale suppression would silently hide a later problem of that kind.");

        public override DiagnosticDescriptor Descriptor => Rule;
    }
}
