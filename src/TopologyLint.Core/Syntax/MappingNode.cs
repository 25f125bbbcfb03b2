using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace TopologyLint.Syntax
{
    /// <summary>One <c>key: value</c> pair of a mapping.</summary>
    public sealed class MappingEntry
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
        public MappingNode(SourceFile file, TextSpan span, LinePositionSpan lineSpan, IReadOnlyList<MappingEntry> entries)
            : base(file, span, lineSpan)
        {
            Entries = entries;
        }

        public override NodeKind Kind => NodeKind.Mapping;

        /// <summary>The entries in document order; a key written twice keeps only its first entry (TL0006 reports the rest).</summary>
        public IReadOnlyList<MappingEntry> Entries { get; }

        /// <summary>Where a thing missing from this mapping is reported: its first key, or the mapping itself when empty.</summary>
        public DocumentNode ReportNode => Entries.Count > 0 ? Entries[0].Key : this;

        public DocumentNode? this[string key] => TryGetEntry(key, out MappingEntry? entry) ? entry!.Value : null;

        public bool TryGetEntry(string key, out MappingEntry? entry)
        {
            foreach (MappingEntry candidate in Entries)
            {
                if (candidate.Key.Value == key)
                {
                    entry = candidate;
                    return true;
                }
            }

            entry = null;
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
