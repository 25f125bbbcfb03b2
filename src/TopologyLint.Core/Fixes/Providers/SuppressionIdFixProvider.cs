using System;
using System.Collections.Immutable;
using System.Linq;
using TopologyLint.Analysis;
using TopologyLint.Rules.Document;

namespace TopologyLint.Fixes.Providers
{
    /// <summary>
    /// TL0008, safe: an ID in a suppression comment that is one edit (a character added, removed or replaced) from
    /// exactly one catalog ID is that ID misspelt. With two candidates, or none, nothing is offered.
    /// </summary>
    public sealed class SuppressionIdFixProvider : FixProvider
    {
        public override FixKind Kind => FixKind.Fix;

        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(DocumentDiagnostics.UnknownSuppression.Id);

        public override void RegisterFixes(FixContext context)
        {
            if (context.Span.IsEmpty || context.Span.End > context.Document.File.Text.Length)
            {
                return;
            }

            string written = context.Document.File.Text.ToString(context.Span);
            string[] candidates = RuleCatalog.Descriptors.Select(d => d.Id).Where(id => IsOneEditAway(written.ToUpperInvariant(), id)).ToArray();
            if (candidates.Length == 1)
            {
                context.Register($"Replace '{written}' with '{candidates[0]}'", context.Edit(context.Span, candidates[0]));
            }
        }

        /// <summary>Levenshtein distance exactly 1, without building the distance table.</summary>
        internal static bool IsOneEditAway(string a, string b)
        {
            if (Math.Abs(a.Length - b.Length) > 1 || a == b)
            {
                return false;
            }

            string shorter = a.Length <= b.Length ? a : b;
            string longer = a.Length <= b.Length ? b : a;
            int i = 0;
            while (i < shorter.Length && shorter[i] == longer[i])
            {
                i++;
            }

            // Past the first difference the rest must match: after a replacement (same lengths) or an insertion.
            return shorter.Length == longer.Length
                ? string.CompareOrdinal(shorter, i + 1, longer, i + 1, shorter.Length) == 0
                : string.CompareOrdinal(shorter, i, longer, i + 1, longer.Length) == 0;
        }
    }
}
