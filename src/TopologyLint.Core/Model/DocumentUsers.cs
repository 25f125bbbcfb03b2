using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using TopologyLint.Syntax;

namespace TopologyLint.Model
{
    /// <summary>
    /// What the binder needs of one document's <c>users</c> sequence, read once per tree: which items are users, their
    /// site names, which repeat an earlier item's sip within the document, and the hashes of the others, sorted. With
    /// these the binder finds every duplicate sip (TL0004) of a deployment by merging the documents' sorted hashes, not
    /// by indexing every user again, and binds users without reading their mappings again, so a language server
    /// re-binding fifty fragments after an edit to one reads the users of that one. Sips compare as in
    /// <see cref="UserSipIndex"/>: as <see cref="System.StringComparer.OrdinalIgnoreCase"/> does, on the file's bytes
    /// where the sip is written in place.
    /// </summary>
    internal sealed class DocumentUsers
    {
        /// <summary>The item is not a mapping: no user.</summary>
        public const int NotAUser = -3;

        /// <summary>The user has no string <c>sip</c>: never a duplicate, and no user's first.</summary>
        public const int Unindexed = -2;

        /// <summary>The user's sip is the first of its kind in the document.</summary>
        public const int FirstInDocument = -1;

        private static readonly ConditionalWeakTable<SequenceNode, DocumentUsers> BySequence = new ConditionalWeakTable<SequenceNode, DocumentUsers>();

        private readonly SequenceNode _users;

        private DocumentUsers(SequenceNode users, bool allAscii, int[] earlier, string?[] siteNames, Key[] firsts)
        {
            _users = users;
            AllAscii = allAscii;
            Earlier = earlier;
            SiteNames = siteNames;
            Firsts = firsts;
        }

        /// <summary>
        /// Every string sip is ASCII, where <see cref="System.StringComparer.OrdinalIgnoreCase"/> folds only ASCII letters,
        /// so sips compare on their bytes; otherwise the binder indexes the deployment's sips as strings
        /// (<see cref="UserSipIndex"/>), and <see cref="Earlier"/> says only which items are users.
        /// </summary>
        public bool AllAscii { get; }

        /// <summary>
        /// By item: <see cref="NotAUser"/>, <see cref="Unindexed"/>, <see cref="FirstInDocument"/>, or the index of the
        /// document's first item with the same sip.
        /// </summary>
        public int[] Earlier { get; }

        /// <summary>By item: the user's <c>site</c> when it is a string.</summary>
        public string?[] SiteNames { get; }

        public MappingNode UserAt(int item) => (MappingNode)_users.Items[item];

        /// <summary>The items whose sip is the first of its kind in the document, by hash.</summary>
        private Key[] Firsts { get; }

        public static DocumentUsers Of(SequenceNode users) => BySequence.GetValue(users, Read);

        /// <summary>
        /// For each user that repeats a sip of an earlier document (in <paramref name="documents"/>' order), that first
        /// occurrence's item, keyed by the repeating user's document index and item (null when none repeats); and the
        /// documents' merged hashes, from which the next call with <paramref name="previous"/> merges only new documents.
        /// </summary>
        /// <param name="documents">The documents' sips in the binder's order, each once (null for a document without users).</param>
        /// <param name="previous">What the last call for the same deployment merged, or null.</param>
        public static (Dictionary<(int Document, int Item), (int Document, int Item)>? Repeats, MergedSips Merged) AcrossDocuments(IReadOnlyList<DocumentUsers?> documents, MergedSips? previous)
        {
            MergedSips merged = MergedSips.Of(documents, previous);
            Tagged[] sorted = merged.Sorted;
            Dictionary<DocumentUsers, int>? indexes = null;
            Dictionary<(int, int), (int, int)>? repeats = null;
            int start = 0;
            while (start < sorted.Length)
            {
                int end = start + 1;
                while (end < sorted.Length && sorted[end].Hash == sorted[start].Hash)
                {
                    end++;
                }

                // A run of one hash: its sips in the documents' order, each compared with the earliest equal one before it.
                if (end - start > 1)
                {
                    if (indexes == null)
                    {
                        indexes = new Dictionary<DocumentUsers, int>();
                        for (int d = 0; d < documents.Count; d++)
                        {
                            if (documents[d] is { } document)
                            {
                                indexes.Add(document, d);
                            }
                        }
                    }

                    (int Document, int Item)[] run = new (int, int)[end - start];
                    for (int i = start; i < end; i++)
                    {
                        run[i - start] = (indexes[sorted[i].Document], sorted[i].Item);
                    }

                    Array.Sort(run);
                    for (int later = 1; later < run.Length; later++)
                    {
                        for (int first = 0; first < later; first++)
                        {
                            if (run[first].Document != run[later].Document
                                && UserSipIndex.EqualsIgnoringAsciiCase(documents[run[first].Document]!.SipBytes(run[first].Item), documents[run[later].Document]!.SipBytes(run[later].Item)))
                            {
                                repeats ??= new Dictionary<(int, int), (int, int)>();
                                repeats[run[later]] = run[first];
                                break;
                            }
                        }
                    }
                }

                start = end;
            }

            return (repeats, merged);
        }

