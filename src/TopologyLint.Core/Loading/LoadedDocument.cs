using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using TopologyLint.Policy;
using TopologyLint.Schema;
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

    /// <summary>
    /// One file after loading: its node tree (null when it could not be read) and what the loader found wrong. What
    /// depends on this file alone (its schema violations, its suppression comments) is worked out once per tree and
    /// kept with it, so a tree reused from a <see cref="LoadedDocumentCache"/> is not checked again. Those results
    /// are kept before any severity or suppression is applied: each lint applies its own.
    /// </summary>
    public sealed class LoadedDocument
    {
        private IReadOnlyList<SchemaViolation>? _topologyViolations;
        private IReadOnlyList<SchemaViolation>? _fragmentViolations;
        private ImmutableArray<SuppressionComment>? _suppressions;

        public LoadedDocument(SourceFile file, DocumentNode? root, ImmutableArray<Comment> comments)
        {
            File = file;
            Root = root;
            Comments = comments;
        }

        public SourceFile File { get; }

        public DocumentNode? Root { get; }

        public ImmutableArray<Comment> Comments { get; }

        /// <summary>
        /// The comments that are <c>topolint-disable</c> comments, parsed once. Safe to share between lints: the
        /// policy keeps which of them were used per lint.
        /// </summary>
        internal ImmutableArray<SuppressionComment> SuppressionComments
        {
            get
            {
                _suppressions ??= Comments.Select(c => SuppressionComment.TryParse(c, File.Text)).OfType<SuppressionComment>().ToImmutableArray();
                return _suppressions.Value;
            }
        }

        /// <summary>
        /// TL0002's findings in <see cref="Root"/> checked as a whole topology (<paramref name="asFragment"/> false) or as an
        /// include fragment (true, the root a mapping), checked once per tree. The schema is compiled into the engine, so
        /// the findings depend on the tree alone. Lints that share the tree may race to compute them; each gets the same list.
        /// </summary>
        internal IReadOnlyList<SchemaViolation> SchemaViolations(bool asFragment)
        {
            CompiledSchemaValidator validator = CompiledSchemaValidator.Instance;
            return asFragment
                ? LazyInitializer.EnsureInitialized(ref _fragmentViolations, () => validator.ValidateFragment((MappingNode)Root!))!
                : LazyInitializer.EnsureInitialized(ref _topologyViolations, () => validator.ValidateDocument(Root!))!;
        }
    }
}
