using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace TopologyLint.Syntax
{
    public sealed class SequenceNode : DocumentNode
    {
        public SequenceNode(SourceFile file, TextSpan span, LinePositionSpan lineSpan, IReadOnlyList<DocumentNode> items)
            : base(file, span, lineSpan)
        {
            Items = items;
            for (int i = 0; i < items.Count; i++)
            {
                items[i].SetParent(this, i);
            }
        }

        public override NodeKind Kind => NodeKind.Sequence;

        public IReadOnlyList<DocumentNode> Items { get; }
    }
}
