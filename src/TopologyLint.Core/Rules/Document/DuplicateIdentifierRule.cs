using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Model;

namespace TopologyLint.Rules.Document
{
    /// <summary>TL0004: an identifier is defined twice; reported at the second and later definitions, which are otherwise ignored.</summary>
    public sealed class DuplicateIdentifierRule : ModelRule
    {
        public static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
            "TL0004",
            "Identifier is defined twice",
            "The {0} '{1}' is already defined at {2}",
            RuleCategory.Document,
            DiagnosticSeverity.Error,
            "Site ids, pool and server fqdns, PSTN connection ids and user SIP addresses must be unique; the first definition is used and later ones are ignored.");

        public override DiagnosticDescriptor Descriptor => Rule;

        public override void Analyze(RuleContext context)
        {
            if (context.Topology == null)
            {
                return;
            }

            foreach (DuplicateDefinition duplicate in context.Topology.DuplicateDefinitions)
            {
                context.Report(duplicate.Duplicate, duplicate.Kind, duplicate.Duplicate.Value, Locations.Describe(duplicate.First, duplicate.Duplicate));
            }
        }
    }
}
