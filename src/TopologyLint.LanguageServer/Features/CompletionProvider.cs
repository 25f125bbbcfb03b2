using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.Text;
using TopologyLint.LanguageServer.Protocol;
using TopologyLint.Loading;
using TopologyLint.Syntax;

namespace TopologyLint.LanguageServer.Features
{
    /// <summary>
    /// Completion at the cursor of a YAML block document: after <c>key: </c> the key's enum values or, for a
    /// reference, the ids it may name; at the start of a key, the keys the schema allows in that mapping.
    /// </summary>
    internal static class CompletionProvider
    {
        private static readonly Regex ValueAfterKey = new Regex(@"^(?<indent>\s*)(?<dash>-\s+)?(?<key>[A-Za-z$][\w$-]*):\s*(?<typed>[^\s\[\]{},]*)$", RegexOptions.CultureInvariant);
        private static readonly Regex KeyStart = new Regex(@"^(?<indent>\s*)(?<dash>-\s+)?(?<typed>[\w$-]*)$", RegexOptions.CultureInvariant);
        private static readonly Regex SequenceItem = new Regex(@"^(?<indent>\s*)-\s+(?<typed>[^\s:]*)$", RegexOptions.CultureInvariant);

        public static CompletionList Complete(SourceText text, LoadedDocument? tree, TopologySymbols symbols, int line, int character)
        {
            var list = new CompletionList();
            if (tree?.Root is not { } root || line >= text.Lines.Count)
            {
                return list;
            }

            TextLine textLine = text.Lines[line];
            int offset = System.Math.Min(textLine.Start + character, textLine.End);
            string before = text.ToString(TextSpan.FromBounds(textLine.Start, offset));

            Match value = ValueAfterKey.Match(before);
            if (value.Success)
            {
                int keyColumn = value.Groups["indent"].Length + value.Groups["dash"].Length;
                string key = value.Groups["key"].Value;
                List<string> path = DocumentPaths.MappingForKeyAt(root, text, offset, keyColumn)?.Path ?? new List<string>();
                path.Add(key);
                list.Items.AddRange(Values(path, symbols));
                return list;
            }

            Match item = SequenceItem.Match(before);
            if (item.Success && DocumentPaths.MappingForKeyAt(root, text, offset, item.Groups["indent"].Length - 2) is { } parent)
            {
                // "  - " under "publishes:": the item of the last key above.
                MappingEntry? owner = parent.Mapping.Entries.LastOrDefault(e => e.KeySpan.Start < offset);
                if (owner is { } entry)
                {
                    List<string> path = parent.Path.Append(entry.KeyText).ToList();
                    list.Items.AddRange(Values(path, symbols));
                    if (list.Items.Count > 0)
                    {
                        return list;
                    }
                }
            }

            Match keyStart = KeyStart.Match(before);
            if (keyStart.Success)
            {
                int keyColumn = keyStart.Groups["indent"].Length + keyStart.Groups["dash"].Length;
                if (DocumentPaths.MappingForKeyAt(root, text, offset, keyColumn) is { } mapping)
                {
                    var present = new HashSet<string>(mapping.Mapping.Entries.Select(e => e.KeyText));
                    list.Items.AddRange(SchemaNavigator.Keys(mapping.Path)
                        .Where(k => !present.Contains(k.Key))
                        .Select(k => new CompletionItem
                        {
                            Label = k.Key,
                            Kind = CompletionItemKindCode.Property,
                            InsertText = k.Key + ": ",
                            Documentation = k.Description == null ? null : new MarkupContent { Value = k.Description },
                        }));
                }
            }

            return list;
        }

        private static IEnumerable<CompletionItem> Values(List<string> path, TopologySymbols symbols)
        {
            string key = path[path.Count - 1];
            string? section = path.Count > 0 ? path[0] : null;
            if (key == "site" && section != "sites")
            {
                return symbols.DefinitionsOf(SymbolKind.Site).Select(s => Reference(s.Name, "site"));
            }

            if (key == "mediationPool")
            {
                return PoolsWithRole(symbols, "mediation", "front-end");
            }

            if (key == "publishes")
            {
                return PoolsWithRole(symbols, "front-end", "director");
            }

            return SchemaNavigator.EnumValues(path).Select(v => new CompletionItem { Label = v, Kind = CompletionItemKindCode.EnumMember });
        }

        private static IEnumerable<CompletionItem> PoolsWithRole(TopologySymbols symbols, params string[] roles)
            => symbols.DefinitionsOf(SymbolKind.Pool)
                .Where(p => p.Item?["role"] is ScalarNode role && roles.Contains(role.Value))
                .Select(p => Reference(p.Name, ((ScalarNode)p.Item!["role"]!).Value + " pool"));

        private static CompletionItem Reference(string name, string detail)
            => new CompletionItem { Label = name, Kind = CompletionItemKindCode.Reference, Detail = detail };
    }
}
