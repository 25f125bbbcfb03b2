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
        /// <summary>The scalar whose span is exactly <paramref name="span"/>, or null.</summary>
        public static ScalarNode? ScalarAt(DocumentNode? root, TextSpan span)
        {
            DocumentNode? current = root;
            while (current != null)
            {
                switch (current)
                {
                    case ScalarNode scalar:
                        return scalar.Span == span ? scalar : null;
                    case MappingNode mapping:
                        current = null;
                        foreach (MappingEntry entry in mapping.Entries)
                        {
                            if (entry.KeySpan == span)
                            {
                                return entry.Key;
                            }

                            DocumentNode value = entry.Value;
                            if (value.Span.Start <= span.Start && span.End <= value.Span.End)
                            {
                                current = value;
                                break;
                            }
                        }

                        break;
                    case SequenceNode sequence:
                        current = ItemHolding(sequence.Items, span);
                        break;
                    default:
                        return null;
                }
            }

            return null;
        }

        /// <summary>The mapping whose first key has <paramref name="span"/> (where a rule reports a thing missing from an item), or null.</summary>
        public static MappingNode? MappingWithFirstKeyAt(DocumentNode? root, TextSpan span)
        {
            DocumentNode? current = root;
            while (current != null)
            {
                switch (current)
                {
                    case MappingNode mapping:
                        EntryList entries = mapping.Entries;
                        if (entries.Count > 0 && entries[0].KeySpan == span)
                        {
                            return mapping;
                        }

                        current = null;
                        foreach (MappingEntry entry in entries)
                        {
                            DocumentNode value = entry.Value;
                            if (value.Kind != NodeKind.Scalar && value.Span.Start <= span.Start && span.End <= value.Span.End)
                            {
                                current = value;
                                break;
                            }
                        }

                        break;
                    case SequenceNode sequence:
                        current = ItemHolding(sequence.Items, span);
                        break;
                    default:
                        return null;
                }
            }

            return null;
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
