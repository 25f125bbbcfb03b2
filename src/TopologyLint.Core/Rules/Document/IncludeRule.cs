using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;

namespace TopologyLint.Rules.Document
{
    /// <summary>TL0005: an include is missing, escapes the root document's directory, forms a cycle, or is not a valid fragment.</summary>
    public sealed class IncludeRule : TopologyRule
    {
        public static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
            "TL0005",
            "Include cannot be used",
            "{0}",
            RuleCategory.Document,
            DiagnosticSeverity.Error,
            "Included fragments must exist, stay inside the root document's directory, not include each other in a cycle, and hold only the list keys sites, pools, reverseProxies, pstn, clients and users.");

        public override DiagnosticDescriptor Descriptor => Rule;
    }
}
