using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis.Text;
using TopologyLint.Loading;

namespace TopologyLint.Formatting
{
    /// <summary>
    /// <c>primaryLocationLineHash</c> values as GitHub's SARIF upload computes them for a source file, so an
    /// uploaded result carries the value GitHub would compute and the upload warns about none.
    /// </summary>
    /// <remarks>
    /// The scheme (public in github/codeql-action, src/fingerprints.ts): spaces and tabs are dropped, CR LF and
    /// CR become LF, and the file ends with the marker U+FFFF followed by NULs. A line's hash is the polynomial
    /// hash, base 37 in wrapping 64-bit arithmetic, of the 100 characters that remain from the line's first one
    /// on, written as unsigned hexadecimal; a hash that an earlier line of the file already had gets the count
    /// of its occurrences so far (<c>hash:1</c>, <c>hash:2</c>). A line that holds only spaces and tabs starts at
    /// its line feed.
    /// </remarks>
    internal static class GitHubLineHashes
    {
        private const int WindowSize = 100;
        private const ulong Base = 37;
        private const char EndOfFile = '\uFFFF';

        /// <summary>Characters copied out of a text that is not held as ASCII bytes, at a time.</summary>
        private const int ChunkSize = 4096;

        /// <summary>
        /// The hash of every line, indexed by 1-based line number (index 0 is unused). The text is read where it is
        /// held, a chunk at a time, never as one string; each value is written as a string only when asked for.
        /// </summary>
        public static IReadOnlyList<string> Compute(SourceText text)
        {
            var hasher = new RollingHasher(text.Lines.Count);
            if (text is AsciiText ascii)
            {
                (byte[] bytes, int start) = ascii.Bytes;
                for (int i = start; i < bytes.Length; i++)
                {
                    hasher.Add((char)bytes[i]);
                }
            }
            else
            {
                char[] chunk = new char[ChunkSize];
                for (int position = 0; position < text.Length; position += ChunkSize)
                {
                    int count = Math.Min(ChunkSize, text.Length - position);
                    text.CopyTo(position, chunk, 0, count);
                    for (int i = 0; i < count; i++)
                    {
                        hasher.Add(chunk[i]);
                    }
                }
            }

            hasher.Add(EndOfFile);
            hasher.Flush();
            return hasher.Lines;
        }

        /// <summary>The same, of a string.</summary>
        public static IReadOnlyList<string> Compute(string text) => Compute(SourceText.From(text));

        /// <summary>Each line's hash and how many lines so far had it, formatted as GitHub writes them when read.</summary>
        private sealed class LineHashList : IReadOnlyList<string>
        {
            private readonly List<ulong> _hashes;
            private readonly List<int> _occurrences;

            public LineHashList(int capacity)
            {
                _hashes = new List<ulong>(capacity) { 0 };
                _occurrences = new List<int>(capacity) { 0 };
            }

            public int Count => _hashes.Count;

            public string this[int index] => _occurrences[index] == 0
                ? string.Empty
                : _hashes[index].ToString("x", CultureInfo.InvariantCulture) + ":" + _occurrences[index].ToString(CultureInfo.InvariantCulture);

            public void Set(int line, ulong hash, int occurrence)
            {
                while (_hashes.Count <= line)
                {
                    _hashes.Add(0);
                    _occurrences.Add(0);
                }

                _hashes[line] = hash;
                _occurrences[line] = occurrence;
            }

            public IEnumerator<string> GetEnumerator()
            {
                for (int i = 0; i < Count; i++)
                {
                    yield return this[i];
                }
            }

            IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
        }

        private sealed class RollingHasher
        {
            private static readonly ulong OutgoingFactor = Power(Base, WindowSize);

            private readonly ulong[] _window = new ulong[WindowSize];

            // The 1-based line that starts at each window slot, or 0 for a slot holding no line start.
            private readonly int[] _lineStartingAt = new int[WindowSize];
            private readonly Dictionary<ulong, int> _occurrences;
            private readonly LineHashList _lines;
            private ulong _hash;
            private int _index;
            private int _lineNumber;
            private bool _atLineStart = true;
            private bool _afterCarriageReturn;

            /// <param name="lineCount">The text's number of lines (the marker that ends the file may start one more).</param>
            public RollingHasher(int lineCount)
            {
                _occurrences = new Dictionary<ulong, int>(lineCount + 1);
                _lines = new LineHashList(lineCount + 2);
            }

            public IReadOnlyList<string> Lines => _lines;

            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            public void Add(char c)
            {
                if (c == ' ' || c == '\t' || (_afterCarriageReturn && c == '\n'))
                {
                    _afterCarriageReturn = false;
                    return;
                }

                _afterCarriageReturn = c == '\r';
                char current = c == '\r' ? '\n' : c;

                // The slot about to be overwritten started a line 100 characters ago: its hash is complete.
                EmitIfLineStart();
                if (_atLineStart)
                {
                    _atLineStart = false;
                    _lineStartingAt[_index] = ++_lineNumber;
                }

                _atLineStart = current == '\n';
                Push(current);
            }

            /// <summary>Completes the lines still in the window by shifting NULs in.</summary>
            public void Flush()
            {
                for (int i = 0; i < WindowSize; i++)
                {
                    EmitIfLineStart();
                    Push('\0');
                }
            }

            private void EmitIfLineStart()
            {
                int line = _lineStartingAt[_index];
                if (line == 0)
                {
                    return;
                }

                _occurrences.TryGetValue(_hash, out int seen);
                _occurrences[_hash] = ++seen;
                _lines.Set(line, _hash, seen);
                _lineStartingAt[_index] = 0;
            }

            private void Push(char c)
            {
                unchecked
                {
                    _hash = (Base * _hash) + c - (OutgoingFactor * _window[_index]);
                }

                _window[_index] = c;
                if (++_index == WindowSize)
                {
                    _index = 0;
                }
            }

            private static ulong Power(ulong value, int exponent)
            {
                ulong result = 1;
                for (int i = 0; i < exponent; i++)
                {
                    unchecked
                    {
                        result *= value;
                    }
                }

                return result;
            }
        }
    }
}
