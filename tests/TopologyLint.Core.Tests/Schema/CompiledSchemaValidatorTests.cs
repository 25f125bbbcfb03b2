using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.Text;
using TopologyLint.Analysis;
using TopologyLint.Configuration;
using TopologyLint.Loading;
using TopologyLint.Schema;
using TopologyLint.Syntax;
using Xunit;

namespace TopologyLint.Core.Tests.Schema
{
    /// <summary>
    /// The differential test of TL0002's fast validator: on every example document, on documents
    /// written to hit NJsonSchema's quirks, and on thousands of seeded mutations of the examples,
    /// <see cref="CompiledSchemaValidator"/> must report exactly what the reference
    /// <see cref="NJsonSchemaValidator"/> reports: the same node (by identity), kind and message.
    /// </summary>
    public sealed class CompiledSchemaValidatorTests
    {
        private const int MutationsPerDocument = 1000;

        private static readonly CompiledSchemaValidator Compiled = new CompiledSchemaValidator(NJsonSchemaValidator.WithoutConditions(TopologySchema.Text));
        private static readonly NJsonSchemaValidator Reference = NJsonSchemaValidator.Instance;

        public static IEnumerable<object[]> ExampleFiles()
            => Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "examples"), "*.*", SearchOption.AllDirectories)
                .Where(p => p.EndsWith(".yaml", StringComparison.Ordinal) || p.EndsWith(".json", StringComparison.Ordinal))
                .OrderBy(p => p, StringComparer.Ordinal)
                .Select(p => new object[] { Path.GetRelativePath(RepositoryRoot(), p).Replace('\\', '/') });

        [Theory]
        [MemberData(nameof(ExampleFiles))]
        public void Examples_AgreeWithReference_AndAreValid(string relativePath)
        {
            (DocumentNode root, bool isFragment) = LoadExample(relativePath);

            IReadOnlyList<string> violations = AssertSameViolations(root, isFragment);

            Assert.Empty(violations);
        }

        [Theory]
        [MemberData(nameof(ExampleFiles))]
        public void MutationsOfExamples_AgreeWithReference(string relativePath)
        {
            (DocumentNode original, bool isFragment) = LoadExample(relativePath);
            var random = new Random(relativePath.Length * 7919 + MutationsPerDocument);
            int withViolations = 0;
            for (int i = 0; i < MutationsPerDocument; i++)
            {
                DocumentNode mutated = new Mutator(random, original).Mutate(1 + random.Next(3));
                if (isFragment && mutated is not MappingNode)
                {
                    continue; // TL0005 refuses a fragment that is not a mapping before TL0002 sees it.
                }

                if (AssertSameViolations(mutated, isFragment).Length > 0)
                {
                    withViolations++;
                }
            }

            // Most mutations must break the schema, or the comparison proves little.
            Assert.True(withViolations > MutationsPerDocument / 2, $"only {withViolations} of {MutationsPerDocument} mutations violate the schema");
        }

        [Theory]
        [InlineData("topology: {topology: x}\nproduct: lync-server-2013\nsipDomains: [a.com]", "/topology/topology#key|StringExpected|A mapping must be a string")]
        [InlineData("topology: t\nproduct: lync-server-2013\nsipDomains: [a.com]\nsites: {sites: 1}", "/sites/sites#key|ArrayExpected|A mapping must be a list")]
        [InlineData("topology: t\nproduct: lync-server-2013\nsipDomains: [a.com]\nexchange: {version: 2010}", "/exchange/version|StringExpected|'2010' must be a string")]
        [InlineData("topology: t\nproduct: lync-server-2013\nsipDomains: [a.com]\nexchange: {version: ~}", "/exchange/version|NotInEnumeration|'~' is not one of: 2003, 2007, 2010, 2013, 2016", "/exchange/version|StringExpected|'~' must be a string")]
        [InlineData("topology: t\nproduct: lync-server-2013\nsipDomains: [a.com]\nexchange: {version: '2010', servicePack: -1.5}", "/exchange/servicePack|IntegerExpected|'-1.5' must be an integer", "/exchange/servicePack|NumberTooSmall|'-1.5' must be at least 0")]
        [InlineData("topology: t\nproduct: lync-server-2013\nsipDomains: [a.com]\nexchange: {version: '2010', servicePack: -1e-30}", "/exchange/servicePack|IntegerExpected|'-1e-30' must be an integer")]
        [InlineData("topology: t\nproduct: lync-server-2013\nsipDomains: [a.com]\nexchange: {version: '2010', servicePack: 0x10}", "/exchange/servicePack|IntegerExpected|'0x10' must be an integer")]
        [InlineData("topology: t\nproduct: lync-server-2013\nsipDomains: [\"1\", 1]", "/sipDomains|ItemsNotUnique|A list lists an item more than once", "/sipDomains/1|StringExpected|'1' must be a string")]
        [InlineData("topology: t\nproduct: lync-server-2013\nsipDomains: []\nusers: [~, x]", "/sipDomains|TooFewItems|A list needs at least 1 item(s)", "/users/0|ObjectExpected|'~' must be a mapping", "/users/0|PropertyRequired|Required key 'sip' is missing", "/users/1|ObjectExpected|'x' must be a mapping", "/users/1|PropertyRequired|Required key 'sip' is missing")]
        [InlineData("- a\n- b", "|ObjectExpected|A list must be a mapping", "|PropertyRequired|Required key 'product' is missing", "|PropertyRequired|Required key 'sipDomains' is missing", "|PropertyRequired|Required key 'topology' is missing")]
        [InlineData("{x-a: 1, bogus: 2, product: lync-server-2013, sipDomains: [a.com]}", "/bogus#key|PropertyNotAllowed|Key 'bogus' is not allowed here", "/x-a#key|PropertyRequired|Required key 'topology' is missing")]
        public void Quirks_AgreeWithReference_AndAreReportedAsExpected(string yaml, params string[] expected)
        {
            DocumentNode root = Load("quirk.topology.yaml", yaml);

            IReadOnlyList<string> violations = AssertSameViolations(root, isFragment: false);

            Assert.Equal(expected.OrderBy(v => v, StringComparer.Ordinal), violations);
        }

        [Fact]
        public void UnsupportedKeyword_FailsTheCompilation()
        {
            var exception = Assert.Throws<NotSupportedException>(() => new CompiledSchemaValidator("{\"type\": \"object\", \"oneOf\": []}"));

            Assert.Contains("oneOf", exception.Message, StringComparison.Ordinal);
        }

        /// <summary>Both validators' violations, as "pointer|kind|message" sorted; asserts they agree, node by node.</summary>
        private static string[] AssertSameViolations(DocumentNode root, bool isFragment)
        {
            IReadOnlyList<SchemaViolation> expected = isFragment ? Reference.ValidateFragment((MappingNode)root) : Reference.ValidateDocument(root);
            IReadOnlyList<SchemaViolation> actual = isFragment ? Compiled.ValidateFragment((MappingNode)root) : Compiled.ValidateDocument(root);
            SchemaViolation[] expectedSorted = Sort(expected);
            SchemaViolation[] actualSorted = Sort(actual);

            Assert.Equal(expectedSorted.Select(Describe), actualSorted.Select(Describe));
            for (int i = 0; i < expectedSorted.Length; i++)
            {
                AssertSameNode(root, expectedSorted[i].Node, actualSorted[i].Node);
            }

            return actualSorted.Select(Describe).ToArray();
        }

        /// <summary>The same node: a scalar by its place, text and whether it is a key (keys and scalar values are made when asked, so each validator has its own), a collection by reference.</summary>
        private static void AssertSameNode(DocumentNode root, DocumentNode expected, DocumentNode actual)
        {
            if (expected is ScalarNode expectedScalar)
            {
                ScalarNode actualScalar = Assert.IsType<ScalarNode>(actual);
                Assert.Equal((IsKey(root, expected), expected.Span, expectedScalar.Value, expectedScalar.Type), (IsKey(root, actual), actual.Span, actualScalar.Value, actualScalar.Type));
            }
            else
            {
                Assert.Same(expected, actual);
            }
        }

        private static SchemaViolation[] Sort(IEnumerable<SchemaViolation> violations)
            => violations.OrderBy(Describe, StringComparer.Ordinal).ToArray();

        private static string Describe(SchemaViolation violation) => $"{PointerOf(violation.Node)}|{violation.Kind}|{violation.Message}";

        /// <summary>The JSON pointer, marked when the node is a key (a key and its value share a pointer).</summary>
        private static string PointerOf(DocumentNode node)
            => node.GetPointer() + (IsKey(node.File.Root, node) ? "#key" : string.Empty);

        private static bool IsKey(DocumentNode? tree, DocumentNode node)
        {
            switch (tree)
            {
                case MappingNode mapping:
                    return mapping.Entries.Any(e => (e.HasKey(node) && !e.HasValue(node)) || IsKey(e.Value, node));
                case SequenceNode sequence:
                    return sequence.Items.Any(item => IsKey(item, node));
                default:
                    return false;
            }
        }

        private static (DocumentNode Root, bool IsFragment) LoadExample(string relativePath)
        {
            string path = Path.Combine(RepositoryRoot(), relativePath);
            return (Load(path, File.ReadAllText(path)), relativePath.Contains("/fragments/", StringComparison.Ordinal));
        }

        private static DocumentNode Load(string path, string text)
        {
            var sink = new DiagnosticSink(DefaultConfiguration.Instance);
            LoadedDocument document = DocumentLoader.Load(path, Encoding.UTF8.GetBytes(text), LoaderLimits.Default, sink);
            Assert.NotNull(document.Root);
            return document.Root!;
        }

        internal static string RepositoryRoot()
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "TopologyLint.sln")))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException("The repository root (TopologyLint.sln) is not above " + AppContext.BaseDirectory);
        }

        /// <summary>
        /// Copies a tree with a few random changes aimed at the schema's keywords: values of every
        /// JSON type (and YAML spellings .NET reads differently), missing and unknown keys, emptied
        /// and duplicated list items, collections in place of scalars and the reverse.
        /// </summary>
        private sealed class Mutator
        {
            private static readonly (string Value, ScalarType Type)[] Scalars =
            {
                ("x", ScalarType.String), (string.Empty, ScalarType.String), ("bad id!", ScalarType.String), ("a@b@c", ScalarType.String),
                ("lync-2013", ScalarType.String), ("2010", ScalarType.String), ("True", ScalarType.String), ("1", ScalarType.String),
                ("5", ScalarType.Integer), ("-3", ScalarType.Integer), ("0", ScalarType.Integer), ("2010", ScalarType.Integer),
                ("0x1F", ScalarType.Integer), ("0o17", ScalarType.Integer), ("99999999999999999999", ScalarType.Integer), ("+7", ScalarType.Integer),
                ("1.5", ScalarType.Number), ("-1e-30", ScalarType.Number), ("-2.5e40", ScalarType.Number), (".inf", ScalarType.Number), ("2010.0", ScalarType.Number),
                ("true", ScalarType.Boolean), ("false", ScalarType.Boolean), ("null", ScalarType.Null),
            };

            private static readonly string[] Keys = { "bogus", "x-extension", "id", "sip", "sites", "fqdn", "topology", "X-upper" };

            private readonly Random _random;
            private readonly DocumentNode _original;
            private readonly HashSet<int> _targets = new HashSet<int>();
            private int _counter;

            public Mutator(Random random, DocumentNode original)
            {
                _random = random;
                _original = original;
            }

            public DocumentNode Mutate(int changes)
            {
                int count = Count(_original);
                for (int i = 0; i < changes; i++)
                {
                    _targets.Add(_random.Next(count));
                }

                return Copy(_original);
            }

            private static int Count(DocumentNode node) => node switch
            {
                MappingNode mapping => 1 + mapping.Entries.Sum(e => 1 + Count(e.Value)),
                SequenceNode sequence => 1 + sequence.Items.Sum(Count),
                _ => 1,
            };

            private DocumentNode Copy(DocumentNode node)
            {
                bool mutate = _targets.Contains(_counter++);
                switch (node)
                {
                    case MappingNode mapping:
                        var entries = new List<MappingEntry>();
                        foreach (MappingEntry entry in mapping.Entries)
                        {
                            bool mutateKey = _targets.Contains(_counter++);
                            DocumentNode value = Copy(entry.Value);
                            if (mutateKey && _random.Next(2) == 0)
                            {
                                continue; // The key is removed.
                            }

                            string key = mutateKey ? Keys[_random.Next(Keys.Length)] : entry.Key.Value;
                            if (entries.Any(e => e.Key.Value == key))
                            {
                                continue; // As the loader does, a key written twice keeps its first entry.
                            }

                            entries.Add(new MappingEntry(CopyScalar(entry.Key, key, ScalarType.String), value));
                        }

                        if (mutate && _random.Next(2) == 0)
                        {
                            string key = Keys[_random.Next(Keys.Length)];
                            if (!entries.Any(e => e.Key.Value == key))
                            {
                                entries.Add(new MappingEntry(CopyScalar(mapping, key, ScalarType.String), RandomValue(mapping, key)));
                            }

                            return new MappingNode(mapping.File, mapping.Span, entries);
                        }

                        return mutate ? RandomValue(mapping, null) : new MappingNode(mapping.File, mapping.Span, entries);
                    case SequenceNode sequence:
                        var items = sequence.Items.Select(Copy).ToList();
                        if (mutate)
                        {
                            switch (_random.Next(3))
                            {
                                case 0:
                                    items.Clear();
                                    break;
                                case 1 when items.Count > 0:
                                    items.Add(Copy(sequence.Items[_random.Next(sequence.Items.Count)]));
                                    break;
                                default:
                                    return RandomValue(sequence, null);
                            }
                        }

                        return new SequenceNode(sequence.File, sequence.Span, items);
                    default:
                        var scalar = (ScalarNode)node;
                        return mutate ? RandomValue(scalar, null) : CopyScalar(scalar, scalar.Value, scalar.Type);
                }
            }

            private DocumentNode RandomValue(DocumentNode at, string? key)
            {
                switch (_random.Next(6))
                {
                    case 0:
                        // A mapping that holds the key it is the value of (where NJsonSchema reports errors on it).
                        string inner = key ?? Keys[_random.Next(Keys.Length)];
                        return new MappingNode(at.File, at.Span, new[] { new MappingEntry(CopyScalar(at, inner, ScalarType.String), RandomScalar(at)) });
                    case 1:
                        return new SequenceNode(at.File, at.Span, new[] { RandomScalar(at), RandomScalar(at) });
                    case 2:
                        return new MappingNode(at.File, at.Span, Array.Empty<MappingEntry>());
                    default:
                        return RandomScalar(at);
                }
            }

            private ScalarNode RandomScalar(DocumentNode at)
            {
                (string value, ScalarType type) = Scalars[_random.Next(Scalars.Length)];
                return CopyScalar(at, value, type);
            }

            private static ScalarNode CopyScalar(DocumentNode at, string value, ScalarType type)
                => new ScalarNode(at.File, at.Span, value, type);
        }
    }
}
