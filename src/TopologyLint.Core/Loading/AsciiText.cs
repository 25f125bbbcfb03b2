using System;
using System.IO;
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

        public override string ToString(TextSpan span) => Encoding.ASCII.GetString(_bytes, _start + span.Start, span.Length);

        /// <summary>The array holding the text and where in it the text starts (after a BOM), for vectorized searches.</summary>
        public (byte[] Array, int Start) Bytes => (_bytes, _start);

        /// <summary>A reader of the text, for the YAML parser.</summary>
        public TextReader OpenReader() => new Reader(_bytes, _start);

        private static bool IsAsciiWithoutNul(ReadOnlySpan<byte> bytes)
        {
            // Eight bytes at a time: no high bit set, and no zero byte (the classic has-zero-byte test).
            const ulong HighBits = 0x8080808080808080UL;
            const ulong LowBits = 0x0101010101010101UL;
            ReadOnlySpan<ulong> words = MemoryMarshal.Cast<byte, ulong>(bytes);
            foreach (ulong word in words)
            {
                if ((word & HighBits) != 0 || ((word - LowBits) & ~word & HighBits) != 0)
                {
                    return false;
                }
            }

            foreach (byte b in bytes.Slice(words.Length * sizeof(ulong)))
            {
                if (b == 0 || b >= 0x80)
                {
                    return false;
                }
            }

            return true;
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
                int read = Math.Min(count, _bytes.Length - _position);
                for (int i = 0; i < read; i++)
                {
                    buffer[index + i] = (char)_bytes[_position + i];
                }

                _position += read;
                return read;
            }
        }
    }
}
