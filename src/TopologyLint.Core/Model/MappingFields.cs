using TopologyLint.Syntax;

namespace TopologyLint.Model
{
    /// <summary>How the model reads a field of a mapping: a value not of the schema's type is read as absent (the schema check reports it).</summary>
    internal static class MappingFields
    {
        public static MappingNode? Mapping(MappingNode parent, string key) => parent[key] as MappingNode;

        public static SequenceNode? Sequence(MappingNode parent, string key) => parent[key] as SequenceNode;

        public static ScalarNode? String(MappingNode parent, string key) => parent[key] is ScalarNode { Type: ScalarType.String } s ? s : null;

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
            var node = parent[key] as ScalarNode;
            return new Field<bool>(node, node?.AsBoolean());
        }

        public static Field<long> Integer(MappingNode parent, string key)
        {
            var node = parent[key] as ScalarNode;
            return new Field<long>(node, node?.AsInteger());
        }

        public static Field<TEnum> Enum<TEnum>(MappingNode parent, string key)
            where TEnum : struct, System.Enum
            => EnumField<TEnum>(parent[key] as ScalarNode);

        public static Field<TEnum> EnumField<TEnum>(ScalarNode? node)
            where TEnum : struct, System.Enum
            => new Field<TEnum>(node, node is { Type: ScalarType.String } && DocumentNames<TEnum>.TryParse(node.Value, out TEnum value) ? value : null);
    }
}
