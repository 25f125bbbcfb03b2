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
    /// <remarks>
    /// <para>
    /// A node is a view of a place in a file, not a unique object. Collections (mappings, sequences) and
    /// anchored scalars are stored as nodes; keys and other scalar values are stored inline in their
    /// mapping's entry slots and made into a node each time they are asked for (see
    /// <see cref="MappingEntry"/> and docs/storage-model.md). So <c>mapping["sip"]</c> twice, or
    /// <see cref="MappingNode.ReportNode"/> twice, gives two objects for one node.
    /// </para>
    /// <para>
    /// Nodes are therefore compared by place, and only by place: <see cref="IsSameNodeAs"/> is the
    /// comparison, and <see cref="Equals(object)"/>, <see cref="GetHashCode"/>, <c>==</c> and <c>!=</c> all use
    /// it, so a dictionary, a set or an assertion over nodes cannot fall back to reference identity by mistake.
    /// </para>
    /// </remarks>
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
            while (current is not null && !current.IsSameNodeAs(this))
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

        /// <summary>
        /// Whether <paramref name="other"/> is this node: the same kind of node at the same span of the same file.
        /// Two nodes of one kind never share a span in one file (a nested collection starts after its key, dash or
        /// bracket), so the place names the node however many times it was made.
        /// </summary>
        public bool IsSameNodeAs(DocumentNode? other)
            => other is not null
                && (ReferenceEquals(this, other) || (Kind == other.Kind && Span == other.Span && ReferenceEquals(File, other.File)));

        /// <summary>By place, as <see cref="IsSameNodeAs"/>.</summary>
        public sealed override bool Equals(object? obj) => obj is DocumentNode other && IsSameNodeAs(other);

        /// <summary>From the place, as <see cref="IsSameNodeAs"/> compares.</summary>
        public sealed override int GetHashCode() => unchecked((((File.GetHashCode() * 397) ^ Span.GetHashCode()) * 397) ^ (int)Kind);

        public static bool operator ==(DocumentNode? left, DocumentNode? right) => left is null ? right is null : left.IsSameNodeAs(right);

        public static bool operator !=(DocumentNode? left, DocumentNode? right) => !(left == right);

        /// <summary>Whether <paramref name="other"/> lies within this node's span.</summary>
        internal bool Contains(DocumentNode other) => Span.Start <= other.Span.Start && other.Span.End <= Span.End;
    }
}
