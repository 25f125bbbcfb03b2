using TopologyLint.Analysis;

namespace TopologyLint.Rules.Document
{
    /// <summary>TL0006: a mapping has the same key twice. Reported by the loader at the second key; the first entry wins.</summary>
    public sealed class DuplicateKeyRule : TopologyRule
    {
        public DuplicateKeyRule()
            : base(DocumentDiagnostics.DuplicateKey)
        {
        }
    }
}
