using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
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

        /// <summary>How many lists of patterns <see cref="Decided"/> keeps: a deployment has a few distinct ones.</summary>
        private const int MaxCachedLists = 4096;

        /// <summary>
        /// What each distinct list of patterns decided, by the list's texts, across models: site dial plans usually repeat one
        /// list, and every lint (every edit in an editor) would otherwise decide it again on automata that cost milliseconds.
        /// Bounded; past the bound, not kept.
        /// </summary>
        private static readonly ConcurrentDictionary<string, (int Shadowed, int First)[]> Decided = new ConcurrentDictionary<string, (int Shadowed, int First)[]>(StringComparer.Ordinal);

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
            string key = ListKey(rules);
            if (!Decided.TryGetValue(key, out (int Shadowed, int First)[]? found))
            {
                found = Decide(rules).ToArray();
                if (Decided.Count < MaxCachedLists)
                {
                    Decided.TryAdd(key, found);
                }
            }

            foreach ((int shadowed, int first) in found)
            {
                NumberRule rule = rules[shadowed];
                NumberRule earlier = rules[first];
                context.Report(rule.Pattern!, rule, earlier, earlier.Node.ReportNode.LineSpan.Start.Line + 1);
            }
        }

        /// <summary>The list's patterns, what alone decides it: each written one's length and text, or a mark for none.</summary>
        private static string ListKey(ItemList<NumberRule> rules)
        {
            var key = new StringBuilder();
            foreach (NumberRule rule in rules)
            {
                if (rule.Pattern is { } pattern)
                {
                    string text = pattern.Value;
                    key.Append(text.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(text);
                }
                else
                {
                    key.Append('-');
                }
            }

            return key.ToString();
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
