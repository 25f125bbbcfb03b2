using System.Collections.Generic;
using TopologyLint.Syntax;

namespace TopologyLint.Model
{
    /// <summary>
    /// How the binder reads a field of a mapping, once, into the model: a value not of the schema's type is
    /// bound as <see cref="Presence.Invalid"/> with no value (the schema check reports it). Only the model
    /// reads nodes by key; rules read the model.
    /// </summary>
    internal static class MappingFields
    {
        /// <summary>The value written at <paramref name="key"/>, or null when the key is absent.</summary>
        private static DocumentNode? ValueOf(MappingNode parent, string key)
            => parent.TryGetEntry(key, out MappingEntry entry) ? entry.Value : null;

        private static Presence PresenceOf(DocumentNode? written, bool valid)
            => written == null ? Presence.Absent : valid ? Presence.Valid : Presence.Invalid;

        public static MappingNode? Mapping(MappingNode parent, string key) => ValueOf(parent, key) as MappingNode;

        public static SequenceNode? Sequence(MappingNode parent, string key) => ValueOf(parent, key) as SequenceNode;

        public static ScalarNode? String(MappingNode parent, string key) => ValueOf(parent, key) is ScalarNode { Type: ScalarType.String } s ? s : null;

        /// <summary>A string field, whose node is made only when asked for.</summary>
        public static TextField Text(MappingNode parent, string key)
        {
            if (!parent.TryGetEntry(key, out MappingEntry entry))
            {
                return default;
            }

            bool isString = entry.HasInlineScalar ? entry.InlineType == ScalarType.String : entry.Value is ScalarNode { Type: ScalarType.String };
            return new TextField(isString ? Presence.Valid : Presence.Invalid, entry);
        }

        /// <summary>The text of a string value, read without making it a node.</summary>
        public static string? StringText(MappingNode parent, string key)
        {
            if (!parent.TryGetEntry(key, out MappingEntry entry))
            {
                return null;
            }

            if (entry.HasInlineScalar)
            {
                return entry.InlineType == ScalarType.String ? entry.InlineText : null;
            }

            return entry.Value is ScalarNode { Type: ScalarType.String } scalar ? scalar.Value : null;
        }

        public static Field<bool> Boolean(MappingNode parent, string key)
        {
            DocumentNode? written = ValueOf(parent, key);
            var node = written as ScalarNode;
            bool? value = node?.AsBoolean();
            return new Field<bool>(PresenceOf(written, value != null), node, value);
        }

        /// <summary>The value of a boolean field (<see cref="Field{T}.Value"/> of <see cref="Boolean"/>), read without making a node: rules ask it of every user.</summary>
        public static bool? BooleanValue(MappingNode parent, string key)
            => parent.TryGetEntry(key, out MappingEntry entry) ? entry.ValueAsBoolean : null;

        public static Field<long> Integer(MappingNode parent, string key)
        {
            DocumentNode? written = ValueOf(parent, key);
            var node = written as ScalarNode;
            long? value = node?.AsInteger();
            return new Field<long>(PresenceOf(written, value != null), node, value);
        }

        public static Field<TEnum> Enum<TEnum>(MappingNode parent, string key)
            where TEnum : struct, System.Enum
        {
            DocumentNode? written = ValueOf(parent, key);
            Field<TEnum> field = EnumField<TEnum>(written as ScalarNode);
            return written == null ? default : field.Node == null ? new Field<TEnum>(Presence.Invalid, null, null) : field;
        }

        /// <summary>An enum read from a scalar that is written (a list item).</summary>
        public static Field<TEnum> EnumField<TEnum>(ScalarNode? node)
            where TEnum : struct, System.Enum
        {
            TEnum? value = node is { Type: ScalarType.String } && DocumentNames<TEnum>.TryParse(node.Value, out TEnum parsed) ? parsed : null;
            return new Field<TEnum>(value != null ? Presence.Valid : Presence.Invalid, node, value);
        }

        /// <summary>A list: <paramref name="bind"/> reads the items of the schema's type when the value is a sequence.</summary>
        public static ItemList<T> List<T>(MappingNode parent, string key, System.Func<SequenceNode, IReadOnlyList<T>> bind)
        {
            DocumentNode? written = ValueOf(parent, key);
            return written is SequenceNode sequence
                ? new ItemList<T>(Presence.Valid, sequence, bind(sequence))
                : new ItemList<T>(PresenceOf(written, valid: false), null, System.Array.Empty<T>());
        }

        /// <summary>A section: <paramref name="bind"/> makes the model of the mapping when the value is one.</summary>
        public static Section<T> Section<T>(MappingNode parent, string key, System.Func<MappingNode, T> bind)
            where T : class
        {
            DocumentNode? written = ValueOf(parent, key);
            return written is MappingNode mapping ? new Section<T>(Presence.Valid, bind(mapping)) : new Section<T>(PresenceOf(written, valid: false), null);
        }
    }
}
