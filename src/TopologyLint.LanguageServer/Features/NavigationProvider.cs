using System.Collections.Generic;
using System.Linq;
using TopologyLint.LanguageServer.Protocol;
using TopologyLint.LanguageServer.Workspace;

namespace TopologyLint.LanguageServer.Features
{
    /// <summary>Go to definition, find references and rename over the identifiers of every document a root reads.</summary>
    internal static class NavigationProvider
    {
        public static List<Location> Definition(TopologySymbols symbols, string path, int offset)
            => symbols.At(path, offset) is { } at ? symbols.Definitions(at).Select(ToLocation).ToList() : new List<Location>();

        public static List<Location> References(TopologySymbols symbols, string path, int offset, bool includeDeclaration)
            => symbols.At(path, offset) is { } at
                ? symbols.AllOf(at).Where(o => includeDeclaration || !o.IsDefinition).Select(ToLocation).ToList()
                : new List<Location>();

        /// <summary>One edit per occurrence, root and fragments in one WorkspaceEdit; null when the cursor is on no identifier.</summary>
        public static WorkspaceEdit? Rename(TopologySymbols symbols, string path, int offset, string newName, System.Func<string, string> uriOf)
        {
            if (symbols.At(path, offset) is not { } at)
            {
                return null;
            }

            var edit = new WorkspaceEdit();
            foreach (SymbolOccurrence occurrence in symbols.AllOf(at))
            {
                string uri = uriOf(occurrence.Path);
                if (!edit.Changes.TryGetValue(uri, out List<TextEdit>? edits))
                {
                    edit.Changes[uri] = edits = new List<TextEdit>();
                }

                edits.Add(new TextEdit { Range = PositionConverter.ToRange(occurrence.Text, occurrence.NameSpan), NewText = newName });
            }

            return edit;
        }

        private static Location ToLocation(SymbolOccurrence occurrence)
            => new Location { Uri = DocumentUris.FromPath(occurrence.Path), Range = PositionConverter.ToRange(occurrence.Text, occurrence.NameSpan) };
    }
}
