using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using TopologyLint.Engine;
using TopologyLint.Loading;
using Xunit;

namespace TopologyLint.Core.Tests.Hostile
{
    /// <summary>Each loader limit is one diagnostic with a position; none is a crash, a hang or an exhausted stack.</summary>
    public class LimitTests
    {
        private const string Head = "topology: t\nproduct: lync-server-2013\nsipDomains: [contoso.com]\n";

        private static LintOptions With(Action<LoaderLimits> configure)
        {
            var limits = new LoaderLimits();
            configure(limits);
            return new LintOptions { Limits = limits, MaxDegreeOfParallelism = 1 };
        }

        private static string[] DocumentDiagnostics(IEnumerable<Diagnostic> diagnostics)
            => diagnostics.Where(d => d.Id.StartsWith("TL0", StringComparison.Ordinal)).Select(d => d.Id + " " + d.GetMessage(CultureInfo.InvariantCulture)).ToArray();

        [Fact]
        public void Root_file_over_the_size_limit_is_TL0001_at_its_start_and_is_not_read()
        {
            var fileSystem = new RecordingFileSystem(PhysicalFileSystem.Instance);
            using var lint = new TestLint();
            string path = lint.Write("big.topology.yaml", Head + "x-padding: " + new string('a', 200) + "\n");
            LintedFile linted = new TopologyLinter(fileSystem, With(l => l.MaxFileBytes = 100)).LintFile(path);
            Diagnostic error = Assert.Single(linted.Diagnostics);
            Assert.Equal("TL0001", error.Id);
            Assert.Equal((1, 1, 1, 1), error.Span());
            Assert.Contains("over the limit of 100 bytes", error.GetMessage(CultureInfo.InvariantCulture));
            Assert.Empty(fileSystem.Read);
        }

        [Fact]
        public void Fragment_over_the_size_limit_is_TL0005_at_the_include_and_is_not_read()
        {
            var fileSystem = new RecordingFileSystem(PhysicalFileSystem.Instance);
            using var lint = new TestLint();
            lint.Write("big.yaml", "users: []\nx-padding: " + new string('a', 200) + "\n");
            string root = lint.Write("a.topology.yaml", Head + "include: [big.yaml]\n");
            LintedFile linted = new TopologyLinter(fileSystem, With(l => l.MaxFileBytes = 150)).LintFile(root);
            Diagnostic error = Assert.Single(linted.Diagnostics, d => d.Id == "TL0005");
            Assert.Equal((4, 11, 4, 19), error.Span());
            Assert.Contains("over the limit of 150 bytes", error.GetMessage(CultureInfo.InvariantCulture));
            Assert.Equal(new[] { root }, fileSystem.Read);
        }

        [Fact]
        public void Text_over_the_size_limit_is_TL0001_at_its_start()
        {
            var linter = new TopologyLinter(PhysicalFileSystem.Instance, With(l => l.MaxFileBytes = 10));
            Diagnostic error = Assert.Single(linter.LintText("/t/a.topology.yaml", Microsoft.CodeAnalysis.Text.SourceText.From(Head)).Diagnostics);
            Assert.Equal("TL0001", error.Id);
            Assert.Equal((1, 1, 1, 1), error.Span());
            Assert.Contains("larger than the limit of 10 bytes", error.GetMessage(CultureInfo.InvariantCulture));
        }

        public static TheoryData<string, string, int, int> DeepDocuments => new TheoryData<string, string, int, int>
        {
            // The 257th collection opens the level beyond the default limit of 256.
            { "flow.topology.yaml", new string('[', 100_000), 1, 257 },
            { "block.topology.yaml", string.Concat(Enumerable.Repeat("- ", 100_000)) + "x\n", 1, 513 },
            { "mappings.topology.yaml", string.Concat(Enumerable.Range(0, 300).Select(i => new string(' ', i) + "k:\n")), 257, 257 },
            { "deep.topology.json", new string('[', 100_000), 1, 257 },
            { "objects.topology.json", string.Concat(Enumerable.Repeat("{\"k\":", 100_000)), 1, 1281 },
        };

