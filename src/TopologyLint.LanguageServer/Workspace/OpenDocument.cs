using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;
using TopologyLint.LanguageServer.Protocol;

namespace TopologyLint.LanguageServer.Workspace
{
    /// <summary>An editor buffer at one version: immutable, so a lint works on a consistent snapshot while edits go on.</summary>
    internal sealed class OpenDocument
    {
        public OpenDocument(string uri, string path, int version, SourceText text)
        {
            Uri = uri;
            Path = path;
            Version = version;
            Text = text;
        }

        /// <summary>The URI as the client spelled it: diagnostics are published under the same spelling.</summary>
        public string Uri { get; }

        public string Path { get; }

        public int Version { get; }

        public SourceText Text { get; }

        /// <summary>
        /// Applies LSP content changes in order. A range outside the text (a client bug) is clamped to the text
        /// and reported through <paramref name="problems"/>, so the buffer stays usable.
        /// </summary>
        public OpenDocument WithChanges(int version, IEnumerable<TextDocumentContentChangeEvent> changes, List<string> problems)
        {
            SourceText text = Text;
            foreach (TextDocumentContentChangeEvent change in changes)
            {
                if (change.Range == null)
                {
                    text = SourceText.From(change.Text ?? string.Empty);
                    continue;
                }

                int start = PositionConverter.ToOffset(text, change.Range.Start, out bool startClamped);
                int end = PositionConverter.ToOffset(text, change.Range.End, out bool endClamped);
                if (startClamped || endClamped || end < start)
                {
                    problems.Add($"an edit of {Uri} at {change.Range} lies outside the document ({text.Lines.Count} lines); applied at the nearest position");
                    end = Math.Max(start, end);
                }

                text = text.WithChanges(new TextChange(TextSpan.FromBounds(start, end), change.Text ?? string.Empty));
            }

            return new OpenDocument(Uri, Path, version, text);
        }
    }
}
