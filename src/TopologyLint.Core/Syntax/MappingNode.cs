using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace TopologyLint.Syntax
{
    /// <summary>One <c>key: value</c> pair of a mapping; a struct, so a mapping's entries are one array and not an object each.</summary>
    public readonly struct MappingEntry
    {
        public MappingEntry(ScalarNode key, DocumentNode value)
        {
            Key = key;
            Value = value;
        }

        public ScalarNode Key { get; }

        public DocumentNode Value { get; }
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
                if (entries[i].Key.Value == key)
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
                if (ReferenceEquals(entry.Key, node) || ReferenceEquals(entry.Value, node))
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
