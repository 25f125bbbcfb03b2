using System;
using System.Collections.Immutable;
using System.Text.Json;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using TopologyLint.Analysis;
using TopologyLint.Syntax;

namespace TopologyLint.Loading
{
    /// <summary>
    /// Builds the node tree from System.Text.Json's forward-only reader. The reader reports byte
    /// offsets; a forward-moving cursor turns them into UTF-16 offsets, and the source text's line
    /// table into line and column.
    /// </summary>
    internal sealed class JsonTreeBuilder
    {
        private static readonly char[] NonIntegerCharacters = { '.', 'e', 'E' };

        private readonly SourceFile _file;
        private readonly LoaderLimits _limits;
        private readonly TreeAssembler _assembler;
        private readonly ByteToCharCursor _cursor;

        public JsonTreeBuilder(SourceFile file, LoaderLimits limits, DiagnosticSink sink, ReadOnlyMemory<byte> utf8, CancellationToken cancellationToken)
        {
            _file = file;
            _limits = limits;
            _assembler = new TreeAssembler(file, limits, sink, cancellationToken);
            _cursor = new ByteToCharCursor(utf8);
        }

        public LoadedDocument Build()
        {
            var reader = new Utf8JsonReader(_cursor.Bytes.Span, new JsonReaderOptions
            {
                CommentHandling = JsonCommentHandling.Disallow,
                AllowTrailingCommas = false,
                MaxDepth = _limits.MaxDepth + 1,
            });
            try
            {
                Read(ref reader);
            }
            catch (JsonException ex)
            {
                long byteOffset = OffsetOf(ex, reader);
                (TextSpan at, string message) = Describe(CleanMessage(ex.Message), byteOffset);
                _assembler.ReportFatal(DocumentDiagnostics.SyntaxError, at, message);
            }
            catch (InvalidOperationException ex)
            {
                // The reader accepts a lone escaped surrogate ("\ud800") and only fails when the string is decoded.
                long start = reader.TokenStartIndex;
                _assembler.ReportFatal(DocumentDiagnostics.SyntaxError, At(start, start + reader.ValueSpan.Length + 2), "JSON syntax error: the string cannot be decoded: " + ex.Message.TrimEnd('.'));
            }
            catch (StopLoadingException)
            {
                // The limit that stopped loading has been reported.
            }

            return _assembler.Finish(ImmutableArray<Comment>.Empty);
        }

        private void Read(ref Utf8JsonReader reader)
        {
            while (reader.Read())
            {
                long start = reader.TokenStartIndex;
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                        _assembler.Open(NodeKind.Mapping, At(start, start + 1), isFlow: true, anchor: null);
                        break;
                    case JsonTokenType.StartArray:
                        _assembler.Open(NodeKind.Sequence, At(start, start + 1), isFlow: true, anchor: null);
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        _assembler.Close(At(start, start + 1));
                        break;
                    case JsonTokenType.PropertyName:
                    case JsonTokenType.String:
                        string value = reader.GetString()!;
                        CheckScalarLength(value, start);
                        _assembler.AddScalar(At(start, start + reader.ValueSpan.Length + 2), value, ScalarType.String);
                        break;
                    case JsonTokenType.Number:
                        string number = System.Text.Encoding.UTF8.GetString(reader.ValueSpan.ToArray());
                        CheckScalarLength(number, start);
                        bool isInteger = number.IndexOfAny(NonIntegerCharacters) < 0;
                        _assembler.AddScalar(At(start, start + reader.ValueSpan.Length), number, isInteger ? ScalarType.Integer : ScalarType.Number);
                        break;
                    case JsonTokenType.True:
                    case JsonTokenType.False:
                        _assembler.AddScalar(At(start, start + reader.ValueSpan.Length), reader.TokenType == JsonTokenType.True ? "true" : "false", ScalarType.Boolean);
                        break;
                    case JsonTokenType.Null:
                        _assembler.AddScalar(At(start, start + 4), "null", ScalarType.Null);
                        break;
                }
            }
        }

        private void CheckScalarLength(string value, long start)
        {
            if (value.Length > _limits.MaxScalarLength)
            {
                _assembler.Fail(DocumentDiagnostics.SyntaxError, At(start, start), $"A scalar is longer than the limit of {_limits.MaxScalarLength} characters (LoaderLimits.MaxScalarLength)");
            }
        }

