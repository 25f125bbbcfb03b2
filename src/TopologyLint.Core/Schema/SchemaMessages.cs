using System.Linq;
using NJsonSchema;
using NJsonSchema.Validation;
using TopologyLint.Syntax;

namespace TopologyLint.Schema
{
    /// <summary>Turns NJsonSchema's error kinds into messages that name the offending key or value.</summary>
    internal static class SchemaMessages
    {
        public static string Describe(ValidationError error, DocumentNode node)
        {
            string value = node is ScalarNode scalar ? $"'{Shorten(scalar.Value)}'" : node.Kind == NodeKind.Mapping ? "A mapping" : "A list";
            JsonSchema? schema = error.Schema;
            switch (error.Kind)
            {
                case ValidationErrorKind.PropertyRequired:
                    return $"Required key '{error.Property}' is missing";
                case ValidationErrorKind.NoAdditionalPropertiesAllowed:
                    return $"Key '{error.Property}' is not allowed here";
                case ValidationErrorKind.StringExpected:
                    return $"{value} must be a string";
                case ValidationErrorKind.IntegerExpected:
                    return $"{value} must be an integer";
                case ValidationErrorKind.NumberExpected:
                    return $"{value} must be a number";
                case ValidationErrorKind.BooleanExpected:
                    return $"{value} must be true or false";
                case ValidationErrorKind.ArrayExpected:
                    return $"{value} must be a list";
                case ValidationErrorKind.ObjectExpected:
                    return $"{value} must be a mapping";
                case ValidationErrorKind.NotInEnumeration:
                    string allowed = schema == null ? string.Empty : string.Join(", ", schema.Enumeration.Select(e => e?.ToString()));
                    return $"{value} is not one of: {allowed}";
                case ValidationErrorKind.PatternMismatch:
                    return $"{value} does not match the pattern {schema?.Pattern}";
                case ValidationErrorKind.TooFewItems:
                    return $"{value} needs at least {schema?.MinItems} item(s)";
                case ValidationErrorKind.TooManyItems:
                    return $"{value} may have at most {schema?.MaxItems} item(s)";
                case ValidationErrorKind.NumberTooSmall:
                    return $"{value} must be at least {schema?.Minimum}";
                case ValidationErrorKind.NumberTooBig:
                    return $"{value} must be at most {schema?.Maximum}";
                case ValidationErrorKind.StringTooShort:
                    return $"{value} must be at least {schema?.MinLength} characters long";
                case ValidationErrorKind.StringTooLong:
                    return $"{value} must be at most {schema?.MaxLength} characters long";
                case ValidationErrorKind.ItemsNotUnique:
                    return $"{value} lists an item more than once";
                default:
                    return $"{value} violates the schema ({error.Kind})";
            }
        }

        private static string Shorten(string text) => text.Length <= 60 ? text : text.Substring(0, 57) + "...";
    }
}
