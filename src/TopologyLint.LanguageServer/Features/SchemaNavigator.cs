using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using TopologyLint.Schema;

namespace TopologyLint.LanguageServer.Features
{
    /// <summary>The topology JSON Schema, walked along a document path: what a key means and which keys and values fit.</summary>
    internal static class SchemaNavigator
    {
        private static readonly Lazy<JsonDocument> Schema = new Lazy<JsonDocument>(() => JsonDocument.Parse(TopologySchema.Text));

        /// <summary>The subschema at <paramref name="path"/> (keys, and "*" for any item of an array), or null.</summary>
        public static JsonElement? At(IEnumerable<string> path)
        {
            JsonElement current = Schema.Value.RootElement;
            foreach (string segment in path)
            {
                current = Resolve(current);
                if (segment == "*")
                {
                    if (!current.TryGetProperty("items", out current))
                    {
                        return null;
                    }
                }
                else if (!current.TryGetProperty("properties", out JsonElement properties) || !properties.TryGetProperty(segment, out current))
                {
                    return null;
                }
            }

            return Resolve(current);
        }

        /// <summary>The keys an object at <paramref name="path"/> may hold, with their descriptions.</summary>
        public static IEnumerable<(string Key, string? Description)> Keys(IEnumerable<string> path)
        {
            if (At(path) is { } schema && schema.TryGetProperty("properties", out JsonElement properties))
            {
                foreach (JsonProperty property in properties.EnumerateObject())
                {
                    if (property.Name != "$schema")
                    {
                        yield return (property.Name, Description(Resolve(property.Value)));
                    }
                }
            }
        }

        /// <summary>The enum values of the scalar at <paramref name="path"/> (or of its array's items), with the schema's enumDescriptions.</summary>
        public static IEnumerable<(string Value, bool IsString, string? Description)> EnumValues(IEnumerable<string> path)
        {
            if (At(path) is not { } schema)
            {
                yield break;
            }

            if (schema.TryGetProperty("items", out JsonElement items))
            {
                schema = Resolve(items);
            }

            if (schema.TryGetProperty("enum", out JsonElement values))
            {
                JsonElement[] descriptions = schema.TryGetProperty("enumDescriptions", out JsonElement described) ? described.EnumerateArray().ToArray() : Array.Empty<JsonElement>();
                int index = 0;
                foreach (JsonElement value in values.EnumerateArray())
                {
                    string? description = index < descriptions.Length ? descriptions[index].GetString() : null;
                    index++;
                    yield return value.ValueKind == JsonValueKind.String ? (value.GetString()!, true, description) : (value.GetRawText(), false, description);
                }
            }
        }

        public static string? Description(JsonElement schema)
            => schema.TryGetProperty("markdownDescription", out JsonElement markdown) ? markdown.GetString()
                : schema.TryGetProperty("description", out JsonElement plain) ? plain.GetString()
                : null;

        private static JsonElement Resolve(JsonElement schema)
        {
            // Only local references (#/definitions/x) occur in the topology schema.
            while (schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("$ref", out JsonElement reference) && reference.GetString() is string pointer && pointer.StartsWith("#/", StringComparison.Ordinal))
            {
                JsonElement target = Schema.Value.RootElement;
                foreach (string part in pointer.Substring(2).Split('/'))
                {
                    target = target.GetProperty(part);
                }

                schema = target;
            }

            return schema;
        }
    }
}
