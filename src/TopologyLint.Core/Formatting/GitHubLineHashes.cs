using System.Collections.Generic;
using System.Globalization;

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

        /// <summary>The hash of every line, indexed by 1-based line number (index 0 is unused).</summary>
        public static IReadOnlyList<string> Compute(string text)
        {
            var hasher = new RollingHasher();
            foreach (char c in text)
            {
                hasher.Add(c);
            }

            hasher.Add(EndOfFile);
            hasher.Flush();
            return hasher.Lines;
        }

        private sealed class RollingHasher
        {
            private static readonly ulong OutgoingFactor = Power(Base, WindowSize);

            private readonly ulong[] _window = new ulong[WindowSize];

            // The 1-based line that starts at each window slot, or 0 for a slot holding no line start.
            private readonly int[] _lineStartingAt = new int[WindowSize];
            private readonly Dictionary<ulong, int> _occurrences = new Dictionary<ulong, int>();
            private readonly List<string> _lines = new List<string> { string.Empty };
            private ulong _hash;
            private int _index;
            private int _lineNumber;
            private bool _atLineStart = true;
            private bool _afterCarriageReturn;

            public List<string> Lines => _lines;

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
                while (_lines.Count <= line)
                {
                    _lines.Add(string.Empty);
                }

                _lines[line] = _hash.ToString("x", CultureInfo.InvariantCulture) + ":" + seen.ToString(CultureInfo.InvariantCulture);
                _lineStartingAt[_index] = 0;
            }

            private void Push(char c)
            {
                unchecked
                {
                    _hash = (Base * _hash) + c - (OutgoingFactor * _window[_index]);
                }

                _window[_index] = c;
                _index = (_index + 1) % WindowSize;
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
