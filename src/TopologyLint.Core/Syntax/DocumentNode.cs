using Microsoft.CodeAnalysis;
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
        private protected DocumentNode(SourceFile file, TextSpan span, LinePositionSpan lineSpan)
        {
            File = file;
            Span = span;
            LineSpan = lineSpan;
        }

        public abstract NodeKind Kind { get; }

        public SourceFile File { get; }

        /// <summary>UTF-16 offsets into the decoded text of <see cref="File"/>.</summary>
        public TextSpan Span { get; }

        /// <summary>0-based lines and UTF-16 columns, as Roslyn's <see cref="LinePosition"/>.</summary>
        public LinePositionSpan LineSpan { get; }

        /// <summary>The collection that holds this node; for a mapping value, the mapping. Null for a root.</summary>
        public DocumentNode? Parent { get; private set; }

        /// <summary>The entry index in the parent mapping, or the item index in the parent sequence.</summary>
        public int IndexInParent { get; private set; }

        internal void SetParent(DocumentNode parent, int index)
        {
            // An aliased node is shared: it keeps the place where it was written.
            if (Parent is null)
            {
                Parent = parent;
                IndexInParent = index;
            }
        }

        public Location GetLocation() => Location.Create(File.Path, Span, LineSpan);

        /// <summary>The node's place in its document as a JSON Pointer (RFC 6901), e.g. <c>/users/3/lineUri</c>.</summary>
        public string GetPointer()
        {
            var segments = new System.Collections.Generic.List<string>();
            DocumentNode current = this;
            while (current.Parent is { } parent)
            {
                switch (parent)
                {
                    case MappingNode mapping:
                        segments.Add(mapping.Entries[current.IndexInParent].Key.Value);
                        break;
                    case SequenceNode sequence:
                        segments.Add(current.IndexInParent.ToString(System.Globalization.CultureInfo.InvariantCulture));
                        break;
                }

                current = parent;
            }

            var builder = new System.Text.StringBuilder();
            for (int i = segments.Count - 1; i >= 0; i--)
            {
                builder.Append('/').Append(segments[i].Replace("~", "~0").Replace("/", "~1"));
            }

            return builder.ToString();
        }
    }
}
