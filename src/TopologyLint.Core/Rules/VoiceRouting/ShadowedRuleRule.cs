using System.Collections.Generic;
using Fare;
using Microsoft.CodeAnalysis;
using TopologyLint.Analysis;
using TopologyLint.Model;

namespace TopologyLint.Rules.VoiceRouting
{
    /// <summary>
    /// TL4106: a normalization rule of a dial plan, or a translation rule of a trunk, can never apply because every string
    /// its pattern matches is matched by an earlier pattern of the same list; decided exactly on the patterns' languages
    /// (<see cref="PatternLanguage"/>), reported at the later rule's <c>pattern</c> value. Patterns outside the regular
    /// subset are neither reported nor counted as covering.
    /// </summary>
    public sealed class ShadowedRuleRule : ModelRule
    {
        public ShadowedRuleRule()
            : base(
                "TL4106",
                "Number rule can never apply",
                "The rule '{0}' can never apply: every number its pattern matches is matched by an earlier rule of the list (first '{1}', line {2}), and the first matching rule wins",
                RuleCategory.VoiceRouting,
                DiagnosticSeverity.Warning,
                "Lync Server applies the first rule of a dial plan (or trunk) whose pattern matches; a rule whose every match is taken by earlier rules is dead.")
        {
        }

        protected override void Analyze(Topology topology, RuleContext context)
        {
            foreach (DialPlan plan in topology.DialPlans)
            {
                AnalyzeList(plan.NormalizationRules, context);
            }

            foreach (Trunk trunk in topology.Trunks)
            {
                AnalyzeList(trunk.TranslationRules, context);
            }
        }

        private static void AnalyzeList(IReadOnlyList<NumberRule> rules, RuleContext context)
        {
            var earlier = new List<(NumberRule Rule, Automaton Language)>();
            Automaton? union = null;
            foreach (NumberRule rule in rules)
            {
                if (rule.ParsedPattern is not { } pattern || PatternLanguage.Of(pattern) is not { } language || BasicOperations.IsEmpty(language))
                {
                    continue;
                }

                if (union != null && PatternLanguage.IsCovered(language, union))
                {
                    NumberRule first = earlier.Find(e => PatternLanguage.Overlaps(e.Language, language)).Rule;
                    context.Report(rule.Pattern!, rule, first, first.Node.ReportNode.LineSpan.Start.Line + 1);
                }

                earlier.Add((rule, language));
                union = union == null ? language : BasicOperations.Union(new List<Automaton> { union, language });
                union.Minimize();
            }
        }
    }
}
