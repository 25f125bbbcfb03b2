using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using TopologyLint.Syntax;

namespace TopologyLint.Schema
{
    /// <summary>
    /// Validates the node tree directly against the topology schema, compiled once into checks for
    /// exactly the draft-07 keywords <c>schema/topology.schema.json</c> uses (type, properties,
    /// required, additionalProperties, patternProperties, items, enum, pattern, minLength, minItems,
    /// uniqueItems, minimum, maximum, if/then/else, $ref into definitions); any other keyword fails the compilation rather
    /// than being silently ignored. It exists because converting a large document to a JToken and
    /// validating it with NJsonSchema costs about 50 µs a user, several times the parse itself.
    /// It reproduces NJsonSchema's results (node, kind, message), including its quirks, and a
    /// differential test in TopologyLint.Core.Tests (CompiledSchemaValidatorTests, with NJsonSchema as
    /// the oracle) holds it to that on examples and generated mutations.
    /// </summary>
    public sealed class CompiledSchemaValidator : ISchemaValidator
    {
        private static readonly Lazy<CompiledSchemaValidator> LazyInstance = new Lazy<CompiledSchemaValidator>(() => new CompiledSchemaValidator(TopologySchema.Text));

        /// <summary>Keywords that only document the schema or serve editors: they never affect validation.</summary>
        private static readonly HashSet<string> Annotations = new HashSet<string>(StringComparer.Ordinal)
        {
            "$schema", "$id", "$comment", "title", "description", "markdownDescription", "examples", "default", "defaultSnippets", "definitions",

            // What yaml-language-server and VS Code's JSON service show: per-value enum descriptions, messages for failed patterns.
            "enumDescriptions", "markdownEnumDescriptions", "errorMessage", "patternErrorMessage",
        };

        private readonly SchemaCheck _root;

        public CompiledSchemaValidator(string schemaJson)
        {
            using JsonDocument document = JsonDocument.Parse(schemaJson);
            _root = new Compiler(document.RootElement).Root;
        }

        public static CompiledSchemaValidator Instance => LazyInstance.Value;

        public IReadOnlyList<SchemaViolation> ValidateDocument(DocumentNode root)
        {
            var violations = new List<SchemaViolation>();
            Validate(_root, new Subject(root), null, violations);
            return violations;
        }

        public IReadOnlyList<SchemaViolation> ValidateFragment(MappingNode fragment)
        {
            var violations = new List<SchemaViolation>();
            foreach (MappingEntry entry in fragment.Entries)
            {
                if (_root.PropertyIndex.TryGetValue(entry.KeyText, out int index))
                {
                    // As NJsonSchema validates a property schema on its own: no property name in play.
                    Validate(_root.Properties[index].Check, new Subject(entry), null, violations);
                }
            }

            return violations;
        }

