using TopologyLint.Analysis;

namespace TopologyLint.Rules.Document
{
    /// <summary>TL0001: the file is not well-formed YAML or JSON, is empty, is not UTF-8, or exceeds a limit. Reported by the loader.</summary>
    public sealed class SyntaxErrorRule : TopologyRule
    {
        public SyntaxErrorRule()
            : base(DocumentDiagnostics.SyntaxError)
        {
        }
    }
}
