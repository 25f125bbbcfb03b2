using System.Collections.Generic;
using System.Linq;
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
            // Site dial plans usually repeat one list of patterns: each distinct list is decided once.
            var decided = new Dictionary<string, List<(int Shadowed, int First)>>(System.StringComparer.Ordinal);
            foreach (DialPlan plan in topology.DialPlans)
            {
                AnalyzeList(plan.NormalizationRules, decided, context);
            }

            foreach (Trunk trunk in topology.Trunks)
            {
                AnalyzeList(trunk.TranslationRules, decided, context);
            }
        }

        private static void AnalyzeList(ItemList<NumberRule> rules, Dictionary<string, List<(int Shadowed, int First)>> decided, RuleContext context)
        {
            string key = string.Join("\n", rules.Select(r => r.Pattern?.Value ?? string.Empty));
            if (!decided.TryGetValue(key, out List<(int Shadowed, int First)>? found))
            {
                found = Decide(rules);
                decided[key] = found;
            }

            foreach ((int shadowed, int first) in found)
            {
                NumberRule rule = rules[shadowed];
                NumberRule earlier = rules[first];
                context.Report(rule.Pattern!, rule, earlier, earlier.Node.ReportNode.LineSpan.Start.Line + 1);
            }
        }

        /// <summary>The shadowed rules of a list by index, each with the index of the first earlier rule that overlaps it.</summary>
        private static List<(int Shadowed, int First)> Decide(ItemList<NumberRule> rules)
        {
            var found = new List<(int Shadowed, int First)>();
            var earlier = new List<(int Index, Automaton Language)>();
            Automaton? union = null;
            for (int i = 0; i < rules.Count; i++)
            {
                if (rules[i].ParsedPattern is not { } pattern || PatternLanguage.Of(pattern) is not { } language || BasicOperations.IsEmpty(language))
                {
                    continue;
                }

                if (union != null && PatternLanguage.IsCovered(language, union))
                {
                    found.Add((i, earlier.Find(e => PatternLanguage.Overlaps(e.Language, language)).Index));
                }

                earlier.Add((i, language));
                if (union == null)
                {
                    // The shared automaton is never changed: a union is a new one, minimized in place.
                    union = language;
                }
                else
                {
                    union = BasicOperations.Union(new List<Automaton> { union, language });
                    union.Minimize();
                }
            }

            return found;
        }
    }
}