        [Theory]
        [MemberData(nameof(DeepDocuments))]
        public void Nesting_beyond_the_depth_limit_is_TL0001_where_the_limit_is_crossed(string name, string text, int line, int column)
        {
            using var lint = new TestLint();
            Diagnostic error = Assert.Single(lint.Lint(name, text));
            Assert.Equal("TL0001", error.Id);
            Assert.Contains("deeper than the limit of 256 levels", error.GetMessage(CultureInfo.InvariantCulture));
            Assert.Equal((line, column), (error.Span().Line, error.Span().Column));
        }

        [Theory]
        [InlineData("deep.topology.yaml")]
        [InlineData("deep.topology.json")]
        public void Nesting_at_the_depth_limit_goes_through_the_whole_lint(string name)
        {
            // 254 arrays under x-deep under the root: 256 levels, all of them converted for the schema check and walked by the rules.
            string text = DocumentLoader.IsJson(name)
                ? "{\"topology\": \"t\", \"x-deep\": " + new string('[', 254) + new string(']', 254) + "}"
                : Head + "x-deep: " + new string('[', 254) + new string(']', 254) + "\n";
            using var lint = new TestLint();
            Assert.DoesNotContain(lint.Lint(name, text), d => d.Id == "TL0001");
        }

        [Fact]
        public void Billion_laughs_is_refused_at_the_alias_that_crosses_the_budget()
        {
            var text = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
            for (char level = 'b'; level <= 'i'; level++)
            {
                char previous = (char)(level - 1);
                text.Append(level).Append(": &").Append(level).Append(" [").Append(string.Join(", ", Enumerable.Repeat("*" + previous, 9))).Append("]\n");
            }

            using var lint = new TestLint();
            Diagnostic error = Assert.Single(lint.Lint("lol.topology.yaml", text.ToString()));
            Assert.Equal("TL0001", error.Id);
            Assert.Contains("Aliases expand to more than 100000 nodes", error.GetMessage(CultureInfo.InvariantCulture));

            // Aliases add 90 (b), 819 (c), 7,380 (d) and 66,429 (e) nodes: 74,718; f's first alias of e (66,430 nodes) crosses 100,000.
            Assert.Equal((6, 8, 6, 10), error.Span());
        }

        [Fact]
        public void Aliases_within_the_budget_are_shared_nodes_the_whole_lint_reads()
        {
            using var lint = new TestLint();
            string text = Head + "x-base: &base {a: [1, 2, 3]}\nx-copies: [*base, *base, *base]\n";
            // {a: [1, 2, 3]} is 6 nodes (mapping, key, sequence, 3 items): three aliases add 18.
            // Only document checks matter here: the topology rules rightly find this minimal topology incomplete.
            Assert.Equal(Array.Empty<string>(), DocumentDiagnostics(lint.Lint("ok.topology.yaml", text, With(l => l.MaxAliasExpansion = 18))));
            Diagnostic error = Assert.Single(lint.Lint("over.topology.yaml", text, With(l => l.MaxAliasExpansion = 17)), d => d.Id.StartsWith("TL0", StringComparison.Ordinal));
            Assert.Equal("TL0001", error.Id);
            Assert.Equal((5, 26, 5, 31), error.Span());
        }

        [Fact]
        public void Alias_inside_its_own_anchor_is_TL0001_not_a_cycle()
        {
            // The anchor is registered when its collection closes, so a recursive alias names nothing yet.
            using var lint = new TestLint();
            Diagnostic error = Assert.Single(lint.Lint("self.topology.yaml", "topology: t\nx-self: &self [a, {b: *self}]\n"));
            Assert.Equal("TL0001", error.Id);
            Assert.Equal((2, 23, 2, 28), error.Span());
            Assert.Contains("names no anchor defined before it", error.GetMessage(CultureInfo.InvariantCulture));
        }

