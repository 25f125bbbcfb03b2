using TopologyLint.Syntax;

namespace TopologyLint.Model
{
    /// <summary>A typed scalar field: the node it was written at, and its value when that value has the schema's type or enum.</summary>
    public readonly struct Field<T>
        where T : struct
    {
        public Field(ScalarNode? node, T? value)
        {
            Node = node;
            Value = value;
        }

        /// <summary>The scalar, or null when the key is absent or its value is not a scalar.</summary>
        public ScalarNode? Node { get; }

        /// <summary>The value; null when absent or not of the schema's type (rules skip such a field).</summary>
        public T? Value { get; }

        public bool IsTrue => Value is bool b && b;

        public override string ToString() => Node?.Value ?? string.Empty;
    }

    /// <summary>A reference by name to another item; <see cref="Target"/> is null when it names nothing (TL0003).</summary>
    public sealed class Reference<T>
        where T : class
    {
        public Reference(ScalarNode node, T? target)
        {
            Node = node;
            Target = target;
        }

        public ScalarNode Node { get; }

        public string Name => Node.Value;

        public T? Target { get; }
    }
}
