using System;
using System.Text.Json.Nodes;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;
using TopologyLint.Schema;
using TopologyLint.Syntax;

namespace TopologyLint.Core.Tests.Schema
{
    /// <summary>
    /// The test oracle of <see cref="CompiledSchemaValidator"/> (which TL0002 runs and which must agree with
    /// this one: see <see cref="CompiledSchemaValidatorTests"/>). It lives in the tests so that no package
    /// ships a schema library or Newtonsoft.Json. Validates with NJsonSchema: the node tree becomes a JToken whose every token is annotated
    /// with the node it came from, so each violation is reported at the exact node (NJsonSchema's
    /// own line numbers are not used). Nested errors (array items, sub-schemas) are flattened.
    /// <para>
    /// Why NJsonSchema and not JsonSchema.Net (8.x, the standard-conforming choice): TL0002 reproduces
    /// NJsonSchema's results, which differ from draft-07 as JsonSchema.Net reads it: NJsonSchema reports
    /// <c>required</c> keys on a value that is not a mapping, compares <c>enum</c> and <c>uniqueItems</c>
    /// by text (<c>2010</c> matches <c>"2010"</c>), compares <c>minimum</c> as decimal (-1e-30 passes),
    /// calls 2.0 not an integer, and reports one violation per missing key. Taking JsonSchema.Net as the
    /// oracle means changing what TL0002 reports (and how the binder reads numbers such as 2.0): a change
    /// of behaviour to make on its own, with the examples' expected output reviewed.
    /// </para>
    /// </summary>
    internal sealed class NJsonSchemaValidator : ISchemaValidator
    {
        private static readonly Lazy<NJsonSchemaValidator> LazyInstance = new Lazy<NJsonSchemaValidator>(() => new NJsonSchemaValidator(WithoutConditions(TopologySchema.Text)));

        // One instance serves the engine's parallel loop. NJsonSchema 11 only reads a schema while validating
        // (each JsonSchema.Validate call makes its own JsonSchemaValidator), so concurrent calls are safe;
        // recheck on upgrade: a schema that builds its members lazily on first use would need a lock.
        private readonly JsonSchema _schema;

        public NJsonSchemaValidator(string schemaJson)
        {
            _schema = JsonSchema.FromJsonAsync(schemaJson).GetAwaiter().GetResult();
        }

        /// <summary>The reference validator of the topology schema without its if/then/else conditions.</summary>
        public static NJsonSchemaValidator Instance => LazyInstance.Value;

        /// <summary>
        /// The schema without draft-07 <c>if</c>/<c>then</c>/<c>else</c>, which NJsonSchema does not implement: the differential
        /// test compares both validators on this schema, and the conditions have tests of their own (TL0002Tests).
        /// </summary>
        public static string WithoutConditions(string schemaJson)
        {
            JsonNode schema = JsonNode.Parse(schemaJson)!;
            Strip(schema);
            return schema.ToJsonString();

            static void Strip(JsonNode? node)
            {
                if (node is JsonObject mapping)
                {
                    mapping.Remove("if");
                    mapping.Remove("then");
                    mapping.Remove("else");
                    foreach (KeyValuePair<string, JsonNode?> property in mapping)
                    {
                        Strip(property.Value);
                    }
                }
                else if (node is JsonArray list)
                {
                    foreach (JsonNode? item in list)
                    {
                        Strip(item);
                    }
                }
            }
        }

        public IReadOnlyList<SchemaViolation> ValidateDocument(DocumentNode root) => Validate(_schema, root);

        public IReadOnlyList<SchemaViolation> ValidateFragment(MappingNode fragment)
        {
            var violations = new List<SchemaViolation>();
            foreach (MappingEntry entry in fragment.Entries)
            {
                if (_schema.ActualProperties.TryGetValue(entry.KeyText, out JsonSchemaProperty? listSchema))
                {
                    violations.AddRange(Validate(listSchema, entry.Value));
                }
            }

            return violations;
        }

        private static List<SchemaViolation> Validate(JsonSchema schema, DocumentNode root)
        {
            JToken token = ToToken(root);
            var violations = new List<SchemaViolation>();
            Flatten(schema.Validate(token), violations);
            return violations;
        }

