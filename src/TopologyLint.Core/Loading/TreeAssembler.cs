using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using TopologyLint.Analysis;
using TopologyLint.Syntax;

namespace TopologyLint.Loading
{
    /// <summary>Thrown to end loading once a fatal problem has been reported.</summary>
    internal sealed class StopLoadingException : Exception
    {
    }

    /// <summary>
    /// Assembles nodes from a stream of syntax events, the same for YAML and JSON: an explicit
    /// stack of open collections, the depth limit, duplicate-key detection and collection spans.
    /// </summary>
    internal sealed class TreeAssembler
    {
        private readonly SourceFile _file;
        private readonly LoaderLimits _limits;
        private readonly Stack<Frame> _open = new Stack<Frame>();

        // Frames are reused by depth, with their lists and key sets: a large document opens a
        // collection per item, and allocating three growing containers for each was a third of
        // the loader's garbage.
        private readonly List<Frame> _framesByDepth = new List<Frame>();

        // Keys repeat in every item ("sip", "site"): each distinct key is kept once, in the file's key table
        // (looked up here without its lock). Short strings repeat too (a site id): one string per distinct
        // text is kept, not one per item, so reading them allocates nothing. Values are shared only while few
        // are distinct, so a document of unique values costs a bounded table; the rest are read back from the
        // source text when asked (ScalarNode.HeldValue), not kept as strings.
        private const int MaxSharedValueLength = 16;
        private const int MaxSharedValues = 4096;
        private readonly Dictionary<string, int> _keyIds = new Dictionary<string, int>(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _values = new Dictionary<string, string>(StringComparer.Ordinal);
        private readonly EntrySlotBlocks _slotBlocks = new EntrySlotBlocks();
        private readonly DiagnosticSink _sink;
        private readonly CancellationToken _cancellationToken;

        // Scratch space for a mapping with merge keys (rare): its entries, their keys, and the merge keys' values.
        private const string MergeKey = "<<";
        private readonly List<EntrySlot> _merged = new List<EntrySlot>();
        private readonly HashSet<string> _mergedKeys = new HashSet<string>(StringComparer.Ordinal);
        private readonly List<EntrySlot> _mergeSources = new List<EntrySlot>();
        private DocumentNode? _root;
        private bool _failed;

        public TreeAssembler(SourceFile file, LoaderLimits limits, DiagnosticSink sink, CancellationToken cancellationToken)
        {
            _file = file;
            _limits = limits;
            _sink = sink;
            _cancellationToken = cancellationToken;
        }

        public void Report(DiagnosticDescriptor descriptor, TextSpan at, params object[] args)
            => _sink.Report(descriptor, _file.Path, at, _file.Text.Lines.GetLinePositionSpan(at), args);

        /// <summary>Reports a problem after which the rest of the file cannot be read, and stops loading.</summary>
        public void Fail(DiagnosticDescriptor descriptor, TextSpan at, params object[] args)
        {
            Report(descriptor, at, args);
            _failed = true;
            throw new StopLoadingException();
        }

        /// <summary>The opening bracket of the innermost flow collection still open, and whether it is a mapping; null when none is.</summary>
        public (int Start, bool IsMapping)? InnermostOpenBracket()
        {
            foreach (Frame frame in _open)
            {
                if (frame.IsFlow)
                {
                    return (frame.Start, frame.Kind == NodeKind.Mapping);
                }
            }

            return null;
        }

        /// <summary>Records a fatal problem found outside the event loop (the parser's own error).</summary>
        public void ReportFatal(DiagnosticDescriptor descriptor, TextSpan at, params object[] args)
        {
            Report(descriptor, at, args);
            _failed = true;
        }

        public void Open(NodeKind kind, TextSpan start, bool isFlow, string? anchor)
        {
            // Once a collection (a user is one) is often enough to stop a stale load soon, and costs one read of a field.
            _cancellationToken.ThrowIfCancellationRequested();
            if (_open.Count >= _limits.MaxDepth)
            {
                Fail(DocumentDiagnostics.SyntaxError, start, $"The document nests deeper than the limit of {_limits.MaxDepth} levels (LoaderLimits.MaxDepth)");
            }

            if (_framesByDepth.Count == _open.Count)
            {
                _framesByDepth.Add(new Frame());
            }

            Frame frame = _framesByDepth[_open.Count];
            frame.Reset(kind, start, isFlow, anchor);
            _open.Push(frame);
        }

        public (DocumentNode Node, long Size, string? Anchor) Close(TextSpan endToken)
        {
            Frame frame = _open.Pop();
            // Clamped: a flow collection's closing bracket is taken to be one character wide, even where the input ends.
            TextSpan span = frame.SpanUpTo(endToken);
            span = TextSpan.FromBounds(Math.Min(span.Start, _file.Text.Length), Math.Min(span.End, _file.Text.Length));
            DocumentNode node = frame.Kind == NodeKind.Mapping
                ? new MappingNode(_file, span, _slotBlocks.Store(frame.HasMergeKey ? Merge(frame.Entries) : frame.Entries))
                : new SequenceNode(_file, span, frame.Items.ToArray());
            Add(node, frame.Size, node.Span);
            return (node, frame.Size, frame.Anchor);
        }

        /// <summary>
        /// Adds a scalar. A key, or a value in a mapping, gets no node of its own (the mapping stores it inline)
        /// unless <paramref name="needsNode"/>: an anchored scalar, which an alias may repeat. The node, if made, is returned.
        /// </summary>
        public ScalarNode? AddScalar(TextSpan at, string value, ScalarType type, bool needsNode = false)
        {
            Frame? parent = _open.Count > 0 ? _open.Peek() : null;
            if (parent is { ExpectsKey: true })
            {
                AddKey(parent, new PendingKey(value, at, type), 1);
                return needsNode ? new ScalarNode(_file, at, value, type) : null;
            }

            // Booleans and nulls are not worth a look-up: written as their source text, they keep no string at all.
            byte quoteLength = 0;
            string? held = value.Length <= MaxSharedValueLength && type != ScalarType.Boolean && type != ScalarType.Null && TryShareValue(ref value, parent)
                ? value
                : ScalarNode.HeldValue(_file.Text, at, value, out quoteLength);
            if (parent is { Kind: NodeKind.Mapping } && !needsNode)
            {
                if (TakeKey(parent, 1, at) is PendingKey key)
                {
                    parent.Entries.Add(new EntrySlot(KeyIdOf(parent, key), key.Start, at, held, type, quoteLength));
                }

                return null;
            }

            var node = new ScalarNode(_file, at, held, type, quoteLength);
            Add(node, 1, at);
            return node;
        }

        /// <summary>
        /// The entries of a mapping with merge keys (<c>&lt;&lt;: *defaults</c>, <c>&lt;&lt;: [*a, *b]</c>, YAML 1.1's
        /// merge type, as docker-compose and GitLab CI read it): its own entries, then those of the merged
        /// mappings whose keys it does not have yet, earlier mappings first. A merged entry keeps the place
        /// where it is written, in the anchored mapping, so what is reported about it points there.
        /// </summary>
        private List<EntrySlot> Merge(List<EntrySlot> entries)
        {
            _merged.Clear();
            _mergedKeys.Clear();
            _mergeSources.Clear();
            foreach (EntrySlot entry in entries)
            {
                if (IsMergeKey(_file.Keys[entry.KeyId]))
                {
                    _mergeSources.Add(entry);
                }
                else
                {
                    _merged.Add(entry);
                    _mergedKeys.Add(_file.Keys[entry.KeyId].Text);
                }
            }

            foreach (EntrySlot source in _mergeSources)
            {
                switch (source.Node)
                {
                    case MappingNode mapping:
                        MergeFrom(mapping);
                        break;
                    case SequenceNode sequence when sequence.Items.All(item => item is MappingNode):
                        foreach (DocumentNode item in sequence.Items)
                        {
                            MergeFrom((MappingNode)item);
                        }

                        break;
                    default:
                        Fail(DocumentDiagnostics.SyntaxError, new TextSpan(source.KeyStart, 2), "A merge key '<<' takes an alias of a mapping (<<: *defaults) or a list of them (<<: [*a, *b]); to use '<<' as an ordinary key, quote it");
                        break;
                }
            }

            return _merged;
        }

        private void MergeFrom(MappingNode mapping)
        {
            foreach (MappingEntry entry in mapping.Entries)
            {
                if (_mergedKeys.Add(entry.KeyText))
                {
                    _merged.Add(entry.SlotIn(_file));
                }
            }
        }

        /// <summary>A plain <c>&lt;&lt;</c> key (quoted, it is an ordinary key).</summary>
        private static bool IsMergeKey(KeyInfo key) => key.SourceLength == 2 && key.Text == MergeKey;

        public void AddExisting(DocumentNode node, long size, TextSpan at)
        {
            if (_open.Count > 0 && _open.Peek().ExpectsKey)
            {
                if (node is not ScalarNode key)
                {
                    Fail(DocumentDiagnostics.SyntaxError, at, "A mapping key must be a scalar");
                    return;
                }

                // An aliased key has its anchor's text and type, and the place where the alias is written.
                AddKey(_open.Peek(), new PendingKey(key.Value, at, key.Type), size);
                return;
            }

            Add(node, size, at);
        }

        /// <summary>
        /// Replaces <paramref name="value"/> by the shared equal string, or shares it while the table has room; false when it
        /// is not shared. Once the table is full, a place in the items of a list (the value of the same entry of mappings at
        /// the same depth) whose values keep being new, such as every user's line URI, is no longer looked up.
        /// </summary>
        private bool TryShareValue(ref string value, Frame? parent)
        {
            int entry = parent is { Kind: NodeKind.Mapping } ? parent.Entries.Count : -1;
            if (entry >= 0 && parent!.HoldsUniqueValuesAt(entry))
            {
                return false;
            }

            if (_values.TryGetValue(value, out string? known))
            {
                value = known;
                parent?.NoteValueSharedAt(entry, shared: true);
                return true;
            }

            if (_values.Count < MaxSharedValues)
            {
                _values.Add(value, value);
                return true;
            }

            parent?.NoteValueSharedAt(entry, shared: false);
            return false;
        }

        public LoadedDocument Finish(ImmutableArray<Comment> comments)
        {
            if (_root == null && !_failed)
            {
                Report(DocumentDiagnostics.SyntaxError, new TextSpan(0, 0), "The document is empty");
            }

            _file.Root = _failed ? null : _root;
            return new LoadedDocument(_file, _file.Root, comments);
        }

        /// <summary>Adds a node written at <paramref name="written"/>: its own span, or an alias's, which ends the collection there rather than at the anchor.</summary>
        private void Add(DocumentNode node, long size, TextSpan written)
        {
            if (_open.Count == 0)
            {
                _root ??= node;
                return;
            }

            Frame parent = _open.Peek();
            if (parent.Kind == NodeKind.Sequence)
            {
                parent.Size += size;
                parent.Items.Add(node);
                parent.LastEnd = written.End;
                return;
            }

            if (TakeKey(parent, size, written) is PendingKey key)
            {
                parent.Entries.Add(new EntrySlot(KeyIdOf(parent, key), key.Start, node));
            }
        }

        /// <summary>The pending key of <paramref name="mapping"/> that a value written at <paramref name="written"/> completes, or null when the value is dropped (its key repeats an earlier one).</summary>
        private PendingKey? TakeKey(Frame mapping, long size, TextSpan written)
        {
            if (mapping.PendingKey is not PendingKey key)
            {
                Fail(DocumentDiagnostics.SyntaxError, written, "A mapping key must be a scalar");
                return null;
            }

            bool dropped = mapping.SkipValue;
            mapping.Size += size;
            mapping.LastEnd = written.End;
            mapping.PendingKey = null;
            mapping.SkipValue = false;
            return dropped ? null : key;
        }

        /// <summary>
        /// The number in the file's key table of the key of the next entry of <paramref name="mapping"/>: the key the
        /// mapping before it at the same depth had at the same place when it is written the same (the items of a list
        /// repeat their keys in one order), else looked up here by text, without the table's lock.
        /// </summary>
        private int KeyIdOf(Frame mapping, PendingKey key)
        {
            int index = mapping.Entries.Count;
            if (mapping.KeyIdAt(index) is int predicted && _file.Keys[predicted].IsWrittenAs(key.Info))
            {
                return predicted;
            }

            if (!_keyIds.TryGetValue(key.Text, out int id) || !_file.Keys[id].IsWrittenAs(key.Info))
            {
                id = _file.Keys.IdOf(key.Info);
                _keyIds[key.Text] = id;
            }

            mapping.SetKeyIdAt(index, id);
            return id;
        }

        private void AddKey(Frame mapping, PendingKey key, long size)
        {
            mapping.Size += size;
            mapping.PendingKey = key;
            mapping.HasMergeKey |= IsMergeKey(key.Info);
            if (mapping.TryGetFirstKey(key.Text, _file.Keys, out int firstStart))
            {
                mapping.SkipValue = true;
                string firstLine = (_file.Text.Lines.GetLinePosition(firstStart).Line + 1).ToString(CultureInfo.InvariantCulture);
                _sink.ReportAtPointer(DocumentDiagnostics.DuplicateKey, _file.Path, key.Span, _file.Text.Lines.GetLinePositionSpan(key.Span), PointerOf(key.Text), key.Text, firstLine);
            }
        }

        /// <summary>
        /// The JSON pointer a key of the innermost open mapping will have (what <see cref="DocumentNode.GetPointer"/>
        /// gives once the tree is built): the keys and item indexes of the open collections, outermost first.
        /// </summary>
        private string PointerOf(string key)
        {
            // The stack enumerates innermost first; the innermost frame is the mapping that holds the key.
            var segments = new List<string> { key };
            foreach (Frame frame in _open.Skip(1))
            {
                segments.Add(frame.Kind == NodeKind.Mapping ? frame.PendingKey?.Text ?? string.Empty : frame.Items.Count.ToString(CultureInfo.InvariantCulture));
            }

            var pointer = new System.Text.StringBuilder();
            for (int i = segments.Count - 1; i >= 0; i--)
            {
                pointer.Append('/').Append(segments[i].Replace("~", "~0").Replace("/", "~1"));
            }

            return pointer.ToString();
        }

        /// <summary>An open collection; reused for the next collection at the same depth once closed.</summary>
        private sealed class Frame
        {
            // Mappings are searched for a repeated key by a scan of their entries (each key's first one), which
            // beats hashing for the few keys most have; past LinearSearchLimit entries keys are looked up here,
            // where they are indexed as they come. Offsets rather than spans: a dictionary of a reference type
            // to int is precompiled in the framework, one to a struct of ours is JIT-compiled at every start.
            private const int LinearSearchLimit = 16;
            private readonly Dictionary<string, int> _firstKeys = new Dictionary<string, int>(StringComparer.Ordinal);
            private const int UniqueRunLength = 64;
            private readonly List<int> _keyIdsByIndex = new List<int>();
            private readonly List<int> _unsharedRuns = new List<int>();
            private int _indexedEntries;
            private TextSpan _start;
            private bool _isFlow;

            public void Reset(NodeKind kind, TextSpan start, bool isFlow, string? anchor)
            {
                Kind = kind;
                _start = start;
                _isFlow = isFlow;
                Anchor = anchor;
                Entries.Clear();
                Items.Clear();
                if (_indexedEntries > 0)
                {
                    _firstKeys.Clear();
                    _indexedEntries = 0;
                }

                Size = 1;
                PendingKey = null;
                SkipValue = false;
                HasMergeKey = false;
                LastEnd = null;
            }

            public NodeKind Kind { get; private set; }

            public bool IsFlow => _isFlow;

            public int Start => _start.Start;

            public string? Anchor { get; private set; }

            public List<EntrySlot> Entries { get; } = new List<EntrySlot>();

            public List<DocumentNode> Items { get; } = new List<DocumentNode>();

            public long Size { get; set; }

            public PendingKey? PendingKey { get; set; }

            public bool SkipValue { get; set; }

            public bool HasMergeKey { get; set; }

            public bool ExpectsKey => Kind == NodeKind.Mapping && PendingKey == null;

            public int? LastEnd { get; set; }

            /// <summary>Whether the values of the entry at <paramref name="index"/> of mappings at this depth were new the last <see cref="UniqueRunLength"/> times the full table was asked.</summary>
            public bool HoldsUniqueValuesAt(int index) => index < _unsharedRuns.Count && _unsharedRuns[index] >= UniqueRunLength;

            public void NoteValueSharedAt(int index, bool shared)
            {
                if (index < 0)
                {
                    return;
                }

                while (_unsharedRuns.Count <= index)
                {
                    _unsharedRuns.Add(0);
                }

                _unsharedRuns[index] = shared ? 0 : _unsharedRuns[index] + 1;
            }

            /// <summary>The key id of the entry at <paramref name="index"/> in the last mapping at this depth that had one (kept across <see cref="Reset"/>).</summary>
            public int? KeyIdAt(int index) => index < _keyIdsByIndex.Count ? _keyIdsByIndex[index] : null;

            public void SetKeyIdAt(int index, int keyId)
            {
                if (index < _keyIdsByIndex.Count)
                {
                    _keyIdsByIndex[index] = keyId;
                }
                else if (index == _keyIdsByIndex.Count)
                {
                    _keyIdsByIndex.Add(keyId);
                }
            }

            /// <summary>Where <paramref name="text"/> was first written as a key of this mapping, if it was.</summary>
            public bool TryGetFirstKey(string text, KeyTable keys, out int start)
            {
                if (Entries.Count <= LinearSearchLimit)
                {
                    foreach (EntrySlot entry in Entries)
                    {
                        if (keys[entry.KeyId].Text == text)
                        {
                            start = entry.KeyStart;
                            return true;
                        }
                    }

                    start = 0;
                    return false;
                }

                for (; _indexedEntries < Entries.Count; _indexedEntries++)
                {
                    EntrySlot entry = Entries[_indexedEntries];
                    _firstKeys.Add(keys[entry.KeyId].Text, entry.KeyStart);
                }

                return _firstKeys.TryGetValue(text, out start);
            }

            public TextSpan SpanUpTo(TextSpan endToken)
            {
                int start = _start.Start;
                int end;
                if (_isFlow)
                {
                    // The closing bracket is one character wide.
                    end = endToken.Start + 1;
                }
                else
                {
                    // A block collection ends where its last value ends, not at the next token.
                    if (Kind == NodeKind.Mapping && Entries.Count > 0)
                    {
                        start = Entries[0].KeyStart;
                    }

                    end = LastEnd ?? start;
                }

                return TextSpan.FromBounds(start, Math.Max(start, end));
            }
        }

        /// <summary>A key read, waiting for its value: the key as written, and where.</summary>
        private readonly struct PendingKey
        {
            public PendingKey(string text, TextSpan span, ScalarType type)
            {
                Info = new KeyInfo(text, type, span.Length);
                Start = span.Start;
            }

            public KeyInfo Info { get; }

            public int Start { get; }

            public string Text => Info.Text;

            public TextSpan Span => new TextSpan(Start, Info.SourceLength);
        }
    }
}
