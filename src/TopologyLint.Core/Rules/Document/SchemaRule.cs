using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Loading;
using TopologyLint.Schema;
using TopologyLint.Syntax;

namespace TopologyLint.Rules.Document
{
    /// <summary>TL0002: the document violates <c>schema/topology.schema.json</c>; one diagnostic per violation, at the offending node.</summary>
    public sealed class SchemaRule : DocumentRule
    {
        public SchemaRule()
            : base(RuleDescriptors.Create(
                "TL0002",
                "Document violates the topology schema",
                "{0}",
                RuleCategory.Document,
                DiagnosticSeverity.Error,
                "The document must follow the topology schema: required keys present, values of the right type, enum values spelled as documented, no unknown keys outside x- extensions."))
        {
        }

        public override void Analyze(RuleContext context)
        {
            for (int i = 0; i < context.Documents.Count; i++)
            {
                LoadedDocument document = context.Documents[i];
                if (document.Root == null)
                {
                    continue;
                }

                // Checked once per loaded tree: a fragment whose tree a cache reuses is not checked again.
                foreach (SchemaViolation violation in document.SchemaViolations(asFragment: i > 0))
                {
                    context.Report(violation.Node, violation.Message);
                }
            }
        }
    }
}
