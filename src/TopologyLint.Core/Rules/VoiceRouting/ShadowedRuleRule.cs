using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
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
    /// subset are neither reported nor counted as covering. A list where each later pattern has a number that only it
    /// matches (<see cref="PatternLanguage.NumberOnlyMatchedBy"/>) shadows nothing and is decided without automata.
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

        /// <summary>How many lists <see cref="DecidedLists"/> keeps: a deployment has a few distinct ones.</summary>
        private const int MaxCachedLists = 4096;

        /// <summary>
        /// The decision of each distinct list of patterns, across models: site dial plans usually repeat one list, and an
        /// editor lints the same lists again on every edit. Bounded; past the bound, not kept.
        /// </summary>
        private static readonly ConcurrentDictionary<string, List<(int Shadowed, int First)>> DecidedLists = new ConcurrentDictionary<string, List<(int Shadowed, int First)>>(StringComparer.Ordinal);

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

        private static void AnalyzeList(ItemList<NumberRule> rules, RuleContext context)
        {
            foreach ((int shadowed, int first) in Decided(rules))
            {
                NumberRule rule = rules[shadowed];
                NumberRule earlier = rules[first];
                context.Report(rule.Pattern!, rule, earlier, earlier.Node.ReportNode.LineSpan.Start.Line + 1);
            }
        }

        private static List<(int Shadowed, int First)> Decided(ItemList<NumberRule> rules)
        {
            // Each pattern by its length and text, an absent one as '-': no two lists share a key.
            string key = string.Concat(rules.Select(r => r.Pattern is { } pattern ? pattern.Value.Length.ToString(CultureInfo.InvariantCulture) + ":" + pattern.Value : "-"));
            if (DecidedLists.TryGetValue(key, out List<(int Shadowed, int First)>? known))
            {
                return known;
            }

            List<(int Shadowed, int First)> found = Decide(rules.Select(r => r.ParsedPattern).ToList());
            return DecidedLists.Count < MaxCachedLists ? DecidedLists.GetOrAdd(key, found) : found;
        }

        /// <summary>The shadowed rules of a list by index, each with the index of the first earlier rule that overlaps it.</summary>
        private static List<(int Shadowed, int First)> Decide(List<NumberPattern?> patterns)
        {
            // Usually every later pattern has a number that it matches and no earlier one does: then no rule is shadowed,
            // and no automaton is built (the automata are a method of their own, so that such a list never loads Fare).
            return Enumerable.Range(1, Math.Max(patterns.Count - 1, 0)).All(i => patterns[i] is not { } later || !PatternLanguage.IsRegular(later) || PatternLanguage.NumberOnlyMatchedBy(later, patterns.Take(i)) != null)
                ? new List<(int Shadowed, int First)>()
                : DecideOnAutomata(patterns);
        }

        /// <summary>The list decided exactly on its patterns' languages (<see cref="PatternLanguage.OfList"/>).</summary>
        private static List<(int Shadowed, int First)> DecideOnAutomata(List<NumberPattern?> patterns)
        {
            var found = new List<(int Shadowed, int First)>();
            var earlier = new List<(int Index, Automaton Language)>();
            IReadOnlyList<Automaton?> languages = PatternLanguage.OfList(patterns);
            Automaton? union = null;
            for (int i = 0; i < languages.Count; i++)
            {
                if (languages[i] is not { } language || BasicOperations.IsEmpty(language))
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
                    // The list's automaton is never changed: a union is a new one, minimized in place.
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