        private long OffsetOf(JsonException ex, Utf8JsonReader reader)
        {
            // The exception gives a 0-based line and a byte position in that line.
            if (ex.LineNumber is long line && ex.BytePositionInLine is long inLine)
            {
                return _cursor.LineStartByte(line) + inLine;
            }

            return reader.BytesConsumed;
        }

        /// <summary>The reader's message in words a person can act on (it names reader options and internals), and where.</summary>
        private (TextSpan At, string Message) Describe(string message, long byteOffset)
        {
            TextSpan at = At(byteOffset, byteOffset);
            if (message.IndexOf("isFinalBlock", StringComparison.Ordinal) >= 0)
            {
                return (at, "The file holds no JSON value: a topology is one object, '{ ... }'");
            }

            if (message.IndexOf("trailing comma", StringComparison.Ordinal) >= 0)
            {
                return (at, "A comma after the last entry: JSON allows none before '}' or ']'; remove it");
            }

            if (message.IndexOf("Expected depth to be zero", StringComparison.Ordinal) >= 0 && _assembler.InnermostOpenBracket() is { } open)
            {
                LinePosition place = _file.Text.Lines.GetLinePosition(open.Start);
                string what = open.IsMapping ? "object '{'" : "array '['";
                return (new TextSpan(open.Start, 1), $"The {what} at line {place.Line + 1}, column {place.Character + 1} is never closed: add '{(open.IsMapping ? '}' : ']')}' after its last {(open.IsMapping ? "member" : "item")}");
            }

            if (message.StartsWith("'/' is", StringComparison.Ordinal))
            {
                return (at, "JSON has no comments: remove it (in YAML, '#' starts a comment)");
            }

            if (message.IndexOf("invalid escapable character", StringComparison.Ordinal) >= 0 && byteOffset > 0)
            {
                TextSpan escape = At(byteOffset - 1, byteOffset + 1);
                return (escape, $"'{_file.Text.ToString(escape)}' is not an escape in a JSON string: write a backslash twice (\\\\)");
            }

            if (message.IndexOf("after a single JSON value", StringComparison.Ordinal) >= 0)
            {
                return (at, "A second JSON value starts here: a topology file holds one object");
            }

            return (at, "JSON syntax error: " + message);
        }

        private static string CleanMessage(string message)
        {
            int detail = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            string text = (detail >= 0 ? message.Substring(0, detail) : message).Trim();
            return text.TrimEnd('.', ' ');
        }

        private TextSpan At(long startByte, long endByte)
        {
            int startChar = _cursor.CharOffset(startByte);
            int endChar = _cursor.CharOffset(Math.Max(startByte, endByte));
            return TextSpan.FromBounds(startChar, endChar);
        }

        /// <summary>Maps byte offsets, asked for in mostly increasing order, to UTF-16 offsets in linear total time.</summary>
        private sealed class ByteToCharCursor
        {
            private int _byte;
            private int _char;

            public ByteToCharCursor(ReadOnlyMemory<byte> bytes) => Bytes = bytes;

            public ReadOnlyMemory<byte> Bytes { get; }

            public int CharOffset(long byteOffset)
            {
                int target = (int)Math.Min(byteOffset, Bytes.Length);
                if (target < _byte)
                {
                    _byte = 0;
                    _char = 0;
                }

                ReadOnlySpan<byte> span = Bytes.Span;
                while (_byte < target)
                {
                    byte b = span[_byte];
                    if (b < 0x80 || b >= 0xC0)
                    {
                        // A lead byte starts one UTF-16 unit; a 4-byte sequence needs a surrogate pair.
                        _char += b >= 0xF0 ? 2 : 1;
                    }

                    _byte++;
                }

                return _char;
            }

            public long LineStartByte(long line)
            {
                ReadOnlySpan<byte> span = Bytes.Span;
                long current = 0;
                for (int i = 0; i < span.Length && current < line; i++)
                {
                    if (span[i] == (byte)'\n')
                    {
                        current++;
                        if (current == line)
                        {
                            return i + 1;
                        }
                    }
                }

                return 0;
            }
        }
    }
}
