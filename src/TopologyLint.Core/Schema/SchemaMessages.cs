using TopologyLint.Syntax;

namespace TopologyLint.Schema
{
    /// <summary>
    /// The messages of TL0002, shared by every validator so that they word a violation the same way:
    /// they name the offending key or value and the constraint it breaks.
    /// </summary>
    internal static class SchemaMessages
    {
        /// <param name="kind">What is wrong.</param>
        /// <param name="property">The key that is missing or not allowed.</param>
        /// <param name="node">The node the validator checked (for the value shown).</param>
        /// <param name="constraint">The broken limit as written in the schema: allowed values, pattern, minimum; for <see cref="SchemaViolationKind.Other"/> the validator's own name of the problem.</param>
        public static string Describe(SchemaViolationKind kind, string? property, DocumentNode node, string? constraint)
        {
            string value = node is ScalarNode scalar ? $"'{Shorten(scalar.Value)}'" : node.Kind == NodeKind.Mapping ? "A mapping" : "A list";
            switch (kind)
            {
                case SchemaViolationKind.PropertyRequired:
                    return $"Required key '{property}' is missing";
                case SchemaViolationKind.PropertyNotAllowed:
                    return $"Key '{property}' is not allowed here";
                case SchemaViolationKind.StringExpected:
                    return $"{value} must be a string";
                case SchemaViolationKind.IntegerExpected:
                    return $"{value} must be an integer";
                case SchemaViolationKind.NumberExpected:
                    return $"{value} must be a number";
                case SchemaViolationKind.BooleanExpected:
                    return $"{value} must be true or false";
                case SchemaViolationKind.ArrayExpected:
                    return $"{value} must be a list";
                case SchemaViolationKind.ObjectExpected:
                    return $"{value} must be a mapping";
                case SchemaViolationKind.NotInEnumeration:
                    return $"{value} is not one of: {constraint}";
                case SchemaViolationKind.PatternMismatch:
                    return $"{value} does not match the pattern {constraint}";
                case SchemaViolationKind.TooFewItems:
                    return $"{value} needs at least {constraint} item(s)";
                case SchemaViolationKind.NumberTooSmall:
                    return $"{value} must be at least {constraint}";
                case SchemaViolationKind.NumberTooBig:
                    return $"{value} must be at most {constraint}";
                case SchemaViolationKind.StringTooShort:
                    return $"{value} must be at least {constraint} characters long";
                case SchemaViolationKind.ItemsNotUnique:
                    return $"{value} lists an item more than once";
                default:
                    return $"{value} violates the schema ({constraint})";
            }
        }

        private static string Shorten(string text) => text.Length <= 60 ? text : text.Substring(0, 57) + "...";
    }
}