        /// <summary>
        /// One node against one schema, in NJsonSchema's order: type-specific checks (which also
        /// look into lists and strings whatever the declared type), enum, then properties.
        /// </summary>
        /// <param name="schema">The compiled schema node to check against.</param>
        /// <param name="subject">The node being checked and where it sits in the document.</param>
        /// <param name="propertyName">The key whose value this is, when reached through <c>properties</c>; it decides where NJsonSchema's errors on a mapping are reported.</param>
        /// <param name="violations">Where each violation found is added, in NJsonSchema's order.</param>
        private static void Validate(SchemaCheck schema, in Subject subject, string? propertyName, List<SchemaViolation> violations)
        {
            // A scalar's text is read only for a check that needs it (most values need none: reading one from
            // the source makes a string).
            bool isScalar = subject.Kind == NodeKind.Scalar;

            // A string checked only against a simple pattern is matched where it is written, with no string made.
            bool onlySimplePattern = isScalar && subject.Type == ScalarType.String && schema.SimplePattern != null && schema.MinLength == null && schema.Enum == null;
            string? text = isScalar && !onlySimplePattern && (subject.Type == ScalarType.Integer || schema.Pattern != null || schema.MinLength != null || schema.Enum != null || schema.Minimum != null || schema.Maximum != null)
                ? subject.ReadText()
                : null;
            TokenType token = isScalar ? TokenOf(subject.Type, text) : subject.Kind == NodeKind.Mapping ? TokenType.Object : TokenType.Array;

            if (subject.Kind == NodeKind.Sequence)
            {
                CheckSequence(schema, (SequenceNode)subject.Node, propertyName, violations);
            }
            else if (schema.Type == SchemaType.Array)
            {
                Add(violations, SchemaViolationKind.ArrayExpected, subject.Node, propertyName, null);
            }

            if (token == TokenType.String)
            {
                if (schema.Pattern != null && !(onlySimplePattern ? subject.Matches(schema.SimplePattern!, schema.Pattern) : schema.Pattern.IsMatch(text!)))
                {
                    Add(violations, SchemaViolationKind.PatternMismatch, subject.Node, propertyName, schema.PatternText);
                }

                if (schema.MinLength is int minLength && text!.Length < minLength)
                {
                    Add(violations, SchemaViolationKind.StringTooShort, subject.Node, propertyName, schema.MinLengthText);
                }
            }
            else if (schema.Type == SchemaType.String)
            {
                Add(violations, SchemaViolationKind.StringExpected, subject.Node, propertyName, null);
            }

            bool isNumber = token == TokenType.Integer || token == TokenType.Float;
            if (schema.Type == SchemaType.Number && !isNumber)
            {
                Add(violations, SchemaViolationKind.NumberExpected, subject.Node, propertyName, null);
            }

            if (isNumber && schema.Minimum is decimal minimum && IsBelow(text!, token, minimum))
            {
                Add(violations, SchemaViolationKind.NumberTooSmall, subject.Node, propertyName, schema.MinimumText);
            }

            if (isNumber && schema.Maximum is decimal maximum && IsAbove(text!, token, maximum))
            {
                Add(violations, SchemaViolationKind.NumberTooBig, subject.Node, propertyName, schema.MaximumText);
            }

            if (schema.Type == SchemaType.Integer && token != TokenType.Integer)
            {
                Add(violations, SchemaViolationKind.IntegerExpected, subject.Node, propertyName, null);
            }

            if (schema.Type == SchemaType.Boolean && token != TokenType.Boolean)
            {
                Add(violations, SchemaViolationKind.BooleanExpected, subject.Node, propertyName, null);
            }

            if (schema.Type == SchemaType.Object && token != TokenType.Object)
            {
                Add(violations, SchemaViolationKind.ObjectExpected, subject.Node, propertyName, null);
            }

            // NJsonSchema compares the token's text with each allowed value; lists and mappings
            // print as JSON, which never equals any of this schema's enum values (all plain words).
            if (schema.Enum != null && (!isScalar || !schema.Enum.Contains(TextOf(text!, token))))
            {
                Add(violations, SchemaViolationKind.NotInEnumeration, subject.Node, propertyName, schema.EnumText);
            }

            CheckProperties(schema, subject, violations);

            // draft-07 if/then/else: the condition is checked silently, then one branch reports. NJsonSchema does not
            // implement these keywords, so the differential test compares a schema without them (see its tests).
            if (schema.If != null)
            {
                var conditionViolations = new List<SchemaViolation>();
                Validate(schema.If, subject, propertyName, conditionViolations);
                SchemaCheck? branch = conditionViolations.Count == 0 ? schema.Then : schema.Else;
                if (branch != null)
                {
                    Validate(branch, subject, propertyName, violations);
                }
            }
        }

        private static void CheckSequence(SchemaCheck schema, SequenceNode sequence, string? propertyName, List<SchemaViolation> violations)
        {
            IReadOnlyList<DocumentNode> items = sequence.Items;
            if (schema.MinItems > 0 && items.Count < schema.MinItems)
            {
                Add(violations, SchemaViolationKind.TooFewItems, sequence, propertyName, schema.MinItemsText);
            }

            if (schema.UniqueItems && !AreUnique(items))
            {
                Add(violations, SchemaViolationKind.ItemsNotUnique, sequence, propertyName, null);
            }

            if (schema.Items != null)
            {
                for (int i = 0; i < items.Count; i++)
                {
                    Validate(schema.Items, new Subject(items[i]), null, violations);
                }
            }
        }

