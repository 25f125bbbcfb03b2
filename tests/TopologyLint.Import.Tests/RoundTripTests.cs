using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using TopologyLint.Engine;
using TopologyLint.Loading;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace TopologyLint.Import.Tests
{
    /// <summary>What the importer writes is a document the engine reads: no syntax, schema or include error.</summary>
    public sealed class RoundTripTests : System.IDisposable
    {
        private readonly ImportRun _run = new ImportRun();

        public void Dispose() => _run.Dispose();

        [Theory]
        [MemberData(nameof(ExpectedDocumentTests.Imports), MemberType = typeof(ExpectedDocumentTests))]
        public void The_lint_of_an_imported_fixture_has_no_TL0001_TL0002_or_TL0005(string source, string? users, string expected)
        {
            _ = expected;
            string text = ImportRun.Import(ImportRun.Fixture(source), users == null ? null : ImportRun.Fixture(users)).Text;
            string path = _run.Write("imported.topology.yaml", text);
            IReadOnlyList<Diagnostic> diagnostics = new TopologyLinter(PhysicalFileSystem.Instance, new LintOptions { MaxDegreeOfParallelism = 1 }).Lint(new[] { path }).Diagnostics;
            Assert.Empty(diagnostics.Where(d => d.Id is "TL0001" or "TL0002" or "TL0005").Select(d => d.ToString()));
        }

        [Theory]
        [MemberData(nameof(ExpectedDocumentTests.Imports), MemberType = typeof(ExpectedDocumentTests))]
        public void The_first_lint_lists_each_todo_once_as_TL0009_on_its_line(string source, string? users, string expected)
        {
            _ = expected;
            string text = ImportRun.Import(ImportRun.Fixture(source), users == null ? null : ImportRun.Fixture(users)).Text;
            string path = _run.Write("imported.topology.yaml", text);
            int[] todoLines = text.Split('\n').Select((line, index) => (line, index)).Where(l => l.line.TrimStart().StartsWith("# topolint-todo: ", System.StringComparison.Ordinal)).Select(l => l.index + 1).ToArray();
            int[] reported = new TopologyLinter(PhysicalFileSystem.Instance, new LintOptions { MaxDegreeOfParallelism = 1 }).Lint(new[] { path }).Diagnostics
                .Where(d => d.Id == "TL0009")
                .Select(d => d.Location.GetLineSpan().StartLinePosition.Line + 1)
                .ToArray();
            Assert.NotEmpty(todoLines);
            Assert.Equal(todoLines, reported);
        }

        [Theory]
        [InlineData("plain.contoso.com")]
        [InlineData("true")]
        [InlineData("No")]
        [InlineData("~")]
        [InlineData("0x1F")]
        [InlineData("1e3")]
        [InlineData("- item")]
        [InlineData("a: b, [c] {d} #e")]
        [InlineData("line\nbreak\ttab\r")]
        [InlineData("quote \" and backslash \\")]
        [InlineData("bell \u0007 del \u007f next-line \u0085 bom \ufeff separator \u2028")]
        [InlineData("Zürich 東京 😀")]
        [InlineData("")]
        public void A_scalar_reads_back_as_the_same_string(string value)
        {
            var yaml = new YamlStream();
            yaml.Load(new StringReader("key: " + YamlText.Scalar(value) + "\n"));
            var scalar = (YamlScalarNode)((YamlMappingNode)yaml.Documents[0].RootNode).Children[new YamlScalarNode("key")];
            Assert.Equal(value, scalar.Value);
        }

        [Fact]
        public void A_comment_stays_on_its_line()
        {
            Assert.Equal("a\\u000Ab\\u2028c\\u0009d", YamlText.CommentText("a\nb\u2028c\td"));
        }
    }
}