        private Tagged[] TaggedFirsts()
        {
            var tagged = new Tagged[Firsts.Length];
            for (int i = 0; i < tagged.Length; i++)
            {
                tagged[i] = new Tagged(Firsts[i].Hash, Firsts[i].Item, this);
            }

            return tagged;
        }

        /// <summary>The node of the sip of <paramref name="item"/>, a user with a string sip.</summary>
        public ScalarNode SipNode(int item) => MappingFields.Text(UserAt(item), "sip").Node!;

        private ReadOnlySpan<byte> SipBytes(int item)
        {
            TryGetBytes(MappingFields.Text(UserAt(item), "sip"), out ReadOnlySpan<byte> bytes);
            return bytes;
        }

        /// <summary>The bytes of an ASCII sip: where the file has them when written in place, else of its string (held, or read since as a node).</summary>
        private static bool TryGetBytes(TextField sip, out ReadOnlySpan<byte> bytes)
        {
            if (sip.InlineSource is { } source)
            {
                bytes = UserSipIndex.BytesOf(source.Text, source.Span);
                return true;
            }

            string text = sip.Text!;
            var ascii = new byte[text.Length];
            for (int i = 0; i < text.Length; i++)
            {
                if (text[i] >= 0x80)
                {
                    bytes = default;
                    return false;
                }

                ascii[i] = (byte)text[i];
            }

            bytes = ascii;
            return true;
        }

        private static DocumentUsers Read(SequenceNode users)
        {
            IReadOnlyList<DocumentNode> items = users.Items;
            var earlier = new int[items.Count];
            var siteNames = new string?[items.Count];
            var keys = new List<Key>(items.Count);
            bool allAscii = true;
            for (int i = 0; i < items.Count; i++)
            {
                if (items[i] is not MappingNode node)
                {
                    earlier[i] = NotAUser;
                    continue;
                }

                siteNames[i] = MappingFields.StringText(node, "site");
                TextField sip = MappingFields.Text(node, "sip");
                if (sip.Presence != Presence.Valid)
                {
                    earlier[i] = Unindexed;
                    continue;
                }

                earlier[i] = FirstInDocument;
                if (allAscii && TryGetBytes(sip, out ReadOnlySpan<byte> bytes))
                {
                    keys.Add(new Key(UserSipIndex.Hash(bytes), i));
                }
                else
                {
                    allAscii = false;
                }
            }

            if (!allAscii)
            {
                return new DocumentUsers(users, allAscii: false, earlier, siteNames, Array.Empty<Key>());
            }

            Key[] sorted = keys.ToArray();
            Array.Sort(sorted);
            var document = new DocumentUsers(users, allAscii: true, earlier, siteNames, sorted);
            var firsts = new List<Key>(sorted.Length);
            int run = 0;
            while (run < sorted.Length)
            {
                int end = run + 1;
                while (end < sorted.Length && sorted[end].Hash == sorted[run].Hash)
                {
                    end++;
                }

                // Items are in document order within a run of one hash, each read as FirstInDocument: each is compared with the firsts before it.
                for (int later = run; later < end; later++)
                {
                    int item = sorted[later].Item;
                    for (int first = run; first < later; first++)
                    {
                        if (earlier[sorted[first].Item] == FirstInDocument && UserSipIndex.EqualsIgnoringAsciiCase(document.SipBytes(sorted[first].Item), document.SipBytes(item)))
                        {
                            earlier[item] = sorted[first].Item;
                            break;
                        }
                    }

                    if (earlier[item] == FirstInDocument)
                    {
                        firsts.Add(sorted[later]);
                    }
                }

                run = end;
            }

            return new DocumentUsers(users, allAscii: true, earlier, siteNames, firsts.ToArray());
        }

