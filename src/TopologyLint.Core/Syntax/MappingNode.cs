using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace TopologyLint.Syntax
{
    /// <summary>
    /// One <c>key: value</c> pair of a mapping. A struct naming its key in the file's key table rather than
    /// holding a key node, so a mapping's entries are one array of 16-byte entries and not three objects
    /// each: keys are read by their text, and only a key that is reported needs a node.
    /// </summary>
    public readonly struct MappingEntry
    {
        private readonly int _keyId;
        private readonly int _keyStart;

        public MappingEntry(ScalarNode key, DocumentNode value)
            : this(value.File.Keys.IdOf(new KeyInfo(key.Value, key.Type, key.Span.Length)), key.Span.Start, value)
        {
        }

        internal MappingEntry(int keyId, int keyStart, DocumentNode value)
        {
            _keyId = keyId;
            _keyStart = keyStart;
            Value = value;
        }

        /// <summary>The key's text after unquoting and unescaping.</summary>
        public string KeyText => KeyInfo.Text;

        public TextSpan KeySpan => new TextSpan(_keyStart, KeyInfo.SourceLength);

        public ScalarType KeyType => KeyInfo.Type;

        public DocumentNode Value { get; }

        private KeyInfo KeyInfo => Value.File.Keys[_keyId];

        /// <summary>The key as a node, made when asked: each call gives an equal but distinct node, so compare keys by <see cref="KeySpan"/>, not by reference.</summary>
        public ScalarNode Key => new ScalarNode(Value.File, KeySpan, KeyText, KeyType);

        /// <summary>Whether <paramref name="node"/> is this entry's key (as <see cref="Key"/> made it, or the anchored scalar an aliased key repeats).</summary>
        public bool HasKey(DocumentNode node) => node is ScalarNode scalar && scalar.File == Value.File && scalar.Span == KeySpan && scalar.Value == KeyText;
    }

    public sealed class MappingNode : DocumentNode
    {
        // An array, not the interface: the binder looks keys up in every item, and indexing through IReadOnlyList is an interface call each time.
        private readonly MappingEntry[] _entries;

        public MappingNode(SourceFile file, TextSpan span, IReadOnlyList<MappingEntry> entries)
            : base(file, span)
        {
            _entries = entries as MappingEntry[] ?? System.Linq.Enumerable.ToArray(entries);
        }

        public override NodeKind Kind => NodeKind.Mapping;

        /// <summary>The entries in document order; a key written twice keeps only its first entry (TL0006 reports the rest).</summary>
        public IReadOnlyList<MappingEntry> Entries => _entries;

        /// <summary>Where a thing missing from this mapping is reported: its first key, or the mapping itself when empty.</summary>
        public DocumentNode ReportNode => Entries.Count > 0 ? Entries[0].Key : this;

        public DocumentNode? this[string key] => TryGetEntry(key, out MappingEntry entry) ? entry.Value : null;

        public bool TryGetEntry(string key, out MappingEntry entry)
        {
            MappingEntry[] entries = _entries;
            for (int i = 0; i < entries.Length; i++)
            {
                if (entries[i].KeyText == key)
                {
                    entry = entries[i];
                    return true;
                }
            }

            entry = default;
            return false;
        }

        /// <summary>The entry whose key or value is <paramref name="node"/> or holds it, or null.</summary>
        internal MappingEntry? EntryHolding(DocumentNode node)
        {
            MappingEntry? holder = null;
            foreach (MappingEntry entry in Entries)
            {
                if (entry.HasKey(node) || ReferenceEquals(entry.Value, node))
                {
                    return entry;
                }

                if (holder == null && entry.Value.Kind != NodeKind.Scalar && entry.Value.Contains(node))
                {
                    holder = entry;
                }
            }

            return holder;
        }
    }
}
