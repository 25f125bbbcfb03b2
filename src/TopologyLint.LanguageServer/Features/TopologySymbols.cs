using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.Text;
using TopologyLint.Engine;
using TopologyLint.Loading;
using TopologyLint.Model;
using TopologyLint.Syntax;

namespace TopologyLint.LanguageServer.Features
{
    /// <summary>An identifier written in a document: a definition or a reference to one.</summary>
    internal sealed class SymbolOccurrence
    {
        public SymbolOccurrence(IdentifierKind kind, ScalarNode node, bool isDefinition, MappingNode? item)
        {
            Kind = kind;
            Node = node;
            IsDefinition = isDefinition;
            Item = item;
        }

        public IdentifierKind Kind { get; }

        public ScalarNode Node { get; }

        public string Name => Node.Value;

        public bool IsDefinition { get; }

        /// <summary>For a definition, the item's mapping.</summary>
        public MappingNode? Item { get; }

        /// <summary>The identifier's text without its quotes: what a rename replaces.</summary>
        public TextSpan NameSpan
        {
            get
            {
                SourceText text = Node.File.Text;
                TextSpan span = Node.Span;
                return span.Length >= 2 && (text[span.Start] == '"' || text[span.Start] == '\'') && text[span.End - 1] == text[span.Start]
                    ? new TextSpan(span.Start + 1, span.Length - 2)
                    : span;
            }
        }

        /// <summary>Whether <paramref name="other"/> names the same thing, as the binder compares names of its kind.</summary>
        public bool SameSymbol(SymbolOccurrence other) => Identifiers.AreSame(Kind, Name, other.Kind, other.Name);
    }

    /// <summary>
    /// The identifiers of the documents a lint loaded, read from the trees the engine built (nothing is parsed
    /// again) at the paths Core's <see cref="Identifiers"/> table lists, the table the binder's references are held to.
    /// </summary>
    internal sealed class TopologySymbols
    {
        private TopologySymbols(List<SymbolOccurrence> occurrences) => Occurrences = occurrences;

        public IReadOnlyList<SymbolOccurrence> Occurrences { get; }

        public static TopologySymbols From(IEnumerable<LintResult> results)
        {
            var occurrences = new List<SymbolOccurrence>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (LoadedDocument document in results.SelectMany(r => r.Files).SelectMany(f => f.Documents))
            {
                if (seen.Add(document.File.Path) && document.Root is MappingNode root)
                {
                    Collect(root, occurrences);
                }
            }

            return new TopologySymbols(occurrences);
        }

        /// <summary>The occurrence whose identifier holds <paramref name="offset"/> in <paramref name="path"/>.</summary>
        public SymbolOccurrence? At(string path, int offset)
            => Occurrences.FirstOrDefault(o => o.Node.File.Path == path && o.Node.Span.Start <= offset && offset <= o.Node.Span.End);

        public IEnumerable<SymbolOccurrence> Definitions(SymbolOccurrence of) => Occurrences.Where(o => o.IsDefinition && o.SameSymbol(of));

        public IEnumerable<SymbolOccurrence> AllOf(SymbolOccurrence of) => Occurrences.Where(o => o.SameSymbol(of));

        public IEnumerable<SymbolOccurrence> DefinitionsOf(IdentifierKind kind) => Occurrences.Where(o => o.IsDefinition && o.Kind == kind);

        private static void Collect(MappingNode root, List<SymbolOccurrence> into)
        {
            foreach (IdentifierOccurrence occurrence in Identifiers.In(root))
            {
                bool isDefinition = occurrence.Path.IsDefinition;
                into.Add(new SymbolOccurrence(occurrence.Path.Kind, occurrence.Node, isDefinition, isDefinition ? occurrence.Item : null));
            }
        }

        internal static IEnumerable<MappingNode> Items(MappingNode parent, string key)
            => parent[key] is SequenceNode sequence ? sequence.Items.OfType<MappingNode>() : Enumerable.Empty<MappingNode>();
    }
}
