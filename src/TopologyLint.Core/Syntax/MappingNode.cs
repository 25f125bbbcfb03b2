using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace TopologyLint.Syntax
{
    /// <summary>
    /// A mapping: a segment of entry slots, usually in a block shared with other mappings of its file. Keys are
    /// named by number in the file's <see cref="KeyTable"/>, and most scalar values are stored inline in the slots
    /// rather than as nodes; docs/storage-model.md explains the whole storage and why nodes compare by place.
    /// </summary>
    public sealed class MappingNode : DocumentNode
    {
        // Slots, not entries or an interface: the binder looks keys up in every item, and indexing through
        // IReadOnlyList is an interface call each time. The loader stores many mappings' slots in one block.
        private readonly ArraySegment<EntrySlot> _slots;

        public MappingNode(SourceFile file, TextSpan span, IReadOnlyList<MappingEntry> entries)
            : base(file, span)
        {
            var slots = new EntrySlot[entries.Count];
            for (int i = 0; i < slots.Length; i++)
            {
                slots[i] = entries[i].SlotIn(file);
            }

            _slots = new ArraySegment<EntrySlot>(slots);
        }

        internal MappingNode(SourceFile file, TextSpan span, ArraySegment<EntrySlot> slots)
            : base(file, span)
        {
            _slots = slots;
        }

        public override NodeKind Kind => NodeKind.Mapping;

        /// <summary>The entries in document order; a key written twice keeps only its first entry (TL0006 reports the rest).</summary>
        public EntryList Entries => new EntryList(File, _slots);

        /// <summary>Where a thing missing from this mapping is reported: its first key, or the mapping itself when empty.</summary>
        public DocumentNode ReportNode => Entries.Count > 0 ? Entries[0].Key : this;

        public DocumentNode? this[string key] => TryGetEntry(key, out MappingEntry entry) ? entry.Value : null;

        public bool TryGetEntry(string key, out MappingEntry entry)
        {
            ReadOnlySpan<EntrySlot> slots = _slots;
            KeyTable keys = File.Keys;
            for (int i = 0; i < slots.Length; i++)
            {
                if (keys[slots[i].KeyId].Text == key)
                {
                    entry = new MappingEntry(File, slots[i]);
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
                if (entry.HasKey(node) || entry.HasValue(node))
                {
                    return entry;
                }

                if (holder == null && entry.ValueContains(node))
                {
                    holder = entry;
                }
            }

            return holder;
        }
    }
}
