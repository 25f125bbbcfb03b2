using TopologyLint.Analysis;

namespace TopologyLint.Rules.Document
{
    /// <summary>TL0005: an include is missing, escapes the root document's directory, forms a cycle, or is not a valid fragment. Reported by the loader.</summary>
    public sealed class IncludeRule : TopologyRule
    {
        public IncludeRule()
            : base(DocumentDiagnostics.Include)
        {
        }
    }
}
