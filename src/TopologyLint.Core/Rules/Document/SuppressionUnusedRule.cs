using TopologyLint.Analysis;

namespace TopologyLint.Rules.Document
{
    /// <summary>TL0007: a suppression comment names a rule that reports nothing where it applies. Reported by the policy stage at the ID in the comment.</summary>
    public sealed class SuppressionUnusedRule : TopologyRule
    {
        public SuppressionUnusedRule()
            : base(DocumentDiagnostics.SuppressionUnused)
        {
        }
    }
}