        /// <summary>Two runs in hash order, merged, without the firsts of <paramref name="removed"/> (<paramref name="removedCount"/> of them, all in <paramref name="left"/>).</summary>
        private static Tagged[] MergeTwo(Tagged[] left, Tagged[] right, IReadOnlyList<DocumentUsers> removed, int removedCount)
        {
            var merged = new Tagged[left.Length - removedCount + right.Length];
            int l = 0, r = 0, m = 0;
            while (l < left.Length || r < right.Length)
            {
                if (r == right.Length || (l < left.Length && left[l].Hash <= right[r].Hash))
                {
                    if (removedCount == 0 || !IsAmong(left[l].Document, removed))
                    {
                        merged[m++] = left[l];
                    }

                    l++;
                }
                else
                {
                    merged[m++] = right[r++];
                }
            }

            return merged;
        }

        private static bool IsAmong(DocumentUsers document, IReadOnlyList<DocumentUsers> documents)
        {
            for (int i = 0; i < documents.Count; i++)
            {
                if (ReferenceEquals(documents[i], document))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The firsts of a set of documents, by hash: a deployment's, kept by the binder so that its next bind, where one
        /// document changed, drops that document's firsts and merges in those of its new tree instead of merging all again.
        /// </summary>
        internal sealed class MergedSips
        {
            private readonly HashSet<DocumentUsers> _documents;

            private MergedSips(HashSet<DocumentUsers> documents, Tagged[] sorted)
            {
                _documents = documents;
                Sorted = sorted;
            }

            public Tagged[] Sorted { get; }

            /// <param name="documents">The documents' sips, each once (null for a document without users).</param>
            /// <param name="previous">What was merged for the same deployment last, or null.</param>
            public static MergedSips Of(IReadOnlyList<DocumentUsers?> documents, MergedSips? previous)
            {
                var current = new HashSet<DocumentUsers>();
                foreach (DocumentUsers? document in documents)
                {
                    if (document != null)
                    {
                        current.Add(document);
                    }
                }

                var added = new List<Tagged[]>();
                foreach (DocumentUsers document in current)
                {
                    if (previous == null || !previous._documents.Contains(document))
                    {
                        added.Add(document.TaggedFirsts());
                    }
                }

                var removed = new List<DocumentUsers>();
                if (previous != null)
                {
                    foreach (DocumentUsers document in previous._documents)
                    {
                        if (!current.Contains(document))
                        {
                            removed.Add(document);
                        }
                    }

                    if (removed.Count == 0 && added.Count == 0)
                    {
                        return previous;
                    }
                }

                // Pairwise, so that each element is copied about log2(documents) times.
                while (added.Count > 1)
                {
                    var next = new List<Tagged[]>((added.Count + 1) / 2);
                    for (int i = 0; i + 1 < added.Count; i += 2)
                    {
                        next.Add(MergeTwo(added[i], added[i + 1], Array.Empty<DocumentUsers>(), 0));
                    }

                    if (added.Count % 2 == 1)
                    {
                        next.Add(added[added.Count - 1]);
                    }

                    added = next;
                }

                Tagged[] kept = previous?.Sorted ?? Array.Empty<Tagged>();
                Tagged[] fresh = added.Count == 0 ? Array.Empty<Tagged>() : added[0];
                int removedCount = 0;
                foreach (DocumentUsers document in removed)
                {
                    removedCount += document.Firsts.Length;
                }

                return new MergedSips(current, MergeTwo(kept, fresh, removed, removedCount));
            }
        }

        /// <summary>A user's sip hash and item index, ordered by hash, then item.</summary>
        private readonly struct Key : IComparable<Key>
        {
            public Key(int hash, int item)
            {
                Hash = hash;
                Item = item;
            }

            public int Hash { get; }

            public int Item { get; }

            public int CompareTo(Key other) => Hash != other.Hash ? Hash.CompareTo(other.Hash) : Item.CompareTo(other.Item);
        }

        /// <summary>A first's hash and item, and the document it is of.</summary>
        internal readonly struct Tagged
        {
            public Tagged(int hash, int item, DocumentUsers document)
            {
                Hash = hash;
                Item = item;
                Document = document;
            }

            public int Hash { get; }

            public int Item { get; }

            public DocumentUsers Document { get; }
        }
    }
}
