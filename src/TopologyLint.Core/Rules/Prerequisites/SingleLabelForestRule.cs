using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Model;

namespace TopologyLint.Rules.Prerequisites
{
    /// <summary>TL1024: the Active Directory forest has a single-label name (no dot); reported at the <c>forest</c> value.</summary>
    public sealed class SingleLabelForestRule : ModelRule
    {
        public SingleLabelForestRule()
            : base(
                "TL1024",
                "Active Directory forest has a single-label name",
                "The Active Directory forest '{0}' has a single-label name: Lync Server does not support single-labeled domains",
                RuleCategory.Prerequisites,
                DiagnosticSeverity.Error,
                "Lync Server 2013 does not support single-labeled domains (a DNS name without a dot, such as 'contoso'). The forest root domain must have a name of two or more labels, such as 'contoso.local'.")
        {
        }

        protected override void Analyze(Topology topology, RuleContext context)
        {
            // A trailing dot (an absolute DNS name) adds no label.
            if (topology.ActiveDirectory.Value?.Forest is { } forest
                && forest.Value.TrimEnd('.') is { Length: > 0 } name
                && name.IndexOf('.') < 0)
            {
                context.Report(forest, forest.Value);
            }
        }
    }
}
