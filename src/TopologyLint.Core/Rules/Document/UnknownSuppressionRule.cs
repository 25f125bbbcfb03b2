using TopologyLint.Analysis;

namespace TopologyLint.Rules.Document
{
    /// <summary>TL0008: a suppression comment names an ID that is not in the rule catalog (or no ID at all). Reported by the policy stage at the comment.</summary>
    public sealed class UnknownSuppressionRule : TopologyRule
    {
        public UnknownSuppressionRule()
            : base(DocumentDiagnostics.UnknownSuppression)
        {
        }
    }
}
