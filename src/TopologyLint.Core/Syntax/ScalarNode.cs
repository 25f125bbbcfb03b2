using Microsoft.CodeAnalysis.Text;

namespace TopologyLint.Syntax
{
    /// <summary>The JSON type a scalar resolves to (YAML 1.2 core schema for plain scalars).</summary>
    public enum ScalarType
    {
        String,
        Integer,
        Number,
        Boolean,
        Null,
    }

    public sealed class ScalarNode : DocumentNode
    {
        public ScalarNode(SourceFile file, TextSpan span, string value, ScalarType type)
            : base(file, span)
        {
            Value = value;
            Type = type;
        }

        public override NodeKind Kind => NodeKind.Scalar;

        /// <summary>The scalar's text after unquoting and unescaping.</summary>
        public string Value { get; }

        public ScalarType Type { get; }

        public bool? AsBoolean() => Type == ScalarType.Boolean ? string.Equals(Value, "true", System.StringComparison.OrdinalIgnoreCase) : null;

        public long? AsInteger() =>
            Type == ScalarType.Integer && long.TryParse(Value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out long result)
                ? result
                : null;

        public override string ToString() => Value;
    }
}
