using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
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
            var ascii = text as AsciiText;
            char[] chunk = new char[ChunkSize];
            for (int position = 0; position < text.Length; position += ChunkSize)
            {
                int count = Math.Min(ChunkSize, text.Length - position);
                if (ascii != null)
                {
                    ascii.CopyTo(position, chunk.AsSpan(0, count));
                }
                else
                {
                    text.CopyTo(position, chunk, 0, count);
                }

                hasher.Add(chunk.AsSpan(0, count));
            }

            hasher.Add(stackalloc char[] { EndOfFile });
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

            /// <remarks>The state is kept in locals while a chunk is read: this visits every character of the file.</remarks>
            public void Add(ReadOnlySpan<char> chars)
            {
                ulong[] window = _window;
                int[] lineStartingAt = _lineStartingAt;
                ulong hash = _hash;
                int index = _index;
                bool atLineStart = _atLineStart;
                bool afterCarriageReturn = _afterCarriageReturn;
                foreach (char c in chars)
                {
                    if (c == ' ' || c == '\t' || (afterCarriageReturn && c == '\n'))
                    {
                        afterCarriageReturn = false;
                        continue;
                    }

                    afterCarriageReturn = c == '\r';
                    char current = afterCarriageReturn ? '\n' : c;

                    // The slot about to be overwritten started a line 100 characters ago: its hash is complete.
                    if (lineStartingAt[index] != 0)
                    {
                        Emit(index, hash);
                    }

                    if (atLineStart)
                    {
                        atLineStart = false;
                        lineStartingAt[index] = ++_lineNumber;
                    }

                    atLineStart = current == '\n';
                    hash = unchecked((Base * hash) + current - (OutgoingFactor * window[index]));
                    window[index] = current;
                    if (++index == WindowSize)
                    {
                        index = 0;
                    }
                }

                _hash = hash;
                _index = index;
                _atLineStart = atLineStart;
                _afterCarriageReturn = afterCarriageReturn;
            }

            /// <summary>Completes the lines still in the window by shifting NULs in.</summary>
            public void Flush()
            {
                for (int i = 0; i < WindowSize; i++)
                {
                    if (_lineStartingAt[_index] != 0)
                    {
                        Emit(_index, _hash);
                    }

                    unchecked
                    {
                        _hash = (Base * _hash) - (OutgoingFactor * _window[_index]);
                    }

                    _window[_index] = 0;
                    if (++_index == WindowSize)
                    {
                        _index = 0;
                    }
                }
            }

            /// <summary>Records the hash of the line that started at window slot <paramref name="index"/>, now complete.</summary>
            private void Emit(int index, ulong hash)
            {
                _occurrences.TryGetValue(hash, out int seen);
                _occurrences[hash] = ++seen;
                _lines.Set(_lineStartingAt[index], hash, seen);
                _lineStartingAt[index] = 0;
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
