using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using TopologyLint.Schema;
using Xunit;

namespace TopologyLint.Core.Tests.Schema
{
    /// <summary>
    /// TL0002 matches patterns of the simplest shape without a string (SimplePattern): its answer must be the
    /// regular expression's on every value, including a final line feed (which <c>$</c> allows) and Unicode white space.
    /// </summary>
    public sealed class SimplePatternTests
    {
        private static readonly string[] Values =
        {
            string.Empty, "a", "ab", "redmond", "site-1", "-site", "Site", "site_1", "site 1", "site1-", "a@b", "alice@contoso.com",
            "@contoso.com", "alice@", "alice@@contoso.com", "alice@contoso.com\n", "alice@contoso.com\n\n", "alice@contoso.com\r\n",
            "alice @contoso.com", "alice\t@contoso.com", "alice\u00a0x@contoso.com", "alice@contoso\u2028.com", "alice\u3000@x",
            "US", "us", "USA", "U", "US\n", "12", "123", "1234", "12345", "1", "12\n", "\n", "1a", "é@x", "a@é",
            "tel:+14255550100", "a-b-c-d", "a--", "0", "0-", new string('a', 255) + "@b", new string('a', 300),
        };

        public static IEnumerable<object[]> SchemaPatterns()
        {
            string schema = File.ReadAllText(Path.Combine(CompiledSchemaValidatorTests.RepositoryRoot(), "schema", "topology.schema.json"));
            var patterns = new HashSet<string>();
            Collect(JsonDocument.Parse(schema).RootElement, patterns);
            return patterns.OrderBy(p => p, StringComparer.Ordinal).Select(p => new object[] { p });
        }

        [Theory]
        [MemberData(nameof(SchemaPatterns))]
        [InlineData("^[a-z]?x{2,3}[0-9]{1,}$")]
        [InlineData("^[-a-c]*z$")]
        [InlineData("^[^\\s]{0}a$")]
        [InlineData("^[a-z]*a[a-z]*$")]
        [InlineData("^[^@]+@[^@]+$")]
        [InlineData("^[a-z]+[0-9]?-?[a-z0-9]{1,3}$")]
        [InlineData("^[^x]*[\\s]?y$")]
        [InlineData("^[a-c]+[b-d]+$")]
        [InlineData("^[a-c]*[b-d]{2}x?$")]
        public void A_simple_pattern_answers_as_the_regular_expression(string pattern)
        {
            SimplePattern? simple = SimplePattern.TryCompile(pattern);
            var regex = new Regex(pattern, RegexOptions.None);
            if (simple == null)
            {
                // Only patterns with groups (the FQDN's lookahead, the subnet's alternatives, the number patterns in
                // snippets) are left to the regular expression; every group-free schema pattern is matched in place.
                Assert.Contains("(", pattern, StringComparison.Ordinal);
                return;
            }

            // And seeded random strings over the characters these patterns treat differently.
            var random = new Random(15);
            const string Alphabet = "abdxyzAU019-@. \n\t\u00e9\u00a0";
            for (int i = 0; i < 3000; i++)
            {
                char[] chars = new char[random.Next(0, 9)];
                for (int c = 0; c < chars.Length; c++)
                {
                    chars[c] = Alphabet[random.Next(Alphabet.Length)];
                }

                string value = new string(chars);
                Assert.True(regex.IsMatch(value) == simple.IsMatch(value.AsSpan()), $"{pattern} on '{value}'");
            }

            foreach (string value in Values.Concat(new[] { "axx0", "xxx12", "bxx", "xx", "abcz", "-z", "a", " a", "abcd", "aaaa", "dcba", "bbbbd", "bd", "cdx", "abcbdx", "bbbbbb", "a\n@b\n", "ab\n\n", "abc1-x9", "abc-x", "abc1x", "ab y", "ab\ny", "aby\n", "\u00e9 y", "x y" }))
            {
                if (value.Length <= SimplePattern.MaxLength)
                {
                    Assert.True(regex.IsMatch(value) == simple.IsMatch(value.AsSpan()), $"{pattern} on '{value}'");
                }
            }
        }

        [Theory]
        [InlineData("a")]
        [InlineData("^a")]
        [InlineData("^(a)$")]
        [InlineData("^a|b$")]
        [InlineData("^a.b$")]
        [InlineData("^[a-z]+?$")]
        [InlineData("^a{x}$")]
        [InlineData("^a{,2}$")]
        [InlineData("^[\\d]$")]
        [InlineData("^[a-[b]]$")]
        [InlineData("^\\$$")]
        public void Other_patterns_are_left_to_the_regular_expression(string pattern)
            => Assert.Null(SimplePattern.TryCompile(pattern));

        private static void Collect(JsonElement element, HashSet<string> patterns)
        {
            if (element.ValueKind == JsonValueKind.Object)
            {
                foreach (JsonProperty property in element.EnumerateObject())
                {
                    // A snippet's body is example data for editors, not a schema: its number patterns are no schema's.
                    if (property.Name == "defaultSnippets")
                    {
                        continue;
                    }

                    if (property.Name == "pattern" && property.Value.ValueKind == JsonValueKind.String)
                    {
                        patterns.Add(property.Value.GetString()!);
                    }

                    Collect(property.Value, patterns);
                }
            }
            else if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (JsonElement item in element.EnumerateArray())
                {
                    Collect(item, patterns);
                }
            }
        }
    }
}
