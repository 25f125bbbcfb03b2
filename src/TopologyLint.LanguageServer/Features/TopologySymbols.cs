using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.Text;
using TopologyLint.Engine;
using TopologyLint.Loading;
using TopologyLint.Syntax;

namespace TopologyLint.LanguageServer.Features
{
    /// <summary>What an identifier names: sites, pools (and their servers, which share the fqdn namespace), PSTN connections.</summary>
    internal enum SymbolKind
    {
        Site,
        Pool,
        Server,
        PstnConnection,
    }

    /// <summary>An identifier written in a document: a definition or a reference to one.</summary>
    internal sealed class SymbolOccurrence
    {
        public SymbolOccurrence(SymbolKind kind, ScalarNode node, bool isDefinition, MappingNode? item)
        {
            Kind = kind;
            Node = node;
            IsDefinition = isDefinition;
            Item = item;
        }

        public SymbolKind Kind { get; }

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

        /// <summary>Whether <paramref name="other"/> names the same thing: fqdns compare as DNS names do.</summary>
        public bool SameSymbol(SymbolOccurrence other)
            => Namespace(Kind) == Namespace(other.Kind)
               && string.Equals(Name, other.Name, Kind == SymbolKind.Site || Kind == SymbolKind.PstnConnection ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);

        private static int Namespace(SymbolKind kind) => kind == SymbolKind.Server ? (int)SymbolKind.Pool : (int)kind;
    }

    /// <summary>
    /// The identifiers of the documents a lint loaded, read from the trees the engine built (nothing is parsed
    /// again): the fields the schema makes identifiers and references.
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

        public IEnumerable<SymbolOccurrence> DefinitionsOf(SymbolKind kind) => Occurrences.Where(o => o.IsDefinition && o.Kind == kind);

        private static void Collect(MappingNode root, List<SymbolOccurrence> into)
        {
            foreach (MappingNode site in Items(root, "sites"))
            {
                Add(into, site, "id", SymbolKind.Site, true);
            }

            foreach (MappingNode pool in Items(root, "pools"))
            {
                Add(into, pool, "fqdn", SymbolKind.Pool, true);
                Add(into, pool, "site", SymbolKind.Site, false);
                foreach (MappingNode server in Items(pool, "servers"))
                {
                    Add(into, server, "fqdn", SymbolKind.Server, true);
                }
            }

            foreach (MappingNode proxy in Items(root, "reverseProxies"))
            {
                Add(into, proxy, "site", SymbolKind.Site, false);
                if (proxy["publishes"] is SequenceNode publishes)
                {
                    foreach (ScalarNode published in publishes.Items.OfType<ScalarNode>())
                    {
                        into.Add(new SymbolOccurrence(SymbolKind.Pool, published, false, null));
                    }
                }
            }

            foreach (MappingNode connection in Items(root, "pstn"))
            {
                Add(into, connection, "id", SymbolKind.PstnConnection, true);
                Add(into, connection, "site", SymbolKind.Site, false);
                Add(into, connection, "mediationPool", SymbolKind.Pool, false);
            }

            foreach (MappingNode client in Items(root, "clients"))
            {
                Add(into, client, "site", SymbolKind.Site, false);
            }

            foreach (MappingNode user in Items(root, "users"))
            {
                Add(into, user, "site", SymbolKind.Site, false);
            }
        }

        internal static IEnumerable<MappingNode> Items(MappingNode parent, string key)
            => parent[key] is SequenceNode sequence ? sequence.Items.OfType<MappingNode>() : Enumerable.Empty<MappingNode>();

        private static void Add(List<SymbolOccurrence> into, MappingNode item, string key, SymbolKind kind, bool isDefinition)
        {
            if (item[key] is ScalarNode { Type: ScalarType.String } value)
            {
                into.Add(new SymbolOccurrence(kind, value, isDefinition, isDefinition ? item : null));
            }
        }
    }
}
