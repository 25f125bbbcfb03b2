using Microsoft.CodeAnalysis.Text;

namespace TopologyLint.Syntax
{
    /// <summary>
    /// One <c>key: value</c> pair of a mapping, as read from the mapping: its file and its stored slot.
    /// Keys and most scalar values (all but anchored ones) are made into nodes only when asked, so each call
    /// of <see cref="Key"/>, or of <see cref="Value"/> for such a scalar, gives a new object for the same node;
    /// nodes compare by place (<see cref="DocumentNode.IsSameNodeAs"/>), and <see cref="HasKey"/> and
    /// <see cref="HasValue"/> answer the same question without making the entry's nodes.
    /// </summary>
    public readonly struct MappingEntry
    {
        private readonly SourceFile _file;
        private readonly EntrySlot _slot;

        public MappingEntry(ScalarNode key, DocumentNode value)
            : this(value.File, new EntrySlot(value.File.Keys.IdOf(new KeyInfo(key.Value, key.Type, key.Span.Length)), key.Span.Start, value))
        {
        }

        internal MappingEntry(SourceFile file, EntrySlot slot)
        {
            _file = file;
            _slot = slot;
        }

        /// <summary>The key's text after unquoting and unescaping.</summary>
        public string KeyText => KeyInfo.Text;

        public TextSpan KeySpan => new TextSpan(_slot.KeyStart, KeyInfo.SourceLength);

        public ScalarType KeyType => KeyInfo.Type;

        /// <summary>The key as a node, made when asked.</summary>
        public ScalarNode Key => new ScalarNode(_file, KeySpan, KeyText, KeyType);

        /// <summary>The value: a collection, or a scalar made when asked.</summary>
        public DocumentNode Value => _slot.Node ?? new ScalarNode(_file, _slot.ValueSpan, _slot.HeldValue, _slot.ValueType, _slot.QuoteLength);

        /// <summary>Whether the value is a scalar stored inline: then <see cref="InlineType"/> and <see cref="InlineText"/> read it without making a node.</summary>
        internal bool HasInlineScalar => _slot.Node is null;

        internal ScalarType InlineType => _slot.ValueType;

        /// <summary>The value as a boolean (<see cref="ScalarNode.AsBoolean"/>), read without making a node.</summary>
        internal bool? ValueAsBoolean
            => _slot.Node is null ? ScalarNode.BooleanOf(_file, _slot.ValueSpan, _slot.HeldValue, _slot.ValueType, _slot.QuoteLength) : (_slot.Node as ScalarNode)?.AsBoolean();

        /// <summary>Where an inline scalar's text is written, when it is the source text (inside its quotes) of an all-ASCII file; else null.</summary>
        internal (Loading.AsciiText Text, TextSpan Span)? InlineSource
            => _slot.Node is null && _slot.HeldValue is null && _file.Text is Loading.AsciiText ascii
                ? (ascii, new TextSpan(_slot.ValueSpan.Start + _slot.QuoteLength, _slot.ValueSpan.Length - (2 * _slot.QuoteLength)))
                : null;

        internal string InlineText => ScalarNode.ReadValue(_file, _slot.ValueSpan, _slot.HeldValue, _slot.QuoteLength);

        /// <summary>The entry as a slot of a mapping in <paramref name="file"/>: the same slot, or, for an entry of another file, one naming its key in that file's key table and holding its value as a node.</summary>
        internal EntrySlot SlotIn(SourceFile file)
            => file == _file ? _slot : new EntrySlot(file.Keys.IdOf(KeyInfo), _slot.KeyStart, Value);

        private KeyInfo KeyInfo => _file.Keys[_slot.KeyId];

        /// <summary>Whether <paramref name="node"/> is this entry's key (as <see cref="Key"/> made it, or the anchored scalar an aliased key repeats).</summary>
        public bool HasKey(DocumentNode node) => node is ScalarNode scalar && scalar.File == _file && scalar.Span == KeySpan && scalar.Value == KeyText;

        /// <summary>Whether <paramref name="node"/> is this entry's value (for a scalar: one made by <see cref="Value"/>).</summary>
        public bool HasValue(DocumentNode node)
            => _slot.Node is not null
                ? _slot.Node.IsSameNodeAs(node)
                : node is ScalarNode scalar && scalar.File == _file && scalar.Span == _slot.ValueSpan && scalar.Type == _slot.ValueType;

        /// <summary>Whether the value is a collection whose span holds <paramref name="node"/>.</summary>
        internal bool ValueContains(DocumentNode node) => _slot.Node is { Kind: not NodeKind.Scalar } collection && collection.Contains(node);
    }

    /// <summary>
    /// A mapping entry as stored: its key by number in the file's key table, and its value either as a
    /// node (a collection, or a scalar that needed one) or, for a scalar value, inline: the span, the
    /// type, and a string only when the value is shared (a short repeated one) or differs from the
    /// source. A large document is mostly mappings of scalars; a scalar node each made the tree three
    /// times as many objects, which the garbage collector had to trace and copy while the tree grew.
    /// </summary>
    internal readonly struct EntrySlot
    {
        private readonly object? _value;
        private readonly int _valueStart;
        private readonly int _valueLength;

        public EntrySlot(int keyId, int keyStart, DocumentNode value)
        {
            KeyId = keyId;
            KeyStart = keyStart;
            _value = value;
            _valueStart = value.Span.Start;
            _valueLength = value.Span.Length;
            ValueType = default;
            QuoteLength = 0;
        }

        /// <param name="keyId">The entry's key, as its interned identifier.</param>
        /// <param name="keyStart">Where the key starts in the source text.</param>
        /// <param name="valueSpan">Where the scalar value lies in the source text.</param>
        /// <param name="heldValue">The scalar's text, or null when it is the source text at <paramref name="valueSpan"/> inside <paramref name="quoteLength"/> quotes.</param>
        /// <param name="valueType">What kind of scalar the value is.</param>
        /// <param name="quoteLength">How many quote characters surround the value on each side (0 when plain).</param>
        public EntrySlot(int keyId, int keyStart, TextSpan valueSpan, string? heldValue, ScalarType valueType, byte quoteLength)
        {
            KeyId = keyId;
            KeyStart = keyStart;
            _value = heldValue;
            _valueStart = valueSpan.Start;
            _valueLength = valueSpan.Length;
            ValueType = valueType;
            QuoteLength = quoteLength;
        }

        public int KeyId { get; }

        public int KeyStart { get; }

        /// <summary>The value's node, or null when the value is a scalar stored inline.</summary>
        public DocumentNode? Node => _value as DocumentNode;

        public string? HeldValue => _value as string;

        public TextSpan ValueSpan => new TextSpan(_valueStart, _valueLength);

        public ScalarType ValueType { get; }

        public byte QuoteLength { get; }
    }
}
