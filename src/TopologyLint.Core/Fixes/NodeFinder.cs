using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;
using TopologyLint.Syntax;

namespace TopologyLint.Fixes
{
    /// <summary>
    /// Finds the node a diagnostic was reported at, from its span: rules report at nodes, and a fix works on the
    /// node tree, not on the model. Descends only into the collection holding the span, by binary search in
    /// sequences, so a fix on a million-user document does not scan it.
    /// </summary>
    public static class NodeFinder
    {
        /// <summary>The scalar (a value, or a mapping's key) whose span is exactly <paramref name="span"/>, or null.</summary>
        public static ScalarNode? ScalarAt(DocumentNode? root, TextSpan span)
        {
            for (DocumentNode? current = root; current != null; current = ChildHolding(current, span))
            {
                if (current is ScalarNode scalar)
                {
                    return scalar.Span == span ? scalar : null;
                }

                if (current is MappingNode mapping)
                {
                    foreach (MappingEntry entry in mapping.Entries)
                    {
                        if (entry.KeySpan == span)
                        {
                            return entry.Key;
                        }
                    }
                }
            }

            return null;
        }

        /// <summary>The mapping whose first key has <paramref name="span"/> (where a rule reports a thing missing from an item), or null.</summary>
        public static MappingNode? MappingWithFirstKeyAt(DocumentNode? root, TextSpan span)
        {
            for (DocumentNode? current = root; current != null; current = ChildHolding(current, span))
            {
                if (current is MappingNode mapping && mapping.Entries.Count > 0 && mapping.Entries[0].KeySpan == span)
                {
                    return mapping;
                }
            }

            return null;
        }

        /// <summary>The value or item of a collection whose span holds <paramref name="span"/>, or null.</summary>
        private static DocumentNode? ChildHolding(DocumentNode node, TextSpan span)
        {
            switch (node)
            {
                case MappingNode mapping:
                    foreach (MappingEntry entry in mapping.Entries)
                    {
                        DocumentNode value = entry.Value;
                        if (value.Span.Start <= span.Start && span.End <= value.Span.End)
                        {
                            return value;
                        }
                    }

                    return null;
                case SequenceNode sequence:
                    return ItemHolding(sequence.Items, span);
                default:
                    return null;
            }
        }

        /// <summary>The last item starting at or before the span, when it holds the span; items are in document order.</summary>
        private static DocumentNode? ItemHolding(IReadOnlyList<DocumentNode> items, TextSpan span)
        {
            int low = 0;
            int high = items.Count - 1;
            DocumentNode? candidate = null;
            while (low <= high)
            {
                int middle = low + ((high - low) / 2);
                if (items[middle].Span.Start <= span.Start)
                {
                    candidate = items[middle];
                    low = middle + 1;
                }
                else
                {
                    high = middle - 1;
                }
            }

            return candidate != null && span.End <= candidate.Span.End ? candidate : null;
        }
    }
}
