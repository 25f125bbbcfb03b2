using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.Text;
using TopologyLint.LanguageServer.Protocol;
using TopologyLint.Model;
using TopologyLint.Syntax;

namespace TopologyLint.LanguageServer.Features
{
    /// <summary>
    /// Completion at the cursor, in YAML block and flow style and in JSON, on the text as typed (it need not parse):
    /// at a key, the keys the schema allows in that mapping and not written there yet; at a value, the key's enum
    /// values or, for a reference, the ids it may name. Each item replaces the scalar being typed, quotes included,
    /// and writes JSON's quotes.
    /// </summary>
    internal static class CompletionProvider
    {
        public static CompletionList Complete(SourceText text, bool isJson, TopologySymbols symbols, int line, int character)
        {
            var list = new CompletionList();
            if (line >= text.Lines.Count)
            {
                return list;
            }

            TextLine textLine = text.Lines[line];
            int offset = System.Math.Min(textLine.Start + character, textLine.End);
            if (DocumentPaths.At(text, offset) is not { } at)
            {
                return list;
            }

            var edit = new CompletionEdit(text, at, offset, isJson);
            if (at.IsKey)
            {
                list.Items.AddRange(Keys(at, edit));
                return list;
            }

            list.Items.AddRange(Values(at.Path, symbols).Select(v => edit.Value(v.Item, v.IsString)));
            if (list.Items.Count == 0 && at.IsSequenceItem)
            {
                // "- |" in a list of mappings: the first key of a new item.
                list.Items.AddRange(Keys(at, edit));
            }

            return list;
        }

        private static IEnumerable<CompletionItem> Keys(PathContext at, CompletionEdit edit)
        {
            var present = new HashSet<string>(at.SiblingKeys, System.StringComparer.Ordinal);
            return SchemaNavigator.Keys(at.Path)
                .Where(k => !present.Contains(k.Key))
                .Select(k => edit.Key(new CompletionItem
                {
                    Label = k.Key,
                    Kind = CompletionItemKindCode.Property,
                    Documentation = k.Description == null ? null : new MarkupContent { Value = k.Description },
                }));
        }

        private static IEnumerable<(CompletionItem Item, bool IsString)> Values(IReadOnlyList<string> path, TopologySymbols symbols)
        {
            // A reference's value, or an item of a list of references ("  - " under "trunks:").
            List<string> segments = path.ToList();
            if ((Identifiers.At(segments) ?? Identifiers.At(segments.Append("*").ToList())) is { IsDefinition: false } reference)
            {
                return References(symbols, reference).Select(r => (r, true));
            }

            return SchemaNavigator.EnumValues(segments).Select(v => (new CompletionItem
            {
                Label = v.Value,
                Kind = CompletionItemKindCode.EnumMember,
                Documentation = v.Description == null ? null : new MarkupContent { Value = v.Description },
            }, v.IsString));
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

        /// <summary>How an item is written where the cursor is: the range it replaces, and quotes and ": " as the style needs.</summary>
        private sealed class CompletionEdit
        {
            private readonly PathContext _at;
            private readonly bool _isJson;
            private readonly Protocol.Range _range;
            private readonly bool _afterBareColon;
            private readonly Protocol.Range? _missingSeparator;

            public CompletionEdit(SourceText text, PathContext at, int cursor, bool isJson)
            {
                _at = at;
                _isJson = isJson;

                // An unclosed quote runs to the line's end: replace only up to the cursor, so what follows stays.
                TextSpan replaced = at.Quote != '\0' && !at.IsClosed ? TextSpan.FromBounds(at.Token.Start, cursor) : at.Token;
                _range = Workspace.PositionConverter.ToRange(text, replaced);
                _afterBareColon = !isJson && replaced.Start > 0 && text[replaced.Start - 1] == ':';
                _missingSeparator = at.MissingSeparatorAt >= 0 ? Workspace.PositionConverter.ToRange(text, new TextSpan(at.MissingSeparatorAt, 0)) : null;
            }

            public CompletionItem Key(CompletionItem item)
            {
                string name = Quoted(item.Label, isString: true);
                if (_missingSeparator != null)
                {
                    item.AdditionalTextEdits = new List<TextEdit> { new TextEdit { Range = _missingSeparator, NewText = "," } };
                }

                return With(item, name, _at.ColonFollows ? name : name + ": ");
            }

            public CompletionItem Value(CompletionItem item, bool isString)
            {
                string value = Quoted(item.Label, isString);

                // "key:|" in YAML: a value needs the space that makes the colon an indicator.
                return With(item, value, _afterBareColon ? " " + value : value);
            }

            /// <summary>JSON's strings always take double quotes; YAML's keep the quote the user opened.</summary>
            private string Quoted(string name, bool isString)
                => _isJson && isString ? "\"" + name + "\""
                    : !_isJson && _at.Quote != '\0' ? _at.Quote + name + _at.Quote
                    : name;

            private CompletionItem With(CompletionItem item, string written, string newText)
            {
                item.TextEdit = new TextEdit { Range = _range, NewText = newText };
                if (written != item.Label)
                {
                    item.FilterText = written;
                }

                return item;
            }
        }
    }
}
