using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Model;

namespace TopologyLint.Rules.VoiceRouting
{
    /// <summary>
    /// TL4100: a <c>pattern</c> of a normalization rule, translation rule or route is not a valid .NET regular expression
    /// (reported at the pattern); or a rule's <c>translation</c> names a group its valid pattern does not define (reported
    /// at the translation). Patterns are parsed, never evaluated, here.
    /// </summary>
    public sealed class InvalidPatternRule : ModelRule
    {
        public InvalidPatternRule()
            : base(
                "TL4100",
                "Pattern or translation is not valid",
                "The {0} of {1} {2}",
                RuleCategory.VoiceRouting,
                DiagnosticSeverity.Error,
                "Normalization rules, translation rules and routes use .NET Framework regular expressions; a translation refers to the pattern's groups by number ($1) or name (${name}). An invalid pattern matches nothing in Lync Server, and a reference to a group the pattern does not define is copied into the number as text.")
        {
        }

        protected override void Analyze(Topology topology, RuleContext context)
        {
            foreach (DialPlan dialPlan in topology.DialPlans)
            {
                foreach (NumberRule rule in dialPlan.NormalizationRules)
                {
                    Check(rule, $"normalization rule '{rule}' of dial plan '{dialPlan}'", context);
                }
            }

            foreach (Trunk trunk in topology.Trunks)
            {
                foreach (NumberRule rule in trunk.TranslationRules)
                {
                    Check(rule, $"translation rule '{rule}' of trunk '{trunk}'", context);
                }
            }

            foreach (Route route in topology.Routes)
            {
                if (route.ParsedPattern is { IsValid: false } pattern)
                {
                    context.Report(route.Pattern!, "pattern", $"route '{route}'", NotValid(pattern));
                }
            }
        }

        private static void Check(NumberRule rule, string owner, RuleContext context)
        {
            if (rule.ParsedPattern is not { } pattern)
            {
                return;
            }

            if (!pattern.IsValid)
            {
                context.Report(rule.Pattern!, "pattern", owner, NotValid(pattern));
            }
            else if (rule.Translation is { } translation && pattern.FirstUndefinedGroupReference(translation.Value) is { } reference)
            {
                context.Report(translation, "translation", owner, $"names the group '{reference}', which its pattern '{pattern}' does not define");
            }
        }

        private static string NotValid(NumberPattern pattern) => $"is not a valid .NET regular expression ({pattern.Error}): '{pattern}'";
    }
}
