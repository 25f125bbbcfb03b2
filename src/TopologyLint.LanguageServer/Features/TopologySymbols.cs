using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.Text;
using TopologyLint.LanguageServer.Workspace;
using TopologyLint.Loading;
using TopologyLint.Model;
using TopologyLint.Syntax;

namespace TopologyLint.LanguageServer.Features
{
    /// <summary>
    /// An identifier written in a document: a definition or a reference to one, read from a tree the engine built,
    /// and where it is in the text that <see cref="Text"/> holds now (the buffer as it is, for an open document).
    /// </summary>
    internal sealed class SymbolOccurrence
    {
        public SymbolOccurrence(IdentifierKind kind, ScalarNode node, bool isDefinition, MappingNode? item, SourceText text, TextSpan span)
        {
            Kind = kind;
            Node = node;
            IsDefinition = isDefinition;
            Item = item;
            Text = text;
            Span = span;
        }

        public IdentifierKind Kind { get; }

        /// <summary>The scalar in the tree it was read from, whose text may be an older version of <see cref="Text"/>.</summary>
        public ScalarNode Node { get; }

        public string Name => Node.Value;

        public string Path => Node.File.Path;

        public bool IsDefinition { get; }

        /// <summary>For a definition, the item's mapping.</summary>
        public MappingNode? Item { get; }

        /// <summary>The text <see cref="Span"/> is in: what positions sent to the client are counted in.</summary>
        public SourceText Text { get; }

        /// <summary>The scalar in <see cref="Text"/>, quotes included.</summary>
        public TextSpan Span { get; }

        /// <summary>The identifier's text without its quotes: what a rename replaces.</summary>
        public TextSpan NameSpan
            => Span.Length >= 2 && (Text[Span.Start] == '"' || Text[Span.Start] == '\'') && Text[Span.End - 1] == Text[Span.Start]
                ? new TextSpan(Span.Start + 1, Span.Length - 2)
                : Span;

        /// <summary>Whether <paramref name="other"/> names the same thing, as the binder compares names of its kind.</summary>
        public bool SameSymbol(SymbolOccurrence other) => Identifiers.AreSame(Kind, Name, other.Kind, other.Name);
    }

    /// <summary>
    /// The identifiers of documents, read from the trees the engine built (nothing is parsed again) at the paths Core's
    /// <see cref="Identifiers"/> table lists, the table the binder's references are held to. A tree of an older version
    /// of an open document's buffer (the buffer does not parse now, or its lint has not run yet) gives its identifiers
    /// where they are in the buffer now, but for those the edits since then changed or touch.
    /// </summary>
    internal sealed class TopologySymbols
    {
        private TopologySymbols(List<SymbolOccurrence> occurrences) => Occurrences = occurrences;

        public IReadOnlyList<SymbolOccurrence> Occurrences { get; }

        /// <summary>The identifiers of <paramref name="documents"/>: one tree a document, with its open buffer or null.</summary>
        public static TopologySymbols From(IEnumerable<ParsedDocument> documents)
        {
            var occurrences = new List<SymbolOccurrence>();
            foreach (ParsedDocument document in documents)
            {
                if (document.Tree.Root is MappingNode root)
                {
                    Collect(root, document.Buffer, occurrences);
                }
            }

            return new TopologySymbols(occurrences);
        }

        /// <summary>The occurrence whose identifier holds <paramref name="offset"/> in <paramref name="path"/>.</summary>
        public SymbolOccurrence? At(string path, int offset)
            => Occurrences.FirstOrDefault(o => o.Path == path && o.Span.Start <= offset && offset <= o.Span.End);

        public IEnumerable<SymbolOccurrence> Definitions(SymbolOccurrence of) => Occurrences.Where(o => o.IsDefinition && o.SameSymbol(of));

        public IEnumerable<SymbolOccurrence> AllOf(SymbolOccurrence of) => Occurrences.Where(o => o.SameSymbol(of));

        public IEnumerable<SymbolOccurrence> DefinitionsOf(IdentifierKind kind) => Occurrences.Where(o => o.IsDefinition && o.Kind == kind);

        private static void Collect(MappingNode root, SourceText? buffer, List<SymbolOccurrence> into)
        {
            SourceText read = root.File.Text;
            TextDifference? since = buffer == null ? null : TextDifference.Between(read, buffer);
            foreach (IdentifierOccurrence occurrence in Identifiers.In(root))
            {
                TextSpan? span = since is { } difference ? difference.Map(occurrence.Node.Span) : occurrence.Node.Span;
                if (span == null)
                {
                    continue; // Changed, or touched, by an edit since the tree was read.
                }

                bool isDefinition = occurrence.Path.IsDefinition;
                into.Add(new SymbolOccurrence(occurrence.Path.Kind, occurrence.Node, isDefinition, isDefinition ? occurrence.Item : null, buffer ?? read, span.Value));
            }
        }

        internal static IEnumerable<MappingNode> Items(MappingNode parent, string key)
            => parent[key] is SequenceNode sequence ? sequence.Items.OfType<MappingNode>() : Enumerable.Empty<MappingNode>();
    }
}
