using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using TopologyLint.Analysis;
using TopologyLint.Configuration;
using TopologyLint.Loading;
using TopologyLint.Syntax;
using Xunit;

namespace TopologyLint.Core.Tests
{
    /// <summary>
    /// Large YAML documents are parsed on a second thread while the tree is built (YamlEventSource). Whether
    /// the parser runs there or on the caller's thread must change nothing: the same tree, the same
    /// diagnostics, on clean, broken and hostile input alike.
    /// </summary>
    public class BackgroundParseTests
    {
        public static TheoryData<string, string> Documents()
        {
            var documents = new TheoryData<string, string>();
            foreach (string relative in new[] { "examples/contoso/contoso.topology.yaml", "examples/contoso/fragments/branch-users.yaml", "examples/broken/numbers.topology.yaml", "examples/broken/availability.topology.yaml", "fuzz/corpus/anchors.yaml", "fuzz/corpus/directives.yaml", "fuzz/corpus/include-dup.yaml" })
            {
                documents.Add(relative, File.ReadAllText(ExampleTwinTests.RepositoryPath(relative)));
            }

            // Parser errors of both kinds (YamlException and the others), limits, aliases, a second document, comments.
            documents.Add("unclosed flow", "a: [1, 2\nb: 3\n");
            documents.Add("tag that is not a URI", "!!+: 1");
            documents.Add("lone surrogate", "a: \"\\ud83d\\ud83d\"");
            documents.Add("end of input", "{");
            documents.Add("two documents", "a: 1\n---\nb: 2\n");
            documents.Add("duplicate key", "a: 1\nb: 2\na: 3\n");
            documents.Add("too deep", new string('[', 300));
            documents.Add("anchors and aliases", "base: &b {x: 1, y: [2, 3]}\nuse: *b\nkey: &k k\n*k : 4\n");
            documents.Add("comments", "# head\na: 1 # inline\n# topolint-disable-next-line TL1001\nb: 2\n");
            documents.Add("many items", "users:\n" + string.Concat(Enumerable.Range(0, 3000).Select(i => $"  - {{sip: u{i}@x.com, site: s{i % 7}, enabled: true}}\n")) + "bad: [\n");
            return documents;
        }

        [Theory]
        [MemberData(nameof(Documents))]
        public void Parsing_on_a_second_thread_gives_the_same_tree_and_diagnostics(string name, string text)
        {
            (string directTree, string directDiagnostics) = Load(name, text, inBackground: false);
            (string backgroundTree, string backgroundDiagnostics) = Load(name, text, inBackground: true);

            Assert.NotEqual(string.Empty, directTree + directDiagnostics);
            Assert.Equal(directDiagnostics, backgroundDiagnostics);
            Assert.Equal(directTree, backgroundTree);
        }

        [Fact]
        public void Damaged_documents_give_the_same_result_on_either_thread()
        {
            string original = File.ReadAllText(ExampleTwinTests.RepositoryPath("examples/contoso/contoso.topology.yaml"));
            var random = new Random(20261124);
            int differentResults = 0;
            string? firstResult = null;
            for (int i = 0; i < 200; i++)
            {
                var damaged = new StringBuilder(original);
                for (int edits = random.Next(1, 4); edits > 0; edits--)
                {
                    damaged.Insert(random.Next(damaged.Length + 1), "[]{}:,-?*&!|>'\"#%@`\t\n\\"[random.Next(22)]);
                }

                string text = damaged.ToString();
                (string directTree, string directDiagnostics) = Load("damaged", text, inBackground: false);
                Assert.Equal((directTree, directDiagnostics), Load("damaged", text, inBackground: true));
                firstResult ??= directDiagnostics;
                differentResults += directDiagnostics == firstResult ? 0 : 1;
            }

            // The damage varies the outcome, so the comparison covered more than one kind of failure.
            Assert.True(differentResults > 10, $"only {differentResults} of 200 damaged documents differed from the first");
        }

        private static (string Tree, string Diagnostics) Load(string name, string text, bool inBackground)
        {
            var sink = new DiagnosticSink(DefaultConfiguration.Instance);
            var file = new SourceFile(name + ".topology.yaml", SourceText.From(text));
            LoadedDocument loaded = new YamlTreeBuilder(file, LoaderLimits.Default, sink).Build(inBackground);
            var tree = new StringBuilder();
            if (loaded.Root != null)
            {
                Write(tree, loaded.Root, 0);
            }

            foreach (Loading.Comment comment in loaded.Comments)
            {
                tree.Append("# ").Append(comment.Span).Append(' ').Append(comment.Text).Append('\n');
            }

            string diagnostics = string.Join("\n", sink.Diagnostics.Select(d => $"{d.Id} {d.Location.SourceSpan} {d.GetMessage()}"));
            return (tree.ToString(), diagnostics);
        }

        private static void Write(StringBuilder tree, DocumentNode node, int depth)
        {
            tree.Append(' ', depth).Append(node.Kind).Append(' ').Append(node.Span);
            switch (node)
            {
                case ScalarNode scalar:
                    tree.Append(' ').Append(scalar.Type).Append(' ').Append(scalar.Value).Append('\n');
                    break;
                case MappingNode mapping:
                    tree.Append('\n');
                    foreach (MappingEntry entry in mapping.Entries)
                    {
                        Write(tree, entry.Key, depth + 1);
                        Write(tree, entry.Value, depth + 1);
                    }

                    break;
                case SequenceNode sequence:
                    tree.Append('\n');
                    foreach (DocumentNode item in sequence.Items)
                    {
                        Write(tree, item, depth + 1);
                    }

                    break;
            }
        }
    }
}
