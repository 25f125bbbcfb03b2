using System;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using TopologyLint.Analysis;
using TopologyLint.Syntax;

namespace TopologyLint.Loading
{
    /// <summary>Bytes to a node tree: decodes the text, then reads it as JSON (<c>.json</c>) or YAML (anything else).</summary>
    public static class DocumentLoader
    {
        public static bool IsJson(string path) => path.EndsWith(".json", StringComparison.OrdinalIgnoreCase);

        /// <summary>Loads <paramref name="bytes"/>; <paramref name="cancellationToken"/> is checked as collections open, so a stale load of a large file stops early.</summary>
        public static LoadedDocument Load(string path, byte[] bytes, LoaderLimits limits, DiagnosticSink sink, CancellationToken cancellationToken = default)
        {
            if (bytes.LongLength > limits.MaxFileBytes)
            {
                return Refuse(path, string.Empty, 0, sink, $"The file cannot be linted: it is larger than the limit of {limits.MaxFileBytes} bytes (LoaderLimits.MaxFileBytes)");
            }

            SourceText text;
            int bomLength = TextDecoder.Utf8BomLength(bytes);
            if (AsciiText.TryCreate(bytes, bomLength) is { } ascii)
            {
                text = ascii;
            }
            else
            {
                TextDecoder.Result decoded = TextDecoder.Decode(bytes);
                if (decoded.Error != null)
                {
                    return Refuse(path, decoded.Text ?? string.Empty, decoded.ErrorCharIndex, sink, decoded.Error);
                }

                text = SourceText.From(decoded.Text!);
            }

            var file = new SourceFile(path, text);
            return IsJson(path)
                ? new JsonTreeBuilder(file, limits, sink, new ReadOnlyMemory<byte>(bytes, bomLength, bytes.Length - bomLength), cancellationToken).Build()
                : new YamlTreeBuilder(file, limits, sink, cancellationToken).Build();
        }

        /// <summary>Loads through <paramref name="cache"/> when the host keeps one: unchanged bytes are not parsed again.</summary>
        internal static LoadedDocument Load(string path, byte[] bytes, LoaderLimits limits, DiagnosticSink sink, LoadedDocumentCache? cache, CancellationToken cancellationToken)
            => cache == null ? Load(path, bytes, limits, sink, cancellationToken) : cache.Load(path, bytes, stamp: null, limits, sink, cancellationToken);

        /// <summary>Loads text a host already decoded (an editor buffer): the same trees as from bytes.</summary>
        public static LoadedDocument Load(string path, SourceText text, LoaderLimits limits, DiagnosticSink sink)
            => Load(path, System.Text.Encoding.UTF8.GetBytes(text.ToString()), limits, sink);

        private static LoadedDocument Refuse(string path, string textBefore, int errorIndex, DiagnosticSink sink, string message)
        {
            var file = new SourceFile(path, SourceText.From(textBefore));
            LinePosition at = file.Text.Lines.GetLinePosition(Math.Min(errorIndex, textBefore.Length));
            sink.Report(DocumentDiagnostics.SyntaxError, path, new TextSpan(errorIndex, 0), new LinePositionSpan(at, at), message);
            return new LoadedDocument(file, null, ImmutableArray<Comment>.Empty);
        }
    }
}
