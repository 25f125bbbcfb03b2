using Microsoft.CodeAnalysis.Text;

namespace TopologyLint.Syntax
{
    /// <summary>The kinds of node a YAML or JSON document is made of.</summary>
    public enum NodeKind
    {
        Mapping,
        Sequence,
        Scalar,
    }

    /// <summary>
    /// A node of the position-aware document tree. YAML and JSON both end here: nothing after the
    /// loader knows which syntax a file used.
    /// </summary>
    public abstract class DocumentNode
    {
        private protected DocumentNode(SourceFile file, TextSpan span)
        {
            File = file;
            Span = span;
        }

        public abstract NodeKind Kind { get; }

        public SourceFile File { get; }

        /// <summary>UTF-16 offsets into the decoded text of <see cref="File"/>.</summary>
        public TextSpan Span { get; }

        /// <summary>
        /// 0-based lines and UTF-16 columns, as Roslyn's <see cref="LinePosition"/>. Computed from the
        /// text's line table when asked (only reported nodes are): storing it made every node 16 bytes larger.
        /// </summary>
        public LinePositionSpan LineSpan => File.Text.Lines.GetLinePositionSpan(Span);

        /// <summary>
        /// The node's place in its document as a JSON Pointer (RFC 6901), e.g. <c>/users/3/lineUri</c>.
        /// Found by descending from the document's root by position: nodes keep no parent pointers,
        /// which, set bottom-up, would make every old node point at a younger one and slow the
        /// garbage collector on large documents. An aliased node has the pointer of its anchor.
        /// </summary>
        public string GetPointer()
        {
            var builder = new System.Text.StringBuilder();
            DocumentNode? current = File.Root;
            while (current != null && !ReferenceEquals(current, this))
            {
                switch (current)
                {
                    case MappingNode mapping when mapping.EntryHolding(this) is { } entry:
                        Append(builder, entry.KeyText);
                        current = entry.HasKey(this) || entry.HasValue(this) ? null : entry.Value;
                        break;
                    case SequenceNode sequence when sequence.IndexHolding(this) is int index:
                        Append(builder, index.ToString(System.Globalization.CultureInfo.InvariantCulture));
                        current = sequence.Items[index];
                        break;
                    default:
                        current = null;
                        break;
                }
            }

            return builder.ToString();
        }

        private static void Append(System.Text.StringBuilder pointer, string segment)
            => pointer.Append('/').Append(segment.Replace("~", "~0").Replace("/", "~1"));

        /// <summary>Whether <paramref name="other"/> lies within this node's span.</summary>
        internal bool Contains(DocumentNode other) => Span.Start <= other.Span.Start && other.Span.End <= Span.End;
    }
}
