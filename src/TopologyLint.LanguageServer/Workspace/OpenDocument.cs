using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using TopologyLint.LanguageServer.Protocol;

namespace TopologyLint.LanguageServer.Workspace
{
    /// <summary>An editor buffer at one version: immutable, so a lint works on a consistent snapshot while edits go on.</summary>
    internal sealed class OpenDocument
    {
        private static readonly UTF8Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        private byte[]? _utf8;

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
        /// The text as UTF-8, what the engine reads: encoded once per version, so a buffer that did not change since
        /// the last lint is handed over as the same bytes (and its loaded tree is reused, keyed by content).
        /// </summary>
        public byte[] Utf8Bytes => LazyInitializer.EnsureInitialized(ref _utf8, () => Encode(Text, Text.Length))!;

        /// <summary>The first <paramref name="length"/> characters as UTF-8, encoded a chunk at a time: a large edited buffer is never first copied into one string.</summary>
        public static byte[] Encode(SourceText text, int length)
        {
            const int ChunkLength = 64 * 1024;
            var chunk = new char[ChunkLength];
            int byteCount = 0;
            ForEachChunk(text, length, chunk, count => byteCount += Utf8.GetByteCount(chunk, 0, count));
            var bytes = new byte[byteCount];
            int written = 0;
            ForEachChunk(text, length, chunk, count => written += Utf8.GetBytes(chunk, 0, count, bytes, written));
            return bytes;
        }

        private static void ForEachChunk(SourceText text, int length, char[] chunk, Action<int> encode)
        {
            for (int start = 0; start < length;)
            {
                int count = Math.Min(chunk.Length, length - start);
                text.CopyTo(start, chunk, 0, count);

                // A surrogate pair is never split between chunks: each chunk is encoded on its own.
                if (start + count < length && char.IsHighSurrogate(chunk[count - 1]))
                {
                    count--;
                }

                encode(count);
                start += count;
            }
        }

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

            return new OpenDocument(Uri, Path, version, WithoutHistory(text));
        }

        /// <summary>
        /// The same text without the record of the edits that made it. Roslyn's <c>ChangedText</c> links each edit's change
        /// ranges to the previous edit's, for ever (about 100 bytes an edit: 1 MB over 10,000 edits of a buffer kept open);
        /// the server never asks a text for its changes, so it keeps the text alone: the whole-span subtext of a changed
        /// text is the text it wraps, not a copy.
        /// </summary>
        private static SourceText WithoutHistory(SourceText text) => text.GetSubText(new TextSpan(0, text.Length));
    }
}
