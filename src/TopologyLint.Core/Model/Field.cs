using System.Collections;
using System.Collections.Generic;
using TopologyLint.Syntax;

namespace TopologyLint.Model
{
    /// <summary>
    /// How the document wrote an optional key. A rule needs all three: an absent key is often a finding
    /// (no <c>gateways</c>), a valid one is checked, and an invalid one is skipped because the schema
    /// check (TL0002) already reports it.
    /// </summary>
    public enum Presence : byte
    {
        /// <summary>The key is not written.</summary>
        Absent,

        /// <summary>The key is written, but its value is not of the schema's type or enum (TL0002 reports it).</summary>
        Invalid,

        /// <summary>The key is written with a value of the schema's type.</summary>
        Valid,
    }

    /// <summary>A typed scalar field: the node it was written at, and its value when that value has the schema's type or enum.</summary>
    public readonly struct Field<T>
        where T : struct
    {
        internal Field(Presence presence, ScalarNode? node, T? value)
        {
            Presence = presence;
            Node = node;
            Value = value;
        }

        public Presence Presence { get; }

        public bool IsAbsent => Presence == Presence.Absent;

        public bool IsInvalid => Presence == Presence.Invalid;

        /// <summary>The scalar, or null when the key is absent or its value is not a scalar.</summary>
        public ScalarNode? Node { get; }

        /// <summary>The value; null unless <see cref="Presence"/> is <see cref="Presence.Valid"/>.</summary>
        public T? Value { get; }

        public bool IsTrue => Value is bool b && b;

        public override string ToString() => Node?.Value ?? string.Empty;
    }

    /// <summary>
    /// A string field: its scalar when the value is a string. Read from a mapping entry, it makes the scalar's
    /// node only when <see cref="Node"/> is asked for: rules that visit every user ask only whether the field is
    /// there, or for its text.
    /// </summary>
    public readonly struct TextField
    {
        private readonly ScalarNode? _node;
        private readonly MappingEntry _entry;

        internal TextField(Presence presence, ScalarNode? node)
        {
            Presence = presence;
            _node = node;
            _entry = default;
        }

        internal TextField(Presence presence, MappingEntry entry)
        {
            Presence = presence;
            _node = null;
            _entry = entry;
        }

        public Presence Presence { get; }

        public bool IsAbsent => Presence == Presence.Absent;

        /// <summary>The string scalar; null unless <see cref="Presence"/> is <see cref="Presence.Valid"/>.</summary>
        public ScalarNode? Node => Presence != Presence.Valid ? null : _node ?? (ScalarNode)_entry.Value;

        /// <summary>The string, read without making a node; null unless <see cref="Presence"/> is <see cref="Presence.Valid"/>.</summary>
        public string? Text => Presence != Presence.Valid ? null : _node?.Value ?? (_entry.HasInlineScalar ? _entry.InlineText : ((ScalarNode)_entry.Value).Value);

        /// <summary>Where the string is written, when it is stored inline as the source text of an all-ASCII file (read it without making a string); else null.</summary>
        internal (Loading.AsciiText Text, Microsoft.CodeAnalysis.Text.TextSpan Span)? InlineSource
            => Presence == Presence.Valid && _node is null ? _entry.InlineSource : null;

        public override string ToString() => Text ?? string.Empty;
    }

    /// <summary>An optional mapping (a section such as <c>exchange</c> or <c>emergency</c>), bound as <typeparamref name="T"/> when it is a mapping.</summary>
    public readonly struct Section<T>
        where T : class
    {
        internal Section(Presence presence, T? value)
        {
            Presence = presence;
            Value = value;
        }

        public Presence Presence { get; }

        public bool IsAbsent => Presence == Presence.Absent;

        public bool IsInvalid => Presence == Presence.Invalid;

        /// <summary>The bound section; null unless <see cref="Presence"/> is <see cref="Presence.Valid"/>.</summary>
        public T? Value { get; }
    }

    /// <summary>
    /// An optional list, read-only: its items of the schema's type (others are TL0002's to report) and the
    /// sequence they were written in. Empty unless <see cref="Presence"/> is <see cref="Presence.Valid"/>.
    /// </summary>
    public sealed class ItemList<T> : IReadOnlyList<T>
    {
        private readonly IReadOnlyList<T> _items;

        internal ItemList(Presence presence, SequenceNode? node, IReadOnlyList<T> items)
        {
            Presence = presence;
            Node = node;
            _items = items;
        }

        public Presence Presence { get; }

        public bool IsAbsent => Presence == Presence.Absent;

        public bool IsInvalid => Presence == Presence.Invalid;

        /// <summary>The sequence as written; null unless <see cref="Presence"/> is <see cref="Presence.Valid"/>.</summary>
        public SequenceNode? Node { get; }

        public int Count => _items.Count;

        public T this[int index] => _items[index];

        public IEnumerator<T> GetEnumerator() => _items.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>
    /// A reference by name to another item. <see cref="Target"/> is null when the name resolves to nothing
    /// (TL0003 reports it) or when no name of the schema's type is written.
    /// </summary>
    public readonly struct Reference<T>
        where T : class
    {
        private readonly TextField _name;

        internal Reference(TextField name, T? target)
        {
            _name = name;
            Target = target;
        }

        public Presence Presence => _name.Presence;

        public bool IsAbsent => _name.IsAbsent;

        /// <summary>The name as written; null unless <see cref="Presence"/> is <see cref="Presence.Valid"/>.</summary>
        public ScalarNode? Node => _name.Node;

        public string? Name => _name.Text;

        public T? Target { get; }
    }
}
