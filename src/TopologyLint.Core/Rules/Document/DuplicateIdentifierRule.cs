using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Model;

namespace TopologyLint.Rules.Document
{
    /// <summary>TL0004: an identifier is defined twice; reported at the second and later definitions, which are otherwise ignored.</summary>
    public sealed class DuplicateIdentifierRule : ModelRule
    {
        public DuplicateIdentifierRule()
            : base(
                "TL0004",
                "Identifier is defined twice",
                "The {0} '{1}' is already defined at {2}",
                RuleCategory.Document,
                DiagnosticSeverity.Error,
                "Site ids, pool and server fqdns, PSTN connection ids, user SIP addresses, gateway fqdns, trunk names, PSTN usages, routes, rule names within a list, policy identities, network regions, sites and subnets must be unique; the first definition is used and later ones are ignored.")
        {
        }

        protected override void Analyze(Topology topology, RuleContext context)
        {
            foreach (DuplicateDefinition duplicate in topology.DuplicateDefinitions)
            {
                context.Report(duplicate.Duplicate, duplicate.Kind, duplicate.Duplicate.Value, Locations.Describe(duplicate.First, duplicate.Duplicate));
            }
        }
    }
}
