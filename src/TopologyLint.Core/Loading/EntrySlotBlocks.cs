using System;
using System.Collections.Generic;
using TopologyLint.Syntax;

namespace TopologyLint.Loading
{
    /// <summary>
    /// Stores the entry slots of one file's mappings in shared blocks, each mapping a segment of one, as
    /// System.Text.Json's <c>JsonDocument</c> keeps its rows. A large document's mappings then cost one
    /// small object each instead of two: the slots sit in blocks of the large object heap, which the
    /// garbage collector does not copy as the tree grows and survives collection after collection.
    /// docs/storage-model.md explains the loader's storage as a whole.
    /// </summary>
    internal sealed class EntrySlotBlocks
    {
        // Small documents get small blocks; blocks double up to 4,096 slots (128 KiB, over the large object heap's 85,000-byte threshold).
        private const int FirstBlockLength = 64;
        private const int MaxBlockLength = 4096;

        private EntrySlot[] _block = Array.Empty<EntrySlot>();
        private int _used;

        /// <summary>A copy of <paramref name="slots"/>, in the current block when it has room.</summary>
        public ArraySegment<EntrySlot> Store(List<EntrySlot> slots)
        {
            int count = slots.Count;
            if (count > _block.Length - _used)
            {
                if (count > MaxBlockLength)
                {
                    return new ArraySegment<EntrySlot>(slots.ToArray());
                }

                _block = new EntrySlot[Math.Max(count, Math.Min(MaxBlockLength, Math.Max(FirstBlockLength, _block.Length * 2)))];
                _used = 0;
            }

            slots.CopyTo(0, _block, _used, count);
            var segment = new ArraySegment<EntrySlot>(_block, _used, count);
            _used += count;
            return segment;
        }
    }
}
