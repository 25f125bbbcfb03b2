using System;
using System.Collections.Generic;
using System.Threading;

namespace TopologyLint.Syntax
{
    /// <summary>A mapping key as written: its text, its type, and how many characters it takes in the source (quotes included).</summary>
    internal readonly struct KeyInfo : IEquatable<KeyInfo>
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

        public bool Equals(KeyInfo other) => Type == other.Type && SourceLength == other.SourceLength && string.Equals(Text, other.Text, StringComparison.Ordinal);

        public override bool Equals(object? obj) => obj is KeyInfo other && Equals(other);

        public override int GetHashCode() => (StringComparer.Ordinal.GetHashCode(Text) * 31) + ((int)Type * 7) + SourceLength;
    }

    /// <summary>
    /// The distinct keys of one file. A large document repeats a handful of keys in every item, so each
    /// mapping entry names its key by a number here instead of holding the key's text, type and length.
    /// </summary>
    internal sealed class KeyTable
    {
        private readonly object _gate = new object();
        private readonly Dictionary<KeyInfo, int> _ids = new Dictionary<KeyInfo, int>();
        private KeyInfo[] _keys = new KeyInfo[16];

        public KeyInfo this[int id] => Volatile.Read(ref _keys)[id];

        public int IdOf(KeyInfo key)
        {
            lock (_gate)
            {
                if (_ids.TryGetValue(key, out int id))
                {
                    return id;
                }

                id = _ids.Count;
                if (id == _keys.Length)
                {
                    // Readers see the old array or the new one; either holds every id handed out so far.
                    var grown = new KeyInfo[id * 2];
                    Array.Copy(_keys, grown, id);
                    Volatile.Write(ref _keys, grown);
                }

                _keys[id] = key;
                _ids.Add(key, id);
                return id;
            }
        }
    }
}
