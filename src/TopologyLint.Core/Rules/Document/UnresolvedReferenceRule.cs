using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Model;

namespace TopologyLint.Rules.Document
{
    /// <summary>TL0003: a reference names nothing, or an object of the wrong kind (a pool that cannot serve as a Mediation pool, a registrar or a backup). The binder resolves; this rule reports.</summary>
    public sealed class UnresolvedReferenceRule : ModelRule
    {
        public UnresolvedReferenceRule()
            : base(
                "TL0003",
                "Reference names nothing",
                "'{0}' {1}",
                RuleCategory.Document,
                DiagnosticSeverity.Error,
                "Sites, pools, gateways, trunks, PSTN usages, user-scope policies, network regions and sites, and SIP domains that items refer to must be defined in the topology, and be of the kind the reference needs (a mediationPool must have a Mediation Server).")
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
