using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;

namespace TopologyLint.Rules.Document
{
    /// <summary>TL0006: a mapping has the same key twice. Reported by the loader at the second key; the first entry wins.</summary>
    public sealed class DuplicateKeyRule : TopologyRule
    {
        public static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
            "TL0006",
            "Mapping has the same key twice",
            "Key '{0}' is already defined in this mapping at line {1}",
            RuleCategory.Document,
            DiagnosticSeverity.Error,
            "YAML and JSON parsers disagree on which of two equal keys wins, so a key written twice is an error; the first one is used.");

        public override DiagnosticDescriptor Descriptor => Rule;
    }
}
