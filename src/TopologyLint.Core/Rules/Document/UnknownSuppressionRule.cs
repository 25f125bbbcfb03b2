using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;

namespace TopologyLint.Rules.Document
{
    /// <summary>TL0008: a suppression comment names an ID that is not in the rule catalog (or no ID at all). Reported by the policy stage at the comment.</summary>
    public sealed class UnknownSuppressionRule : TopologyRule
    {
        public static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
            "TL0008",
            "Suppression names an unknown rule",
            "Suppression names an unknown rule: {0}",
            RuleCategory.Document,
            DiagnosticSeverity.Warning,
            "A topolint-disable comment names an ID that is not in the rule catalog, so it suppresses nothing; usually a typo or another tool's ID. `topolint rules` lists the catalog.");

        public override DiagnosticDescriptor Descriptor => Rule;
    }
}
