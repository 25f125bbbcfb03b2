using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace TopologyLint.Syntax
{
    public sealed class SequenceNode : DocumentNode
    {
        public SequenceNode(SourceFile file, TextSpan span, IReadOnlyList<DocumentNode> items)
            : base(file, span)
        {
            Items = items;
        }

        public override NodeKind Kind => NodeKind.Sequence;

        public IReadOnlyList<DocumentNode> Items { get; }

        /// <summary>The index of the item that is <paramref name="node"/> or holds it, or null; items are in document order.</summary>
        internal int? IndexHolding(DocumentNode node)
        {
            // The last item that starts at or before the node; zero-width neighbours are checked by place.
            int low = 0;
            int high = Items.Count - 1;
            int candidate = -1;
            while (low <= high)
            {
                int middle = low + ((high - low) / 2);
                if (Items[middle].Span.Start <= node.Span.Start)
                {
                    candidate = middle;
                    low = middle + 1;
                }
                else
                {
                    high = middle - 1;
                }
            }

            for (int i = candidate; i >= 0 && i >= candidate - 1; i--)
            {
                if (Items[i].IsSameNodeAs(node) || (Items[i].Kind != NodeKind.Scalar && Items[i].Contains(node)))
                {
                    return i;
                }
            }

            return null;
        }
    }
}
