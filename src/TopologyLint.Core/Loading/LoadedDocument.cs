using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using TopologyLint.Syntax;

namespace TopologyLint.Loading
{
    /// <summary>A comment of a YAML document; suppressions are read from these.</summary>
    public sealed class Comment
    {
        public Comment(string text, LinePositionSpan lineSpan, TextSpan span, bool isOnOwnLine)
        {
            Text = text;
            LineSpan = lineSpan;
            Span = span;
            IsOnOwnLine = isOnOwnLine;
        }

        /// <summary>The comment's text without the leading <c>#</c>.</summary>
        public string Text { get; }

        public LinePositionSpan LineSpan { get; }

        public TextSpan Span { get; }

        /// <summary>True for a comment on a line of its own, false for one after content.</summary>
        public bool IsOnOwnLine { get; }
    }

    /// <summary>One file after loading: its node tree (null when it could not be read) and what the loader found wrong.</summary>
    public sealed class LoadedDocument
    {
        public LoadedDocument(SourceFile file, DocumentNode? root, ImmutableArray<Comment> comments)
        {
            File = file;
            Root = root;
            Comments = comments;
        }

        public SourceFile File { get; }

        public DocumentNode? Root { get; }

        public ImmutableArray<Comment> Comments { get; }
    }
}