        [Theory]
        [InlineData("long.topology.yaml", "topology: t\nname: 'aaaaaaaaaaa'\n", 2, 7)]
        [InlineData("long.topology.yaml", "topology: t\nname: |\n  aaaaaaaaaaa\n", 2, 7)]
        [InlineData("long.topology.json", "{\"topology\": \"t\",\n \"name\": \"aaaaaaaaaaa\"}", 2, 10)]
        [InlineData("long.topology.json", "{\"topology\": \"t\",\n \"aaaaaaaaaaa\": 1}", 2, 2)]
        [InlineData("long.topology.json", "{\"topology\": \"t\",\n \"n\": 12345678901}", 2, 7)]
        [InlineData("long.topology.yaml", "topology: t\nn: 12345678901\n", 2, 4)]
        public void Scalar_longer_than_the_limit_is_TL0001_at_its_start(string name, string text, int line, int column)
        {
            using var lint = new TestLint();
            Diagnostic error = Assert.Single(lint.Lint(name, text, With(l => l.MaxScalarLength = 10)));
            Assert.Equal("TL0001", error.Id);
            Assert.Contains("longer than the limit of 10 characters", error.GetMessage(CultureInfo.InvariantCulture));
            Assert.Equal((line, column), (error.Span().Line, error.Span().Column));
        }

        [Fact]
        public void Includes_beyond_the_file_count_limit_are_TL0005_and_not_read()
        {
            var fileSystem = new RecordingFileSystem(PhysicalFileSystem.Instance);
            using var lint = new TestLint();
            foreach (string name in new[] { "a", "b", "c" })
            {
                lint.Write($"users/{name}.yaml", "users: []\n");
            }

            string root = lint.Write("a.topology.yaml", Head + "include: ['users/*.yaml']\n");
            LintedFile linted = new TopologyLinter(fileSystem, With(l => l.MaxIncludedFiles = 2)).LintFile(root);
            Diagnostic error = Assert.Single(linted.Diagnostics, d => d.Id == "TL0005");
            Assert.Equal("TL0005", error.Id);
            Assert.Equal((4, 11, 4, 25), error.Span());
            Assert.Contains("More than 2 files are included", error.GetMessage(CultureInfo.InvariantCulture));
            Assert.Equal(new[] { "a.topology.yaml", "a.yaml", "b.yaml" }, fileSystem.Read.Select(System.IO.Path.GetFileName));
        }

        [Fact]
        public void Include_inside_a_fragment_is_TL0005_and_not_followed()
        {
            var fileSystem = new RecordingFileSystem(PhysicalFileSystem.Instance);
            using var lint = new TestLint();
            lint.Write("f.yaml", "users: []\ninclude: [g.yaml]\n");
            lint.Write("g.yaml", "users: []\n");
            string root = lint.Write("a.topology.yaml", Head + "include: [f.yaml]\n");
            LintedFile linted = new TopologyLinter(fileSystem, With(_ => { })).LintFile(root);
            Diagnostic error = Assert.Single(linted.Diagnostics, d => d.Id == "TL0005");
            Assert.EndsWith("f.yaml", error.Location.GetLineSpan().Path);
            Assert.Equal((2, 1, 2, 8), error.Span());
            Assert.DoesNotContain(fileSystem.Read, p => p.EndsWith("g.yaml", StringComparison.Ordinal));
        }
    }

    /// <summary>A file system that records which files were read, to show that a refused file never is.</summary>
    internal sealed class RecordingFileSystem : ITopologyFileSystem
    {
        private readonly ITopologyFileSystem _inner;

        public RecordingFileSystem(ITopologyFileSystem inner) => _inner = inner;

        public List<string> Read { get; } = new List<string>();

        public FileEntry GetEntry(string path) => _inner.GetEntry(path);

        public byte[] ReadAllBytes(string path, long maxBytes)
        {
            Read.Add(path);
            return _inner.ReadAllBytes(path, maxBytes);
        }

        public string GetRealPath(string path) => _inner.GetRealPath(path);

        public IReadOnlyList<string> Glob(string directory, string pattern) => _inner.Glob(directory, pattern);
    }
}
