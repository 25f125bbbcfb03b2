using System;
using System.Collections.Generic;
using System.IO;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace TopologyLint.Loading
{
    /// <summary>
    /// The text of a file that is all ASCII, read straight from its bytes: one byte is one UTF-16 unit, so
    /// offsets, lines and columns are those of the decoded string, which is never made. Topology files are
    /// nearly always ASCII, and the decoded copy of a large one would cost twice its size for as long as
    /// its diagnostics are kept.
    /// </summary>
    internal sealed class AsciiText : SourceText
    {
        private readonly byte[] _bytes;
        private readonly int _start;

        private AsciiText(byte[] bytes, int start)
        {
            _bytes = bytes;
            _start = start;
        }

        public override Encoding Encoding => Encoding.UTF8;

        public override int Length => _bytes.Length - _start;

        public override char this[int position]
            => (uint)position < (uint)Length ? (char)_bytes[_start + position] : throw new ArgumentOutOfRangeException(nameof(position));

        /// <summary>The text of <paramref name="bytes"/> after a UTF-8 BOM of <paramref name="bomLength"/> bytes, when every byte is ASCII and none is NUL.</summary>
        public static AsciiText? TryCreate(byte[] bytes, int bomLength)
            => IsAsciiWithoutNul(new ReadOnlySpan<byte>(bytes, bomLength, bytes.Length - bomLength)) ? new AsciiText(bytes, bomLength) : null;

        public override void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count)
        {
            if (sourceIndex < 0 || count < 0 || sourceIndex > Length - count || destinationIndex < 0 || destinationIndex > destination.Length - count)
            {
                throw new ArgumentOutOfRangeException(nameof(count), "The range lies outside the text or the destination");
            }

            for (int i = 0; i < count; i++)
            {
                destination[destinationIndex + i] = (char)_bytes[_start + sourceIndex + i];
            }
        }

        /// <summary>Copies the characters from <paramref name="sourceIndex"/> to fill <paramref name="destination"/>.</summary>
        public void CopyTo(int sourceIndex, Span<char> destination)
        {
            ReadOnlySpan<byte> bytes = new ReadOnlySpan<byte>(_bytes, _start + sourceIndex, destination.Length);
            for (int i = 0; i < bytes.Length; i++)
            {
                destination[i] = (char)bytes[i];
            }
        }

        public override string ToString(TextSpan span) => Encoding.ASCII.GetString(_bytes, _start + span.Start, span.Length);

        /// <summary>The array holding the text and where in it the text starts (after a BOM), for vectorized searches.</summary>
        public (byte[] Array, int Start) Bytes => (_bytes, _start);

        /// <summary>Whether the text at <paramref name="start"/> is <paramref name="value"/>, compared without a call per character.</summary>
        public bool HasTextAt(int start, string value)
        {
            if (start < 0 || start > Length - value.Length)
            {
                return false;
            }

            ReadOnlySpan<byte> bytes = new ReadOnlySpan<byte>(_bytes, _start + start, value.Length);
            for (int i = 0; i < bytes.Length; i++)
            {
                if (bytes[i] != value[i])
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// The line table, found with a vectorized search of the bytes for line breaks: SourceText's own
        /// copies the text out a chunk at a time and looks at every character, a cost paid on every file that
        /// has a diagnostic. In ASCII the line breaks are CR, LF and CR LF, as SourceText reads them.
        /// </summary>
        protected override TextLineCollection GetLinesCore()
        {
            var starts = new List<int> { 0 };
            ReadOnlySpan<byte> text = new ReadOnlySpan<byte>(_bytes, _start, Length);
            int position = 0;
            while (position < text.Length)
            {
                int found = text.Slice(position).IndexOfAny((byte)'\r', (byte)'\n');
                if (found < 0)
                {
                    break;
                }

                position += found + 1;
                if (text[position - 1] == '\r' && position < text.Length && text[position] == '\n')
                {
                    position++;
                }

                starts.Add(position);
            }

            return new LineTable(this, starts.ToArray());
        }

        /// <summary>A reader of the text, for the YAML parser.</summary>
        public TextReader OpenReader() => new Reader(_bytes, _start);

        private static bool IsAsciiWithoutNul(ReadOnlySpan<byte> bytes)
        {
            // A vector at a time: no high bit set, and no zero byte.
            int vectors = Vector.IsHardwareAccelerated ? bytes.Length / Vector<byte>.Count : 0;
            ReadOnlySpan<Vector<byte>> blocks = MemoryMarshal.Cast<byte, Vector<byte>>(bytes.Slice(0, vectors * Vector<byte>.Count));
            var highBits = new Vector<byte>(0x80);
            foreach (Vector<byte> block in blocks)
            {
                if (!Vector.BitwiseAnd(block, highBits).Equals(Vector<byte>.Zero) || Vector.EqualsAny(block, Vector<byte>.Zero))
                {
                    return false;
                }
            }

            foreach (byte b in bytes.Slice(vectors * Vector<byte>.Count))
            {
                if (b == 0 || b >= 0x80)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Lines by their starts: a line holds its line break, the last line ends at the end of the text.</summary>
        private sealed class LineTable : TextLineCollection
        {
            private readonly AsciiText _text;
            private readonly int[] _starts;

            // The line found last: positions are mostly asked for in order, often on one line.
            private int _lastIndex;

            public LineTable(AsciiText text, int[] starts)
            {
                _text = text;
                _starts = starts;
            }

            public override int Count => _starts.Length;

            public override TextLine this[int index]
            {
                get
                {
                    if ((uint)index >= (uint)_starts.Length)
                    {
                        throw new ArgumentOutOfRangeException(nameof(index));
                    }

                    int end = index + 1 < _starts.Length ? _starts[index + 1] : _text.Length;
                    return TextLine.FromSpan(_text, TextSpan.FromBounds(_starts[index], end));
                }
            }

            public override int IndexOf(int position)
            {
                if (position < 0 || position > _text.Length)
                {
                    throw new ArgumentOutOfRangeException(nameof(position));
                }

                int last = _lastIndex;
                if (position >= _starts[last] && (last + 1 == _starts.Length || position < _starts[last + 1]))
                {
                    return last;
                }

                int found = Array.BinarySearch(_starts, position);
                int index = found >= 0 ? found : ~found - 1;
                _lastIndex = index;
                return index;
            }
        }

        private sealed class Reader : TextReader
        {
            private readonly byte[] _bytes;
            private int _position;

            public Reader(byte[] bytes, int start)
            {
                _bytes = bytes;
                _position = start;
            }

            public override int Peek() => _position < _bytes.Length ? _bytes[_position] : -1;

            public override int Read() => _position < _bytes.Length ? _bytes[_position++] : -1;

            public override int Read(char[] buffer, int index, int count)
            {
                // The bytes are ASCII (checked): the encoding widens them a vector at a time.
                int read = Math.Min(count, _bytes.Length - _position);
                Encoding.ASCII.GetChars(_bytes, _position, read, buffer, index);
                _position += read;
                return read;
            }
        }
    }
}
