using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;

namespace TopologyLint.Rules.Document
{
    /// <summary>TL0001: the file is not well-formed YAML or JSON, is empty, is not UTF-8, or exceeds a limit. Reported by the loader.</summary>
    public sealed class SyntaxErrorRule : TopologyRule
    {
        public static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
            "TL0001",
            "Document is not well-formed",
            "{0}",
            RuleCategory.Document,
            DiagnosticSeverity.Error,
            "The file could not be read as one YAML or JSON document: a syntax error, an empty file, a file that is not UTF-8, or a file beyond one of the loader's limits.");

        public override DiagnosticDescriptor Descriptor => Rule;
    }
}