        private static void CheckProperties(SchemaCheck schema, in Subject subject, List<SchemaViolation> violations)
        {
            if (subject.Kind != NodeKind.Mapping && schema.Required.Count == 0)
            {
                return;
            }

            // Even on a node that is not a mapping NJsonSchema reports each required key as missing.
            DocumentNode node = subject.Node;
            var mapping = node as MappingNode;
            ulong present = 0;
            if (mapping != null)
            {
                EntryList entries = mapping.Entries;
                for (int i = 0; i < entries.Count; i++)
                {
                    MappingEntry entry = entries[i];
                    bool known = schema.TryGetPropertyIndex(entry.KeyText, i, out int index);
                    if (known && schema.Properties[index].Check.RejectsEverything)
                    {
                        ScalarNode key = entry.Key;
                        violations.Add(new SchemaViolation(key, SchemaViolationKind.PropertyNotAllowed, SchemaMessages.Describe(SchemaViolationKind.PropertyNotAllowed, entry.KeyText, key, null)));
                    }
                    else if (known)
                    {
                        present |= 1UL << index;
                        Validate(schema.Properties[index].Check, new Subject(entry), entry.KeyText, violations);
                    }
                    else if (schema.PatternPropertyFor(entry.KeyText) is SchemaCheck patternSchema)
                    {
                        Validate(patternSchema, new Subject(entry), null, violations);
                    }
                    else if (schema.AdditionalProperties != null)
                    {
                        Validate(schema.AdditionalProperties, new Subject(entry), null, violations);
                    }
                    else if (!schema.AllowsAdditionalProperties)
                    {
                        ScalarNode key = entry.Key;
                        violations.Add(new SchemaViolation(key, SchemaViolationKind.PropertyNotAllowed, SchemaMessages.Describe(SchemaViolationKind.PropertyNotAllowed, entry.KeyText, key, null)));
                    }
                }
            }

            foreach (int required in schema.Required)
            {
                if ((present & (1UL << required)) == 0)
                {
                    string key = schema.Properties[required].Name;
                    DocumentNode at = mapping != null ? mapping.ReportNode : node;
                    violations.Add(new SchemaViolation(at, SchemaViolationKind.PropertyRequired, SchemaMessages.Describe(SchemaViolationKind.PropertyRequired, key, node, null)));
                }
            }
        }

        /// <summary>
        /// Adds a violation where NJsonSchema's adapter reports it: at the node, except that an
        /// error on a mapping reached through a key that the mapping itself also holds is reported
        /// at that inner key.
        /// </summary>
        private static void Add(List<SchemaViolation> violations, SchemaViolationKind kind, DocumentNode node, string? propertyName, string? constraint)
        {
            DocumentNode at = node;
            if (propertyName != null && node is MappingNode mapping && mapping.TryGetEntry(propertyName, out MappingEntry entry))
            {
                at = entry.Key;
            }

            violations.Add(new SchemaViolation(at, kind, SchemaMessages.Describe(kind, propertyName, node, constraint)));
        }

        /// <summary>
        /// NJsonSchema's uniqueness: items are equal when their texts are (so <c>"1"</c> and <c>1</c> are);
        /// collections compare by structure, and never equal a scalar.
        /// </summary>
        private static bool AreUnique(IReadOnlyList<DocumentNode> items)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (DocumentNode item in items)
            {
                if (!seen.Add(UniquenessKey(item)))
                {
                    return false;
                }
            }

            return true;
        }

