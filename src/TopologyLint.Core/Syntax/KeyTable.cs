using System;
using System.Collections.Generic;
using System.Threading;

namespace TopologyLint.Syntax
{
    /// <summary>A mapping key as written: its text, its type, and how many characters it takes in the source (quotes included).</summary>
    internal readonly struct KeyInfo
    {
        public KeyInfo(string text, ScalarType type, int sourceLength)
        {
            Text = text;
            Type = type;
            SourceLength = sourceLength;
        }

        public string Text { get; }

        public ScalarType Type { get; }

        public int SourceLength { get; }

        /// <summary>Whether <paramref name="other"/> is the same text written the same way.</summary>
        public bool IsWrittenAs(KeyInfo other) => Type == other.Type && SourceLength == other.SourceLength && string.Equals(Text, other.Text, StringComparison.Ordinal);
    }

    /// <summary>
    /// The distinct keys of one file. A large document repeats a handful of keys in every item, so each
    /// mapping entry names its key by a number here instead of holding the key's text, type and length.
    /// Keys are found by text (a dictionary keyed by string, which the framework precompiles); the few
    /// ways one text is written (quoted, plain) are chained. See docs/storage-model.md.
    /// </summary>
    internal sealed class KeyTable
    {
        private readonly object _gate = new object();
        private readonly Dictionary<string, int> _firstIdByText = new Dictionary<string, int>(StringComparer.Ordinal);
        private KeyInfo[] _keys = new KeyInfo[16];
        private int[] _nextWithSameText = new int[16];
        private int _count;

        public KeyInfo this[int id] => Volatile.Read(ref _keys)[id];

        public int IdOf(KeyInfo key)
        {
            lock (_gate)
            {
                int last = -1;
                if (_firstIdByText.TryGetValue(key.Text, out int id))
                {
                    for (; id >= 0; id = _nextWithSameText[id])
                    {
                        if (_keys[id].IsWrittenAs(key))
                        {
                            return id;
                        }

                        last = id;
                    }
                }

                id = Add(key);
                if (last >= 0)
                {
                    _nextWithSameText[last] = id;
                }
                else
                {
                    _firstIdByText.Add(key.Text, id);
                }

                return id;
            }
        }

        private int Add(KeyInfo key)
        {
            int id = _count;
            if (id == _keys.Length)
            {
                // Readers see the old array or the new one; either holds every id handed out so far.
                var grown = new KeyInfo[id * 2];
                Array.Copy(_keys, grown, id);
                var grownNext = new int[id * 2];
                Array.Copy(_nextWithSameText, grownNext, id);
                _nextWithSameText = grownNext;
                Volatile.Write(ref _keys, grown);
            }

            _keys[id] = key;
            _nextWithSameText[id] = -1;
            _count++;
            return id;
        }
    }
}
