using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.Text;
using TopologyLint.LanguageServer.Protocol;
using TopologyLint.Loading;
using TopologyLint.Model;
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
            // A reference's value, or an item of a list of references ("  - " under "trunks:").
            if ((Identifiers.At(path) ?? Identifiers.At(path.Append("*").ToList())) is { IsDefinition: false } reference)
            {
                return References(symbols, reference);
            }

            return SchemaNavigator.EnumValues(path).Select(v => new CompletionItem { Label = v, Kind = CompletionItemKindCode.EnumMember });
        }

        /// <summary>The names a reference may take: the definitions of its kind (for a pool, of the roles it accepts), each once.</summary>
        private static IEnumerable<CompletionItem> References(TopologySymbols symbols, IdentifierPath reference)
        {
            IEnumerable<SymbolOccurrence> definitions = symbols.DefinitionsOf(reference.Kind);
            if (reference.Kind == IdentifierKind.Trunk)
            {
                definitions = definitions.Concat(symbols.DefinitionsOf(IdentifierKind.PstnConnection));
            }

            if (reference.PoolRoles.Count > 0)
            {
                definitions = definitions.Where(p => p.Item?["role"] is ScalarNode role && reference.PoolRoles.Contains(role.Value));
            }

            var seen = new HashSet<string>(Identifiers.ComparerOf(reference.Kind));
            return definitions
                .Where(d => seen.Add(d.Name))
                .Select(d => Reference(d.Name, d.Item?["role"] is ScalarNode role ? role.Value + " pool" : Detail(d.Kind)));
        }

        private static string Detail(IdentifierKind kind) => kind switch
        {
            IdentifierKind.PstnConnection => "PSTN connection",
            IdentifierKind.PstnUsage => "PSTN usage",
            IdentifierKind.DialPlan => "dial plan",
            IdentifierKind.VoicePolicy => "voice policy",
            IdentifierKind.LocationPolicy => "location policy",
            IdentifierKind.NetworkSite => "network site",
            IdentifierKind.Region => "network region",
            IdentifierKind.SipDomain => "SIP domain",
            _ => kind.ToString().ToLowerInvariant(),
        };

        private static CompletionItem Reference(string name, string detail)
            => new CompletionItem { Label = name, Kind = CompletionItemKindCode.Reference, Detail = detail };
    }
}
