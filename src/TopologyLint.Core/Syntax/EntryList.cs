using System;
using System.Collections.Generic;

namespace TopologyLint.Syntax
{
    /// <summary>A mapping's entries, read from its slots without copying them; <c>foreach</c> over it allocates nothing.</summary>
    public readonly struct EntryList : IReadOnlyList<MappingEntry>
    {
        private readonly SourceFile _file;
        private readonly ArraySegment<EntrySlot> _slots;

        internal EntryList(SourceFile file, ArraySegment<EntrySlot> slots)
        {
            _file = file;
            _slots = slots;
        }

        public int Count => _slots.Count;

        public MappingEntry this[int index] => new MappingEntry(_file, _slots.AsSpan()[index]);

        public Enumerator GetEnumerator() => new Enumerator(this);

        IEnumerator<MappingEntry> IEnumerable<MappingEntry>.GetEnumerator() => GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        public struct Enumerator : IEnumerator<MappingEntry>
        {
            private readonly EntryList _list;
            private int _index;

            internal Enumerator(EntryList list)
            {
                _list = list;
                _index = -1;
            }

            public MappingEntry Current => _list[_index];

            object System.Collections.IEnumerator.Current => Current;

            public bool MoveNext() => ++_index < _list.Count;

            public void Reset() => _index = -1;

            public void Dispose()
            {
            }
        }
    }
}
