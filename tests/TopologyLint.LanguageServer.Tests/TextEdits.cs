using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.Text;
using TopologyLint.LanguageServer.Protocol;

namespace TopologyLint.LanguageServer.Tests
{
    /// <summary>Applies LSP text edits to a text, as a client does.</summary>
    internal static class TextEdits
    {
        public static string Apply(string text, IEnumerable<TextEdit> edits)
        {
            SourceText source = SourceText.From(text);
            var changes = edits.Select(e => new TextChange(
                TextSpan.FromBounds(
                    source.Lines.GetPosition(new LinePosition(e.Range.Start.Line, e.Range.Start.Character)),
                    source.Lines.GetPosition(new LinePosition(e.Range.End.Line, e.Range.End.Character))),
                e.NewText));
            return source.WithChanges(changes).ToString();
        }
    }
}
