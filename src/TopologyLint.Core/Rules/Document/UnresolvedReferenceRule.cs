using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Model;

namespace TopologyLint.Rules.Document
{
    /// <summary>TL0003: a reference names nothing, or names a pool that cannot serve as a Mediation pool. The binder resolves; this rule reports.</summary>
    public sealed class UnresolvedReferenceRule : ModelRule
    {
        public static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
            "TL0003",
            "Reference names nothing",
            "'{0}' {1}",
            RuleCategory.Document,
            DiagnosticSeverity.Error,
            "Site ids and pool fqdns that items refer to must be defined in the topology; a PSTN connection's mediationPool must be a mediation pool or a front-end pool.");

        public override DiagnosticDescriptor Descriptor => Rule;

        public override void Analyze(RuleContext context)
        {
            foreach (UnresolvedReference reference in context.Topology?.UnresolvedReferences ?? new System.Collections.Generic.List<UnresolvedReference>())
            {
                context.Report(reference.Node, reference.Node.Value, reference.Problem);
            }
        }
    }
}