        private static string UniquenessKey(DocumentNode node)
        {
            if (node is ScalarNode scalar)
            {
                return TextOf(scalar.Value, TokenOf(scalar.Type, scalar.Value));
            }

            var builder = new StringBuilder("\u0001");
            AppendStructure(builder, node);
            return builder.ToString();
        }

        private static void AppendStructure(StringBuilder builder, DocumentNode node)
        {
            switch (node)
            {
                case MappingNode mapping:
                    builder.Append('{');
                    foreach (MappingEntry entry in mapping.Entries)
                    {
                        AppendString(builder, entry.KeyText);
                        AppendStructure(builder, entry.Value);
                    }

                    builder.Append('}');
                    break;
                case SequenceNode sequence:
                    builder.Append('[');
                    foreach (DocumentNode item in sequence.Items)
                    {
                        AppendStructure(builder, item);
                    }

                    builder.Append(']');
                    break;
                case ScalarNode scalar:
                    string text = scalar.Value;
                    TokenType token = TokenOf(scalar.Type, text);
                    builder.Append((char)('0' + (int)token));
                    AppendString(builder, TextOf(text, token));
                    break;
            }
        }

        private static void AppendString(StringBuilder builder, string text)
            => builder.Append(text.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(text);

        /// <summary>The JSON token NJsonSchemaValidator builds for a scalar: YAML integers .NET cannot read as a long (hex, octal, huge) become floats (only they need <paramref name="text"/>).</summary>
        private static TokenType TokenOf(ScalarType type, string? text)
        {
            switch (type)
            {
                case ScalarType.Integer:
                    return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _) ? TokenType.Integer : TokenType.Float;
                case ScalarType.Number:
                    return TokenType.Float;
                case ScalarType.Boolean:
                    return TokenType.Boolean;
                case ScalarType.Null:
                    return TokenType.Null;
                default:
                    return TokenType.String;
            }
        }

        /// <summary>The token's text as Json.NET prints a value (what NJsonSchema compares for enum and uniqueItems).</summary>
        private static string TextOf(string text, TokenType token)
        {
            switch (token)
            {
                case TokenType.String:
                    return text;
                case TokenType.Integer:
                    return long.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
                case TokenType.Float:
                    return FloatOf(text).ToString(CultureInfo.InvariantCulture);
                case TokenType.Boolean:
                    return string.Equals(text, "true", StringComparison.OrdinalIgnoreCase) ? "True" : "False";
                default:
                    return string.Empty;
            }
        }

