using Microsoft.CodeAnalysis.Text;

namespace TopologyLint.Syntax
{
    /// <summary>The JSON type a scalar resolves to (YAML 1.2 core schema for plain scalars).</summary>
    public enum ScalarType : byte
    {
        String,
        Integer,
        Number,
        Boolean,
        Null,
    }

    public sealed class ScalarNode : DocumentNode
    {
        // Null when the value is the source text itself (after its opening quote, if quoted): a large
        // document's unique values (SIP addresses, line URIs) are then not kept twice, once as text and
        // once as strings. Most values are read once or twice, by the binder and a rule or two.
        private readonly string? _value;
        private readonly byte _quoteLength;

        public ScalarNode(SourceFile file, TextSpan span, string value, ScalarType type)
            : base(file, span)
        {
            _value = value;
            Type = type;
        }

        /// <param name="file">The source file the scalar is in.</param>
        /// <param name="span">Where the scalar lies in the source text, quotes included.</param>
        /// <param name="heldValue">The value, or null when it is the source text at <paramref name="span"/> inside <paramref name="quoteLength"/> quotes.</param>
        /// <param name="type">What kind of scalar it is.</param>
        /// <param name="quoteLength">How many quote characters surround the value on each side (0 when plain).</param>
        internal ScalarNode(SourceFile file, TextSpan span, string? heldValue, ScalarType type, byte quoteLength)
            : base(file, span)
        {
            _value = heldValue;
            Type = type;
            _quoteLength = quoteLength;
        }

        public override NodeKind Kind => NodeKind.Scalar;

        /// <summary>The scalar's text after unquoting and unescaping.</summary>
        public string Value => ReadValue(File, Span, _value, _quoteLength);

        public ScalarType Type { get; }

        /// <remarks>A boolean read from the source is one of true, True, TRUE, false, False, FALSE: its first character tells, without making it a string.</remarks>
        public bool? AsBoolean() => BooleanOf(File, Span, _value, Type, _quoteLength);

        public long? AsInteger() =>
            Type == ScalarType.Integer && long.TryParse(Value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out long result)
                ? result
                : null;

        public override string ToString() => Value;

        /// <summary>What <see cref="AsBoolean"/> gives for a scalar stored as these parts (a value a mapping stores inline).</summary>
        internal static bool? BooleanOf(SourceFile file, TextSpan span, string? heldValue, ScalarType type, byte quoteLength)
            => type != ScalarType.Boolean ? null
                : heldValue != null ? string.Equals(heldValue, "true", System.StringComparison.OrdinalIgnoreCase)
                : file.Text[span.Start + quoteLength] is 't' or 'T';

        /// <summary>A scalar's text: <paramref name="heldValue"/>, or the source at <paramref name="span"/> inside <paramref name="quoteLength"/> quotes.</summary>
        internal static string ReadValue(SourceFile file, TextSpan span, string? heldValue, byte quoteLength)
            => heldValue ?? file.Text.ToString(new TextSpan(span.Start + quoteLength, span.Length - (2 * quoteLength)));

        /// <summary>
        /// How to keep <paramref name="value"/>, written at <paramref name="span"/>: null with the number of quotes
        /// around it when the source text there is exactly the value (it is then read back when asked), else the value.
        /// </summary>
        internal static string? HeldValue(SourceText text, TextSpan span, string value, out byte quoteLength)
        {
            quoteLength = 0;
            if (value.Length == span.Length && SourceEquals(text, span.Start, value))
            {
                return null;
            }

            if (value.Length == span.Length - 2 && (text[span.Start] == '"' || text[span.Start] == '\'') && SourceEquals(text, span.Start + 1, value))
            {
                quoteLength = 1;
                return null;
            }

            return value;
        }

        private static bool SourceEquals(SourceText text, int start, string value)
        {
            if (text is Loading.AsciiText ascii)
            {
                return ascii.HasTextAt(start, value);
            }

            for (int i = 0; i < value.Length; i++)
            {
                if (text[start + i] != value[i])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
