using System.Collections.Generic;
using System.Linq;
using TopologyLint.LanguageServer.Protocol;
using TopologyLint.LanguageServer.Workspace;
using TopologyLint.Loading;
using TopologyLint.Syntax;

namespace TopologyLint.LanguageServer.Features
{
    /// <summary>The outline of one document: its sites, pools (with servers), PSTN connections and users.</summary>
    internal static class DocumentSymbolProvider
    {
        private static readonly (string Key, string IdKey, int Kind)[] Sections =
        {
            ("sites", "id", SymbolKindCode.Namespace),
            ("pools", "fqdn", SymbolKindCode.Class),
            ("reverseProxies", "fqdn", SymbolKindCode.Interface),
            ("pstn", "id", SymbolKindCode.Event),
            ("users", "sip", SymbolKindCode.Object),
        };

        public static List<DocumentSymbol> Symbols(LoadedDocument document)
        {
            var symbols = new List<DocumentSymbol>();
            if (document.Root is not MappingNode root)
            {
                return symbols;
            }

            foreach ((string key, string idKey, int kind) in Sections)
            {
                if (!root.TryGetEntry(key, out MappingEntry entry) || entry.Value is not SequenceNode items)
                {
                    continue;
                }

                var children = items.Items.OfType<MappingNode>().Select(item => Item(item, idKey, kind)).ToList();
                symbols.Add(new DocumentSymbol
                {
                    Name = key,
                    Detail = children.Count + (children.Count == 1 ? " item" : " items"),
                    Kind = SymbolKindCode.Namespace,
                    Range = PositionConverter.ToRange(document.File.Text, Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(entry.KeySpan.Start, items.Span.End)),
                    SelectionRange = PositionConverter.ToRange(document.File.Text, entry.KeySpan),
                    Children = children,
                });
            }

            return symbols;
        }

        private static DocumentSymbol Item(MappingNode item, string idKey, int kind)
        {
            DocumentNode name = item[idKey] ?? item;
            var symbol = new DocumentSymbol
            {
                Name = (item[idKey] as ScalarNode)?.Value is { Length: > 0 } id ? id : "(no " + idKey + ")",
                Detail = (item["role"] as ScalarNode)?.Value ?? (item["kind"] as ScalarNode)?.Value ?? (item["connection"] as ScalarNode)?.Value,
                Kind = kind,
                Range = PositionConverter.ToRange(item.LineSpan),
                SelectionRange = PositionConverter.ToRange(name.LineSpan),
            };
            List<DocumentSymbol> servers = TopologySymbols.Items(item, "servers").Select(server => Item(server, "fqdn", SymbolKindCode.Field)).ToList();
            if (servers.Count > 0)
            {
                symbol.Children = servers;
            }

            return symbol;
        }
    }
}