        private static double FloatOf(string text)
            => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double number) ? number : double.NaN;

        /// <summary>NJsonSchema compares as decimal (tiny floats round to 0), or as double when the value does not fit one (NaN never fails).</summary>
        private static bool IsBelow(string text, TokenType token, decimal minimum)
        {
            if (token == TokenType.Integer)
            {
                return long.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) < minimum;
            }

            double number = FloatOf(text);
            try
            {
                return (decimal)number < minimum;
            }
            catch (OverflowException)
            {
                return number < (double)minimum;
            }
        }

        /// <summary>As <see cref="IsBelow"/>, for <c>maximum</c>.</summary>
        private static bool IsAbove(string text, TokenType token, decimal maximum)
        {
            if (token == TokenType.Integer)
            {
                return long.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) > maximum;
            }

            double number = FloatOf(text);
            try
            {
                return (decimal)number > maximum;
            }
            catch (OverflowException)
            {
                return number > (double)maximum;
            }
        }

        /// <summary>
        /// What is validated: a node, or a scalar value a mapping stores inline, which becomes a node only
        /// where a violation is reported on it, so validating a large document does not make a node of every value.
        /// </summary>
        private readonly struct Subject
        {
            private readonly DocumentNode? _node;
            private readonly MappingEntry _entry;

            public Subject(DocumentNode node)
            {
                _node = node;
                _entry = default;
                Kind = node.Kind;
                Type = node is ScalarNode scalar ? scalar.Type : default;
            }

            public Subject(MappingEntry entry)
            {
                if (entry.HasInlineScalar)
                {
                    _node = null;
                    _entry = entry;
                    Kind = NodeKind.Scalar;
                    Type = entry.InlineType;
                }
                else
                {
                    this = new Subject(entry.Value);
                }
            }

            public NodeKind Kind { get; }

            /// <summary>A scalar's type.</summary>
            public ScalarType Type { get; }

            public DocumentNode Node => _node ?? _entry.Value;

            /// <summary>A scalar's text, read when called.</summary>
            public string ReadText() => _node is ScalarNode scalar ? scalar.Value : _entry.InlineText;

            /// <summary>Whether a scalar's text matches <paramref name="pattern"/> (<paramref name="regex"/> compiled simply), read where it is written when it can be.</summary>
            public bool Matches(SimplePattern pattern, Regex regex)
            {
                if (_node is null && _entry.InlineSource is { } source && source.Span.Length <= SimplePattern.MaxLength)
                {
                    Span<char> chars = stackalloc char[source.Span.Length];
                    source.Text.CopyTo(source.Span.Start, chars);
                    return pattern.IsMatch(chars);
                }

                string text = ReadText();
                return text.Length <= SimplePattern.MaxLength ? pattern.IsMatch(text.AsSpan()) : regex.IsMatch(text);
            }
        }

        private enum TokenType
        {
            String,
            Integer,
            Float,
            Boolean,
            Null,
            Object,
            Array,
        }

        private enum SchemaType
        {
            Any,
            String,
            Integer,
            Number,
            Boolean,
            Object,
            Array,
        }

        private sealed class PropertyLookup
        {
            public PropertyLookup(string key, int index)
            {
                Key = key;
                Index = index;
            }

            public string Key { get; }

            public int Index { get; }
        }

        private sealed class SchemaProperty
        {
            public SchemaProperty(string name, SchemaCheck check)
            {
                Name = name;
                Check = check;
            }

            public string Name { get; }

            public SchemaCheck Check { get; }
        }

        /// <summary>One compiled (sub)schema; filled in after creation so that <c>$ref</c> cycles resolve.</summary>
        private sealed class SchemaCheck
        {
            public SchemaType Type { get; set; }

            public Regex? Pattern { get; set; }

            /// <summary><see cref="Pattern"/> matched without a string, when it is of the simple shape.</summary>
            public SimplePattern? SimplePattern { get; set; }

            public string? PatternText { get; set; }

            public int? MinLength { get; set; }

            public string? MinLengthText => MinLength?.ToString(CultureInfo.InvariantCulture);

            public int MinItems { get; set; }

            public string MinItemsText => MinItems.ToString(CultureInfo.InvariantCulture);

            public bool UniqueItems { get; set; }

            public decimal? Minimum { get; set; }

            public string? MinimumText => Minimum?.ToString(CultureInfo.InvariantCulture);

            public decimal? Maximum { get; set; }

            public string? MaximumText => Maximum?.ToString(CultureInfo.InvariantCulture);

            public HashSet<string>? Enum { get; set; }

            /// <summary>The <c>false</c> schema, used only as a property's: the key is not allowed there.</summary>
            public bool RejectsEverything { get; set; }

            public SchemaCheck? If { get; set; }

            public SchemaCheck? Then { get; set; }

            public SchemaCheck? Else { get; set; }

            public string? EnumText { get; set; }

            public SchemaCheck? Items { get; set; }

            public List<SchemaProperty> Properties { get; } = new List<SchemaProperty>();

            public Dictionary<string, int> PropertyIndex { get; } = new Dictionary<string, int>(StringComparer.Ordinal);

            // The key last looked up at each of the first entries of a mapping, and what it gave: the items of a list
            // repeat their keys in one order, each the same string of their file's key table, so a large list is checked
            // without hashing every key. Each answer is one immutable object, safe to share between threads.
            private readonly PropertyLookup?[] _lastLookups = new PropertyLookup?[8];

            /// <summary><see cref="PropertyIndex"/>'s answer for <paramref name="key"/>, the key of the entry at <paramref name="entry"/>.</summary>
            public bool TryGetPropertyIndex(string key, int entry, out int index)
            {
                if (entry < _lastLookups.Length && _lastLookups[entry] is { } last && ReferenceEquals(last.Key, key))
                {
                    index = last.Index;
                    return index >= 0;
                }

                if (!PropertyIndex.TryGetValue(key, out index))
                {
                    index = -1;
                }

                if (entry < _lastLookups.Length)
                {
                    _lastLookups[entry] = new PropertyLookup(key, index);
                }

                return index >= 0;
            }

            public List<int> Required { get; } = new List<int>();

            public List<(Regex Pattern, SchemaCheck Check)> PatternProperties { get; } = new List<(Regex, SchemaCheck)>();

            public SchemaCheck? AdditionalProperties { get; set; }

            public bool AllowsAdditionalProperties { get; set; } = true;

            /// <summary>The schema of the first pattern property whose pattern matches (NJsonSchema's choice), if any.</summary>
            public SchemaCheck? PatternPropertyFor(string key)
            {
                foreach ((Regex pattern, SchemaCheck check) in PatternProperties)
                {
                    if (pattern.IsMatch(key))
                    {
                        return check;
                    }
                }

                return null;
            }
        }

        /// <summary>Turns the schema's JSON into <see cref="SchemaCheck"/>s, refusing keywords it does not implement.</summary>
        private sealed class Compiler
        {
            private readonly JsonElement _document;
            private readonly Dictionary<string, SchemaCheck> _definitions = new Dictionary<string, SchemaCheck>(StringComparer.Ordinal);

            public Compiler(JsonElement document)
            {
                _document = document;
                Root = Compile(document, "#");
            }

            public SchemaCheck Root { get; }

            private SchemaCheck Compile(JsonElement schema, string path)
            {
                if (schema.ValueKind == JsonValueKind.False)
                {
                    // A property no value may take: in this schema, a key another key's value rules out (if/then/else).
                    return new SchemaCheck { RejectsEverything = true };
                }

                if (schema.ValueKind != JsonValueKind.Object)
                {
                    throw Unsupported(path, "a schema that is not an object or false");
                }

                if (schema.TryGetProperty("$ref", out JsonElement reference))
                {
                    if (schema.EnumerateObject().Any(p => p.Name != "$ref" && !Annotations.Contains(p.Name)))
                    {
                        throw Unsupported(path, "keywords beside $ref");
                    }

                    return Resolve(reference.GetString()!, path);
                }

                var check = new SchemaCheck();
                Fill(check, schema, path);
                return check;
            }

            private SchemaCheck Resolve(string reference, string path)
            {
                const string prefix = "#/definitions/";
                if (!reference.StartsWith(prefix, StringComparison.Ordinal))
                {
                    throw Unsupported(path, "$ref " + reference);
                }

                string name = reference.Substring(prefix.Length);
                if (!_definitions.TryGetValue(name, out SchemaCheck? check))
                {
                    if (!_document.TryGetProperty("definitions", out JsonElement definitions) || !definitions.TryGetProperty(name, out JsonElement definition))
                    {
                        throw Unsupported(path, "$ref to a missing definition " + reference);
                    }

                    if (definition.TryGetProperty("$ref", out _))
                    {
                        check = Compile(definition, reference);
                        _definitions[name] = check;
                    }
                    else
                    {
                        // Registered before it is filled, so a definition may refer to itself.
                        check = new SchemaCheck();
                        _definitions[name] = check;
                        Fill(check, definition, reference);
                    }
                }

                return check;
            }

            private void Fill(SchemaCheck check, JsonElement schema, string path)
            {
                var required = new List<string>();
                foreach (JsonProperty keyword in schema.EnumerateObject())
                {
                    JsonElement value = keyword.Value;
                    switch (keyword.Name)
                    {
                        case "type":
                            check.Type = TypeOf(value, path);
                            break;
                        case "pattern":
                            check.PatternText = value.GetString()!;
                            check.Pattern = Pattern(check.PatternText);
                            check.SimplePattern = SimplePattern.TryCompile(check.PatternText);
                            break;
                        case "minLength":
                            check.MinLength = value.GetInt32();
                            break;
                        case "minItems":
                            check.MinItems = value.GetInt32();
                            break;
                        case "uniqueItems":
                            check.UniqueItems = value.GetBoolean();
                            break;
                        case "minimum":
                            check.Minimum = decimal.Parse(value.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture);
                            break;
                        case "maximum":
                            check.Maximum = decimal.Parse(value.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture);
                            break;
                        case "enum":
                            string[] allowed = value.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String ? v.GetString()! : throw Unsupported(path, "an enum value that is not a string")).ToArray();
                            check.Enum = new HashSet<string>(allowed, StringComparer.Ordinal);
                            check.EnumText = string.Join(", ", allowed);
                            break;
                        case "items":
                            check.Items = Compile(value, path + "/items");
                            break;
                        case "if":
                            check.If = Compile(value, path + "/if");
                            break;
                        case "then":
                            check.Then = Compile(value, path + "/then");
                            break;
                        case "else":
                            check.Else = Compile(value, path + "/else");
                            break;
                        case "properties":
                            foreach (JsonProperty property in value.EnumerateObject())
                            {
                                check.PropertyIndex.Add(property.Name, check.Properties.Count);
                                check.Properties.Add(new SchemaProperty(property.Name, Compile(property.Value, path + "/properties/" + property.Name)));
                            }

                            break;
                        case "patternProperties":
                            foreach (JsonProperty property in value.EnumerateObject())
                            {
                                check.PatternProperties.Add((Pattern(property.Name), Compile(property.Value, path + "/patternProperties/" + property.Name)));
                            }

                            break;
                        case "additionalProperties":
                            if (value.ValueKind == JsonValueKind.False || value.ValueKind == JsonValueKind.True)
                            {
                                check.AllowsAdditionalProperties = value.GetBoolean();
                            }
                            else
                            {
                                check.AdditionalProperties = Compile(value, path + "/additionalProperties");
                            }

                            break;
                        case "required":
                            required.AddRange(value.EnumerateArray().Select(r => r.GetString()!));
                            break;
                        default:
                            if (!Annotations.Contains(keyword.Name) && !keyword.Name.StartsWith("x-", StringComparison.Ordinal))
                            {
                                throw Unsupported(path, "the keyword " + keyword.Name);
                            }

                            break;
                    }
                }

                if (check.Properties.Count > 64)
                {
                    throw Unsupported(path, "more than 64 properties");
                }

                foreach (string name in required)
                {
                    // A required key without a property schema would need a second bookkeeping; this schema has none.
                    if (!check.PropertyIndex.TryGetValue(name, out int index))
                    {
                        throw Unsupported(path, "required key '" + name + "' without a property schema");
                    }

                    check.Required.Add(index);
                }
            }

            private static SchemaType TypeOf(JsonElement type, string path)
            {
                switch (type.ValueKind == JsonValueKind.String ? type.GetString() : null)
                {
                    case "string":
                        return SchemaType.String;
                    case "integer":
                        return SchemaType.Integer;
                    case "number":
                        return SchemaType.Number;
                    case "boolean":
                        return SchemaType.Boolean;
                    case "object":
                        return SchemaType.Object;
                    case "array":
                        return SchemaType.Array;
                    default:
                        throw Unsupported(path, "the type " + type.GetRawText());
                }
            }

            // Interpreted, not RegexOptions.Compiled: compiling the schema's patterns to IL cost ~100 ms
            // of CPU at every start of the CLI, more than interpreting them saves on 100,000 users.
            private static Regex Pattern(string pattern) => new Regex(pattern, RegexOptions.None);

            private static NotSupportedException Unsupported(string path, string what)
                => new NotSupportedException($"The compiled schema validator does not support {what} (at {path}); extend it and its differential test (CompiledSchemaValidatorTests).");
        }
    }
}
