using System;
using Microsoft.CodeAnalysis.Text;

namespace TopologyLint.Fixes
{
    /// <summary>
    /// One change to one file: the text at <see cref="Span"/> (UTF-16 offsets into the decoded text, as node
    /// spans are; a BOM is not part of it) becomes <see cref="NewText"/>. An empty span is an insertion.
    /// </summary>
    public sealed class TextEdit : IEquatable<TextEdit>
    {
        public TextEdit(string path, TextSpan span, string newText)
        {
            Path = path;
            Span = span;
            NewText = newText;
        }

        public string Path { get; }

        public TextSpan Span { get; }

        public string NewText { get; }

        public bool Equals(TextEdit? other)
            => other != null && Path == other.Path && Span == other.Span && NewText == other.NewText;

        public override bool Equals(object? obj) => Equals(obj as TextEdit);

        public override int GetHashCode() => unchecked((Path.GetHashCode() * 397) ^ (Span.GetHashCode() * 31) ^ NewText.GetHashCode());

        public override string ToString() => $"{Path}{Span}: '{NewText}'";
    }
}
