using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Rules.Knowledge;

namespace TopologyLint.Rules.Prerequisites
{
    /// <summary>TL1014: no pki.certificationAuthority is declared; reported at the root.</summary>
    public sealed class CertificationAuthorityRule : ModelRule
    {
        public static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
            "TL1014",
            "No certification authority is declared",
            "The topology '{0}' declares no pki.certificationAuthority",
            RuleCategory.Prerequisites,
            DiagnosticSeverity.Error,
            "Every Lync Server 2013 server needs certificates from a certification authority (the managed key infrastructure) before it can be deployed.");

        public override DiagnosticDescriptor Descriptor => Rule;

        public override void Analyze(RuleContext context)
        {
            if (context.Topology is { } topology && topology.Pki?.Node["certificationAuthority"] == null)
            {
                context.Report(topology.ReportNode, ItemNames.Of(topology));
            }
        }
    }
}
