using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Model;
using TopologyLint.Rules.Knowledge;

namespace TopologyLint.Rules.Prerequisites
{
    /// <summary>TL1014: no pki.certificationAuthority is declared; reported at the root.</summary>
    public sealed class CertificationAuthorityRule : ModelRule
    {
        public CertificationAuthorityRule()
            : base(
                "TL1014",
                "No certification authority is declared",
                "The topology '{0}' declares no pki.certificationAuthority",
                RuleCategory.Prerequisites,
                DiagnosticSeverity.Error,
                "Every Lync Server 2013 server needs certificates from a certification authority (the managed key infrastructure) before it can be deployed.")
        {
        }

        protected override void Analyze(Topology topology, RuleContext context)
        {
            if (topology.Pki.Value?.CertificationAuthority.IsAbsent != false)
            {
                context.Report(topology.ReportNode, ItemNames.Of(topology));
            }
        }
    }
}
