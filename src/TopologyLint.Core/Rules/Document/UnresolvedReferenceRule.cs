using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Model;

namespace TopologyLint.Rules.Document
{
    /// <summary>TL0003: a reference names nothing, or names a pool that cannot serve as a Mediation pool. The binder resolves; this rule reports.</summary>
    public sealed class UnresolvedReferenceRule : ModelRule
    {
        public UnresolvedReferenceRule()
            : base(
                "TL0003",
                "Reference names nothing",
                "'{0}' {1}",
                RuleCategory.Document,
                DiagnosticSeverity.Error,
                "Site ids and pool fqdns that items refer to must be defined in the topology; a PSTN connection's mediationPool must be a mediation pool or a front-end pool.")
        {
        }

        protected override void Analyze(Topology topology, RuleContext context)
        {
            foreach (UnresolvedReference reference in topology.UnresolvedReferences)
            {
                context.Report(reference.Node, reference.Node.Value, reference.Problem);
            }
        }
    }
}