        private static void Flatten(IEnumerable<ValidationError> errors, List<SchemaViolation> violations)
        {
            foreach (ValidationError error in errors)
            {
                if (error is ChildSchemaValidationError child && child.Errors.Count > 0)
                {
                    foreach (ICollection<ValidationError> nested in child.Errors.Values)
                    {
                        Flatten(nested, violations);
                    }

                    continue;
                }

                if (error.Token?.Annotation<DocumentNode>() is { } node)
                {
                    DocumentNode at = node;
                    if (node is MappingNode mapping && error.Property != null && mapping.TryGetEntry(error.Property, out MappingEntry entry))
                    {
                        at = entry.Key;
                    }
                    else if (node is MappingNode missing && error.Kind == ValidationErrorKind.PropertyRequired)
                    {
                        at = missing.ReportNode;
                    }

                    (SchemaViolationKind kind, string? constraint) = Classify(error);
                    violations.Add(new SchemaViolation(at, kind, SchemaMessages.Describe(kind, error.Property, node, constraint)));
                }
            }
        }

        /// <summary>NJsonSchema's error kind as the engine's kind, with the constraint the message names.</summary>
        private static (SchemaViolationKind Kind, string? Constraint) Classify(ValidationError error)
        {
            JsonSchema? schema = error.Schema;
            switch (error.Kind)
            {
                case ValidationErrorKind.PropertyRequired:
                    return (SchemaViolationKind.PropertyRequired, null);
                case ValidationErrorKind.NoAdditionalPropertiesAllowed:
                    return (SchemaViolationKind.PropertyNotAllowed, null);
                case ValidationErrorKind.StringExpected:
                    return (SchemaViolationKind.StringExpected, null);
                case ValidationErrorKind.IntegerExpected:
                    return (SchemaViolationKind.IntegerExpected, null);
                case ValidationErrorKind.NumberExpected:
                    return (SchemaViolationKind.NumberExpected, null);
                case ValidationErrorKind.BooleanExpected:
                    return (SchemaViolationKind.BooleanExpected, null);
                case ValidationErrorKind.ArrayExpected:
                    return (SchemaViolationKind.ArrayExpected, null);
                case ValidationErrorKind.ObjectExpected:
                    return (SchemaViolationKind.ObjectExpected, null);
                case ValidationErrorKind.NotInEnumeration:
                    return (SchemaViolationKind.NotInEnumeration, schema == null ? string.Empty : string.Join(", ", schema.Enumeration.Select(e => e?.ToString())));
                case ValidationErrorKind.PatternMismatch:
                    return (SchemaViolationKind.PatternMismatch, schema?.Pattern);
                case ValidationErrorKind.TooFewItems:
                    return (SchemaViolationKind.TooFewItems, schema?.MinItems.ToString(CultureInfo.InvariantCulture));
                case ValidationErrorKind.NumberTooSmall:
                    return (SchemaViolationKind.NumberTooSmall, schema?.Minimum?.ToString(CultureInfo.InvariantCulture));
                case ValidationErrorKind.NumberTooBig:
                    return (SchemaViolationKind.NumberTooBig, schema?.Maximum?.ToString(CultureInfo.InvariantCulture));
                case ValidationErrorKind.StringTooShort:
                    return (SchemaViolationKind.StringTooShort, schema?.MinLength?.ToString(CultureInfo.InvariantCulture));
                case ValidationErrorKind.ItemsNotUnique:
                    return (SchemaViolationKind.ItemsNotUnique, null);
                default:
                    return (SchemaViolationKind.Other, error.Kind.ToString());
            }
        }

        private static JToken ToToken(DocumentNode node)
        {
            JToken token;
            switch (node)
            {
                case MappingNode mapping:
                    var obj = new JObject();
                    foreach (MappingEntry entry in mapping.Entries)
                    {
                        var property = new JProperty(entry.KeyText, ToToken(entry.Value));
                        property.AddAnnotation(entry.Key);
                        obj.Add(property);
                    }

                    token = obj;
                    break;
                case SequenceNode sequence:
                    token = new JArray(sequence.Items.Select(ToToken));
                    break;
                case ScalarNode scalar:
                    token = ScalarToken(scalar);
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(node));
            }

            token.AddAnnotation(node);
            return token;
        }

        private static JValue ScalarToken(ScalarNode scalar)
        {
            switch (scalar.Type)
            {
                case ScalarType.Integer when long.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long integer):
                    return new JValue(integer);
                case ScalarType.Integer:
                case ScalarType.Number:
                    // Hex, octal and YAML's .inf/.nan are numbers too, but not .NET's: only the type matters to the schema.
                    return double.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out double number) ? new JValue(number) : new JValue(double.NaN);
                case ScalarType.Boolean:
                    return new JValue(scalar.AsBoolean()!.Value);
                case ScalarType.Null:
                    return JValue.CreateNull();
                default:
                    return new JValue(scalar.Value);
            }
        }
    }
}
