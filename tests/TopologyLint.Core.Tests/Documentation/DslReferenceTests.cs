using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using Xunit;

namespace TopologyLint.Core.Tests.Documentation
{
    /// <summary>docs/topology.md keeps up with the schema: it names every key and enum value, and its example lints clean.</summary>
    public sealed class DslReferenceTests
    {
        private static readonly string Reference = File.ReadAllText(ExampleTwinTests.RepositoryPath("docs/topology.md"));

        public static IEnumerable<object[]> SchemaNames()
        {
            using JsonDocument schema = JsonDocument.Parse(File.ReadAllText(ExampleTwinTests.RepositoryPath("schema/topology.schema.json")));
            var names = new SortedSet<string>(StringComparer.Ordinal);
            Collect(schema.RootElement, names);
            return names.Select(n => new object[] { n });
        }

        [Theory]
        [MemberData(nameof(SchemaNames))]
        public void The_reference_names_every_key_and_enum_value_of_the_schema(string name)
        {
            Assert.True(Reference.Contains($"`{name}`", StringComparison.Ordinal), $"docs/topology.md does not mention `{name}`, a key or enum value of schema/topology.schema.json");
        }

        [Fact]
        public void The_reference_example_lints_clean()
        {
            string section = Reference.Substring(Reference.IndexOf("## A complete example", StringComparison.Ordinal));
            int start = section.IndexOf("```yaml\n", StringComparison.Ordinal) + "```yaml\n".Length;
            string example = section.Substring(start, section.IndexOf("```", start, StringComparison.Ordinal) - start);
            using var lint = new TestLint();

            IReadOnlyList<Diagnostic> diagnostics = lint.Lint("example.topology.yaml", example);

            Assert.True(example.Length > 1000, "the example was not found");
            Assert.Empty(diagnostics.Select(d => d.ToString()));
        }

        /// <summary>Property names (but not the <c>^x-</c> pattern) and string enum values, at any depth.</summary>
        private static void Collect(JsonElement schema, ISet<string> names)
        {
            if (schema.ValueKind != JsonValueKind.Object)
            {
                return;
            }

            foreach (JsonProperty keyword in schema.EnumerateObject())
            {
                switch (keyword.Name)
                {
                    case "properties":
                        foreach (JsonProperty property in keyword.Value.EnumerateObject())
                        {
                            names.Add(property.Name);
                            Collect(property.Value, names);
                        }

                        break;
                    case "definitions":
                        foreach (JsonProperty definition in keyword.Value.EnumerateObject())
                        {
                            Collect(definition.Value, names);
                        }

                        break;
                    case "enum":
                        foreach (JsonElement value in keyword.Value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String))
                        {
                            names.Add(value.GetString()!);
                        }

                        break;
                    case "items":
                        Collect(keyword.Value, names);
                        break;
                }
            }
        }
    }
}
