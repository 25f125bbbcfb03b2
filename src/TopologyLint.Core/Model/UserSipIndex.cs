using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.Text;
using TopologyLint.Loading;

namespace TopologyLint.Model
{
    /// <summary>
    /// The users bound so far by <c>sip</c>, compared case-insensitively as a <c>Dictionary&lt;string, User&gt;</c> with
    /// <see cref="StringComparer.OrdinalIgnoreCase"/> would: how the binder finds a duplicate sip (TL0004). While every
    /// sip is written in place in an all-ASCII file (where ASCII case folding is OrdinalIgnoreCase), sips are hashed and
    /// compared on the file's bytes and none is made a string; the first sip that is not (escaped, or in another
    /// encoding) turns the index into that dictionary, with the sips so far read as strings.
    /// </summary>
    /// <remarks>
    /// Its tables are rented and given back by <see cref="Dispose"/>: on a large topology they are megabytes, allocated on
    /// the large object heap for the one bind they serve, and a language server binding on every edit would otherwise
    /// bring on a full collection every few edits.
    /// </remarks>
    internal sealed class UserSipIndex : IDisposable
    {
        private const ulong FoldMask = 0x2020202020202020;

        private Dictionary<string, User>? _byString;

        // Open addressing with linear probing: each slot holds a sip's hash (high half) and its index into _entries plus
        // one (low half), or 0 when free. The hash is in the slot so that a probe past another sip reads no entry: on a
        // large topology every entry read is a cache miss.
        private ulong[] _slots;
        private int _slotMask;
        private Entry[] _entries;
        private int _count;

        /// <param name="capacity">How many users are expected (the table is sized once for them).</param>
        public UserSipIndex(int capacity)
        {
            int size = 16;
            while (size < capacity * 2)
            {
                size *= 2;
            }

            _slots = RentSlots(size);
            _slotMask = size - 1;
            _entries = ArrayPool<Entry>.Shared.Rent(Math.Max(capacity, 4));
        }

        public void Dispose()
        {
            ArrayPool<ulong>.Shared.Return(_slots);
            ArrayPool<Entry>.Shared.Return(_entries, clearArray: true);
            _slots = Array.Empty<ulong>();
            _entries = Array.Empty<Entry>();
            _count = 0;
        }

        /// <summary>
        /// The user already indexed under <paramref name="sip"/> (a string value; an absent or mistyped one has none), or null;
        /// <paramref name="hash"/> is what <see cref="Add"/> is then given for the same sip.
        /// </summary>
        public User? Find(TextField sip, out int hash)
        {
            hash = 0;
            if (sip.Presence != Presence.Valid)
            {
                return null;
            }

            if (_byString == null && sip.InlineSource is { } source)
            {
                ReadOnlySpan<byte> bytes = BytesOf(source.Text, source.Span);
                hash = Hash(bytes);
                for (int slot = hash & _slotMask; _slots[slot] != 0; slot = (slot + 1) & _slotMask)
                {
                    if ((int)(_slots[slot] >> 32) != hash)
                    {
                        continue;
                    }

                    ref Entry entry = ref _entries[(int)(uint)_slots[slot] - 1];
                    if (EqualsIgnoringAsciiCase(bytes, BytesOf(entry.Text, entry.Span)))
                    {
                        return entry.User;
                    }
                }

                return null;
            }

            return ByString().TryGetValue(sip.Text!, out User? first) ? first : null;
        }

        /// <summary>Indexes <paramref name="user"/> under <paramref name="sip"/>, which <see cref="Find"/> found no user under (and gave <paramref name="hash"/> for); nothing when the sip is absent or mistyped.</summary>
        public void Add(TextField sip, int hash, User user)
        {
            if (sip.Presence != Presence.Valid)
            {
                return;
            }

            if (_byString == null && sip.InlineSource is { } source)
            {
                if (_count == _entries.Length)
                {
                    Entry[] larger = ArrayPool<Entry>.Shared.Rent(_count * 2);
                    Array.Copy(_entries, larger, _count);
                    ArrayPool<Entry>.Shared.Return(_entries, clearArray: true);
                    _entries = larger;
                }

                if (_count * 2 >= _slotMask + 1)
                {
                    Rehash((_slotMask + 1) * 2);
                }

                _entries[_count] = new Entry(source.Text, source.Span, hash, user);
                Insert(hash, ++_count);
                return;
            }

            ByString().Add(sip.Text!, user);
        }

        private Dictionary<string, User> ByString()
        {
            if (_byString == null)
            {
                _byString = new Dictionary<string, User>(Math.Max(_entries.Length, _count), StringComparer.OrdinalIgnoreCase);
                for (int i = 0; i < _count; i++)
                {
                    ReadOnlySpan<byte> bytes = BytesOf(_entries[i].Text, _entries[i].Span);
                    _byString.Add(Encoding.ASCII.GetString(bytes.ToArray()), _entries[i].User);
                }

                Dispose();
            }

            return _byString;
        }

        /// <summary>A rented table of at least <paramref name="size"/> slots, the first <paramref name="size"/> free.</summary>
        private static ulong[] RentSlots(int size)
        {
            ulong[] slots = ArrayPool<ulong>.Shared.Rent(size);
            Array.Clear(slots, 0, size);
            return slots;
        }

        private void Rehash(int size)
        {
            ArrayPool<ulong>.Shared.Return(_slots);
            _slots = RentSlots(size);
            _slotMask = size - 1;
            for (int i = 0; i < _count; i++)
            {
                Insert(_entries[i].Hash, i + 1);
            }
        }

        private void Insert(int hash, int entryNumber)
        {
            int slot = hash & _slotMask;
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & _slotMask;
            }

            _slots[slot] = ((ulong)(uint)hash << 32) | (uint)entryNumber;
        }

        /// <summary>The bytes of <paramref name="span"/> in <paramref name="text"/>.</summary>
        internal static ReadOnlySpan<byte> BytesOf(AsciiText text, TextSpan span)
        {
            (byte[] array, int start) = text.Bytes;
            return new ReadOnlySpan<byte>(array, start + span.Start, span.Length);
        }

        /// <summary>A hash of the bytes with bit 0x20 set in each: two sips equal but for the case of their letters hash alike.</summary>
        internal static int Hash(ReadOnlySpan<byte> bytes)
        {
            ulong hash = 14695981039346656037UL;
            int i = 0;
            for (; i + 8 <= bytes.Length; i += 8)
            {
                ulong word = System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(bytes.Slice(i)) | FoldMask;
                hash = unchecked((hash ^ word) * 1099511628211UL);
            }

            for (; i < bytes.Length; i++)
            {
                hash = unchecked((hash ^ (ulong)(bytes[i] | 0x20)) * 1099511628211UL);
            }

            // FNV's multiply carries a change only upward, so a digit late in a word moves only the high bits, and the
            // table's slot is the low bits: sips numbered in sequence fell into long probe runs. MurmurHash3's finalizer
            // spreads every bit over the whole hash.
            hash = unchecked((hash ^ (hash >> 33)) * 0xff51afd7ed558ccdUL);
            hash = unchecked((hash ^ (hash >> 33)) * 0xc4ceb9fe1a85ec53UL);
            hash ^= hash >> 33;
            return unchecked((int)hash);
        }

        internal static bool EqualsIgnoringAsciiCase(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right)
        {
            if (left.Length != right.Length)
            {
                return false;
            }

            for (int i = 0; i < left.Length; i++)
            {
                int a = left[i];
                int b = right[i];
                if (a != b && ((a | 0x20) != (b | 0x20) || (uint)((a | 0x20) - 'a') > 'z' - 'a'))
                {
                    return false;
                }
            }

            return true;
        }

        private readonly struct Entry
        {
            public Entry(AsciiText text, TextSpan span, int hash, User user)
            {
                Text = text;
                Span = span;
                Hash = hash;
                User = user;
            }

            public AsciiText Text { get; }

            public TextSpan Span { get; }

            public int Hash { get; }

            public User User { get; }
        }
    }
}
